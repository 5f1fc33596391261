//! The lexicon: words that point to a category, written by the project from general knowledge of
//! products, brands and Spanish (Ecuadorian and Latin American) vocabulary. It complements the
//! words of the category names. Never built from the measurement titles.
//!
//! Format of `lexicon.txt`: `ID[:WEIGHT] word word two_words …`, `#` starts a comment. ID is the
//! category number (1055 = MEC1055); WEIGHT defaults to 1. Words are normalised like titles
//! (see [`super::normalize`]), so plurals and synonyms need not be listed; `a_b` is a two-word
//! phrase, matched when both words appear within a few words of each other (see
//! [`super::classify::Tuning::pair_window`]), in either order; `a>b` is a phrase matched only
//! in the order written, for the pairs whose two orders are two products ("silla>rueda", a
//! wheelchair; "rueda>silla", an office chair's wheels) and for the parts a product's own title
//! names as specs ("pantalla>celular": "Celular … pantalla 6.6" is a phone). A key is
//! order-bound wherever it is written, so a test checks that no phrase is written both ways.

use super::normalize::{fold_word, key, pair_key};

/// The lexicon embedded in the native build: `lexicon.txt` then `lexicon/*.txt` (in name order),
/// packed by [`super::lexicon_pack::pack`] in `build.rs`. The app's first load fetches it with the tree
/// instead (see [`super::data`]).
#[cfg(feature = "embedded-catalog")]
pub const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.txt"));

/// Most bytes the lexicon may take as shipped (packed, brotli quality 11), held by
/// `tests/catalog_size.rs` and printed by the tuning example. It loads after the first render, in
/// the catalog data file (budget 123,000 B, `docs/architecture.md`), so it costs no first-load
/// byte. 60 KiB until batch 7; 64 KiB in batches 8 and 9, because the words the lexicon lacks
/// are what sends unseen titles to a wrong department; 68 KiB in batches 10 to 12, when batch 9
/// had left 0.6 KB; 70 KiB in batches 13 to 18; 72 KiB in batches 19 and 20, whose makers named
/// alone ("Patrick Hpk135m00", "Taragüi 1kg") took the 0.7 KB left and 0.3 KB more; 70 KiB again
/// from batch 21, whose relative category numbers (`lexicon_pack`) took 6.5 KB off; 73 KiB from
/// batch 23, whose packed tree ids (`tree_pack`) took 3.4 KB off the tree in the same data file,
/// which kept its 120,000 B (docs/catalog.md, "Size and speed"); 76 KiB from batch 25, when
/// batch 24 had left 0.9 KB and no packing was left to find (sorting each line's words saves
/// 47 B): the data file went to 123,000 B with it, 3 KB more on a file fetched after the first
/// screen and kept by the service worker.
pub const BUDGET_BROTLI: usize = 76 * 1024;

/// The lexicon's source text with its comments, concatenated as `build.rs` does, read from the
/// catalog's source folder (`src/core/catalog`): the tuning example measures an edited lexicon
/// with it without rebuilding.
pub fn source_text(catalog_dir: &std::path::Path) -> std::io::Result<String> {
    let mut files = source_files(catalog_dir).into_iter();
    let mut text = match files.next() {
        Some(first) => std::fs::read_to_string(first)?,
        None => String::new(),
    };
    for f in files {
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&std::fs::read_to_string(f)?);
    }
    Ok(text)
}

/// The lexicon's source files in the order `build.rs` concatenates them: `lexicon.txt`, then
/// `lexicon/*.txt` in name order (no folder is no department file, as in `build.rs`).
pub fn source_files(catalog_dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(catalog_dir.join("lexicon"))
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect())
        .unwrap_or_default();
    files.sort();
    files.insert(0, catalog_dir.join("lexicon.txt"));
    files
}

/// One lexicon line, normalised.
#[derive(Clone, Debug, PartialEq)]
pub struct LexiconEntry {
    pub id: u32,
    pub weight: f32,
    /// Lookup keys (see [`super::normalize::key`]); phrases as `a_b`.
    pub keys: Vec<String>,
    /// The keys of [`Self::keys`] written `a>b`: phrases matched only in the order written.
    pub ordered: Vec<String>,
    /// 1-based line in the lexicon text.
    pub line: usize,
}

