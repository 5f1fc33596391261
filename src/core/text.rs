//! Bilingual text. Spanish (Ecuador) is the product's first language, English the second;
//! every user-facing string in the core is a [`Text`] so no caller can forget a language.

use serde::{Deserialize, Serialize};

/// The first `max` characters of `text` (all of it when shorter), cut at a character boundary:
/// how the engine and the classifier bound the work a pasted megabyte costs (docs/limits.md).
pub fn prefix_chars(text: &str, max: usize) -> &str {
    text.char_indices().nth(max).map_or(text, |(end, _)| &text[..end])
}

/// The languages the product speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Es,
    En,
}

impl Lang {
    /// Parses "es"/"en" (any case, with region such as "es-EC"); anything else is Spanish.
    pub fn from_code(code: &str) -> Lang {
        if code.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Es
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }
}

/// A message in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub es: String,
    pub en: String,
}

impl Text {
    pub fn new(es: impl Into<String>, en: impl Into<String>) -> Text {
        Text { es: es.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Es => &self.es,
            Lang::En => &self.en,
        }
    }
}

/// `tr!("…{x}…", "…{x}…")` builds a [`Text`] with `format!` in both languages.
#[macro_export]
macro_rules! tr {
    ($es:literal, $en:literal $(,)?) => {
        $crate::core::text::Text::new(format!($es), format!($en))
    };
}

/// A number for a sentence in each language, rounded to at most `decimals` places with no
/// trailing zeros: Spanish with a decimal comma ("24,5"), English with a point ("24.5"); a
/// whole number has no decimals ("24"). Not finite prints as "?".
pub fn number(v: f64, decimals: u32) -> Text {
    if !v.is_finite() {
        return Text::new("?", "?");
    }
    let places = decimals.min(6) as usize;
    let scale = 10f64.powi(places as i32);
    let scaled = (v * scale).round();
    // Below 2^50 the rounded value prints as the digits of `scaled` with a decimal point
    // inserted: that is written directly, which is much cheaper than formatting a float with
    // a precision (shipping messages print several measures per evaluation).
    if scaled.abs() < (1u64 << 50) as f64 {
        return digits_with_point(scaled as i64, places);
    }
    let rounded = scaled / scale;
    let mut en = format!("{:.*}", places, if rounded == 0.0 { 0.0 } else { rounded });
    if en.contains('.') {
        en = en.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    Text { es: en.replace('.', ","), en }
}

/// `scaled / 10^places` without trailing zeros, in both languages' decimal marks.
fn digits_with_point(scaled: i64, places: usize) -> Text {
    use std::fmt::Write;
    let magnitude = scaled.unsigned_abs();
    let unit = 10u64.pow(places as u32);
    let (whole, mut fraction) = (magnitude / unit, magnitude % unit);
    let mut places = places;
    while places > 0 && fraction % 10 == 0 {
        fraction /= 10;
        places -= 1;
    }
    let mut en = String::with_capacity(24);
    let sign = if scaled < 0 { "-" } else { "" };
    let _ = write!(en, "{sign}{whole}");
    let mut es = en.clone();
    if places > 0 {
        let _ = write!(en, ".{fraction:0places$}");
        let _ = write!(es, ",{fraction:0places$}");
    }
    Text { es, en }
}

#[cfg(test)]
mod number_tests {
    use super::number;

    #[test]
    fn decimal_comma_in_spanish_point_in_english_no_trailing_zero() {
        assert_eq!(number(24.5, 1), super::Text::new("24,5", "24.5"));
        assert_eq!(number(24.0, 1), super::Text::new("24", "24"));
        assert_eq!(number(0.96, 2), super::Text::new("0,96", "0.96"));
        assert_eq!(number(0.96, 1), super::Text::new("1", "1"));
        assert_eq!(number(30.000000000000004, 1), super::Text::new("30", "30"));
        assert_eq!(number(-0.01, 1), super::Text::new("0", "0"));
        assert_eq!(number(f64::NAN, 1).es, "?");
        assert_eq!(number(1e300, 2).en.len(), 301);
        assert_eq!(number(-12.25, 1), super::Text::new("-12,3", "-12.3"));
        assert_eq!(number(-1.5, 0), super::Text::new("-2", "-2"));
        assert_eq!(number(1234567.0, 2), super::Text::new("1234567", "1234567"));
        assert_eq!(number(0.000001, 6), super::Text::new("0,000001", "0.000001"));
    }

    /// The definition: formatting the rounded value with `decimals` places, trimmed.
    fn by_formatting(v: f64, decimals: u32) -> super::Text {
        if !v.is_finite() {
            return super::Text::new("?", "?");
        }
        let places = decimals.min(6) as usize;
        let scale = 10f64.powi(places as i32);
        let rounded = (v * scale).round() / scale;
        let mut en = format!("{:.*}", places, if rounded == 0.0 { 0.0 } else { rounded });
        if en.contains('.') {
            en = en.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        super::Text { es: en.replace('.', ","), en }
    }

    proptest::proptest! {
        #[test]
        fn writing_the_digits_agrees_with_formatting(
            v in proptest::num::f64::ANY,
            small in -1e6f64..1e6,
            near_limit in 1e8f64..2e9,
            decimals in 0u32..9,
        ) {
            for x in [v, small, near_limit, -near_limit, small / 1e5] {
                proptest::prop_assert_eq!(number(x, decimals), by_formatting(x, decimals));
            }
        }
    }
}
