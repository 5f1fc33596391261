//! The shipping evaluation at every limit (exactly at, just over), with unit conversions,
//! origins, Galápagos, restricted goods, and properties over arbitrary packages.

use listo::core::engine::Facts;
use listo::core::listing::Listing;
use listo::core::shipping::{evaluate, Mode, ReasonKind, ShippingProfile, ShippingReport, Status};
use proptest::prelude::*;

fn listing(title: &str, city: &str, weight: &str, dims: [&str; 3]) -> Listing {
    let mut l = Listing { title: title.into(), ..Listing::default() };
    l.seller_address.city = city.into();
    l.shipping.weight = weight.into();
    l.shipping.length = dims[0].into();
    l.shipping.width = dims[1].into();
    l.shipping.height = dims[2].into();
    l
}

fn eval_with(l: &Listing, profile: &ShippingProfile) -> ShippingReport {
    evaluate(l, &Facts::of(l), profile)
}

fn eval(l: &Listing) -> ShippingReport {
    eval_with(l, &ShippingProfile::default())
}

fn status(r: &ShippingReport, mode: Mode) -> Status {
    r.verdict(mode).status
}

use Status::{Eligible as E, NotEligible as N};

#[test]
fn every_limit_exactly_at_and_just_over() {
    // (what, weight, dims, mode, expected)
    let cases: &[(&str, &str, [&str; 3], Mode, Status)] = &[
        ("courier weight at", "30 kg", ["10", "10", "10"], Mode::Courier, E),
        ("courier weight over", "30001 g", ["10", "10", "10"], Mode::Courier, N),
        ("courier side at", "1 kg", ["150", "10", "10"], Mode::Courier, E),
        ("courier side over", "1 kg", ["150,1", "10", "10"], Mode::Courier, N),
        ("courier L+2W+2H at", "1 kg", ["150", "80", "10"], Mode::Courier, E),
        ("courier L+2W+2H over", "1 kg", ["150", "80", "10,1"], Mode::Courier, N),
        ("courier volumetric at", "1 kg", ["50", "50", "60"], Mode::Courier, E),
        ("courier volumetric over", "1 kg", ["50", "50", "60,1"], Mode::Courier, N),
        ("same day weight at", "15 kg", ["10", "10", "10"], Mode::SameDay, E),
        ("same day weight over", "15001 g", ["10", "10", "10"], Mode::SameDay, N),
        ("same day side at", "1 kg", ["50", "10", "10"], Mode::SameDay, E),
        ("same day side over", "1 kg", ["50,1", "10", "10"], Mode::SameDay, N),
        ("same day sum at", "1 kg", ["40", "30", "30"], Mode::SameDay, E),
        ("same day sum over", "1 kg", ["40", "30", "30,1"], Mode::SameDay, N),
        ("galapagos weight at", "20 kg", ["10", "10", "10"], Mode::Galapagos, E),
        ("galapagos weight over", "20001 g", ["10", "10", "10"], Mode::Galapagos, N),
        ("galapagos side at", "1 kg", ["100", "10", "10"], Mode::Galapagos, E),
        ("galapagos side over", "1 kg", ["100,1", "10", "10"], Mode::Galapagos, N),
        ("galapagos L+2W+2H at", "1 kg", ["100", "70", "5"], Mode::Galapagos, E),
        ("galapagos L+2W+2H over", "1 kg", ["100", "70", "5,1"], Mode::Galapagos, N),
    ];
    for (what, weight, dims, mode, expected) in cases {
        let r = eval(&listing("Caja organizadora plástica", "Quito", weight, *dims));
        assert_eq!(status(&r, *mode), *expected, "{what}: {:?}", r.verdict(*mode));
        if *expected == N {
            assert!(r.verdict(*mode).has(ReasonKind::OverLimit), "{what}");
        }
    }
}

#[test]
fn unit_conversions_reach_the_same_limits() {
    let cases: &[(&str, [&str; 3], Status)] = &[
        ("30 kg", ["1,5 m", "10 cm", "100 mm"], E),
        ("30 kg", ["1500 mm", "0,1 m", "10"], E),
        ("66 lb", ["10", "10", "10"], E),
        ("67 lb", ["10", "10", "10"], N),
        ("1058 oz", ["10", "10", "10"], E),
        ("30,5 kilos", ["10", "10", "10"], N),
        ("1 kg", ["59 pulgadas", "10", "10"], E),
        ("1 kg", ["60 pulgadas", "10", "10"], N),
    ];
    for (weight, dims, expected) in cases {
        let r = eval(&listing("Caja", "Quito", weight, *dims));
        assert_eq!(status(&r, Mode::Courier), *expected, "{weight} {dims:?}");
    }
    // Mercado Libre's own "LxWxH,grams".
    let mut l = Listing::default();
    l.shipping.dimensions = "150x10x10,30000".into();
    assert_eq!(status(&eval(&l), Mode::Courier), E);
    l.shipping.dimensions = "150x10x10,30001".into();
    assert_eq!(status(&eval(&l), Mode::Courier), N);
}

