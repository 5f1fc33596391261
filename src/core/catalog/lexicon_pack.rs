//! The lexicon as shipped: its source text packed into one line per category and weight.
//!
//! Why: the sources are written department by department and leaf by leaf, so one category's
//! words are spread over many lines and files, each repeating the category number. Gathering
//! them (every `ID[:WEIGHT]` once, categories in number order) and cutting the comments makes
//! the file every phone downloads about 3 KB brotli smaller (5%) and leaves the classifier's
//! index unchanged: a word's weight for a category is the highest one listed, whatever the
//! order (see [`super::classify::Classifier::new`]; a test compares the two indexes).
//!
//! Each packed head writes its category number as the difference from the line before (lines are
//! sorted by number, so "409810" after "409808" is "2"), under a first line [`RELATIVE`] that
//! tells the parser so. The numbers took 10.5 KB of the 72.9 KB brotli; as differences they take
//! about 4 KB (batch 21, `docs/catalog-tried.md`).
//!
//! `build.rs` includes this file by path, so it uses the standard library only. Line numbers of
//! the packed text no longer name source lines: the sources are checked line by line in tests.

use std::collections::BTreeMap;

/// The packed text's first line: from here on, a head's category number is the difference from
/// the previous line's number, and an empty number is the same category at another weight
/// (`lexicon::parse_lenient` reads it).
pub const RELATIVE: &str = "!relative";

/// Packs lexicon text: comments cut, the words of each `ID[:WEIGHT]` gathered on one line in
/// the order first met (a word repeated under the same head kept once), lines sorted by
/// category number then weight, each number written relative to the line before (see
/// [`RELATIVE`]). Weights are grouped by value ("7:1" is "7"). A line whose head is not
/// `ID[:WEIGHT]` is kept as it is, after the others, so the app's lenient parser still reports
/// it (its number, if any, then reads as relative too: it is an error either way).
pub fn pack(source: &str) -> String {
    // (id, weight bits) → (weight as written first, none for 1; words).
    let mut groups: BTreeMap<(u32, u32), (Option<String>, Vec<String>)> = BTreeMap::new();
    let mut odd = Vec::new();
    for raw in source.lines() {
        let content = raw.split('#').next().unwrap_or("").trim();
        let mut parts = content.split_whitespace();
        let Some(head) = parts.next() else { continue };
        let (id, weight) = head.split_once(':').unwrap_or((head, "1"));
        let (Ok(id), Ok(w)) = (id.parse::<u32>(), weight.parse::<f32>()) else {
            odd.push(content.to_string());
            continue;
        };
        let written = if w == 1.0 { None } else { Some(weight.to_string()) };
        let (_, words) = groups
            .entry((id, w.to_bits()))
            .or_insert_with(|| (written, Vec::new()));
        for word in parts {
            if !words.iter().any(|x| x == word) {
                words.push(word.to_string());
            }
        }
    }
    let mut packed = String::with_capacity(source.len());
    packed.push_str(RELATIVE);
    packed.push('\n');
    let mut previous = 0;
    for ((id, _), (weight, words)) in groups.iter().filter(|(_, (_, words))| !words.is_empty()) {
        // Sorted by number, so the difference is never negative; the same number at another
        // weight is written as nothing (":2"), a weight-1 line always has its number.
        match (id - previous, weight) {
            (0, Some(_)) => {}
            (d, _) => packed.push_str(&d.to_string()),
        }
        if let Some(w) = weight {
            packed.push(':');
            packed.push_str(w);
        }
        previous = *id;
        for word in words {
            packed.push(' ');
            packed.push_str(word);
        }
        packed.push('\n');
    }
    for line in odd {
        packed.push_str(&line);
        packed.push('\n');
    }
    packed
}

#[cfg(test)]
mod tests {
    use super::pack;

    #[test]
    fn gathers_each_head_once_in_number_order() {
        let source = "# comment\n20:2 b a # why\n10 x\n20:2 c a\n10:1 y\n20 z\n";
        assert_eq!(pack(source), "!relative\n10 x y\n10 z\n:2 b a c\n");
        // A weight-1 line after the same number at a lower weight keeps its "0".
        assert_eq!(pack("7:0.5 a\n7 b\n9:3 c\n"), "!relative\n7:0.5 a\n0 b\n2:3 c\n");
    }

    #[test]
    fn keeps_a_malformed_line_for_the_parser_to_report() {
        assert_eq!(pack("x12 a\n5 b\n7:0 c\n"), "!relative\n5 b\n2:0 c\nx12 a\n");
    }
}
