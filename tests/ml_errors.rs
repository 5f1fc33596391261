//! Mercado Libre's error codes explained: JSON bodies and plain text, known and unknown codes,
//! the field guessed from an unknown code's path, and no panic on any text.

use listo::core::ml_errors::{self, codes, explain, find_codes, guess_field};
use listo::core::rules::registry;
use proptest::prelude::*;

#[test]
fn a_json_body_gives_each_cause() {
    let body = r#"{"message": "Validation error", "error": "validation_error", "status": 400, "cause": [
        {"department": "items", "cause_id": 147, "type": "error", "code": "item.attributes.missing_required",
         "references": ["item.attributes"], "message": "The attributes [BRAND, MODEL, COLOR] are required for category MEC1055."},
        {"code": "item.listing_type_id.requiresPictures", "message": "Item pictures are mandatory for listing type gold_special"}]}"#;
    let e = explain(body);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!((e[0].code.as_str(), e[0].field.as_str(), e[0].rule), ("item.attributes.missing_required", "attributes.BRAND", Some("CA005")));
    assert!(e[0].known && e[0].what_to_do.es.contains("Características"));
    assert_eq!((e[1].field.as_str(), e[1].rule), ("pictures", Some("PI001")));
}

#[test]
fn a_top_level_error_without_causes_is_explained() {
    let body = r#"{"message": "Couldn't obtain a valid item condition mapping from ITEM_CONDITION attribute.", "error": "item.attributes.condition.invalid", "status": 400, "cause": []}"#;
    let e = explain(body);
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].field.as_str(), e[0].rule), ("condition", Some("LI008")));
    assert!(e[0].message.contains("ITEM_CONDITION"));
}

#[test]
fn plain_text_and_unknown_codes() {
    let text = "Error al publicar: item.category_id.migrated - la categoría cambió\nitem.title.length_exceeded: Title too long\nvisita https://api.mercadolibre.com por ejemplo";
    let e = explain(text);
    let found: Vec<(&str, bool, &str)> = e.iter().map(|x| (x.code.as_str(), x.known, x.field.as_str())).collect();
    assert_eq!(found, [("item.category_id.migrated", true, "category_id"), ("item.title.length_exceeded", false, "title")]);
    assert_eq!(e[1].message, "Title too long");
    assert!(e[1].what_to_do.en.contains("does not know"));
}

#[test]
fn fields_are_guessed_from_the_path() {
    assert_eq!(guess_field("item.attributes.COLOR.invalid"), "attributes.COLOR");
    assert_eq!(guess_field("item.descriptions.max"), "description");
    assert_eq!(guess_field("shipping.me2_adoption_mandatory"), "shipping.mode");
    assert_eq!(guess_field("body.price.invalid"), "price");
    assert_eq!(guess_field("nonsense"), "");
}

#[test]
fn the_issue_codes_are_known_and_their_rules_exist() {
    for code in [
        "item.attributes.missing_required", "item.attributes.condition.invalid", "item.descriptions.length_exceeded",
        "item.category_id.migrated", "item.listing_type_id.requiresPictures", "shipping.me2_adoption_mandatory",
        "body.invalid_field_types",
    ] {
        assert!(codes::known(code).is_some(), "{code}");
        assert_eq!(find_codes(code).len(), 1, "{code} in plain text");
    }
    for k in codes::KNOWN {
        if let Some(rule) = k.rule {
            assert!(registry::by_code(rule).is_some(), "{}: no rule {rule}", k.code);
        }
        assert!(!k.source.is_empty() && k.todo_es != k.todo_en);
    }
}

#[test]
fn nothing_to_explain_gives_nothing() {
    assert!(explain("").is_empty());
    assert!(explain("Hola, no pude publicar").is_empty());
    assert!(explain("{}").is_empty());
    assert!(explain("[1, 2, null]").is_empty());
}

proptest! {
    #[test]
    fn never_panics_on_any_text(s in any::<String>()) {
        let _ = ml_errors::explain(&s);
    }

    #[test]
    fn never_panics_on_error_shaped_text(
        s in r#"[{}\[\]":,. a-zA-Z_0-9]{0,80}"#,
        code in "(item|body|shipping)(\\.[a-zA-Z_]{0,8}){0,4}\\.?",
    ) {
        let _ = ml_errors::explain(&s);
        let _ = ml_errors::explain(&format!("{{\"error\": \"{code}\", \"cause\": [{{\"code\": \"{code}\", \"message\": \"[{s}\"}}]}}"));
        let _ = ml_errors::explain(&format!("{code} {s}"));
        let _ = guess_field(&code);
        let _ = ml_errors::attribute_ids(&s);
    }
}

#[test]
fn the_docs_list_every_known_code() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ml-errors.md")).unwrap();
    for k in codes::KNOWN {
        assert!(docs.contains(&format!("`{}`", k.code)), "docs/ml-errors.md does not list {}", k.code);
    }
}