#[test]
fn billable_weight_is_the_greater_of_actual_and_volumetric() {
    let r = eval(&listing("Caja", "Quito", "2 kg", ["40", "30", "20"]));
    assert_eq!(r.volumetric_weight_g, Some(4800.0));
    assert_eq!(r.billable_weight_g, Some(4800.0));
    let r = eval(&listing("Caja", "Quito", "6 kg", ["40", "30", "20"]));
    assert_eq!(r.billable_weight_g, Some(6000.0));
}

#[test]
fn missing_and_unreadable_package_data_make_the_verdict_unknown_naming_the_field() {
    let r = eval(&listing("Caja", "Quito", "", ["30", "20", "10"]));
    assert_eq!(r.courier.status, Status::Unknown);
    assert_eq!(r.courier.missing, vec!["shipping.weight".to_string()]);
    let r = eval(&listing("Caja", "Quito", "1 kg", ["30", "", "10"]));
    assert_eq!(r.courier.status, Status::Unknown);
    assert_eq!(r.courier.missing, vec!["shipping.width".to_string()]);
    let r = eval(&listing("Caja", "Quito", "pesado", ["30", "20", "10"]));
    assert_eq!(r.courier.missing, vec!["shipping.weight".to_string()]);
    // Too heavy is known even without the dimensions.
    let r = eval(&listing("Caja", "Quito", "40 kg", ["", "", ""]));
    assert_eq!(r.courier.status, Status::NotEligible);
    // An empty origin leaves same day unknown, not courier.
    let r = eval(&listing("Caja", "", "1 kg", ["30", "20", "10"]));
    assert_eq!(r.same_day.status, Status::Unknown);
    assert_eq!(r.same_day.missing, vec!["seller_address.city".to_string()]);
    assert_eq!(r.courier.status, Status::Eligible);
}

#[test]
fn same_day_depends_on_the_origin() {
    let small = ["30", "20", "10"];
    for city in ["Quito", "cumbaya", "Sangolqui", "Tumbaco, Quito", "Cumbaya"] {
        assert_eq!(status(&eval(&listing("Caja", city, "1 kg", small)), Mode::SameDay), E, "{city}");
    }
    let r = eval(&listing("Caja", "Cuenca", "1 kg", small));
    assert_eq!(r.same_day.status, N);
    assert!(r.same_day.has(ReasonKind::NoSameDayFromOrigin));
    assert!(r.same_day.reasons[0].text.es.contains("Quito"), "{:?}", r.same_day.reasons);
    // Guayaquil is announced: off by default, a switch in the profile.
    let r = eval(&listing("Caja", "Durán", "1 kg", small));
    assert_eq!(r.same_day.status, N);
    assert!(r.same_day.reasons[0].text.es.contains("Guayaquil"));
    let json = ShippingProfile::default().to_json().replace("\"same_day\": false", "\"same_day\": true");
    let guayaquil_on = ShippingProfile::from_json(&json).unwrap();
    assert_eq!(status(&eval_with(&listing("Caja", "Durán", "1 kg", small), &guayaquil_on), Mode::SameDay), E);
    // The promise states the cut-off hour (the evaluation has no clock).
    let r = eval(&listing("Caja", "Quito", "1 kg", small));
    assert!(r.same_day.promise.as_ref().unwrap().es.contains("14:00"));
    assert_eq!(r.promises.first().map(|p| p.region.as_str()), Some("same_metro"));
}

