//! What a trainer can change: turn rules off or change their severity by code or code prefix
//! ("TI" for every title rule, "TI003" for one), and the editable defaults the rules use where
//! no public source gives a number. Loaded from JSON; unknown keys are an error so a typo is seen.

use crate::core::diagnostic::Severity;
use serde::{Deserialize, Serialize};

/// What to do with the rules a selector matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Error,
    Warning,
    Tip,
}

/// Numbers the rules use. Each one's source is in the docs of the rule that reads it; the ones
/// marked "editable default" have no public Mercado Libre source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Title maximum when the category sets none (Mercado Libre's common `max_title_length`).
    pub title_max_chars: usize,
    /// Editable default: fewer words than this hardly describe a product.
    pub title_min_words: usize,
    /// Editable default: a description shorter than this rarely answers buyers' questions.
    pub description_min_chars: usize,
    /// Editable default: fewer pictures than this sell worse.
    pub pictures_min_useful: usize,
    /// Editable default: prices (USD) below this are probably a typo.
    pub price_min_plausible: f64,
    /// Editable default: prices (USD) above this are probably a typo.
    pub price_max_plausible: f64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            title_max_chars: 60,
            title_min_words: 3,
            description_min_chars: 80,
            pictures_min_useful: 3,
            price_min_plausible: 0.5,
            price_max_plausible: 100_000.0,
        }
    }
}

/// The engine's configuration.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Code or prefix → level. The longest matching selector wins.
    pub rules: Vec<(String, Level)>,
    pub limits: Limits,
}

impl Config {
    pub fn from_json(text: &str) -> Result<Config, String> {
        serde_json::from_str(text).map_err(|e| format!("línea {}, columna {}: {e}", e.line(), e.column()))
    }

    /// The severity `code` runs at, or `None` when it is off.
    pub fn severity_of(&self, code: &str, default: Severity) -> Option<Severity> {
        let chosen = self
            .rules
            .iter()
            .filter(|(sel, _)| code.starts_with(sel.as_str()))
            .max_by_key(|(sel, _)| sel.len())
            .map(|(_, level)| *level);
        match chosen {
            None => Some(default),
            Some(Level::Off) => None,
            Some(Level::Error) => Some(Severity::Error),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Tip) => Some(Severity::Tip),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_selector_wins() {
        let config = Config::from_json(r#"{"rules": [["TI", "off"], ["TI003", "tip"]]}"#).unwrap();
        assert_eq!(config.severity_of("TI001", Severity::Error), None);
        assert_eq!(config.severity_of("TI003", Severity::Error), Some(Severity::Tip));
        assert_eq!(config.severity_of("PI001", Severity::Warning), Some(Severity::Warning));
    }

    #[test]
    fn typos_are_reported_with_position() {
        let err = Config::from_json("{\n \"rulez\": []}").unwrap_err();
        assert!(err.contains("línea 2"), "{err}");
    }
}
