//! A trainer's profile: a name, rule settings and limits (what `listo check --config` reads) and
//! shipping switches (same-day delivery per metro area, the cut-off hour; applied to the default
//! of what `--shipping` reads).
//!
//! Three forms, one content:
//! - a link (`#perfil=…`): [`ProfileWire`] as postcard in the [`envelope`];
//! - a file: `{"name": …, "config": <--config document>, "shipping": <--shipping document>}`,
//!   what `listo check --profile` reads ([`ProfileFile`]);
//! - in the browser's storage: the same postcard bytes as hex ([`ProfileWire::to_stored`]). The
//!   app reads that at start-up with the postcard decoder it already has for the shipping
//!   profile, so applying a profile adds no JSON or deflate code to the first load.

use super::envelope::{self, Kind, LinkError};
use crate::core::engine::{Config, Level, Limits};
use crate::core::shipping::ShippingProfile;
use crate::core::text::Text;
use serde::{Deserialize, Serialize};

/// Longest profile name kept (characters).
pub const MAX_NAME_CHARS: usize = 60;

/// The profile as it travels and as it is stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileWire {
    pub name: String,
    /// Rule code or prefix → level (0 off, 1 error, 2 warning, 3 tip).
    pub rules: Vec<(String, u8)>,
    pub limits: LimitsWire,
    /// Metro area name → same-day delivery on or off, where it differs from the default.
    pub same_day: Vec<(String, bool)>,
    /// The same-day cut-off hour (0–23), when it differs from the default.
    pub cutoff_hour: Option<u8>,
}

/// [`Limits`] on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LimitsWire {
    pub title_max_chars: u32,
    pub title_min_words: u32,
    pub description_min_chars: u32,
    pub pictures_min_useful: u32,
    pub price_min_plausible: f64,
    pub price_max_plausible: f64,
    pub ts_main_min_attributes: u32,
}

impl Default for LimitsWire {
    fn default() -> Self {
        LimitsWire::from(&Limits::default())
    }
}

impl From<&Limits> for LimitsWire {
    fn from(l: &Limits) -> Self {
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        LimitsWire {
            title_max_chars: n(l.title_max_chars),
            title_min_words: n(l.title_min_words),
            description_min_chars: n(l.description_min_chars),
            pictures_min_useful: n(l.pictures_min_useful),
            price_min_plausible: l.price_min_plausible,
            price_max_plausible: l.price_max_plausible,
            ts_main_min_attributes: n(l.ts_main_min_attributes),
        }
    }
}

/// A level's code on the wire and its name in `--config` files.
pub const LEVELS: [(Level, &str); 4] = [(Level::Off, "off"), (Level::Error, "error"), (Level::Warning, "warning"), (Level::Tip, "tip")];

fn level_of(code: u8) -> Option<Level> {
    LEVELS.get(usize::from(code)).map(|(l, _)| *l)
}

fn code_of(level: Level) -> u8 {
    LEVELS.iter().position(|(l, _)| *l == level).unwrap_or(0) as u8
}

impl ProfileWire {
    /// The profile for a name, an engine configuration and a shipping profile (only its
    /// same-day switches and cut-off hour travel; see [`ProfileFile::unsupported_shipping`]).
    pub fn from_settings(name: &str, config: &Config, shipping: &ShippingProfile) -> ProfileWire {
        let default = ShippingProfile::default();
        let same_day = shipping
            .data
            .metros
            .iter()
            .filter(|m| default.data.metros.iter().any(|d| d.name == m.name && d.same_day != m.same_day))
            .map(|m| (m.name.clone(), m.same_day))
            .collect();
        let hour = shipping.data.same_day.cutoff_hour.value;
        let cutoff_hour = (hour != default.data.same_day.cutoff_hour.value && (0.0..=23.0).contains(&hour)).then_some(hour as u8);
        ProfileWire {
            name: name.trim().chars().take(MAX_NAME_CHARS).collect(),
            rules: config.rules.iter().map(|(s, l)| (s.clone(), code_of(*l))).collect(),
            limits: LimitsWire::from(&config.limits),
            same_day,
            cutoff_hour,
        }
    }

    /// The engine configuration this profile sets.
    pub fn config(&self) -> Config {
        let n = |v: u32| v as usize;
        let l = &self.limits;
        Config {
            rules: self.rules.iter().filter_map(|(s, code)| Some((s.clone(), level_of(*code)?))).collect(),
            limits: Limits {
                title_max_chars: n(l.title_max_chars),
                title_min_words: n(l.title_min_words),
                description_min_chars: n(l.description_min_chars),
                pictures_min_useful: n(l.pictures_min_useful),
                price_min_plausible: l.price_min_plausible,
                price_max_plausible: l.price_max_plausible,
                ts_main_min_attributes: n(l.ts_main_min_attributes),
            },
        }
    }

