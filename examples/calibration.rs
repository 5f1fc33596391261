//! Calibration of the first suggestion's confidence on labelled titles (default
//! ../shared/data/titles-dev.csv): for confidence buckets, how often the first suggestion's
//! leaf, second level and top level are right. The app shows that confidence to sellers, so it
//! should read as a probability. `cargo run --release --example calibration [FILE]`
use listo::core::catalog::csv;
use listo::core::catalog::tree::parse_id;
use listo::core::catalog::Catalog;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/titles-dev.csv".into());
    let Ok(text) = std::fs::read_to_string(&path) else { return eprintln!("cannot read {path}") };
    let catalog = Catalog::embedded();
    let tree = &catalog.tree;
    let Ok(records) = csv::parse(&text) else { return };
    let mut rows = records.into_iter();
    let Some(header) = rows.next() else { return };
    let col = |n: &str| header.fields.iter().position(|f| f == n);
    let (Some(ct), Some(cc)) = (col("title"), col("category_id")) else { return };
    // [bucket] = (titles, leaf right, second right, top right, sum of confidence)
    let mut b = [(0usize, 0usize, 0usize, 0usize, 0f64); 10];
    for r in rows {
        let title = r.fields.get(ct).map(String::as_str).unwrap_or("");
        let Some(truth) = r.fields.get(cc).and_then(|c| parse_id(c)).and_then(|id| tree.index_of(id)) else { continue };
        let c = catalog.classify(title);
        let Some(best) = c.ranked.first() else { continue };
        let k = ((best.confidence * 10.0) as usize).min(9);
        let e = &mut b[k];
        e.0 += 1;
        e.1 += usize::from(best.index == truth);
        e.2 += usize::from(tree.ancestor_at(best.index, 2) == tree.ancestor_at(truth, 2));
        e.3 += usize::from(tree.ancestor_at(best.index, 1) == tree.ancestor_at(truth, 1));
        e.4 += f64::from(best.confidence);
    }
    println!("confidence  titles  mean   leaf  second  top");
    for (i, e) in b.iter().enumerate().filter(|(_, e)| e.0 > 0) {
        let n = e.0 as f64;
        println!("{:.1}–{:.1}   {:>6}  {:.2}  {:>4.0}%  {:>5.0}%  {:>3.0}%", i as f64 / 10.0, (i + 1) as f64 / 10.0, e.0, e.4 / n, 100.0 * e.1 as f64 / n, 100.0 * e.2 as f64 / n, 100.0 * e.3 as f64 / n);
    }
}
