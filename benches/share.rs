//! Share links: how long they are, which QR version they need, and how fast they are made and
//! read. Prints a size report first (link characters and QR versions for the rule fixtures' good
//! listings, for real Mercado Libre records read at bench time, and for a typical listing with
//! descriptions of growing length), then Criterion timings.
//!
//! `cargo bench --bench share -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, Criterion};
use listo::core::listing::import::parse_items;
use listo::core::listing::{Listing, Picture};
use listo::core::share::qr::{self, ListingQr};
use listo::core::share::{link, listing, LISTING_FRAGMENT};
use std::hint::black_box;

const TYPICAL: &str = include_str!("../tests/fixtures/rules/LI001/good.json");
/// Real Mercado Libre records, read at bench time (measurement only; never copied).
const DATASET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/listings-mla-2015-dev.jsonl");
/// A deployed address of typical length.
const BASE: &str = "https://listo.example.ec/";

fn link_of(l: &Listing) -> String {
    link(BASE, LISTING_FRAGMENT, &listing::seal(l))
}

fn typical() -> Listing {
    parse_items(TYPICAL).ok().and_then(|mut items| items.pop()).map(|i| i.listing).unwrap_or_default()
}

/// A description of about `chars` characters written the way sellers write (sentences about the
/// product, its box, warranty and delivery), varied so deflate does not flatter it.
fn description(chars: usize) -> String {
    const SENTENCES: [&str; 8] = [
        "Producto nuevo, en su caja sellada, con factura a nombre del comprador.",
        "Incluye cargador original, cable USB-C y manual en español.",
        "Garantía de 12 meses directamente con el vendedor en Quito.",
        "Enviamos el mismo día a Quito y en 48 horas al resto del país.",
        "Medidas de la caja: 18 x 10 x 6 cm; peso con empaque 450 g.",
        "Color negro mate, pantalla de 6,5 pulgadas y batería de 5000 mAh.",
        "Puedes retirar en nuestro local del norte de la ciudad con cita previa.",
        "Revisa las fotos: son del producto real, sin filtros ni retoques.",
    ];
    let mut out = String::new();
    let mut i = 0;
    while out.chars().count() < chars {
        out.push_str(SENTENCES[(i * 5 + i / 8) % SENTENCES.len()]);
        out.push(' ');
        i += 1;
    }
    out.chars().take(chars).collect()
}

fn describe(l: &Listing) -> String {
    let full = link_of(l);
    match qr::for_listing(l, link_of) {
        ListingQr::Whole(q) => format!("{:>5} chars  QR v{:<2} whole", full.len(), q.version),
        ListingQr::Shortened { qr, kept, total } => format!("{:>5} chars  QR v{:<2} description cut to {kept}/{total}", full.len(), qr.version),
        ListingQr::TooLong { .. } => format!("{:>5} chars  no QR (too long)", full.len()),
    }
}

fn percentile(sorted: &[usize], p: f64) -> usize {
    sorted.get(((sorted.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or(0)
}

fn report() {
    println!("\n== share links: length and QR version (base {BASE}, QR level M, limit v{}) ==", qr::MAX_VERSION);
    let mut base = typical();
    base.pictures = (0..3).map(|_| Picture { width: Some(1200), height: Some(1200), bytes: Some(240_000), format: Some("jpg".into()), white_border: Some(true), ..Picture::default() }).collect();
    for chars in [0, 150, 300, 600, 1000, 2000] {
        let mut l = base.clone();
        l.description = description(chars);
        println!("typical listing, 3 photos, description {chars:>4} chars: {}", describe(&l));
    }
    let fixtures = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules")).map(|d| d.count()).unwrap_or(0);
    let mut lengths: Vec<usize> = Vec::new();
    let mut versions: Vec<usize> = Vec::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules")).into_iter().flatten().flatten() {
        let Ok(text) = std::fs::read_to_string(entry.path().join("good.json")) else { continue };
        for item in parse_items(&text).unwrap_or_default() {
            lengths.push(link_of(&item.listing).len());
            if let ListingQr::Whole(q) = qr::for_listing(&item.listing, link_of) {
                versions.push(q.version as usize);
            }
        }
    }
    lengths.sort_unstable();
    versions.sort_unstable();
    println!(
        "rule fixtures' good listings ({fixtures}): link median {} / max {} chars; QR version median {} / max {}; whole in a QR: {}/{}",
        percentile(&lengths, 0.5), lengths.last().unwrap_or(&0), percentile(&versions, 0.5), versions.last().unwrap_or(&0), versions.len(), lengths.len()
    );
    let Ok(text) = std::fs::read_to_string(DATASET) else {
        println!("(dataset {DATASET} not found: real records skipped)");
        return;
    };
    let items = parse_items(&text).unwrap_or_default();
    let mut lengths: Vec<usize> = items.iter().map(|i| link_of(&i.listing).len()).collect();
    let mut versions: Vec<usize> = items.iter().filter_map(|i| match qr::for_listing(&i.listing, link_of) { ListingQr::Whole(q) => Some(q.version as usize), _ => None }).collect();
    lengths.sort_unstable();
    versions.sort_unstable();
    println!(
        "real Mercado Libre records ({}; no descriptions, up to 12 picture addresses each): link median {} / p90 {} / max {} chars; QR version median {} / p90 {}; whole in a QR: {}/{}\n",
        items.len(), percentile(&lengths, 0.5), percentile(&lengths, 0.9), lengths.last().unwrap_or(&0), percentile(&versions, 0.5), percentile(&versions, 0.9), versions.len(), items.len()
    );
}

fn timings(c: &mut Criterion) {
    report();
    let mut l = typical();
    l.description = description(600);
    let sealed = listing::seal(&l);
    let mut group = c.benchmark_group("share");
    group.bench_function("seal typical listing (600-char description)", |b| b.iter(|| listing::seal(black_box(&l))));
    group.bench_function("open its link", |b| b.iter(|| listing::open(black_box(&sealed))));
    group.bench_function("its QR code (SVG)", |b| b.iter(|| qr::for_listing(black_box(&l), link_of)));
    group.finish();
}

criterion_group!(benches, timings);
criterion_main!(benches);
