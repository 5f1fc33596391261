//! Reads Mercado Libre item JSON (one object, an array, or JSON lines) into listings. Tolerant:
//! unknown fields are ignored, a value of the wrong type is skipped with a note naming its field,
//! and only text that is not JSON at all is an error, which names the line and column.

use super::{Listing, Picture};
use crate::core::text::Text;
use serde_json::{Map, Value};

/// Text that could not be read as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// 1-based line in the input.
    pub line: usize,
    /// 1-based column in that line.
    pub column: usize,
    pub message: Text,
}

impl InputError {
    fn json(err: &serde_json::Error, line_offset: usize) -> InputError {
        let what = crate::core::json_error::reason(err);
        let line = err.line() + line_offset;
        InputError {
            line,
            column: err.column(),
            message: Text::new(
                format!("Línea {line}, columna {}: no es JSON válido ({}).", err.column(), what.es),
                format!("Line {line}, column {}: not valid JSON ({}).", err.column(), what.en),
            ),
        }
    }
}

/// A value that was skipped while importing, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportNote {
    pub field: String,
    pub message: Text,
}

/// One imported listing with the notes its import produced, and the input line it started on.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub listing: Listing,
    pub notes: Vec<ImportNote>,
    pub line: usize,
}

/// Reads one object, an array of objects, or one object per line.
pub fn parse_items(text: &str) -> Result<Vec<Imported>, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Ok(Vec::new());
    }
    let first_line = text[..text.len() - trimmed.len()].matches('\n').count() + 1;
    if trimmed.starts_with('[') {
        let value: Value = serde_json::from_str(text).map_err(|e| InputError::json(&e, 0))?;
        // Text starting with '[' that parses is an array; no other case is possible.
        let items = match value {
            Value::Array(items) => items,
            other => vec![other],
        };
        return items.iter().enumerate().map(|(i, v)| item_at(v, first_line, i)).collect();
    }
    // One object, possibly spread over many lines.
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let first = stream.next();
    let rest_empty = stream.next().is_none();
    if let (Some(Ok(value)), true) = (&first, rest_empty) {
        return Ok(vec![item_at(value, first_line, 0)?]);
    }
    // JSON lines: each non-empty line is one object.
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| InputError::json(&e, i))?;
        out.push(item_at(&value, i + 1, out.len())?);
    }
    Ok(out)
}

fn item_at(value: &Value, line: usize, index: usize) -> Result<Imported, InputError> {
    match value {
        Value::Object(map) => {
            let (listing, notes) = from_entry(map);
            Ok(Imported { listing, notes, line })
        }
        _ => Err(InputError {
            line,
            column: 1,
            message: Text::new(
                format!("Línea {line}: el elemento {} no es un objeto de publicación.", index + 1),
                format!("Line {line}: item {} is not a listing object.", index + 1),
            ),
        }),
    }
}

/// One entry of Listo's own drafts export (`{"name", "listing"}`, see `DraftBook::export_json`):
/// a participant's exported file reads like a Mercado Libre item file, so the bulk page, the CLI
/// and the import all take it.
fn is_listo_export(map: &Map<String, Value>) -> bool {
    map.len() == 2 && matches!(map.get("name"), Some(Value::String(_))) && matches!(map.get("listing"), Some(Value::Object(_)))
}

/// One object of an items file: a Mercado Libre item, or an entry of Listo's own export. An
/// export entry's listing is read in its own serde form (the export's); one with a field of the
/// wrong type is read by the tolerant item reader instead, with its notes.
pub fn from_entry(map: &Map<String, Value>) -> (Listing, Vec<ImportNote>) {
    if !is_listo_export(map) {
        return from_item(map);
    }
    let Some(listing) = map.get("listing") else { return from_item(map) };
    match serde_json::from_value::<Listing>(listing.clone()) {
        Ok(listing) => (listing, Vec::new()),
        Err(_) => match listing {
            Value::Object(inner) => from_item(inner),
            _ => (Listing::default(), Vec::new()),
        },
    }
}

