//! Bilingual text. Spanish (Ecuador) is the product's first language, English the second;
//! every user-facing string in the core is a [`Text`] so no caller can forget a language.

use serde::{Deserialize, Serialize};

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
    let rounded = (v * scale).round() / scale;
    let mut en = format!("{:.*}", places, if rounded == 0.0 { 0.0 } else { rounded });
    if en.contains('.') {
        en = en.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    Text { es: en.replace('.', ","), en }
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
    }
}
