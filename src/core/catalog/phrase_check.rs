//! Whether the lexicon's phrases win on their own: a title made of a phrase's two words alone
//! ("botón encendido") should be suggested the phrase's category first. A phrase is the most
//! specific knowledge the lexicon holds, so one that loses alone is knowledge that never counts:
//! a weight too low beside a department word of one of its parts ("botón" among sewing notions),
//! or a part read in another sense. The check reads only the lexicon, never measurement titles,
//! so it may be run and fixed freely (`lexicon_coverage --phrases`; `tests/lexicon_phrases.rs`
//! holds the count).

use super::classify::Classifier;
use super::lexicon::LexiconEntry;
use super::tree::Tree;

/// A phrase whose own title is suggested another category first.
#[derive(Clone, Debug, PartialEq)]
pub struct LosingPhrase {
    /// Line of the lexicon entry (in the text the entries were parsed from).
    pub line: usize,
    /// The phrase's key, `a_b`.
    pub key: String,
    /// The phrase's category (tree index).
    pub category: u32,
    /// The first suggestion for the phrase's words alone (tree index), if any.
    pub first: Option<u32>,
    /// Whether that suggestion is in another top-level category than the phrase's.
    pub other_department: bool,
}

/// The phrases of `entries` whose words alone are first suggested outside the phrase's category
/// (its leaf, or any leaf under it when the entry names a branch). Entries whose category the
/// tree lacks are skipped: `lexicon_coverage --redundant` lists those.
pub fn losing_phrases(tree: &Tree, classifier: &Classifier, entries: &[LexiconEntry]) -> Vec<LosingPhrase> {
    let mut out = Vec::new();
    for e in entries {
        let Some(category) = tree.index_of(e.id) else { continue };
        for key in e.keys.iter().filter(|k| k.contains('_')) {
            let title = key.replace('_', " ");
            let first = classifier.classify(tree, &title).ranked.first().map(|s| s.index);
            if first.is_some_and(|f| f == category || tree.ancestors(f).any(|a| a == category)) {
                continue;
            }
            let other_department = first.is_none_or(|f| tree.ancestor_at(f, 1) != tree.ancestor_at(category, 1));
            out.push(LosingPhrase { line: e.line, key: key.clone(), category, first, other_department });
        }
    }
    out
}

/// One lexicon source file: how many phrases it holds, and those that lose on their own.
#[derive(Clone, Debug)]
pub struct FileCheck {
    pub path: std::path::PathBuf,
    pub phrases: usize,
    pub losing: Vec<LosingPhrase>,
}

/// Checks each lexicon source file under `catalog_dir` (`lexicon.txt`, then `lexicon/*.txt`, as
/// `build.rs` reads them), file by file so that each finding has its file and line. The error
/// names the first file that cannot be read or has a malformed line.
pub fn check_sources(catalog_dir: &std::path::Path, tree: &Tree, classifier: &Classifier) -> Result<Vec<FileCheck>, String> {
    super::lexicon::source_files(catalog_dir)
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let entries = super::lexicon::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let phrases = entries.iter().flat_map(|e| &e.keys).filter(|k| k.contains('_')).count();
            let losing = losing_phrases(tree, classifier, &entries);
            Ok(FileCheck { path, phrases, losing })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::lexicon::parse;
    use crate::core::catalog::Catalog;

    #[test]
    fn a_phrase_that_wins_alone_is_not_listed_and_one_that_loses_is() {
        let c = Catalog::embedded();
        // The lexicon's own phrase for a phone's button flex cable wins alone; the same words
        // filed under vinegars lose, to another department.
        let entries = parse("432009:1 flex_boton\n410870:1 flex_boton").unwrap();
        let losing = losing_phrases(&c.tree, c.classifier(), &entries);
        assert_eq!(losing.len(), 1, "{losing:?}");
        assert_eq!(losing[0].line, 2);
        assert_eq!(losing[0].key, "flex_boton");
        assert!(losing[0].other_department);
        assert_eq!(losing[0].first.map(|f| c.tree.display_id(f)).as_deref(), Some("MEC432009"));
    }
}
