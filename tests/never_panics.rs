//! A panic in wasm kills the page: every parser, the importer, the engine and every fix must
//! survive any input. Strings mix arbitrary Unicode with text shaped like what sellers type, so
//! the parsers' inner branches are reached, not only their first rejection.

use listo::core::engine::Engine;
use listo::core::listing::field;
use listo::core::listing::import::parse_items;
use listo::core::listing::{Listing, Picture};
use listo::core::parse;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Arbitrary text, or text made of the characters prices, sizes and contacts are made of.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9 .,$x×*\\-]{0,16}(kg|g|cm|m|meses|años|días|USD)?",
        "[a-zA-ZáéíóúñÁÉÍÓÚÑ0-9 !¡?@.:/<>_\\-]{0,40}",
        "(\\+593 ?9|09|0[2-7])[0-9 .\\-]{6,12}",
        "<(p|br|b|li|style)>[a-z ]{0,10}(</p>|<br/>)?",
        Just(String::new()),
    ]
}

fn picture() -> impl Strategy<Value = Picture> {
    (text(), any::<Option<u32>>(), any::<Option<u32>>(), any::<Option<u64>>(), proptest::option::of(text()), any::<Option<bool>>())
        .prop_map(|(source, width, height, bytes, format, white_border)| Picture { source, width, height, bytes, format, white_border })
}

fn pairs(keys: &'static [&'static str]) -> impl Strategy<Value = BTreeMap<String, String>> {
    let key = prop_oneof![proptest::sample::select(keys).prop_map(String::from), text()];
    proptest::collection::btree_map(key, text(), 0..5)
}

fn listing() -> impl Strategy<Value = Listing> {
    let head = (text(), text(), text(), text(), text(), text(), text(), text(), text(), text());
    let tail = (
        text(),
        proptest::collection::vec(picture(), 0..6),
        pairs(&["BRAND", "MODEL", "GTIN", "COLOR"]),
        pairs(&["WARRANTY_TYPE", "WARRANTY_TIME"]),
        (text(), text(), text(), text(), text(), text()),
        (text(), text()),
    );
    (head, tail).prop_map(|(h, t)| {
        let mut l = Listing {
            id: h.0,
            title: h.1,
            category_id: h.2,
            price: h.3,
            currency_id: h.4,
            available_quantity: h.5,
            buying_mode: h.6,
            listing_type_id: h.7,
            condition: h.8,
            description: h.9,
            warranty: t.0,
            pictures: t.1,
            attributes: t.2,
            sale_terms: t.3,
            ..Listing::default()
        };
        let s = &mut l.shipping;
        (s.mode, s.dimensions, s.weight, s.length, s.width, s.height) = t.4;
        (l.seller_address.city, l.seller_address.state) = t.5;
        l
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn engine_and_fixes_never_panic(listing in listing()) {
        let engine = Engine::default();
        let report = engine.check(&listing);
        prop_assert!(report.score <= 100);
        for d in &report.diagnostics {
            if let Some(fix) = &d.fix {
                let mut fixed = listing.clone();
                // Every fix edits a field that exists.
                prop_assert!(field::apply(&mut fixed, &fix.edits).is_ok(), "{}: bad field in fix", d.code);
                let _ = engine.check(&fixed);
            }
        }
    }

    #[test]
    fn parsers_never_panic(input in text()) {
        let _ = parse::parse_price(&input);
        let _ = parse::parse_quantity(&input);
        let _ = parse::parse_weight_g(&input, parse::WeightDefault::Kilograms);
        let _ = parse::parse_weight_g(&input, parse::WeightDefault::Grams);
        let _ = parse::parse_length_cm(&input);
        let _ = parse::parse_dimensions(&input);
        let _ = parse::parse_ml_dimensions(&input);
        let _ = parse::parse_warranty(&input);
        let _ = parse::parse_decimal(&input, parse::Grouping::Thousands);
        let _ = parse::parse_decimal(&input, parse::Grouping::Decimal);
    }

    #[test]
    fn importer_never_panics_on_any_text(input in any::<String>()) {
        let _ = parse_items(&input);
    }

    #[test]
    fn importer_never_panics_on_json_shaped_text(input in "[\\[\\]{}\",:0-9a-z \\n]{0,80}") {
        if let Ok(items) = parse_items(&input) {
            for item in items {
                let _ = Engine::default().check(&item.listing);
            }
        }
    }
}
