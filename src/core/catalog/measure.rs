//! Measures category suggestion on labelled titles (CSV with `title` and `category_id`): top-1
//! and top-3 at the top level, top-1 at the second level, and top-1 macro-averaged over the true
//! top-level categories (each of the 32 top-level categories weighs the same however many titles
//! it has; per leaf would average over hundreds of categories seen once or twice). It also
//! measures the confidence thresholds of the category-mismatch rule (CA004). Ids compare by
//! number, so the measurement set's MLA ids match the MEC-prefixed tree.
//!
//! The titles are split into two halves by a fixed hash of the title ([`half_of`]): the tuning
//! half is the one whose errors a developer may read; the check half is only measured, so its
//! figures predict how the suggestions fare on titles never seen. A large gap between the two
//! means the lexicon fits the tuning titles' words rather than the products.

use super::classify::is_other;
use super::csv;
use super::tree::parse_id;
use super::Catalog;
use std::collections::BTreeMap;

/// Per true top-level category: titles and correct top-1 answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PerCategory {
    pub name: String,
    pub titles: usize,
    pub correct: usize,
}

/// Which half of the labelled titles a title falls in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Half {
    /// Errors may be read to improve the lexicon and the scorer.
    Tuning,
    /// Measured only: never read title by title.
    Check,
}

/// The half of a title: FNV-1a (32 bits) of its UTF-8 bytes, even → tuning, odd → check. Fixed
/// forever, so a title never moves from one half to the other.
pub fn half_of(title: &str) -> Half {
    let mut h: u32 = 0x811c_9dc5;
    for b in title.as_bytes() {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    if h.is_multiple_of(2) {
        Half::Tuning
    } else {
        Half::Check
    }
}

/// Figures for the titles of one source (2015 / 2024), all measured on the first suggestion or
/// the first three, as `listo classify` prints them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Slice {
    pub source: String,
    pub titles: usize,
    /// The first suggestion's top level is right.
    pub top1: f64,
    /// The first suggestion's second level is right.
    pub second: f64,
    /// The first suggestion is the exact leaf.
    pub leaf1: f64,
    /// The exact leaf is among the first three suggestions.
    pub leaf3: f64,
    /// Share of titles for which Listo names a branch to choose in (`branch.rs`).
    pub branch: f64,
    /// Of those, the share whose true leaf is under the named branch.
    pub branch_right: f64,
    /// The exact leaf is among the three or among the named branch's listed leaves: what a
    /// seller is shown.
    pub shown: f64,
}

/// How the mismatch rule would behave at one confidence threshold.
#[derive(Clone, Debug, PartialEq)]
pub struct Threshold {
    pub threshold: f32,
    /// Share of titles whose best top-level confidence reaches the threshold (the rule can speak).
    pub coverage: f64,
    /// Of those, the share whose suggested top level is right (the fix is right).
    pub precision: f64,
    /// Share of all (correctly categorised) titles the rule would wrongly flag.
    pub false_alarms: f64,
}

/// The measured figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Measurement {
    pub titles: usize,
    pub skipped: usize,
    pub top1: f64,
    pub top3: f64,
    pub second_top1: f64,
    /// Second-level misses whose top level is right.
    pub second_misses: usize,
    /// Of those, the ones labelled with a top level's own "Otros" leaf: the label names no
    /// product kind while Listo names one (in the development titles, mostly books that carry the
    /// id Mercado Libre used for books in 2015, now called "Otros").
    pub second_misses_other_label: usize,
    pub macro_top1: f64,
    pub per_category: Vec<PerCategory>,
    pub thresholds: Vec<Threshold>,
    /// (true top level, predicted top level) → count, for the errors.
    pub confusions: Vec<(String, String, usize)>,
    /// Per source ("2015", "2024") when the file has a `source` column, then "all".
    pub slices: Vec<Slice>,
}

struct Outcome {
    truth_top: u32,
    top1: bool,
    top3: bool,
    second: bool,
    /// The true second-level category is an "Otros" leaf.
    other_label: bool,
    confidence: f32,
    source: String,
    first_top: bool,
    leaf1: bool,
    leaf3: bool,
    /// A branch is named (`Some`), and whether the true leaf is under it.
    branch: Option<bool>,
    /// The true leaf is among the named branch's listed leaves.
    in_branch: bool,
}

