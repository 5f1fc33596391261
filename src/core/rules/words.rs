//! Word-level matching shared by the rules: folded words that remember where they are in the
//! seller's text, so a rule can match "envio gratis" against "ENVÍO GRATIS!!" and still remove
//! exactly those characters in a fix. All words share one folded buffer: the engine runs on
//! every keystroke, and one allocation per word showed up in the benchmark.

use crate::core::fold::fold_char;
use std::ops::Range;

/// Where one word is: its byte span in the original text and in the folded buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Span {
    original: Range<usize>,
    folded: Range<usize>,
}

/// The words (runs of letters and digits) of a text, folded (lower case, no accents).
#[derive(Clone, Debug, Default)]
pub struct Words {
    folded: String,
    spans: Vec<Span>,
}

impl Words {
    pub fn of(text: &str) -> Words {
        let mut words = Words { folded: String::with_capacity(text.len()), spans: Vec::new() };
        let mut open: Option<(usize, usize)> = None;
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                if open.is_none() {
                    open = Some((i, words.folded.len()));
                }
                if c.is_ascii() {
                    words.folded.push(c.to_ascii_lowercase());
                } else {
                    words.folded.extend(fold_char(c));
                }
            } else if let Some((start, fstart)) = open.take() {
                words.spans.push(Span { original: start..i, folded: fstart..words.folded.len() });
            }
        }
        if let Some((start, fstart)) = open {
            words.spans.push(Span { original: start..text.len(), folded: fstart..words.folded.len() });
        }
        words
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The folded word at `i` ("" past the end).
    pub fn word(&self, i: usize) -> &str {
        self.spans.get(i).and_then(|s| self.folded.get(s.folded.clone())).unwrap_or("")
    }

    /// The byte span in the original text of words `range` (start of the first to end of the last).
    pub fn original_span(&self, range: Range<usize>) -> Option<(usize, usize)> {
        let first = self.spans.get(range.start)?;
        let last = self.spans.get(range.end.checked_sub(1)?)?;
        Some((first.original.start, last.original.end))
    }

    /// True when the folded words of `phrase` appear in a row starting at word `i`.
    pub fn phrase_at(&self, i: usize, phrase: &[&str]) -> bool {
        !phrase.is_empty() && i + phrase.len() <= self.len() && phrase.iter().enumerate().all(|(k, p)| self.word(i + k) == *p)
    }

    /// Where the folded words of `phrase` first appear in a row: word indices.
    pub fn find_phrase(&self, phrase: &[&str]) -> Option<Range<usize>> {
        (0..self.len()).find(|&i| self.phrase_at(i, phrase)).map(|i| i..i + phrase.len())
    }

    /// True when `name` (a brand or model as the seller typed it) appears: its folded words in
    /// a row, or glued together ("Coca-Cola" matches "cocacola", "K 750" matches "K750").
    pub fn mentions(&self, name: &str) -> bool {
        let name = Words::of(name);
        if name.is_empty() {
            return true;
        }
        let parts: Vec<&str> = (0..name.len()).map(|i| name.word(i)).collect();
        if self.find_phrase(&parts).is_some() {
            return true;
        }
        // The name glued, against up to four consecutive words glued.
        let glued = name.folded.as_str();
        (0..self.len()).any(|i| {
            let mut rest = glued;
            for k in 0..4 {
                let word = self.word(i + k);
                match rest.strip_prefix(word) {
                    Some(r) if !word.is_empty() => rest = r,
                    _ => return false,
                }
                if rest.is_empty() {
                    return true;
                }
            }
            false
        })
    }
}

/// Calls `f` with each folded word of `text` in order, without building them all, until `f`
/// returns false; returns false when it stopped early.
pub fn each_word(text: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(fold_char(c));
            }
        } else if !word.is_empty() {
            if !f(&word) {
                return false;
            }
            word.clear();
        }
    }
    word.is_empty() || f(&word)
}

/// Removes byte spans from `text` and tidies what is left: repeated spaces and separators that
/// no longer separate anything ("Termo - - azul" → "Termo - azul").
pub fn remove_spans(text: &str, spans: &[(usize, usize)]) -> String {
    let mut spans: Vec<(usize, usize)> = spans.iter().copied().filter(|(s, e)| s < e && *e <= text.len()).collect();
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in spans {
        if s < at || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(text.get(at..s).unwrap_or(""));
        out.push(' ');
        at = e;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    tidy_line_spaces(&out)
}

fn is_separator(word: &str) -> bool {
    word.chars().all(|c| matches!(c, '-' | '|' | '/' | ',' | ';' | ':' | '+' | '.'))
}

/// Collapses spaces within each line, drops lone separators left behind and keeps line breaks.
fn tidy_line_spaces(text: &str) -> String {
    text.lines()
        .map(|line| {
            let mut kept: Vec<&str> = Vec::new();
            for part in line.split_whitespace() {
                if is_separator(part) && kept.last().is_none_or(|last| is_separator(last)) {
                    continue;
                }
                kept.push(part);
            }
            while kept.last().is_some_and(|last| is_separator(last) && *last != ".") {
                kept.pop();
            }
            kept.join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_spans_of_the_original_text() {
        let text = "¡ENVÍO gratis!";
        let w = Words::of(text);
        assert_eq!((w.word(0), w.word(1), w.word(2)), ("envio", "gratis", ""));
        assert_eq!(w.original_span(0..1).map(|(s, e)| &text[s..e]), Some("ENVÍO"));
        assert_eq!(w.find_phrase(&["envio", "gratis"]), Some(0..2));
        assert_eq!(w.find_phrase(&["gratis", "envio"]), None);
    }

    #[test]
    fn each_word_stops_early() {
        let mut seen = Vec::new();
        let finished = each_word("Uno, DÓS tres", |w| {
            seen.push(w.to_string());
            w != "dos"
        });
        assert!(!finished);
        assert_eq!(seen, vec!["uno", "dos"]);
        assert!(each_word("a b", |_| true));
    }

    #[test]
    fn mentions_accepts_glued_and_split_names() {
        let w = Words::of("Bebida Cocacola K-750 Fullmoon");
        assert!(w.mentions("Coca-Cola"));
        assert!(w.mentions("K750"));
        assert!(w.mentions("k 750"));
        assert!(!w.mentions("Moon"));
        assert!(!w.mentions("Pepsi"));
        assert!(!w.mentions("Bebida Coca"));
    }

    #[test]
    fn removing_spans_tidies_separators() {
        let text = "Termo azul - OFERTA - 750 ml";
        let s = text.find("OFERTA").unwrap();
        assert_eq!(remove_spans(text, &[(s, s + 6)]), "Termo azul - 750 ml");
        assert_eq!(remove_spans("Oferta | Termo", &[(0, 6)]), "Termo");
        assert_eq!(remove_spans("Termo", &[(3, 99)]), "Termo");
    }
}
