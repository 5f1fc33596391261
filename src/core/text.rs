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
