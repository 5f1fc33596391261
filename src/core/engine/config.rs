//! What a trainer can change: turn rules off or change their severity by code or code prefix
//! ("TI" for every title rule, "TI003" for one), and the editable defaults the rules use where
//! no public source gives a number. Loaded from JSON; unknown keys are an error so a typo is seen.

use crate::core::diagnostic::Severity;
use crate::core::text::Text;
use serde_json::Value;

/// What to do with the rules a selector matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    Error,
    Warning,
    Tip,
}

/// Numbers the rules use. Each one's source is in the docs of the rule that reads it; the ones
/// marked "editable default" have no public Mercado Libre source.
#[derive(Clone, Debug, PartialEq)]
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
    /// Editable default: attributes filled for Mercado Libre's TS_MAIN_QUANTITY goal to count as
    /// met (Mercado Libre does not publish the number).
    pub ts_main_min_attributes: usize,
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
            ts_main_min_attributes: 5,
        }
    }
}

/// The engine's configuration.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// Code or prefix → level. The longest matching selector wins.
    pub rules: Vec<(String, Level)>,
    pub limits: Limits,
}

impl Config {
    /// Reads a configuration. Syntax errors name the line and column; a wrong key or value names
    /// its place in the file (`rules[1][1]`, `limits.title_min_words`), in both languages; read
    /// by hand from a JSON value because a derived reader's errors name neither.
    pub fn from_json(text: &str) -> Result<Config, Text> {
        let value: Value = serde_json::from_str(text).map_err(|e| {
            let (line, column, why) = (e.line(), e.column(), crate::core::json_error::reason(&e));
            Text::new(format!("línea {line}, columna {column}: {}", why.es), format!("line {line}, column {column}: {}", why.en))
        })?;
        let Value::Object(fields) = value else {
            return Err(crate::tr!("se esperaba un objeto {{\"rules\": …, \"limits\": …}}", "expected an object {{\"rules\": …, \"limits\": …}}"));
        };
        let mut config = Config::default();
        for (key, value) in &fields {
            match key.as_str() {
                "rules" => config.rules = read_rules(value)?,
                "limits" => config.limits = read_limits(value)?,
                other => return Err(unknown(other, "rules, limits")),
            }
        }
        Ok(config)
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

fn unknown(key: &str, known: &str) -> Text {
    crate::tr!("clave desconocida «{key}» (se aceptan: {known})", "unknown key “{key}” (accepted: {known})")
}

/// `[["TI", "off"], ["TI003", "tip"]]`.
fn read_rules(value: &Value) -> Result<Vec<(String, Level)>, Text> {
    let Value::Array(items) = value else {
        return Err(crate::tr!("rules: se esperaba una lista de pares [código, nivel]", "rules: expected a list of [code, level] pairs"));
    };
    let mut rules = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let pair = item.as_array().map(Vec::as_slice);
        let Some([Value::String(selector), Value::String(level)]) = pair else {
            return Err(crate::tr!("rules[{i}]: se esperaba un par [\"TI003\", \"off\"]", "rules[{i}]: expected a pair [\"TI003\", \"off\"]"));
        };
        let level = match level.as_str() {
            "off" => Level::Off,
            "error" => Level::Error,
            "warning" => Level::Warning,
            "tip" => Level::Tip,
            other => {
                return Err(crate::tr!(
                    "rules[{i}][1]: nivel desconocido «{other}» (se aceptan: off, error, warning, tip)",
                    "rules[{i}][1]: unknown level “{other}” (accepted: off, error, warning, tip)"
                ))
            }
        };
        rules.push((selector.clone(), level));
    }
    Ok(rules)
}

/// `{"pictures_min_useful": 2, …}`: every key optional, none unknown.
fn read_limits(value: &Value) -> Result<Limits, Text> {
    let Value::Object(fields) = value else {
        return Err(crate::tr!("limits: se esperaba un objeto", "limits: expected an object"));
    };
    let mut limits = Limits::default();
    for (key, value) in fields {
        let count = || {
            value.as_u64().and_then(|n| usize::try_from(n).ok()).ok_or_else(|| {
                crate::tr!("limits.{key}: se esperaba un número entero ≥ 0", "limits.{key}: expected a whole number ≥ 0")
            })
        };
        let amount = || {
            value.as_f64().filter(|x| x.is_finite() && *x >= 0.0).ok_or_else(|| {
                crate::tr!("limits.{key}: se esperaba un número ≥ 0", "limits.{key}: expected a number ≥ 0")
            })
        };
        match key.as_str() {
            "title_max_chars" => limits.title_max_chars = count()?,
            "title_min_words" => limits.title_min_words = count()?,
            "description_min_chars" => limits.description_min_chars = count()?,
            "pictures_min_useful" => limits.pictures_min_useful = count()?,
            "price_min_plausible" => limits.price_min_plausible = amount()?,
            "price_max_plausible" => limits.price_max_plausible = amount()?,
            "ts_main_min_attributes" => limits.ts_main_min_attributes = count()?,
            other => {
                return Err(unknown(
                    &format!("limits.{other}"),
                    "title_max_chars, title_min_words, description_min_chars, pictures_min_useful, price_min_plausible, price_max_plausible, ts_main_min_attributes",
                ))
            }
        }
    }
    Ok(limits)
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
        let err = Config::from_json("{\n \"rules\": [}").unwrap_err();
        assert!(err.es.contains("línea 2"), "{}", err.es);
        assert!(err.en.contains("line 2"), "{}", err.en);
    }

    #[test]
    fn wrong_keys_and_values_name_their_place() {
        let cases = [
            (r#"{"rulez": []}"#, "unknown key “rulez”"),
            (r#"[]"#, "expected an object"),
            (r#"{"rules": [["TI", "apagado"]]}"#, "rules[0][1]: unknown level “apagado”"),
            (r#"{"rules": [["TI"]]}"#, "rules[0]: expected a pair"),
            (r#"{"rules": {"TI": "off"}}"#, "rules: expected a list"),
            (r#"{"limits": {"title_min_word": 2}}"#, "unknown key “limits.title_min_word”"),
            (r#"{"limits": {"title_min_words": -2}}"#, "limits.title_min_words: expected a whole number"),
            (r#"{"limits": {"price_max_plausible": "mucho"}}"#, "limits.price_max_plausible: expected a number"),
            (r#"{"limits": 3}"#, "limits: expected an object"),
        ];
        for (text, expected) in cases {
            let err = Config::from_json(text).unwrap_err();
            assert!(err.en.contains(expected), "{text}: {}", err.en);
            assert!(!err.es.is_empty() && err.es != err.en, "{text}: {}", err.es);
        }
        let ok = Config::from_json(r#"{"limits": {"price_min_plausible": 1.5, "title_max_chars": 70}}"#).unwrap();
        assert_eq!((ok.limits.price_min_plausible, ok.limits.title_max_chars, ok.limits.title_min_words), (1.5, 70, 3));
    }
}
