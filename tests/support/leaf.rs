//! Shared by the classifier's title tests.

/// Asserts that every title's first suggestion ends with its leaf (the last names of its path),
/// listing all the titles that do not.
#[allow(dead_code)] // Not every test file that includes this one checks a leaf.
pub fn assert_on_their_leaf(cases: &[(&str, &str)]) {
    assert_each(cases, "leaf", |best, leaf| best.ends_with(leaf), |leaf| format!("… > {leaf}"));
}

/// Asserts that every title's first suggestion lies under its path (a department or a branch,
/// written from the top), listing all the titles that do not.
#[allow(dead_code)] // Not every test file that includes this one checks a branch.
pub fn assert_under_their_branch(cases: &[(&str, &str)]) {
    let under = |best: &str, branch: &str| best == branch || best.starts_with(&format!("{branch} > "));
    assert_each(cases, "branch", under, |branch| format!("{branch} > …"));
}

/// Asserts that no title's first suggestion names `part` anywhere in its path (a word the
/// title shares with that branch, in another sense), listing all the titles that do.
#[allow(dead_code)] // Not every test file that includes this one keeps a title away.
pub fn assert_away_from(cases: &[(&str, &str)]) {
    assert_each(cases, "sense", |best, part| !best.contains(part), |part| format!("away from {part}"));
}

/// Classifies each title with the embedded catalog and lists every one whose first suggestion's
/// path does not `fit` what it expects (`shown` as the message writes it).
fn assert_each(cases: &[(&str, &str)], what: &str, fits: impl Fn(&str, &str) -> bool, shown: impl Fn(&str) -> String) {
    let catalog = listo::core::catalog::Catalog::embedded();
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(title, expected)| {
            let best = catalog.classify(title).ranked.first().map(|s| catalog.tree.path_names(s.index)).unwrap_or_default();
            (!fits(&best, expected)).then(|| format!("{title:?} → {best:?}, expected {}", shown(expected)))
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} titles off their {what}:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}

/// Asserts that with `tuning` none of the titles reaches its leaf: the rule the tuning switches
/// off is what puts them right. `rule` names it in the message.
#[allow(dead_code)] // Not every test file that includes this one switches a rule off.
pub fn assert_off_their_leaf_with(tuning: listo::core::catalog::classify::Tuning, rule: &str, cases: &[(&str, &str)]) {
    use listo::core::catalog::{Catalog, TreeSource};
    let off = Catalog::with_tuning(Catalog::embedded().tree.clone(), TreeSource::Embedded, std::collections::HashMap::new(), tuning);
    for (title, leaf) in cases {
        let best = off.classify(title).ranked.first().map(|s| off.tree.path_names(s.index)).unwrap_or_default();
        assert!(!best.ends_with(leaf), "{title:?} is on its leaf even without {rule}: {best:?}");
    }
}