/// Parses lexicon text. Malformed lines and words are errors naming the line.
pub fn parse(text: &str) -> Result<Vec<LexiconEntry>, String> {
    let (entries, errors) = parse_lenient(text);
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors.join("; "))
    }
}

/// Parses lexicon text keeping every well-formed entry and word, with the errors beside (the
/// product uses this, so one bad word never costs the whole lexicon; a test keeps it clean).
pub fn parse_lenient(text: &str) -> (Vec<LexiconEntry>, Vec<String>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    // Set by the packed text's first line (see `lexicon_pack::RELATIVE`): each number is then
    // the difference from the previous line's.
    let mut relative = false;
    let mut previous: u32 = 0;
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let content = raw.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        if content == super::lexicon_pack::RELATIVE {
            relative = true;
            continue;
        }
        let mut parts = content.split_whitespace();
        let head = parts.next().unwrap_or("");
        let (id, weight) = match head.split_once(':') {
            Some((id, w)) => match w.parse::<f32>() {
                Ok(w) if w.is_finite() && w > 0.0 => (id, w),
                _ => {
                    errors.push(format!("line {line}: bad weight {w:?}"));
                    continue;
                }
            },
            None => (head, 1.0),
        };
        let id = match (relative, id) {
            (true, "") => Some(previous),
            (true, d) => d.parse::<u32>().ok().and_then(|d| previous.checked_add(d)),
            (false, id) => id.parse::<u32>().ok(),
        };
        let Some(id) = id else {
            errors.push(format!("line {line}: bad category id {head:?}"));
            continue;
        };
        previous = id;
        let mut keys = Vec::new();
        let mut ordered = Vec::new();
        for word in parts {
            // "a>b" is the phrase "a_b", bound to its order.
            let in_order = word.contains('>');
            let word: std::borrow::Cow<str> = if in_order { word.replace('>', "_").into() } else { word.into() };
            let word = word.as_ref();
            // Only a word with an ñ can be "uña(s)" (see `fold_word`): the others are folded
            // whole, without splitting (start-up reads thousands of words).
            let folded = match word.contains(['ñ', 'Ñ']) {
                true => word.split('_').map(fold_word).collect::<Vec<_>>().join("_"),
                false => crate::core::fold::fold(word),
            };
            // Titles are read word by word and in pairs, so a longer phrase could never match.
            if folded.matches('_').count() > 1 {
                errors.push(format!("line {line}: {word:?} has more than two words (phrases are pairs)"));
                continue;
            }
            let k = match folded.split_once('_') {
                Some((a, b)) => match (key(a), key(b)) {
                    (Some(a), Some(b)) => Some(pair_key(&a, &b)),
                    // In a phrase, a stopword part is dropped ("moto_e" is "moto"), but only a
                    // letter or two: a longer one ("vendo_casa") would quietly make it one word.
                    (ka, kb) => match [(a, ka.is_none()), (b, kb.is_none())].into_iter().find(|(p, none)| *none && p.chars().count() > 2) {
                        Some((part, _)) => {
                            errors.push(format!("line {line}: {word:?}: {part:?} is a stopword or a number, so the phrase would be one word"));
                            continue;
                        }
                        None => ka.or(kb),
                    },
                },
                None => key(&folded),
            };
            match k {
                // A phrase read as one word (a stopword part, a compound, a synonym) has no order.
                Some(k) if in_order && !k.contains('_') => {
                    errors.push(format!("line {line}: {word:?} is read as the one word {k:?}, which has no order"));
                    keys.push(k);
                }
                Some(k) => {
                    if in_order {
                        ordered.push(k.clone());
                    }
                    keys.push(k);
                }
                None => errors.push(format!("line {line}: {word:?} is a stopword or a number")),
            }
        }
        entries.push(LexiconEntry { id, weight, keys, ordered, line });
    }
    (entries, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_weights_phrases_and_errors() {
        let e = parse("# c\n1055:2 Celulares zapato_deportivo\n").unwrap();
        assert_eq!(e[0].id, 1055);
        assert_eq!(e[0].weight, 2.0);
        assert_eq!(e[0].keys, vec!["celular", "zapatilla"]);
        assert!(parse("x12 a").unwrap_err().contains("line 1"));
        assert!(parse("12 para").unwrap_err().contains("stopword"));
        assert_eq!(parse("12 moto_e").unwrap()[0].keys, vec!["moto"]);
        assert!(parse("12 all_in_one").unwrap_err().contains("more than two words"));
        assert!(parse("12 vendo_casa").unwrap_err().contains("\"vendo\" is a stopword"));
    }

    #[test]
    fn packed_numbers_are_relative_to_the_line_before() {
        let e = parse("!relative\n1055:2 celular\n:3 iphone\n0 samsung\n2 funda\n").unwrap();
        let heads: Vec<(u32, f32)> = e.iter().map(|e| (e.id, e.weight)).collect();
        assert_eq!(heads, vec![(1055, 2.0), (1055, 3.0), (1055, 1.0), (1057, 1.0)]);
        // Without the first line, numbers are whole, and an empty one is an error.
        assert!(parse(":3 iphone").unwrap_err().contains("bad category id"));
        // A difference past the largest number is an error, not an overflow.
        assert!(parse("!relative\n4294967295 a\n1 b\n").unwrap_err().contains("line 3"));
    }

    #[test]
    fn a_phrase_written_with_an_arrow_is_bound_to_its_order() {
        let e = parse("1 silla>rueda mesa_centro\n2 rueda>silla\n").unwrap();
        assert_eq!(e[0].keys, vec!["silla_rueda", "mesa_centro"]);
        assert_eq!(e[0].ordered, vec!["silla_rueda"]);
        assert_eq!(e[1].ordered, vec!["rueda_silla"]);
        assert!(parse("1 moto>e").unwrap_err().contains("no order"));
        assert!(parse("1 a>b>c").unwrap_err().contains("more than two words"));
    }

    /// A key is order-bound wherever it is written (see the module's docs), so writing it both
    /// ways would bind the other line's phrase by surprise.
    #[test]
    fn no_phrase_is_written_both_in_order_and_in_either_order() {
        let source = source_text(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core/catalog")).expect("lexicon sources");
        let entries = parse(&source).unwrap();
        let ordered: std::collections::HashSet<&String> = entries.iter().flat_map(|e| &e.ordered).collect();
        let both: Vec<String> = entries
            .iter()
            .flat_map(|e| e.keys.iter().filter(|k| k.contains('_') && !e.ordered.contains(k) && ordered.contains(k)).map(move |k| format!("line {}: {k}", e.line)))
            .collect();
        assert!(both.is_empty(), "written both ways: {both:?}");
    }

    #[test]
    fn embedded_lexicon_is_valid() {
        let entries = parse(EMBEDDED).unwrap();
        assert!(entries.len() > 50);
    }

    /// Every (category, word, order-bound, weight) of the sources, highest weight kept: the
    /// classifier's index.
    fn index(entries: &[LexiconEntry]) -> Vec<(u32, String, bool, u32)> {
        let mut best: std::collections::BTreeMap<(u32, String, bool), f32> = Default::default();
        for e in entries {
            for k in &e.keys {
                let w = best.entry((e.id, k.clone(), e.ordered.contains(k))).or_insert(0.0);
                *w = w.max(e.weight);
            }
        }
        best.into_iter().map(|((id, k, o), w)| (id, k, o, w.to_bits())).collect()
    }

    #[test]
    fn embedded_lexicon_is_the_sources_packed() {
        let source = source_text(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core/catalog")).expect("lexicon sources");
        assert!(source.contains('#') && !EMBEDDED.contains('#'));
        let packed = parse(EMBEDDED).unwrap();
        let heads: Vec<(u32, u32)> = packed.iter().map(|e| (e.id, e.weight.to_bits())).collect();
        assert_eq!(heads.len(), heads.iter().collect::<std::collections::HashSet<_>>().len(), "one line per category and weight");
        assert_eq!(index(&parse(&source).unwrap()), index(&packed), "same words, categories and weights");
    }
}
