//! Every shipping rule's fixtures through `Engine::check`: bad.json yields the rule's code, and
//! good.json yields no shipping diagnostic at all.

use listo::core::engine::Engine;
use listo::core::listing::import::parse_items;
use listo::core::listing::Listing;
use listo::core::rules::registry;
use listo::core::shipping::ShippingProfile;
use std::path::Path;

fn load(code: &str, which: &str) -> Listing {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/rules/{code}/{which}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut items = parse_items(&text).unwrap();
    assert_eq!(items.len(), 1, "{}", path.display());
    items.remove(0).listing
}

fn shipping_codes() -> Vec<&'static str> {
    registry::all().iter().map(|r| r.meta().code).filter(|c| c.starts_with("SH")).collect()
}

#[test]
fn all_nine_shipping_rules_are_registered() {
    assert_eq!(shipping_codes(), ["SH001", "SH002", "SH003", "SH004", "SH005", "SH006", "SH007", "SH008", "SH009"]);
}

#[test]
fn bad_fixtures_yield_the_code_and_good_ones_no_shipping_diagnostic() {
    let engine = Engine::default();
    for code in shipping_codes() {
        let bad = engine.check(&load(code, "bad"));
        assert!(bad.diagnostics.iter().any(|d| d.code == code), "{code} bad.json: {:#?}", bad.diagnostics);
        let good = engine.check(&load(code, "good"));
        let shipping: Vec<_> = good.diagnostics.iter().filter(|d| d.code.starts_with("SH")).collect();
        assert!(shipping.is_empty(), "{code} good.json: {shipping:#?}");
    }
}

#[test]
fn docs_have_every_heading() {
    for rule in registry::all().iter().filter(|r| r.meta().code.starts_with("SH")) {
        let docs = rule.meta().docs_text();
        for heading in ["## Why", "## Bad example", "## Good example", "## Source"] {
            assert!(docs.contains(heading), "{} lacks {heading}", rule.meta().code);
        }
    }
}

#[test]
fn a_typo_in_the_city_gets_a_fix_to_review() {
    let report = Engine::default().check(&load("SH007", "bad"));
    let d = report.diagnostics.iter().find(|d| d.code == "SH007").unwrap();
    let fix = d.fix.as_ref().unwrap();
    assert_eq!(fix.edits[0].field, "seller_address.city");
    assert_eq!(fix.edits[0].value, "Guayaquil");
    assert!(d.message.es.contains("Guayakil"));
}

#[test]
fn unknown_city_lists_the_closest_names() {
    let mut listing = load("SH007", "good");
    listing.seller_address.city = "Portovejo Manbi".into();
    let report = Engine::default().check(&listing);
    let d = report.diagnostics.iter().find(|d| d.code == "SH007").unwrap();
    assert!(d.message.es.contains("Portoviejo"), "{:?}", d.message);
}

#[test]
fn over_limit_messages_say_the_numbers_are_not_ecuadorian() {
    let report = Engine::default().check(&load("SH004", "bad"));
    let d = report.diagnostics.iter().find(|d| d.code == "SH004").unwrap();
    assert!(d.message.es.contains("150 cm") && d.message.es.contains("otro país"), "{}", d.message.es);
}

#[test]
fn the_report_serializes_the_three_verdicts_under_shipping() {
    let report = Engine::default().check(&load("SH008", "good"));
    let json = serde_json::to_value(&report).unwrap();
    let shipping = &json["shipping"];
    assert_eq!(shipping["same_day"]["status"], "eligible");
    assert_eq!(shipping["courier"]["status"], "eligible");
    assert_eq!(shipping["galapagos"]["status"], "eligible");
    assert_eq!(shipping["billable_weight_g"], 1800.0);
}

#[test]
fn a_custom_profile_changes_the_verdicts() {
    let json = ShippingProfile::default().to_json().replacen("\"value\": 30000.0", "\"value\": 40000.0", 1);
    let engine = Engine::default().with_shipping(ShippingProfile::from_json(&json).unwrap());
    let report = engine.check(&load("SH004", "bad"));
    let d = report.diagnostics.iter().find(|d| d.code == "SH004").unwrap();
    assert!(d.message.es.contains("máximo de 40 kg"), "{}", d.message.es);
}
