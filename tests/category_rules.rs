//! The category rules (CA) run through the real engine on their fixtures: each `bad.json` must
//! give its rule's code, each `good.json` no category finding at all.

use listo::core::catalog::Catalog;
use listo::core::diagnostic::{Applicability, Diagnostic};
use listo::core::engine::{Engine, Report};
use listo::core::listing::import::parse_items;
use listo::core::listing::Listing;
use std::path::Path;
use std::sync::Arc;

const CODES: &[&str] = &["CA001", "CA002", "CA003", "CA004", "CA005", "CA006", "CA007"];

fn fixture(code: &str, kind: &str) -> Listing {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/rules/{code}/{kind}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut items = parse_items(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
    assert_eq!(items.len(), 1, "{}", path.display());
    items.remove(0).listing
}

fn with_code<'a>(report: &'a Report, code: &str) -> Vec<&'a Diagnostic> {
    report.diagnostics.iter().filter(|d| d.code == code).collect()
}

#[test]
fn bad_fixtures_fire_and_good_ones_are_clean() {
    let engine = Engine::default();
    for code in CODES {
        let bad = engine.check(&fixture(code, "bad"));
        assert!(!with_code(&bad, code).is_empty(), "{code}: bad.json gave {:#?}", bad.diagnostics);
        let good = engine.check(&fixture(code, "good"));
        let ca: Vec<_> = good.diagnostics.iter().filter(|d| d.code.starts_with("CA")).collect();
        assert!(ca.is_empty(), "{code}: good.json gave {ca:#?}");
    }
}

#[test]
fn not_leaf_names_the_leaves_below() {
    let report = Engine::default().check(&fixture("CA003", "bad"));
    let d = with_code(&report, "CA003")[0];
    assert!(d.message.es.contains("Celulares y Smartphones (MEC1055)"), "{}", d.message.es);
    assert!(d.message.en.contains("leaf categories lie below"), "{}", d.message.en);
}

#[test]
fn mismatch_offers_the_suggested_category_for_review() {
    let report = Engine::default().check(&fixture("CA004", "bad"));
    let d = with_code(&report, "CA004")[0];
    let fix = d.fix.as_ref().expect("a fix");
    assert_eq!(fix.label.es, "Usar la categoría sugerida");
    assert_eq!(fix.label.en, "Use suggested category");
    assert_eq!(fix.applicability, Applicability::NeedsReview);
    assert_eq!(fix.edits[0].field, "category_id");
    let catalog = Catalog::embedded();
    let target = catalog.tree.find(&fix.edits[0].value).expect("the suggestion is in the tree");
    assert!(catalog.tree.is_leaf(target));
    assert_eq!(catalog.tree.path_names(target).split(" > ").next(), Some("Celulares y Teléfonos"));
    assert!(d.message.es.contains("funda"), "{}", d.message.es);
}

#[test]
fn missing_and_disallowed_attributes_name_the_field_and_source() {
    let engine = Engine::default();
    let missing = engine.check(&fixture("CA005", "bad"));
    let d = with_code(&missing, "CA005")[0];
    assert_eq!(d.field, "attributes.IS_DUAL_SIM");
    assert!(d.message.en.contains("sync-error report"), "{}", d.message.en);
    let bad_value = engine.check(&fixture("CA006", "bad"));
    let d = with_code(&bad_value, "CA006")[0];
    assert_eq!(d.field, "attributes.IS_DUAL_SIM");
    assert!(d.message.es.contains("Sí, No"), "{}", d.message.es);
}

#[test]
fn gtin_is_only_asked_of_new_products_without_a_reason() {
    let engine = Engine::default();
    let mut used = fixture("CA007", "bad");
    used.condition = "used".into();
    assert!(with_code(&engine.check(&used), "CA007").is_empty());
    let mut reason = fixture("CA007", "bad");
    reason.attributes.insert("EMPTY_GTIN_REASON".into(), "El producto no tiene código registrado".into());
    assert!(with_code(&engine.check(&reason), "CA007").is_empty());
}

#[test]
fn a_loaded_export_replaces_the_tree_and_sets_the_title_maximum() {
    let export = r#"[
      {"id": "MEC1051", "name": "Celulares y Teléfonos", "children_categories": [{"id": "MEC1055", "name": "Celulares y Smartphones"}]},
      {"id": "MEC1055", "name": "Celulares y Smartphones", "settings": {"max_title_length": 40}}
    ]"#;
    let catalog = Arc::new(Catalog::from_mec_json(export).expect("valid export"));
    assert!(catalog.about().es.contains("cargado"));
    let engine = Engine::default().with_catalog(catalog);
    let listing = fixture("CA005", "good");
    let report = engine.check(&listing);
    // 48 characters: fine under the default 60, too long under the export's 40.
    let long = report.diagnostics.iter().find(|d| d.code == "TI002").expect("title too long for this export");
    assert!(long.message.en.contains("maximum is 40"), "{}", long.message.en);
    // A category missing from the loaded tree is unknown.
    let mut other = listing.clone();
    other.category_id = "MEC1648".into();
    assert!(!with_code(&engine.check(&other), "CA002").is_empty());
    assert!(with_code(&Engine::default().check(&other), "CA002").is_empty());
}

/// While the app is still fetching the category data, no category rule gives a verdict: every
/// bad fixture is silent, the report says so, and the other rules still run.
#[test]
fn no_category_verdict_before_the_catalog_arrives() {
    let waiting = Engine::default().with_catalog(Catalog::pending());
    let ready = Engine::default();
    for code in CODES {
        let listing = fixture(code, "bad");
        let before = waiting.check(&listing);
        assert!(before.verdicts_pending, "{code}");
        assert!(before.diagnostics.iter().all(|d| !d.code.starts_with("CA")), "{code}: {:?}", before.diagnostics);
        let after = ready.check(&listing);
        assert!(!after.verdicts_pending);
        assert!(!with_code(&after, code).is_empty(), "{code} fires once the catalog is here");
    }
    let untitled = waiting.check(&Listing::default());
    assert!(untitled.diagnostics.iter().any(|d| d.code == "TI001"), "the title rules do not wait");
}