/// "2015" or "2024" from a source like "mla100k-2015"; other sources as written.
fn source_label(source: &str) -> String {
    ["2015", "2024"].iter().find(|y| source.contains(*y)).map_or(source.to_string(), |y| y.to_string())
}

/// Measures `catalog` on the CSV text.
pub fn measure(catalog: &Catalog, csv_text: &str) -> Result<Measurement, String> {
    measure_where(catalog, csv_text, |_| true)
}

/// Measures `catalog` on one half of the CSV text's titles.
pub fn measure_half(catalog: &Catalog, csv_text: &str, half: Half) -> Result<Measurement, String> {
    measure_where(catalog, csv_text, |title| half_of(title) == half)
}

/// One labelled title: its text, the category id as written ("MLA1055"), its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Labelled {
    pub title: String,
    pub category_id: String,
    pub source: String,
}

/// The labelled titles of a CSV text with `title`, `category_id` and optionally `source`.
pub fn labelled_from_csv(csv_text: &str) -> Result<Vec<Labelled>, String> {
    let records = csv::parse(csv_text).map_err(|e| format!("line {}: {}", e.line, e.message))?;
    let mut rows = records.into_iter();
    let header = rows.next().ok_or("empty file")?;
    let col = |n: &str| header.fields.iter().position(|f| f == n).ok_or(format!("missing column {n}"));
    let (c_title, c_cat) = (col("title")?, col("category_id")?);
    let c_source = col("source").ok();
    let field = |r: &csv::Record, c: usize| r.fields.get(c).cloned().unwrap_or_default();
    Ok(rows
        .map(|r| Labelled { title: field(&r, c_title), category_id: field(&r, c_cat), source: c_source.map(|c| field(&r, c)).unwrap_or_default() })
        .collect())
}

/// Measures `catalog` on the titles `keep` accepts.
pub fn measure_where(catalog: &Catalog, csv_text: &str, keep: impl Fn(&str) -> bool) -> Result<Measurement, String> {
    let rows = labelled_from_csv(csv_text)?;
    measure_rows(catalog, rows.iter().filter(|r| keep(&r.title)))
}

