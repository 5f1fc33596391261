//! Shared by the classifier's title tests.

/// Asserts that every title's first suggestion ends with its leaf (the last names of its path),
/// listing all the titles that do not.
pub fn assert_on_their_leaf(cases: &[(&str, &str)]) {
    let catalog = listo::core::catalog::Catalog::embedded();
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(title, leaf)| {
            let best = catalog.classify(title).ranked.first().map(|s| catalog.tree.path_names(s.index)).unwrap_or_default();
            (!best.ends_with(leaf)).then(|| format!("{title:?} → {best:?}, expected … > {leaf}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} titles off their leaf:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}
