//! Warranty time: "6 meses", "1 año", "90 días", "Sin garantía", and free text from older items
//! ("Garantía oficial de funcionamiento 6 meses").

use super::number::{parse_decimal, Grouping};
use super::ParseError;

/// A warranty as understood from text.
#[derive(Clone, Debug, PartialEq)]
pub enum Warranty {
    /// The seller says explicitly there is none ("Sin garantía").
    None,
    /// A length of time, in days.
    Days(f64),
}

const UNITS: &[(&str, f64)] = &[
    ("años", 365.0),
    ("anos", 365.0),
    ("año", 365.0),
    ("ano", 365.0),
    ("years", 365.0),
    ("year", 365.0),
    ("meses", 30.0),
    ("mes", 30.0),
    ("months", 30.0),
    ("month", 30.0),
    ("semanas", 7.0),
    ("semana", 7.0),
    ("weeks", 7.0),
    ("días", 1.0),
    ("dias", 1.0),
    ("día", 1.0),
    ("dia", 1.0),
    ("days", 1.0),
];

/// Words that say "no warranty".
const NONE: &[&str] = &["sin garantía", "sin garantia", "no tiene garantía", "no tiene garantia", "no warranty", "without warranty"];

/// Number words sellers write instead of digits.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("un", 1.0),
    ("una", 1.0),
    ("uno", 1.0),
    ("dos", 2.0),
    ("tres", 3.0),
    ("seis", 6.0),
    ("doce", 12.0),
];

/// Reads a warranty time anywhere in `input`: the first "<number> <unit>" pair wins.
pub fn parse_warranty(input: &str) -> Result<Warranty, ParseError> {
    let lower = input.trim().to_lowercase();
    if NONE.iter().any(|w| lower.contains(w)) {
        return Ok(Warranty::None);
    }
    let words: Vec<String> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | ';' | '(' | ')' | '/'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(['.', ',']).to_string())
        .collect();
    for (i, word) in words.iter().enumerate() {
        // "6meses" written together.
        let split = word.find(|c: char| c.is_alphabetic()).unwrap_or(word.len());
        let (num, glued_unit) = word.split_at(split);
        let (number, unit) = if !num.is_empty() && !glued_unit.is_empty() {
            (parse_decimal(num, Grouping::Decimal), Some(glued_unit))
        } else {
            let number = parse_decimal(word, Grouping::Decimal)
                .or_else(|| NUMBER_WORDS.iter().find(|(w, _)| w == word).map(|(_, n)| *n));
            (number, words.get(i + 1).map(String::as_str))
        };
        if let (Some(n), Some(unit)) = (number, unit) {
            if let Some((_, days)) = UNITS.iter().find(|(u, _)| *u == unit) {
                if n >= 0.0 {
                    return Ok(Warranty::Days(n * days));
                }
            }
        }
    }
    Err(ParseError::expected(
        "un tiempo como «6 meses» o «1 año», o «Sin garantía»",
        "a time such as “6 months” or “1 year”, or “Sin garantía”",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_explicit_none() {
        let cases = [
            ("6 meses", Warranty::Days(180.0)),
            ("1 año", Warranty::Days(365.0)),
            ("2 años", Warranty::Days(730.0)),
            ("90 días", Warranty::Days(90.0)),
            ("un año", Warranty::Days(365.0)),
            ("12meses", Warranty::Days(360.0)),
            ("Garantía oficial de funcionamiento 6 meses.", Warranty::Days(180.0)),
            ("Sin garantía", Warranty::None),
            ("SIN GARANTIA", Warranty::None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_warranty(input), Ok(want), "{input}");
        }
    }

    #[test]
    fn vague_text_is_an_error() {
        assert!(parse_warranty("De fabricación.").is_err());
        assert!(parse_warranty("").is_err());
        assert!(parse_warranty("sí").is_err());
    }
}
