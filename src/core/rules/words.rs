//! Word-level matching shared by the rules: folded tokens that remember where they are in the
//! seller's text, so a rule can match "envio gratis" against "ENVÍO GRATIS!!" and still remove
//! exactly those characters in a fix.

use crate::core::fold::fold;

/// One word of the original text: its byte span and its folded form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub folded: String,
}

/// Words (letters and digits) of `text`, folded, with their spans in `text`.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Token { start: s, end: i, folded: fold(&text[s..i]) });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Token { start: s, end: text.len(), folded: fold(&text[s..]) });
    }
    out
}

/// Where the words of `phrase` (already folded) appear in a row among `tokens`: token indices.
pub fn find_phrase(tokens: &[Token], phrase: &[&str]) -> Option<std::ops::Range<usize>> {
    if phrase.is_empty() || phrase.len() > tokens.len() {
        return None;
    }
    (0..=tokens.len() - phrase.len())
        .find(|&i| tokens.iter().skip(i).zip(phrase).all(|(t, p)| t.folded == *p))
        .map(|i| i..i + phrase.len())
}

/// True when `name` (a brand or model as the seller typed it) appears in `tokens`: its folded
/// words in a row, or glued together ("Coca-Cola" matches "cocacola", "K 750" matches "K750").
pub fn mentions(tokens: &[Token], name: &str) -> bool {
    let words: Vec<String> = crate::core::fold::words(name);
    if words.is_empty() {
        return true;
    }
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    if find_phrase(tokens, &refs).is_some() {
        return true;
    }
    let glued: String = words.concat();
    // The name glued, against up to four consecutive title words glued.
    (0..tokens.len()).any(|i| {
        let mut acc = String::new();
        tokens.iter().skip(i).take(4).any(|t| {
            acc.push_str(&t.folded);
            acc == glued
        })
    })
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
        out.push_str(&text[at..s]);
        out.push(' ');
        at = e;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    tidy_line_spaces(&out)
}

/// Collapses spaces within each line, drops lone separators left behind and keeps line breaks.
fn tidy_line_spaces(text: &str) -> String {
    text.lines()
        .map(|line| {
            let parts: Vec<&str> = line.split_whitespace().collect();
            let mut kept: Vec<&str> = Vec::with_capacity(parts.len());
            for part in parts {
                let is_separator = part.chars().all(|c| matches!(c, '-' | '|' | '/' | ',' | ';' | ':' | '+' | '.'));
                if is_separator && kept.last().is_none_or(|last| last.chars().all(|c| matches!(c, '-' | '|' | '/' | ',' | ';' | ':' | '+' | '.'))) {
                    continue;
                }
                kept.push(part);
            }
            while kept.last().is_some_and(|last| last.chars().all(|c| matches!(c, '-' | '|' | '/' | ',' | ';' | ':' | '+'))) {
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
    fn tokens_keep_spans_of_the_original_text() {
        let t = tokens("¡ENVÍO gratis!");
        assert_eq!(t.iter().map(|t| t.folded.as_str()).collect::<Vec<_>>(), vec!["envio", "gratis"]);
        assert_eq!(&"¡ENVÍO gratis!"[t[0].start..t[0].end], "ENVÍO");
        assert_eq!(find_phrase(&t, &["envio", "gratis"]), Some(0..2));
        assert_eq!(find_phrase(&t, &["gratis", "envio"]), None);
    }

    #[test]
    fn mentions_accepts_glued_and_split_names() {
        let t = tokens("Bebida Cocacola K-750 Fullmoon");
        assert!(mentions(&t, "Coca-Cola"));
        assert!(mentions(&t, "K750"));
        assert!(mentions(&t, "k 750"));
        assert!(!mentions(&t, "Moon"));
        assert!(!mentions(&t, "Pepsi"));
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
