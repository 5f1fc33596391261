//! End-to-end throughput of `listo check --format jsonl`, from process start to exit, on JSON
//! lines, CSV and XLSX: the dev records (`../shared/data/listings-mla-2015-dev.jsonl`) repeated to
//! 9,600 listings, and a synthetic 100,000-row catalogue. The CSV and XLSX files are generated
//! here, in a temporary folder, and deleted after: no real listing text is committed.
//!
//! Run: `cargo build --profile cli --bin listo && cargo run --profile cli --example bulk_throughput`
//! (`./x bench` does it). Prints listings/s (best of three runs) and peak memory (`/usr/bin/time`),
//! with the machine's load average, since other work on the cores changes the figures.

use listo::core::bulk::COLUMNS;
use listo::core::listing::import::parse_items;
use listo::core::listing::{field, Listing, Picture};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

fn cell(listing: &Listing, field_path: &str) -> String {
    if field_path == "pictures" {
        return listing.pictures.iter().map(|p| p.source.as_str()).collect::<Vec<_>>().join(" | ");
    }
    field::get(listing, field_path).unwrap_or_default()
}

fn write_jsonl(path: &Path, listings: &[Listing]) {
    let mut text = String::new();
    for l in listings {
        text.push_str(&serde_json::to_string(l).expect("a listing serialises"));
        text.push('\n');
    }
    std::fs::write(path, text).expect("write jsonl");
}

fn write_csv(path: &Path, listings: &[Listing]) {
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_path(path).expect("create csv");
    w.write_record(COLUMNS.iter().map(|c| c.header_es)).expect("header");
    for l in listings {
        w.write_record(COLUMNS.iter().map(|c| cell(l, c.field))).expect("row");
    }
    w.flush().expect("flush");
}

fn write_xlsx(path: &Path, listings: &[Listing]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, spec) in COLUMNS.iter().enumerate() {
        sheet.write_string(0, c as u16, spec.header_es).expect("header");
    }
    for (r, l) in listings.iter().enumerate() {
        for (c, spec) in COLUMNS.iter().enumerate() {
            let v = cell(l, spec.field);
            if !v.is_empty() {
                sheet.write_string(r as u32 + 1, c as u16, v).expect("cell");
            }
        }
    }
    book.save(path).expect("save xlsx");
}

/// A made-up catalogue: varied titles, prices, packages and cities, from a fixed seed.
fn synthetic(n: usize) -> Vec<Listing> {
    let products = ["Celular", "Audífonos Bluetooth", "Balanceado para perro", "Licuadora", "Zapatos deportivos", "Mochila escolar", "Taladro", "Cargador USB-C"];
    let brands = ["Samsung", "Xiaomi", "Oster", "Nike", "Bosch", "Genérica", ""];
    let cities = ["Quito", "Guayaquil", "Cuenca", "Ambato", "Manta", "Loja", "Cumbaya", "Puerto Ayora"];
    let mut seed: u64 = 0x5EED;
    let mut next = move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    (0..n)
        .map(|i| {
            let product = products[next() % products.len()];
            let brand = brands[next() % brands.len()];
            let mut l = Listing {
                title: format!("{product} {brand} modelo {} color {}", next() % 900 + 100, ["negro", "azul", "rojo"][next() % 3]),
                price: format!("{},{:02}", next() % 500 + 1, next() % 100),
                currency_id: if i % 10 == 0 { String::new() } else { "USD".into() },
                available_quantity: (next() % 50).to_string(),
                condition: ["new", "used", ""][next() % 3].into(),
                listing_type_id: "gold_special".into(),
                buying_mode: "buy_it_now".into(),
                description: format!("{product} {brand} en perfecto estado. Envíos a todo el Ecuador. Garantía de {} meses.", next() % 12 + 1),
                warranty: format!("{} meses", next() % 12),
                ..Listing::default()
            };
            l.shipping.weight = format!("{},{} kg", next() % 20, next() % 10);
            l.shipping.length = format!("{} cm", next() % 80 + 5);
            l.shipping.width = format!("{} cm", next() % 50 + 5);
            l.shipping.height = format!("{} cm", next() % 40 + 2);
            l.seller_address.city = cities[next() % cities.len()].into();
            if !brand.is_empty() {
                l.attributes.insert("BRAND".into(), brand.into());
            }
            l.pictures = (0..next() % 4).map(|k| Picture { source: format!("https://ejemplo.ec/f/{i}-{k}.jpg"), ..Picture::default() }).collect();
            l
        })
        .collect()
}

