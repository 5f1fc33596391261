//! Engine speed. Target: at least 50,000 listings per second on one core, so a trainer's
//! spreadsheet of thousands of listings checks instantly and the browser re-checks on every
//! keystroke without a frame drop.
//!
//! `cargo bench --bench engine -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use listo::core::engine::Engine;
use listo::core::listing::import::parse_items;
use std::hint::black_box;

/// A typical complete listing (the fixtures' base listing).
const TYPICAL: &str = include_str!("../tests/fixtures/rules/LI001/good.json");

/// Real Mercado Libre records, read at bench time (measurement only; never copied).
const DATASET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/listings-mla-2015-dev.jsonl");

fn typical(c: &mut Criterion) {
    let engine = Engine::default();
    let listing = parse_items(TYPICAL).ok().and_then(|mut items| items.pop()).map(|i| i.listing).unwrap_or_default();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Elements(1));
    group.bench_function("typical listing", |b| b.iter(|| engine.check(black_box(&listing))));
    group.finish();
}

fn dataset(c: &mut Criterion) {
    let Ok(text) = std::fs::read_to_string(DATASET) else {
        eprintln!("skipping dataset benchmarks: {DATASET} not found");
        return;
    };
    let Ok(items) = parse_items(&text) else {
        eprintln!("skipping dataset benchmarks: {DATASET} could not be read");
        return;
    };
    let listings: Vec<_> = items.into_iter().map(|i| i.listing).collect();
    let engine = Engine::default();
    let mut group = c.benchmark_group("dataset");
    group.throughput(Throughput::Elements(listings.len() as u64));
    group.bench_function("check mla-2015-dev", |b| {
        b.iter(|| listings.iter().map(|l| engine.check(black_box(l)).diagnostics.len()).sum::<usize>())
    });
    group.bench_function("import + check mla-2015-dev", |b| {
        b.iter(|| {
            parse_items(black_box(&text))
                .map(|items| items.iter().map(|i| engine.check(&i.listing).diagnostics.len()).sum::<usize>())
                .unwrap_or(0)
        })
    });
    group.finish();
}

criterion_group!(benches, typical, dataset);
criterion_main!(benches);