#[test]
fn galapagos_is_a_special_regime() {
    let small = ["30", "20", "10"];
    let seeds = eval(&listing("Semillas de tomate riñón", "Quito", "100 g", small));
    assert_eq!(seeds.galapagos.status, N);
    assert!(seeds.galapagos.has(ReasonKind::Restricted));
    assert_eq!(seeds.courier.status, E);
    let promise = seeds.promises.iter().find(|p| p.region == "galapagos").unwrap();
    assert_eq!(promise.promise.es, "Acordar con el comprador");
    let book = eval(&listing("Libro de cocina ecuatoriana", "Quito", "500 g", small));
    assert_eq!(book.galapagos.status, E);
    assert!(book.galapagos.promise.as_ref().unwrap().es.contains("días"));
    // Selling from the islands: no same day, no national courier.
    let island = eval(&listing("Camiseta estampada", "Puerto Ayora", "300 g", small));
    assert_eq!(island.origin.as_ref().unwrap().province.as_deref(), Some("Galápagos"));
    assert_eq!(island.same_day.status, N);
    assert!(island.courier.has(ReasonKind::OriginInGalapagos));
    let province = eval(&listing("Camiseta", "Galapagos", "300 g", small));
    assert_eq!(province.same_day.status, N);
}

#[test]
fn restricted_goods_give_every_reason_and_fall_back_to_the_buyer() {
    let small = ["30", "20", "10"];
    let cake = eval(&listing("Torta de chocolate mediana", "Quito", "1 kg", small));
    assert_eq!(cake.same_day.status, E);
    assert_eq!(cake.courier.status, N);
    assert_eq!(cake.galapagos.status, N);
    let battery = eval(&listing("Batería de litio 18650 recargable", "Quito", "200 g", ["200", "20", "10"]));
    assert_eq!(battery.eligible_modes(), vec![]);
    assert!(battery.arrange_with_buyer);
    let reasons: Vec<ReasonKind> = battery.courier.reasons.iter().map(|r| r.kind).collect();
    assert!(reasons.contains(&ReasonKind::Restricted) && reasons.contains(&ReasonKind::OverLimit), "{reasons:?}");
}

#[test]
fn oversized_boxes_and_unrealistic_packages_are_flagged() {
    let air = eval(&listing("Peluche oso gigante", "Quito", "1 kg", ["60", "50", "40"]));
    let hint = air.oversized_box.as_ref().unwrap();
    assert_eq!(hint.volumetric_weight_g, 24000.0);
    assert!((hint.max_volume_l - 5.0).abs() < 1e-9);
    assert!(eval(&listing("Peluche oso", "Quito", "1 kg", ["20", "20", "20"])).oversized_box.is_none());
    let laptop = eval(&listing("Laptop HP 15 pulgadas 8 GB RAM", "Quito", "2 kg", ["35", "25", "2"]));
    assert!(laptop.too_small.is_some());
    let laptop = eval(&listing("Laptop HP 15 pulgadas 8 GB RAM", "Quito", "2,5 kg", ["45", "32", "8"]));
    assert!(laptop.too_small.is_none());
}

fn eligible_count(weight_g: f64, dims: [f64; 3], title: &str) -> Vec<Mode> {
    let l = listing(title, "Quito", &format!("{weight_g} g"), [&dims[0].to_string(), &dims[1].to_string(), &dims[2].to_string()]);
    eval(&l).eligible_modes()
}

proptest! {
    #[test]
    fn heavier_or_larger_is_never_eligible_for_more_modes(
        w in 0.0f64..40_000.0, l in 0.0f64..200.0, wi in 0.0f64..200.0, h in 0.0f64..200.0,
        dw in 0.0f64..10_000.0, dl in 0.0f64..50.0, dwi in 0.0f64..50.0, dh in 0.0f64..50.0,
    ) {
        let small = eligible_count(w, [l, wi, h], "Caja");
        let big = eligible_count(w + dw, [l + dl, wi + dwi, h + dh], "Caja");
        for mode in &big {
            prop_assert!(small.contains(mode), "{mode:?} eligible for the bigger package only");
        }
    }

    #[test]
    fn evaluate_never_panics(title in ".{0,80}", city in ".{0,30}", state in ".{0,20}", weight in ".{0,12}",
                             dims in ".{0,20}", l in ".{0,8}", category in ".{0,12}") {
        let mut listing = listing(&title, &city, &weight, [&l, &l, &l]);
        listing.seller_address.state = state;
        listing.category_id = category;
        let _ = eval(&listing);
        listing.shipping = Default::default();
        listing.shipping.dimensions = dims;
        let _ = eval(&listing);
    }

    #[test]
    fn huge_numbers_do_not_make_anything_eligible(digits in "[1-9][0-9]{300,320}") {
        let r = eval(&listing("Caja", "Quito", &digits, [&digits, "1", "1"]));
        prop_assert!(r.eligible_modes().is_empty());
    }
}
