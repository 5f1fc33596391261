use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Repeated punctuation ("!!!", "***") and emoji are decoration: they take characters from a
    /// short title, make it look like spam, and search ignores them. Mercado Libre asks for
    /// plain titles with product, brand, model and specs.
    ///
    /// The fix removes emoji and keeps one mark of each repeated run, for review.
    ///
    /// ## Bad example
    /// `¡¡¡Termo Kallpa 750 ml!!! ⭐⭐⭐`
    ///
    /// ## Good example
    /// `Termo Kallpa K750 750 ml`
    ///
    /// ## Source
    /// Mercado Libre title guidelines: product + brand + model + specs, no invented badges
    /// (reference/listing-rules.md, "Titles"); Amazon likewise bans decorative characters such
    /// as `!` in titles ([3p], "Peer validators").
    pub TitleRepeatedPunctuationOrEmoji {
        code: "TI007",
        name: "title-repeated-punctuation-or-emoji",
        family: Title,
        severity: Warning,
        message: ("El título tiene signos repetidos o emojis", "The title has repeated marks or emoji"),
        help: (
            "Quita los emojis y los signos repetidos; usa ese espacio para la marca, el modelo o una característica.",
            "Remove emoji and repeated marks; use the space for the brand, model or a feature.",
        ),
    }
}

/// Pictographs, symbols and dingbats, and the joiners and selectors that build emoji.
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2190..=0x21FF | 0x2300..=0x23FF
        | 0x25A0..=0x25FF | 0xFE0F | 0x200D | 0x20E3 | 0xE0020..=0xE007F)
}

/// Marks that must not repeat. Dots and dashes may (an ellipsis, "--"), up to two.
fn repeat_limit(c: char) -> Option<usize> {
    match c {
        '!' | '¡' | '?' | '¿' | '*' | '#' | '$' | '~' | '+' | '=' | '>' | '<' | '@' | '%' | '&' => Some(1),
        '.' | '-' | '_' | ',' | '/' | '|' => Some(2),
        _ => None,
    }
}

/// What is wrong: (has emoji, has repeated marks).
fn problems(title: &str) -> (bool, bool) {
    let emoji = title.chars().any(is_emoji);
    let mut repeated = false;
    let mut prev: Option<char> = None;
    let mut run = 0usize;
    for c in title.chars() {
        run = if Some(c) == prev { run + 1 } else { 1 };
        prev = Some(c);
        if repeat_limit(c).is_some_and(|limit| run > limit) {
            repeated = true;
        }
    }
    (emoji, repeated)
}

/// Removes emoji and shortens runs of marks to their limit.
fn clean(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut prev: Option<char> = None;
    let mut run = 0usize;
    for c in title.chars().filter(|c| !is_emoji(*c)) {
        run = if Some(c) == prev { run + 1 } else { 1 };
        prev = Some(c);
        if repeat_limit(c).is_some_and(|limit| run > limit.min(1)) {
            continue;
        }
        out.push(c);
    }
    // A run of pure decoration ("***", "~~") leaves a lone mark behind: drop it.
    out.split_whitespace()
        .filter(|w| !w.chars().all(|c| matches!(c, '*' | '#' | '~' | '=' | '_' | '+' | '>' | '<' | '|')))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Rule for TitleRepeatedPunctuationOrEmoji {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let title = &cx.listing.title;
        let (emoji, repeated) = problems(title);
        if !emoji && !repeated {
            return;
        }
        let finding = out.report("title");
        if !repeated {
            finding.message(tr!("El título tiene emojis", "The title has emoji"));
        } else if !emoji {
            finding.message(tr!("El título tiene signos repetidos", "The title has repeated marks"));
        }
        finding.fix(Fix {
            label: tr!("Quitar emojis y signos repetidos", "Remove emoji and repeated marks"),
            applicability: Applicability::NeedsReview,
            edits: vec![Edit { field: "title".into(), value: clean(title) }],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_cleans_decoration() {
        assert_eq!(problems("¡¡¡Termo!!! ⭐⭐"), (true, true));
        assert_eq!(problems("Termo 1.5 L - azul"), (false, false));
        assert_eq!(problems("Termo... azul"), (false, true));
        assert_eq!(problems("Termo 🔥"), (true, false));
        assert_eq!(clean("¡¡¡Termo!!! ⭐⭐ azul"), "¡Termo! azul");
        assert_eq!(clean("Termo *** azul"), "Termo azul");
    }
}
