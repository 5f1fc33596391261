//! Speed target: ≤ 5 µs per shipping evaluation natively (issue 5), including listings whose
//! origin is unknown (the Argentine dev records: every city goes through fuzzy matching).
//!
//! `cargo bench --bench shipping -- --warm-up-time 1 --measurement-time 3`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use listo::core::listing::import::parse_items;
use listo::core::engine::Facts;
use listo::core::listing::Listing;
use listo::core::shipping::{evaluate, ShippingProfile};

fn listing(title: &str, city: &str, weight: &str, dims: [&str; 3]) -> Listing {
    let mut l = Listing { title: title.into(), category_id: "MEC1582".into(), ..Listing::default() };
    l.seller_address.city = city.into();
    l.shipping.weight = weight.into();
    l.shipping.length = dims[0].into();
    l.shipping.width = dims[1].into();
    l.shipping.height = dims[2].into();
    l
}

fn bench(c: &mut Criterion) {
    let profile = ShippingProfile::default();
    let cases = [
        ("typical_quito", listing("Lámpara de escritorio LED regulable negra", "Quito", "1,2 kg", ["30", "20", "15"])),
        ("restricted_over_limits", listing("Batería de litio 18650 recargable pack x4", "Cuenca", "35 kg", ["160", "60", "50"])),
        ("typo_city", listing("Laptop HP 15 pulgadas 8 GB RAM 256 GB SSD", "Guayakil", "2 kg", ["35", "25", "2"])),
    ];
    for (name, l) in &cases {
        let facts = Facts::of(l);
        c.bench_function(&format!("shipping_evaluate/{name}"), |b| b.iter(|| evaluate(black_box(l), black_box(&facts), black_box(&profile))));
    }
    c.bench_function("shipping_profile/load_default", |b| b.iter(ShippingProfile::default));
    dataset(c, &profile);
}

/// Real Mercado Libre records, read at bench time (measurement only; never copied).
const DATASET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/listings-mla-2015-dev.jsonl");

/// Every record of the dev set: foreign origins, so the unknown-city path on every listing.
fn dataset(c: &mut Criterion, profile: &ShippingProfile) {
    let Some(items) = std::fs::read_to_string(DATASET).ok().and_then(|t| parse_items(&t).ok()) else {
        eprintln!("skipping the dataset benchmark: {DATASET} not found or unreadable");
        return;
    };
    let cases: Vec<(Listing, Facts)> = items.into_iter().map(|i| (Facts::of(&i.listing), i.listing)).map(|(f, l)| (l, f)).collect();
    let mut group = c.benchmark_group("shipping_dataset");
    group.throughput(Throughput::Elements(cases.len() as u64));
    group.bench_function("evaluate mla-2015-dev", |b| {
        b.iter(|| cases.iter().map(|(l, f)| evaluate(black_box(l), black_box(f), profile).promises.len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