/// Turns one item object into a listing.
pub fn from_item(map: &Map<String, Value>) -> (Listing, Vec<ImportNote>) {
    let mut notes = Vec::new();
    let mut l = Listing::default();
    let text = |key: &str, notes: &mut Vec<ImportNote>| text_of(map.get(key), key, notes);
    l.id = text("id", &mut notes);
    l.title = text("title", &mut notes);
    l.category_id = text("category_id", &mut notes);
    l.price = text("price", &mut notes);
    l.currency_id = text("currency_id", &mut notes);
    l.available_quantity = text("available_quantity", &mut notes);
    l.buying_mode = text("buying_mode", &mut notes);
    l.listing_type_id = text("listing_type_id", &mut notes);
    l.condition = text("condition", &mut notes);
    l.warranty = text("warranty", &mut notes);
    l.description = match map.get("description") {
        Some(Value::Object(d)) => text_of(d.get("plain_text").or_else(|| d.get("text")), "description", &mut notes),
        other => text_of(other, "description", &mut notes),
    };
    l.pictures = pictures(map.get("pictures"), &mut notes);
    l.attributes = pairs(map.get("attributes"), "attributes", &mut notes);
    l.sale_terms = pairs(map.get("sale_terms"), "sale_terms", &mut notes);
    if let Some(Value::Object(s)) = map.get("shipping") {
        let sh = &mut l.shipping;
        for (key, slot) in [
            ("mode", &mut sh.mode),
            ("dimensions", &mut sh.dimensions),
            ("weight", &mut sh.weight),
            ("length", &mut sh.length),
            ("width", &mut sh.width),
            ("height", &mut sh.height),
        ] {
            *slot = text_of(s.get(key), &format!("shipping.{key}"), &mut notes);
        }
        sh.free_shipping = s.get("free_shipping").and_then(Value::as_bool);
        sh.local_pick_up = s.get("local_pick_up").and_then(Value::as_bool);
    }
    if let Some(Value::Object(a)) = map.get("seller_address") {
        l.seller_address.city = named(a.get("city"), "seller_address.city", &mut notes);
        l.seller_address.state = named(a.get("state"), "seller_address.state", &mut notes);
    }
    (l, notes)
}

/// A string, number or bool as text; null or missing as empty; anything else skipped with a note.
fn text_of(value: Option<&Value>, field: &str, notes: &mut Vec<ImportNote>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            Some(f) => format!("{f}"),
            None => n.to_string(),
        },
        Some(Value::Bool(b)) => b.to_string(),
        Some(_) => {
            notes.push(ImportNote {
                field: field.to_string(),
                message: Text::new(
                    format!("«{field}» debía ser un texto o un número; se ignoró."),
                    format!("“{field}” should be text or a number; it was ignored."),
                ),
            });
            String::new()
        }
    }
}

/// `{"id": …, "name": "Quito"}` or a plain string.
fn named(value: Option<&Value>, field: &str, notes: &mut Vec<ImportNote>) -> String {
    match value {
        Some(Value::Object(o)) => text_of(o.get("name").or_else(|| o.get("id")), field, notes),
        other => text_of(other, field, notes),
    }
}

/// Attributes and sale terms: `[{"id": "BRAND", "value_name": "Acme"}]` as the API writes them,
/// or `{"BRAND": "Acme"}` as drafts store them.
fn pairs(value: Option<&Value>, field: &str, notes: &mut Vec<ImportNote>) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    match value {
        Some(Value::Array(items)) => {
            for item in items {
                let Some(obj) = item.as_object() else { continue };
                let Some(id) = obj.get("id").and_then(Value::as_str) else { continue };
                let path = format!("{field}.{id}");
                let mut v = text_of(obj.get("value_name"), &path, notes);
                if v.is_empty() {
                    if let Some(Value::Array(values)) = obj.get("values") {
                        if let Some(first) = values.first().and_then(Value::as_object) {
                            v = text_of(first.get("name"), &path, notes);
                        }
                    }
                }
                if !v.is_empty() {
                    out.insert(id.to_string(), v);
                }
            }
        }
        Some(Value::Object(obj)) => {
            for (id, v) in obj {
                let v = text_of(Some(v), &format!("{field}.{id}"), notes);
                if !v.is_empty() {
                    out.insert(id.clone(), v);
                }
            }
        }
        None | Some(Value::Null) => {}
        Some(_) => notes.push(ImportNote {
            field: field.to_string(),
            message: Text::new(format!("«{field}» debía ser una lista; se ignoró."), format!("“{field}” should be a list; it was ignored.")),
        }),
    }
    out
}

fn pictures(value: Option<&Value>, notes: &mut Vec<ImportNote>) -> Vec<Picture> {
    let Some(value) = value else { return Vec::new() };
    let Value::Array(items) = value else {
        if !value.is_null() {
            notes.push(ImportNote {
                field: "pictures".into(),
                message: Text::new("«pictures» debía ser una lista; se ignoró.", "“pictures” should be a list; it was ignored."),
            });
        }
        return Vec::new();
    };
    items
        .iter()
        .map(|item| match item {
            Value::String(s) => Picture { format: format_of(s), source: s.clone(), ..Picture::default() },
            Value::Object(o) => {
                let source = ["source", "secure_url", "url", "id"]
                    .iter()
                    .find_map(|k| o.get(*k).and_then(Value::as_str))
                    .unwrap_or_default()
                    .to_string();
                // `max_size` is the original resolution; `size` only the display size.
                let (mut width, mut height) = o
                    .get("max_size")
                    .or_else(|| o.get("size"))
                    .and_then(Value::as_str)
                    .and_then(parse_wxh)
                    .map_or((None, None), |(w, h)| (Some(w), Some(h)));
                if let Some(w) = o.get("width").and_then(Value::as_u64) {
                    width = u32::try_from(w).ok();
                }
                if let Some(h) = o.get("height").and_then(Value::as_u64) {
                    height = u32::try_from(h).ok();
                }
                Picture {
                    width,
                    height,
                    bytes: o.get("bytes").and_then(Value::as_u64),
                    format: o.get("format").and_then(Value::as_str).map(str::to_lowercase).or_else(|| format_of(&source)),
                    white_border: o.get("white_border").and_then(Value::as_bool),
                    source,
                }
            }
            _ => Picture::default(),
        })
        .collect()
}

