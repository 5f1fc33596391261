//! Measurement, not a test: how often restricted-goods keywords and "unrealistically small"
//! product keywords fire on real titles (../shared/data/titles-dev.csv, measurement only), and
//! whether they fire on the right categories. Run with
//! `cargo test --test shipping_measure -- --ignored --nocapture`.

use listo::core::engine::Facts;
use listo::core::listing::Listing;
use listo::core::shipping::{evaluate, ShippingProfile};
use std::collections::BTreeMap;

/// The first two fields of a CSV line (title, category_id), honouring quotes.
fn first_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().into_iter().for_each(|f| f.push('"'));
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().into_iter().for_each(|f| f.push(c)),
        }
    }
    fields
}

#[test]
#[ignore = "measurement on shared data; run explicitly"]
fn restricted_and_plausible_hits_on_real_titles() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/titles-dev.csv");
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("{path} not found; skipped");
        return;
    };
    let profile = ShippingProfile::default();
    let mut restricted: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut products: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut total = 0;
    for line in text.lines().skip(1) {
        let fields = first_fields(line);
        let (Some(title), Some(path)) = (fields.first(), fields.get(2)) else { continue };
        total += 1;
        let mut listing = Listing { title: title.clone(), ..Listing::default() };
        // A tiny package, so any recognised product is "too small" and shows up here.
        listing.shipping.dimensions = "1x1x1,1".into();
        let report = evaluate(&listing, &Facts::of(&listing), &profile);
        for hit in &report.restricted {
            restricted.entry(hit.id.clone()).or_default().push(path.clone());
        }
        if let Some(small) = &report.too_small {
            products.entry(small.product.es.clone()).or_default().push(path.clone());
        }
    }
    println!("{total} titles");
    for (name, map) in [("restricted", &restricted), ("plausible product", &products)] {
        for (id, paths) in map {
            println!("{name} {id}: {} titles; categories:", paths.len());
            let mut by_top: BTreeMap<&str, usize> = BTreeMap::new();
            for p in paths {
                *by_top.entry(p.split(" > ").last().unwrap_or("")).or_default() += 1;
            }
            for (cat, n) in by_top {
                println!("    {n:3}  {cat}");
            }
        }
    }
}
