//! "Así te verá Mercado Libre": each of Mercado Libre's goals is judged on drafts built for the
//! purpose (invented, not measurement data), the level follows the documented thresholds, and a
//! goal that is not met names the field and rule that fix it.

use listo::core::engine::{Engine, QualityLevel};
use listo::core::listing::{Listing, Picture};
use listo::core::quality::{GoalStatus, GOALS};
use listo::core::rules::registry;

fn complete_phone() -> Listing {
    let mut l = Listing {
        title: "Celular Samsung Galaxy A15 128 GB negro".into(),
        category_id: "MEC1055".into(),
        price: "189".into(),
        currency_id: "USD".into(),
        available_quantity: "5".into(),
        condition: "new".into(),
        pictures: (0..4).map(|i| Picture { source: format!("a{i}.jpg"), ..Picture::default() }).collect(),
        ..Listing::default()
    };
    for (k, v) in [("BRAND", "Samsung"), ("MODEL", "Galaxy A15"), ("COLOR", "Negro"), ("IS_DUAL_SIM", "Sí"), ("CARRIER", "Liberado"), ("GTIN", "7891234567895")] {
        l.attributes.insert(k.into(), v.into());
    }
    l.shipping.mode = "me2".into();
    l.shipping.free_shipping = Some(true);
    l
}

fn status(l: &Listing, id: &str) -> GoalStatus {
    Engine::default().check(l).ml_quality.goals.iter().find(|g| g.id == id).map(|g| g.status).unwrap()
}

#[test]
fn every_goal_is_reported_with_mercado_libres_ids() {
    let q = Engine::default().check(&complete_phone()).ml_quality;
    let ids: Vec<&str> = q.goals.iter().map(|g| g.id).collect();
    assert_eq!(
        ids,
        [
            "HAS_GTIN", "PICTURES_QUANTITY_MIN", "TITLE_LENGTH_MIN", "TECHNICAL_SPECIFICATIONS_MAIN", "TS_MAIN_QUANTITY",
            "TS_MAIN_QUALITY_INCOMPLETE_REQUIRED", "FREE_SHIPPING", "MERCADO_ENVIOS", "FINANCING", "STOCK_DEPOSITO",
            "STOCK_AVAILABILITY_TIME"
        ]
    );
    // A complete listing meets every goal a draft can say; financing is the seller's account.
    for g in &q.goals {
        let expected = if g.id == "FINANCING" { GoalStatus::Unknown } else { GoalStatus::Met };
        assert_eq!(g.status, expected, "{}", g.id);
    }
    assert_eq!((q.score, q.level), (100, QualityLevel::Profesional));
}

#[test]
fn each_goal_is_judged_from_its_field() {
    let mut l = complete_phone();
    l.pictures.truncate(2);
    assert_eq!(status(&l, "PICTURES_QUANTITY_MIN"), GoalStatus::NotMet);
    l.title = "Celular Samsung".into();
    assert_eq!(status(&l, "TITLE_LENGTH_MIN"), GoalStatus::NotMet);
    l.attributes.remove("GTIN");
    assert_eq!(status(&l, "HAS_GTIN"), GoalStatus::NotMet);
    l.attributes.insert("EMPTY_GTIN_REASON".into(), "El producto no tiene código".into());
    assert_eq!(status(&l, "HAS_GTIN"), GoalStatus::Unknown);
    l.available_quantity = "1".into();
    assert_eq!(status(&l, "STOCK_DEPOSITO"), GoalStatus::NotMet);
    l.available_quantity = String::new();
    assert_eq!(status(&l, "STOCK_DEPOSITO"), GoalStatus::Unknown);
    l.shipping.free_shipping = None;
    assert_eq!(status(&l, "FREE_SHIPPING"), GoalStatus::Unknown);
    l.shipping.free_shipping = Some(false);
    assert_eq!(status(&l, "FREE_SHIPPING"), GoalStatus::NotMet);
    l.shipping.mode = "custom".into();
    assert_eq!(status(&l, "MERCADO_ENVIOS"), GoalStatus::NotMet);
    l.sale_terms.insert("MANUFACTURING_TIME".into(), "15 días".into());
    assert_eq!(status(&l, "STOCK_AVAILABILITY_TIME"), GoalStatus::NotMet);
}

#[test]
fn a_missing_required_attribute_is_a_warning_that_names_it() {
    let mut l = complete_phone();
    l.attributes.remove("CARRIER");
    let q = Engine::default().check(&l).ml_quality;
    let g = q.goals.iter().find(|g| g.id == "TS_MAIN_QUALITY_INCOMPLETE_REQUIRED").unwrap();
    assert_eq!((g.status, g.field.as_str(), g.rule), (GoalStatus::NotMet, "attributes.CARRIER", Some("CA005")));
    assert_eq!((q.score, q.level), (80, QualityLevel::Estandar));
    // Without a category the required attributes are unknown, not missing.
    l.category_id.clear();
    assert_eq!(status(&l, "TS_MAIN_QUALITY_INCOMPLETE_REQUIRED"), GoalStatus::Unknown);
}

#[test]
fn an_empty_draft_is_basica() {
    let q = Engine::default().check(&Listing::default()).ml_quality;
    assert_eq!(q.level, QualityLevel::Basica);
    assert!(q.score < 70);
}

#[test]
fn goals_point_to_rules_that_exist() {
    for g in GOALS {
        if let Some(code) = g.rule {
            assert!(registry::by_code(code).is_some(), "{}: no rule {code}", g.id);
        }
        assert!(!g.label_es.is_empty() && g.label_es != g.label_en || g.id == "MERCADO_ENVIOS", "{}: labels", g.id);
    }
}

#[test]
fn the_attribute_count_is_an_editable_default() {
    let mut l = complete_phone();
    l.attributes.retain(|k, _| k == "BRAND" || k == "MODEL" || k == "GTIN");
    assert_eq!(status(&l, "TS_MAIN_QUANTITY"), GoalStatus::NotMet);
    let config = listo::core::engine::Config::from_json(r#"{"limits": {"ts_main_min_attributes": 3}}"#).unwrap();
    let q = Engine::new(config).check(&l).ml_quality;
    assert_eq!(q.goals.iter().find(|g| g.id == "TS_MAIN_QUANTITY").unwrap().status, GoalStatus::Met);
}