/// "1200x900" → (1200, 900).
fn parse_wxh(s: &str) -> Option<(u32, u32)> {
    let (w, h) = s.trim().split_once(['x', 'X'])?;
    Some((w.trim().parse().ok()?, h.trim().parse().ok()?))
}

/// The format a file name or URL ends with ("foto.JPG" → "jpg").
pub(crate) fn format_of(source: &str) -> Option<String> {
    let path = source.split(['?', '#']).next().unwrap_or(source);
    let (_, ext) = path.rsplit_once('.')?;
    let ext = ext.to_ascii_lowercase();
    (ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphanumeric()) && !ext.is_empty()).then_some(ext)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_item_as_the_api_writes_it() {
        let text = r#"{"id": "MEC1", "title": "Celular", "price": 199.9, "available_quantity": 3.0,
            "warranty": "6 meses", "pictures": [{"id": "a", "size": "500x375", "max_size": "1200x900"}],
            "attributes": [{"id": "BRAND", "value_name": "Acme"}, {"id": "COLOR", "values": [{"name": "Negro"}]}],
            "shipping": {"mode": "me2", "dimensions": "30x20x10,500", "free_shipping": false},
            "seller_address": {"city": {"id": "x", "name": "Quito"}, "state": "Pichincha"},
            "unknown_field": {"deep": [1, 2]}}"#;
        let items = parse_items(text).unwrap();
        assert_eq!(items.len(), 1);
        let l = &items[0].listing;
        assert_eq!((l.price.as_str(), l.available_quantity.as_str()), ("199.9", "3"));
        assert_eq!((l.pictures[0].width, l.pictures[0].height), (Some(1200), Some(900)));
        assert_eq!(l.attribute("COLOR"), Some("Negro"));
        assert_eq!(l.seller_address.city, "Quito");
        assert_eq!(l.shipping.dimensions, "30x20x10,500");
        assert!(items[0].notes.is_empty());
    }

    #[test]
    fn arrays_and_json_lines() {
        assert_eq!(parse_items(r#"[{"title": "a"}, {"title": "b"}]"#).unwrap().len(), 2);
        let lines = parse_items("{\"title\": \"a\"}\n\n{\"title\": \"b\"}\n").unwrap();
        assert_eq!(lines.iter().map(|i| i.line).collect::<Vec<_>>(), vec![1, 3]);
        assert!(parse_items("").unwrap().is_empty());
    }

    #[test]
    fn broken_json_names_line_and_column() {
        let err = parse_items("{\"title\": \"a\"}\n{\"title\": }\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.es.starts_with("Línea 2, columna"), "{}", err.message.es);
        let err = parse_items("[1, 2]").unwrap_err();
        assert!(err.message.en.contains("not a listing object"));
    }

    #[test]
    fn wrong_types_are_noted_not_fatal() {
        let items = parse_items(r#"{"title": ["x"], "pictures": "nope"}"#).unwrap();
        let fields: Vec<_> = items[0].notes.iter().map(|n| n.field.as_str()).collect();
        assert_eq!(fields, vec!["title", "pictures"]);
    }

    #[test]
    fn reads_listos_own_export_entries_with_every_field() {
        let mut listing = Listing { title: "Chompa de alpaca".into(), price: "35".into(), warranty: "3 meses".into(), ..Listing::default() };
        listing.shipping.weight = "0,4 kg".into();
        listing.pictures.push(Picture { width: Some(1200), height: Some(1200), ..Picture::default() });
        let export = serde_json::json!([{"name": "Ana", "listing": listing}, {"title": "Gorra"}]).to_string();
        let items = parse_items(&export).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].listing, listing, "an export entry reads back whole, photos' measurements included");
        assert_eq!(items[1].listing.title, "Gorra", "a plain item next to it still reads as an item");
        // A Mercado Libre item that happens to have a "listing" key is still an item.
        let item = parse_items(r#"{"title": "Mesa", "listing": {"title": "x"}, "price": 3}"#).unwrap();
        assert_eq!(item[0].listing.title, "Mesa");
        // An export entry with a wrongly typed field is read tolerantly, with a note.
        let odd = parse_items(r#"{"name": "B", "listing": {"title": "Taza", "price": [1]}}"#).unwrap();
        assert_eq!(odd[0].listing.title, "Taza");
        assert_eq!(odd[0].notes.len(), 1);
    }
}
