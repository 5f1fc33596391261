use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// A title written all in capitals reads as shouting, is harder to read on a phone and
    /// looks like spam next to other results. Acronyms (USB, LED, HD) are fine; whole titles
    /// in capitals are not.
    ///
    /// The fix writes the title with an initial capital per word, keeping short acronyms and
    /// words with digits as they are; the seller should review it (a brand may be styled
    /// otherwise).
    ///
    /// ## Bad example
    /// `TERMO DE ACERO INOXIDABLE KALLPA 750 ML`
    ///
    /// ## Good example
    /// `Termo de Acero Inoxidable Kallpa 750 ML`
    ///
    /// ## Source
    /// Mercado Libre help on titles: product + brand + model + key specs, clear and without
    /// decoration (reference/listing-rules.md, "Titles"). Treating an all-capitals title as a
    /// warning is Listo's reading of that guidance.
    pub TitleAllCaps {
        code: "TI004",
        name: "title-all-caps",
        family: Title,
        severity: Warning,
        message: ("El título está todo en mayúsculas", "The title is all in capital letters"),
        help: (
            "Escribe en minúsculas con mayúscula inicial; deja en mayúsculas solo las siglas (USB, LED).",
            "Use lower case with initial capitals; keep capitals only for acronyms (USB, LED).",
        ),
    }
}

/// Small Spanish words written in lower case inside a title.
const SMALL: &[&str] = &["de", "del", "la", "las", "el", "los", "y", "o", "con", "sin", "para", "por", "en", "a", "al"];

/// Fewer letters than this are too few to call the title shouting ("TV LED").
const MIN_LETTERS: usize = 8;

/// True when the title has enough letters and none of them is lower case.
pub fn is_all_caps(title: &str) -> bool {
    let letters = title.chars().filter(|c| c.is_alphabetic());
    let (mut count, mut upper) = (0usize, 0usize);
    for c in letters {
        count += 1;
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            return false;
        }
    }
    count >= MIN_LETTERS && upper == count
}

/// "TERMO DE ACERO USB 750ML" → "Termo de Acero USB 750ML".
pub fn title_case(title: &str) -> String {
    title
        .split(' ')
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if word.chars().any(|c| c.is_ascii_digit()) {
                word.to_string()
            } else if i > 0 && SMALL.contains(&lower.as_str()) {
                lower
            } else if letters <= 3 && letters > 1 {
                word.to_string()
            } else {
                let mut chars = lower.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Rule for TitleAllCaps {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let title = cx.listing.title.trim();
        if !is_all_caps(title) {
            return;
        }
        out.report("title").fix(Fix {
            label: tr!("Escribir con mayúscula inicial", "Use initial capitals"),
            applicability: Applicability::NeedsReview,
            edits: vec![Edit { field: "title".into(), value: title_case(title) }],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_and_fixes_shouting() {
        assert!(is_all_caps("TERMO DE ACERO INOXIDABLE"));
        assert!(!is_all_caps("TV LED 4K"));
        assert!(!is_all_caps("Termo de ACERO"));
        assert_eq!(title_case("TERMO DE ACERO USB 750ML Ñandú"), "Termo de Acero USB 750ML Ñandú");
    }
}
