//! Category suggestion speed: target ≤ 50 µs per title natively. The titles are invented for
//! the benchmark (typical Ecuadorian listings), not taken from the measurement data.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use listo::core::catalog::tree::Tree;
use listo::core::catalog::{Catalog, TreeSource, EMBEDDED_TREE};
use std::collections::HashMap;

const TITLES: &[&str] = &[
    "Celular Samsung Galaxy A15 128gb 4gb Ram Negro Dual Sim",
    "Balanceado Pro Plan para perro adulto raza mediana 15 kg",
    "Zapatos deportivos Nike Revolution hombre talla 42 negro",
    "Perfume Carolina Herrera 212 VIP mujer eau de parfum 100ml",
    "Proteína Whey Gold Standard 5 lb sabor chocolate",
    "Laptop Lenovo IdeaPad 3 Core i5 8gb 512gb SSD 15.6 pulgadas",
    "Chompa de cuero para mujer con capucha talla M",
    "Funda de silicona para iPhone 13 transparente antigolpes",
    "Amortiguador delantero Chevrolet Aveo 2010 original",
    "Cama para perro grande lavable acolchada 90x70 cm",
];

fn bench(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    catalog.classify("warm up");
    c.bench_function("classify 10 titles", |b| {
        b.iter(|| {
            for t in TITLES {
                black_box(catalog.classify(black_box(t)));
            }
        })
    });
}

/// What the app pays once at start-up: parse the embedded tree and build the word index.
fn build(c: &mut Criterion) {
    c.bench_function("build the embedded catalog", |b| {
        b.iter(|| {
            let tree = Tree::from_compact(black_box(EMBEDDED_TREE)).unwrap_or_else(|_| Tree::fallback());
            black_box(Catalog::new(tree, TreeSource::Embedded, HashMap::new()))
        })
    });
}

criterion_group!(benches, bench, build);
criterion_main!(benches);