/// Runs `listo check FILE --format jsonl` three times; returns the best wall seconds, the CPU
/// seconds (user + system, all threads) of that run, and the peak resident memory in KB.
fn measure(listo: &Path, file: &Path) -> (f64, f64, u64) {
    let mut best = f64::INFINITY;
    let mut cpu = 0.0;
    let mut peak = 0;
    for _ in 0..3 {
        let start = Instant::now();
        let out = Command::new("/usr/bin/time")
            .args(["-f", "%M %U %S"])
            .arg(listo)
            .args(["check", &file.to_string_lossy(), "--format", "jsonl"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("run /usr/bin/time listo");
        let secs = start.elapsed().as_secs_f64();
        let err = String::from_utf8_lossy(&out.stderr);
        let fields: Vec<f64> = err.lines().last().unwrap_or("").split_whitespace().filter_map(|f| f.parse().ok()).collect();
        let (kb, user, sys) = (fields.first().copied().unwrap_or(0.0), fields.get(1).copied().unwrap_or(0.0), fields.get(2).copied().unwrap_or(0.0));
        if secs < best {
            best = secs;
            cpu = user + sys;
        }
        peak = peak.max(kb as u64);
    }
    (best, cpu, peak)
}

fn main() {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| here.join("../shared/data/listings-mla-2015-dev.jsonl"));
    let exe = std::env::current_exe().expect("current exe");
    let listo = exe.parent().and_then(Path::parent).map(|d| d.join("listo")).expect("target dir");
    assert!(listo.exists(), "build the CLI first: cargo build --profile cli --bin listo ({})", listo.display());
    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{}: {e}", data.display()));
    let real: Vec<Listing> = parse_items(&text).expect("dev records read").into_iter().map(|i| i.listing).collect();
    let real_9600: Vec<Listing> = real.iter().cycle().take(9_600).cloned().collect();
    let synth = synthetic(100_000);

    let dir = std::env::temp_dir().join(format!("listo-bulk-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let real_jsonl = dir.join("real-9600.jsonl");
    // The dev file as it is (its own JSON shape), repeated: what `listo check` reads in practice.
    std::fs::write(&real_jsonl, text.repeat(9_600 / real.len().max(1))).expect("write");
    let mut files: Vec<(String, PathBuf, usize)> = vec![("dev records, JSON lines".into(), real_jsonl, (9_600 / real.len().max(1)) * real.len())];
    for (what, listings) in [("dev records", &real_9600), ("synthetic", &synth)] {
        let n = listings.len();
        let stem = if what == "synthetic" { "synthetic-100000" } else { "real-9600" };
        if what == "synthetic" {
            let p = dir.join(format!("{stem}.jsonl"));
            write_jsonl(&p, listings);
            files.push((format!("{what}, JSON lines"), p, n));
        }
        let p = dir.join(format!("{stem}.csv"));
        write_csv(&p, listings);
        files.push((format!("{what}, CSV"), p, n));
        let p = dir.join(format!("{stem}.xlsx"));
        write_xlsx(&p, listings);
        files.push((format!("{what}, XLSX"), p, n));
    }

    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("listo check --format jsonl, process start to exit, best of 3 ({cores} cores; load average {})", load.split_whitespace().take(3).collect::<Vec<_>>().join(" "));
    println!("(CPU s: user + system over all threads; listings per CPU-second is what the machine's load changes least)");
    println!("{:<28} {:>7} {:>6} {:>8} {:>11} {:>6} {:>13} {:>8}", "input", "rows", "MB", "seconds", "listings/s", "CPU s", "per CPU-sec", "peak MB");
    for (what, path, n) in &files {
        let size = std::fs::metadata(path).map_or(0, |m| m.len()) as f64 / 1e6;
        let (secs, cpu, kb) = measure(&listo, path);
        let per_cpu = if cpu > 0.0 { *n as f64 / cpu } else { f64::NAN };
        println!(
            "{what:<28} {n:>7} {size:>6.1} {secs:>8.2} {:>11.0} {cpu:>6.2} {per_cpu:>13.0} {:>8.1}",
            *n as f64 / secs,
            kb as f64 / 1024.0
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
