//! Mercado Libre's error codes in plain Spanish. A seller pastes what Mercado Libre (or the
//! integration they use) answered when a publication failed: the JSON body
//! (`{"message", "error", "status", "cause": [{"code", "message", …}]}`) or plain text. Listo
//! finds every code in it and, for each, names the field, says what to do and links the rule
//! that checks it before publishing. An unknown code is shown as it is, with the field guessed
//! from the code's path. Pure and panic-free on any text.

pub mod codes;

use crate::core::text::Text;
use serde_json::Value;

/// One code found in the pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub code: String,
    /// What Mercado Libre said with it (may be empty).
    pub message: String,
}

/// One code explained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    pub code: String,
    /// Listo knows this code (else the field is guessed and there is no advice).
    pub known: bool,
    /// Field path ("attributes.BRAND", "category_id"), or "" when it cannot be told.
    pub field: String,
    pub what_to_do: Text,
    pub rule: Option<&'static str>,
    pub source: Option<&'static str>,
    pub message: String,
}

/// Finds the codes and explains each.
pub fn explain(text: &str) -> Vec<Explained> {
    find_codes(text).into_iter().map(explain_one).collect()
}

/// Explains one code.
pub fn explain_one(found: Found) -> Explained {
    match codes::known(&found.code) {
        Some(k) => {
            let mut field = k.field.to_string();
            if k.field == "attributes" {
                if let Some(first) = attribute_ids(&found.message).into_iter().next() {
                    field = format!("attributes.{first}");
                }
            }
            Explained {
                code: found.code,
                known: true,
                field,
                what_to_do: Text::new(k.todo_es, k.todo_en),
                rule: k.rule,
                source: Some(k.source),
                message: found.message,
            }
        }
        None => Explained {
            field: guess_field(&found.code),
            what_to_do: Text::new(
                "Listo aún no conoce este código: lee el mensaje de Mercado Libre y revisa el campo que nombra.",
                "Listo does not know this code yet: read Mercado Libre's message and check the field it names.",
            ),
            known: false,
            rule: None,
            source: None,
            code: found.code,
            message: found.message,
        },
    }
}

/// The codes in a JSON body (the causes first-hand, then the top-level `error` when it is a code
/// of its own), or in plain text (dotted codes such as `item.title.invalid`).
pub fn find_codes(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    match serde_json::from_str::<Value>(text.trim()) {
        Ok(value) => from_json(&value, &mut found),
        Err(_) => from_text(text, &mut found),
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|f| seen.insert((f.code.clone(), f.message.clone())));
    found
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn from_json(value: &Value, found: &mut Vec<Found>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| from_json(v, found)),
        Value::Object(map) => {
            let is_error = ["cause", "causes", "code", "error"].iter().any(|k| map.contains_key(*k));
            if !is_error {
                // An integration's wrapper ({"response": {...}}): look inside.
                map.values().for_each(|v| from_json(v, found));
                return;
            }
            let causes = value.get("cause").or_else(|| value.get("causes"));
            let before = found.len();
            if let Some(causes) = causes {
                from_json(causes, found);
            }
            let code = [str_of(value, "code"), str_of(value, "error")].into_iter().find(|c| !c.trim().is_empty());
            // "validation_error" with causes only says "see the causes".
            if let Some(code) = code {
                if found.len() == before || code.contains('.') {
                    found.push(Found { code: code.trim().to_string(), message: str_of(value, "message").trim().to_string() });
                }
            }
        }
        Value::String(s) => from_text(s, found),
        _ => {}
    }
}

/// Roots of Mercado Libre's dotted codes; a dotted word with another root (a web address,
/// "e.g.") is not a code.
const ROOTS: &[&str] = &["item", "items", "body", "shipping", "seller", "user", "variations", "pictures", "attributes", "sale_terms"];

fn from_text(text: &str, found: &mut Vec<Found>) {
    for line in text.lines() {
        let mut codes = Vec::new();
        for token in line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')) {
            let token = token.trim_matches('.');
            let root = token.split('.').next().unwrap_or("");
            let dotted = token.contains('.') && token.split('.').all(|p| !p.is_empty());
            if dotted && (ROOTS.contains(&root.to_ascii_lowercase().as_str()) || codes::known(token).is_some()) {
                codes.push(token.to_string());
            }
        }
        let message = if codes.len() == 1 { line.replace(codes[0].as_str(), "").trim_matches(|c: char| c.is_whitespace() || ":-\"',".contains(c)).to_string() } else { String::new() };
        found.extend(codes.into_iter().map(|code| Found { code, message: message.clone() }));
    }
}

/// The field a code's path points to: `item.title.length_exceeded` → `title`,
/// `item.attributes.COLOR.invalid` → `attributes.COLOR`. The last part is the kind of error.
pub fn guess_field(code: &str) -> String {
    let mut parts: Vec<&str> = code.split('.').filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return String::new();
    }
    parts.pop();
    if matches!(parts.first(), Some(&("item" | "items" | "body"))) {
        parts.remove(0);
    }
    let Some(first) = parts.first() else { return String::new() };
    match *first {
        "descriptions" | "description" => "description".to_string(),
        "pictures" | "picture" => "pictures".to_string(),
        "attributes" | "sale_terms" => match parts.get(1) {
            Some(id) if id.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') => format!("{first}.{id}"),
            _ => first.to_string(),
        },
        "shipping" => match parts.get(1).copied() {
            Some(sub @ ("mode" | "dimensions" | "free_shipping")) => format!("shipping.{sub}"),
            _ => "shipping.mode".to_string(),
        },
        other => other.to_string(),
    }
}

/// Attribute ids a message names: "The attributes [BRAND, MODEL] are required…" → BRAND, MODEL.
pub fn attribute_ids(message: &str) -> Vec<String> {
    let Some(open) = message.find('[') else { return Vec::new() };
    let rest = message.get(open + 1..).unwrap_or("");
    let inside = rest.split(']').next().unwrap_or("");
    inside
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .map(String::from)
        .collect()
}
