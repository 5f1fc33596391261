//! The configuration a trainer writes changes real checks: rules turned off by prefix, severities
//! changed by code, editable defaults moved.

use listo::core::diagnostic::Severity;
use listo::core::engine::{Config, Engine, QualityLevel};
use listo::core::listing::import::parse_items;
use listo::core::listing::Listing;

/// A listing with title problems (too short, all caps) and a single small-ish picture.
fn listing() -> Listing {
    let text = r#"{"title": "TERMO KALLPA", "price": "18,50", "currency_id": "USD", "available_quantity": 3,
        "condition": "new", "listing_type_id": "gold_special", "buying_mode": "buy_it_now",
        "description": "Termo de acero inoxidable de doble pared. Mantiene las bebidas calientes doce horas y frías un día.",
        "pictures": [{"source": "a.jpg", "width": 1200, "height": 1200}],
        "sale_terms": [{"id": "WARRANTY_TYPE", "value_name": "Sin garantía"}]}"#;
    parse_items(text).unwrap().remove(0).listing
}

fn codes(engine: &Engine) -> Vec<(String, Severity)> {
    engine.check(&listing()).diagnostics.into_iter().map(|d| (d.code, d.severity)).collect()
}

#[test]
fn defaults_report_title_and_picture_problems() {
    let found = codes(&Engine::default());
    assert!(found.contains(&("TI003".into(), Severity::Warning)), "{found:?}");
    assert!(found.contains(&("TI004".into(), Severity::Warning)), "{found:?}");
    assert!(found.contains(&("PI006".into(), Severity::Warning)), "{found:?}");
}

#[test]
fn a_prefix_turns_a_family_off_and_a_code_changes_severity() {
    let config = Config::from_json(r#"{"rules": [["TI", "off"], ["PI006", "error"]]}"#).unwrap();
    let engine = Engine::new(config);
    let found = codes(&engine);
    assert!(found.iter().all(|(code, _)| !code.starts_with("TI")), "{found:?}");
    assert!(found.contains(&("PI006".into(), Severity::Error)), "{found:?}");
    // An error caps the level at Básica, whatever the score.
    assert_eq!(engine.check(&listing()).level, QualityLevel::Basica);
}

#[test]
fn a_longer_selector_re_enables_one_rule_of_a_disabled_family() {
    let config = Config::from_json(r#"{"rules": [["TI", "off"], ["TI004", "tip"]]}"#).unwrap();
    let found = codes(&Engine::new(config));
    let titles: Vec<_> = found.iter().filter(|(c, _)| c.starts_with("TI")).collect();
    assert_eq!(titles, vec![&("TI004".to_string(), Severity::Tip)]);
}

#[test]
fn editable_defaults_change_what_is_reported() {
    let config = Config::from_json(r#"{"limits": {"pictures_min_useful": 1, "title_min_words": 1}}"#).unwrap();
    let found = codes(&Engine::new(config));
    assert!(!found.iter().any(|(c, _)| c == "PI006" || c == "TI003"), "{found:?}");
    let stricter = Config::from_json(r#"{"limits": {"description_min_chars": 500}}"#).unwrap();
    assert!(codes(&Engine::new(stricter)).iter().any(|(c, _)| c == "DE004"));
}