/// Measures `catalog` on labelled titles; a title whose category is not in the tree is skipped
/// (counted in [`Measurement::skipped`]).
pub fn measure_rows<'a>(catalog: &Catalog, rows: impl Iterator<Item = &'a Labelled>) -> Result<Measurement, String> {
    let tree = &catalog.tree;
    let mut outcomes = Vec::new();
    let mut skipped = 0;
    let mut confusions: BTreeMap<(u32, u32), usize> = BTreeMap::new();
    for r in rows {
        let title = r.title.as_str();
        let Some(truth) = parse_id(&r.category_id).and_then(|id| tree.index_of(id)) else {
            skipped += 1;
            continue;
        };
        let source = source_label(&r.source);
        let c = catalog.classify(title);
        let tops = c.at_depth(tree, 1);
        let truth_top = tree.ancestor_at(truth, 1);
        let predicted_top = tops.first().map(|t| t.0);
        let best = c.ranked.first().map(|s| s.index);
        let branch = c.branch(tree);
        if let Some(p) = predicted_top.filter(|p| *p != truth_top) {
            *confusions.entry((truth_top, p)).or_default() += 1;
        }
        outcomes.push(Outcome {
            truth_top,
            top1: predicted_top == Some(truth_top),
            top3: tops.iter().take(3).any(|t| t.0 == truth_top),
            second: best.is_some_and(|b| tree.ancestor_at(b, 2) == tree.ancestor_at(truth, 2)),
            other_label: {
                let second = tree.ancestor_at(truth, 2);
                tree.is_leaf(second) && tree.node(second).is_some_and(|n| is_other(&n.name))
            },
            confidence: tops.first().map_or(0.0, |t| t.1),
            source,
            first_top: best.is_some_and(|b| tree.ancestor_at(b, 1) == truth_top),
            leaf1: best == Some(truth),
            leaf3: c.top(3).iter().any(|s| s.index == truth),
            branch: branch.as_ref().map(|b| tree.is_within(truth, b.node)),
            in_branch: branch.is_some_and(|b| b.leaves.contains(&truth)),
        });
    }
    let n = outcomes.len();
    if n == 0 {
        return Err("no labelled titles".into());
    }
    let share = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count() as f64 / n as f64;
    let mut per: BTreeMap<u32, PerCategory> = BTreeMap::new();
    for o in &outcomes {
        let p = per.entry(o.truth_top).or_insert_with(|| PerCategory {
            name: tree.node(o.truth_top).map(|n| n.name.clone()).unwrap_or_default(),
            ..PerCategory::default()
        });
        p.titles += 1;
        p.correct += usize::from(o.top1);
    }
    let per_category: Vec<PerCategory> = per.into_values().collect();
    let macro_top1 = per_category.iter().map(|p| p.correct as f64 / p.titles as f64).sum::<f64>() / per_category.len() as f64;
    let thresholds = [0.5f32, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]
        .iter()
        .map(|&t| {
            let speak: Vec<&Outcome> = outcomes.iter().filter(|o| o.confidence >= t).collect();
            let right = speak.iter().filter(|o| o.top1).count();
            Threshold {
                threshold: t,
                coverage: speak.len() as f64 / n as f64,
                precision: if speak.is_empty() { 0.0 } else { right as f64 / speak.len() as f64 },
                false_alarms: (speak.len() - right) as f64 / n as f64,
            }
        })
        .collect();
    let mut confusions: Vec<(String, String, usize)> = confusions
        .into_iter()
        .map(|((t, p), k)| (tree.node(t).map(|n| n.name.clone()).unwrap_or_default(), tree.node(p).map(|n| n.name.clone()).unwrap_or_default(), k))
        .collect();
    confusions.sort_by_key(|c| std::cmp::Reverse(c.2));
    let mut sources: Vec<String> = outcomes.iter().map(|o| o.source.clone()).filter(|s| !s.is_empty()).collect();
    sources.sort();
    sources.dedup();
    let mut slices: Vec<Slice> = sources.iter().map(|s| slice(s, outcomes.iter().filter(|o| o.source == *s))).collect();
    slices.push(slice("all", outcomes.iter()));
    Ok(Measurement {
        titles: n,
        skipped,
        top1: share(&|o| o.top1),
        top3: share(&|o| o.top3),
        second_top1: share(&|o| o.second),
        second_misses: outcomes.iter().filter(|o| o.top1 && !o.second).count(),
        second_misses_other_label: outcomes.iter().filter(|o| o.top1 && !o.second && o.other_label).count(),
        macro_top1,
        per_category,
        thresholds,
        confusions,
        slices,
    })
}

fn slice<'a>(source: &str, outcomes: impl Iterator<Item = &'a Outcome>) -> Slice {
    let outcomes: Vec<&Outcome> = outcomes.collect();
    let n = outcomes.len().max(1) as f64;
    let share = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count() as f64 / n;
    let named = outcomes.iter().filter(|o| o.branch.is_some()).count();
    Slice {
        source: source.to_string(),
        titles: outcomes.len(),
        top1: share(&|o| o.first_top),
        second: share(&|o| o.second),
        leaf1: share(&|o| o.leaf1),
        leaf3: share(&|o| o.leaf3),
        branch: named as f64 / n,
        branch_right: outcomes.iter().filter(|o| o.branch == Some(true)).count() as f64 / named.max(1) as f64,
        shown: share(&|o| o.leaf3 || o.in_branch),
    }
}

impl Measurement {
    /// The report as plain text.
    pub fn render(&self) -> String {
        let pct = |x: f64| format!("{:.1}%", x * 100.0);
        let mut out = format!(
            "titles: {} (skipped {})\ntop level, top-1: {}   (target ≥ 80%)\ntop level, top-3: {}   (target ≥ 92%)\nsecond level, top-1: {}   (target ≥ 60%)\nmacro top-1 over true top-level categories: {}   (target ≥ 70%)\n",
            self.titles, self.skipped, pct(self.top1), pct(self.top3), pct(self.second_top1), pct(self.macro_top1)
        );
        out.push_str(&format!(
            "second-level misses with the right top level: {}, of which {} are labelled with the top level's \"Otros\" leaf\n\n",
            self.second_misses, self.second_misses_other_label
        ));
        out.push_str(&self.render_slices());
        out.push_str("per top-level category (titles, top-1):\n");
        for p in &self.per_category {
            out.push_str(&format!("  {:<32} {:>4}  {}\n", p.name, p.titles, pct(p.correct as f64 / p.titles as f64)));
        }
        out.push_str("\ncategory-mismatch rule (CA004) by confidence threshold:\n  threshold  coverage  precision  false alarms\n");
        for t in &self.thresholds {
            out.push_str(&format!("  {:>9.2}  {:>8}  {:>9}  {:>12}\n", t.threshold, pct(t.coverage), pct(t.precision), pct(t.false_alarms)));
        }
        out.push_str("\nmost frequent confusions (true → suggested):\n");
        for (t, p, k) in self.confusions.iter().take(15) {
            out.push_str(&format!("  {k:>3}  {t} → {p}\n"));
        }
        out
    }
}

