//! False positives of the health rules (HE001–HE003) on the 1,667 real development titles
//! (measurement only: read from ../shared/data at run time, never copied). The titles are real
//! listings of every category, taken as clean: each one the rules flag is a false positive or a
//! real health claim to review. Prints the figures and the flagged titles
//! (`cargo test --test health_false_positives -- --nocapture`) and asserts the measured ceiling.

use listo::core::engine::{Config, Engine, Level};
use listo::core::listing::Listing;
use std::collections::BTreeMap;
use std::path::Path;

/// Every family but HE off, so only the health rules report.
fn health_only() -> Engine {
    let rules = ["AT", "CA", "DE", "LI", "PI", "SH", "TI", "WA"].iter().map(|p| (p.to_string(), Level::Off)).collect();
    Engine::new(Config { rules, ..Config::default() })
}

#[test]
// `any <= 0` while the ceiling is 0: kept as `<=` so raising the ceiling needs no other change.
#[allow(clippy::absurd_extreme_comparisons)]
fn health_rules_rarely_flag_clean_titles() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/titles-dev.csv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("SKIPPED: {} not found; false positives not measured", path.display());
        return;
    };
    let records = listo::core::catalog::csv::parse(&text).expect("readable CSV");
    let header = &records[0].fields;
    let col = |n: &str| header.iter().position(|f| f == n).unwrap();
    let (c_title, c_cat) = (col("title"), col("category_id"));
    let engine = health_only();
    let mut flagged: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut titles = 0;
    let mut any = 0;
    for r in &records[1..] {
        let listing = Listing { title: r.fields[c_title].clone(), category_id: r.fields[c_cat].clone(), ..Listing::default() };
        titles += 1;
        let report = engine.check(&listing);
        // HE003 is a tip that every regulated product gets until it states its notification:
        // not a false positive. Counted apart.
        let mut hit = false;
        for d in &report.diagnostics {
            let code: &str = match d.code.as_str() {
                "HE001" => "HE001",
                "HE002" => "HE002",
                "HE003" => "HE003",
                _ => continue,
            };
            flagged.entry(code).or_default().push(listing.title.clone());
            hit |= code != "HE003";
        }
        any += usize::from(hit);
    }
    println!("Health rules on {titles} dev titles (title and category only):");
    for (code, list) in &flagged {
        println!("  {code}: {} titles ({:.2}%)", list.len(), 100.0 * list.len() as f64 / titles as f64);
        if *code != "HE003" {
            for t in list {
                println!("    {t}");
            }
        }
    }
    println!("  HE001 or HE002: {any} titles ({:.2}%)", 100.0 * any as f64 / titles as f64);
    assert_eq!(titles, 1667);
    assert!(any <= MAX_FLAGGED, "{any} clean titles flagged by HE001/HE002 (ceiling {MAX_FLAGGED})");
    assert!(flagged.get("HE003").is_some_and(|l| l.len() > 50), "the regulated titles are recognised");
}

/// The measured count (0 of 1,667), as the ceiling: a change to the word lists that flags more
/// clean titles fails here and must be looked at.
const MAX_FLAGGED: usize = 0;