    /// The shipping profile: the default with this profile's switches, or `None` when it
    /// changes nothing there (the engine keeps the default it has).
    pub fn shipping(&self) -> Option<ShippingProfile> {
        if self.same_day.is_empty() && self.cutoff_hour.is_none() {
            return None;
        }
        let mut data = ShippingProfile::default().data;
        for (name, on) in &self.same_day {
            if let Some(m) = data.metros.iter_mut().find(|m| &m.name == name) {
                m.same_day = *on;
            }
        }
        if let Some(hour) = self.cutoff_hour {
            data.same_day.cutoff_hour.value = f64::from(hour.min(23));
        }
        ShippingProfile::try_from(data).ok()
    }

    /// The postcard bytes as hex, for the browser's storage.
    pub fn to_stored(&self) -> String {
        postcard::to_allocvec(self).unwrap_or_default().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A stored profile, or `None` when the text is not one (it is then ignored: the defaults
    /// apply, and nothing the seller typed is at stake).
    pub fn from_stored(text: &str) -> Option<ProfileWire> {
        let hex = text.as_bytes();
        if !hex.len().is_multiple_of(2) {
            return None;
        }
        let digit = |c: u8| (c as char).to_digit(16);
        let bytes: Option<Vec<u8>> = hex.chunks(2).map(|p| Some((digit(p[0])? * 16 + digit(p[1])?) as u8)).collect();
        postcard::from_bytes(&bytes?).ok().filter(ProfileWire::is_sane)
    }

    /// Bounds a profile from outside must respect.
    fn is_sane(&self) -> bool {
        self.name.chars().count() <= MAX_NAME_CHARS
            && self.rules.len() <= 500
            && self.rules.iter().all(|(s, code)| !s.is_empty() && s.len() <= 16 && level_of(*code).is_some())
            && self.same_day.len() <= 50
            && self.cutoff_hour.is_none_or(|h| h <= 23)
            && [self.limits.price_min_plausible, self.limits.price_max_plausible].iter().all(|p| p.is_finite() && *p >= 0.0)
    }

    /// The link text (what follows `#perfil=`).
    pub fn seal(&self) -> String {
        envelope::seal(Kind::Profile, &postcard::to_allocvec(self).unwrap_or_default())
    }

    /// The profile a link text carries.
    pub fn open(text: &str) -> Result<ProfileWire, LinkError> {
        let payload = envelope::open(Kind::Profile, text)?;
        postcard::from_bytes(&payload).ok().filter(ProfileWire::is_sane).ok_or(LinkError::Unreadable)
    }

    /// The profile as a file: `{"name", "config", "shipping"}`, each part in the format of
    /// `listo check --config` and `--shipping`.
    pub fn to_file_json(&self) -> String {
        let config = self.config();
        let rules: Vec<_> = config.rules.iter().map(|(s, l)| serde_json::json!([s, LEVELS.iter().find(|(x, _)| x == l).map_or("off", |(_, n)| *n)])).collect();
        let l = &config.limits;
        let shipping = self.shipping().unwrap_or_default();
        serde_json::to_string_pretty(&serde_json::json!({
            "name": self.name,
            "config": {
                "rules": rules,
                "limits": {
                    "title_max_chars": l.title_max_chars,
                    "title_min_words": l.title_min_words,
                    "description_min_chars": l.description_min_chars,
                    "pictures_min_useful": l.pictures_min_useful,
                    "price_min_plausible": l.price_min_plausible,
                    "price_max_plausible": l.price_max_plausible,
                    "ts_main_min_attributes": l.ts_main_min_attributes,
                },
            },
            "shipping": shipping.data,
        }))
        .unwrap_or_default()
    }
}

/// A profile file read back: `listo check --profile FILE` and the trainer's "Abrir archivo".
#[derive(Debug)]
pub struct ProfileFile {
    pub name: String,
    pub config: Config,
    pub shipping: ShippingProfile,
}

impl ProfileFile {
    /// Reads `{"name", "config", "shipping"}`; `config` and `shipping` may be left out (the
    /// defaults). Errors name the part and the place, in both languages.
    pub fn from_json(text: &str) -> Result<ProfileFile, Text> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            let (line, column) = (e.line(), e.column());
            crate::tr!("línea {line}, columna {column}: {e}", "line {line}, column {column}: {e}")
        })?;
        let serde_json::Value::Object(fields) = value else {
            return Err(crate::tr!("se esperaba un objeto {{\"name\", \"config\", \"shipping\"}}", "expected an object {{\"name\", \"config\", \"shipping\"}}"));
        };
        let mut file = ProfileFile { name: String::new(), config: Config::default(), shipping: ShippingProfile::default() };
        for (key, value) in fields {
            match key.as_str() {
                "name" => {
                    let Some(name) = value.as_str() else { return Err(crate::tr!("name: se esperaba un texto", "name: expected a text")) };
                    file.name = name.trim().chars().take(MAX_NAME_CHARS).collect();
                }
                "config" => {
                    file.config = Config::from_json(&value.to_string()).map_err(|e| Text::new(format!("config: {}", e.es), format!("config: {}", e.en)))?;
                }
                "shipping" => {
                    file.shipping = serde_json::from_value(value).map_err(|e| {
                        let why = crate::core::json_error::reason(&e);
                        Text::new(format!("shipping: {}", why.es), format!("shipping: {}", why.en))
                    })?;
                }
                other => return Err(crate::tr!("clave desconocida «{other}» (se aceptan: name, config, shipping)", "unknown key “{other}” (accepted: name, config, shipping)")),
            }
        }
        Ok(file)
    }

    /// The profile as a link carries it.
    pub fn to_wire(&self) -> ProfileWire {
        ProfileWire::from_settings(&self.name, &self.config, &self.shipping)
    }

    /// True when the file's shipping part changes more than a link carries (limits, places…):
    /// a link made from it would check differently, so the app says so.
    pub fn unsupported_shipping(&self) -> bool {
        let carried = self.to_wire().shipping().unwrap_or_default();
        carried.data != self.shipping.data
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnostic::Severity;

    fn trainer() -> ProfileWire {
        ProfileWire {
            name: "Taller Guayaquil".into(),
            rules: vec![("TI003".into(), 0), ("PI".into(), 3)],
            limits: LimitsWire { pictures_min_useful: 2, ..LimitsWire::default() },
            same_day: vec![("Guayaquil".into(), true)],
            cutoff_hour: Some(16),
        }
    }

    #[test]
    fn a_profile_sets_the_rules_limits_and_shipping() {
        let p = trainer();
        let config = p.config();
        assert_eq!(config.severity_of("TI003", Severity::Warning), None);
        assert_eq!(config.severity_of("PI001", Severity::Error), Some(Severity::Tip));
        assert_eq!(config.limits.pictures_min_useful, 2);
        let shipping = p.shipping().unwrap();
        assert!(shipping.data.metros.iter().any(|m| m.name == "Guayaquil" && m.same_day));
        assert_eq!(shipping.data.same_day.cutoff_hour.value, 16.0);
        assert!(ProfileWire::default().shipping().is_none());
    }

    #[test]
    fn stored_linked_and_filed_forms_agree() {
        let p = trainer();
        assert_eq!(ProfileWire::from_stored(&p.to_stored()), Some(p.clone()));
        assert_eq!(ProfileWire::open(&p.seal()), Ok(p.clone()));
        let file = ProfileFile::from_json(&p.to_file_json()).unwrap();
        assert_eq!(file.to_wire(), p);
        assert!(!file.unsupported_shipping());
        assert_eq!(ProfileWire::from_stored("zz"), None);
        assert_eq!(ProfileWire::from_stored("abc"), None);
    }

    #[test]
    fn the_file_parts_are_what_config_and_shipping_read() {
        let p = trainer();
        let json: serde_json::Value = serde_json::from_str(&p.to_file_json()).unwrap();
        let config = Config::from_json(&json["config"].to_string()).unwrap();
        assert_eq!(config, p.config());
        let shipping = ShippingProfile::from_json(&json["shipping"].to_string()).unwrap();
        assert_eq!(shipping.data, p.shipping().unwrap().data);
    }

    #[test]
    fn file_errors_name_the_part() {
        let err = ProfileFile::from_json(r#"{"name": "x", "config": {"rules": [["TI", "apagado"]]}}"#).unwrap_err();
        assert!(err.en.starts_with("config: rules[0][1]"), "{}", err.en);
        assert!(ProfileFile::from_json(r#"{"nombre": "x"}"#).unwrap_err().es.contains("nombre"));
        assert!(ProfileFile::from_json("{\n\"name\": }").unwrap_err().en.contains("line 2"));
        let only_name = ProfileFile::from_json(r#"{"name": "Solo nombre"}"#).unwrap();
        assert_eq!(only_name.config, Config::default());
        let mut changed: serde_json::Value = serde_json::from_str(&ProfileWire::default().to_file_json()).unwrap();
        changed["shipping"]["volumetric_divisor"]["value"] = serde_json::json!(4000);
        assert!(ProfileFile::from_json(&changed.to_string()).unwrap().unsupported_shipping());
    }
}