impl Measurement {
    /// The per-source table: first suggestion's top level, second level and leaf, and the leaf
    /// among the three suggestions.
    pub fn render_slices(&self) -> String {
        let pct = |x: f64| format!("{:.1}%", x * 100.0);
        let mut out = String::from("by source (first suggestion; leaf among the three; branch named when the leaf is unsure, right when the leaf is under it; leaf shown = among the three or the branch's listed leaves):\n  source  titles  top level  second level  leaf top-1  leaf top-3  branch named  branch right  leaf shown\n");
        for s in &self.slices {
            out.push_str(&format!(
                "  {:<6}  {:>6}  {:>9}  {:>12}  {:>10}  {:>10}  {:>12}  {:>12}  {:>10}\n",
                s.source,
                s.titles,
                pct(s.top1),
                pct(s.second),
                pct(s.leaf1),
                pct(s.leaf3),
                pct(s.branch),
                pct(s.branch_right),
                pct(s.shown)
            ));
        }
        out.push('\n');
        out
    }

    /// The slice of one source ("2015", "2024", "all").
    pub fn slice(&self, source: &str) -> Option<&Slice> {
        self.slices.iter().find(|s| s.source == source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_hits_misses_and_otros_labels() {
        let csv = "title,category_id\n\
                   Celular Samsung Galaxy A15 128gb,MLA1055\n\
                   Novela de aventuras tapa dura,MLA1227\n\
                   Funda silicona para celular,MLA1055\n\
                   Zapatillas running hombre,MLA999999999\n";
        let m = measure(&Catalog::embedded(), csv).expect("valid CSV");
        assert_eq!((m.titles, m.skipped), (3, 1));
        assert_eq!(m.top1, 1.0, "all three are in the right top level");
        // The novel is filed under "Libros Físicos", not its "Otros" label; the case under
        // "Accesorios para Celulares", not "Celulares y Smartphones".
        assert_eq!((m.second_misses, m.second_misses_other_label), (2, 1));
        assert!((m.second_top1 - 1.0 / 3.0).abs() < 1e-9);
        assert!(m.render().contains("2, of which 1"));
        assert!(measure(&Catalog::embedded(), "title\nx\n").unwrap_err().contains("category_id"));
    }

    #[test]
    fn halves_are_fixed_and_slices_follow_the_source() {
        // Fixed values of the hash: a change of the split would silently mix the halves.
        assert_eq!(half_of(""), Half::Check);
        assert_eq!(half_of("a"), Half::Tuning);
        let csv = "title,category_id,source\n\
                   Celular Samsung Galaxy A15 128gb,MLA1055,scraped-2024\n\
                   Funda silicona para celular,MLA1055,old-2015\n";
        let m = measure(&Catalog::embedded(), csv).expect("valid CSV");
        let names: Vec<&str> = m.slices.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(names, ["2015", "2024", "all"]);
        let s24 = m.slice("2024").unwrap();
        assert_eq!((s24.titles, s24.top1, s24.leaf1, s24.leaf3), (1, 1.0, 1.0, 1.0));
        // The phone is sure of its leaf: no branch is named, and the leaf is shown.
        assert_eq!((s24.branch, s24.shown), (0.0, 1.0));
        // The case is among phone accessories, not phones: right top level, wrong leaf.
        let s15 = m.slice("2015").unwrap();
        assert_eq!((s15.top1, s15.leaf1), (1.0, 0.0));
        let halves = [Half::Tuning, Half::Check].map(|h| measure_half(&Catalog::embedded(), csv, h).map_or(0, |m| m.titles));
        assert_eq!(halves.iter().sum::<usize>(), 2);
    }
}
