//! `listo classify`: titles on stdin, one JSON line of suggestions per title on stdout.
//! `listo classify-report [FILE]`: accuracy of the suggestions on labelled titles (default
//! `../shared/data/titles-dev.csv`).

use crate::core::catalog::forecast::{mix, Sample};
use crate::core::catalog::measure::{measure, measure_half, Half, Measurement};
use crate::core::catalog::Catalog;
use serde::Serialize;
use std::io::{BufRead, Write};

#[derive(Serialize)]
struct SuggestionOut {
    id: String,
    path: String,
    path_ids: Vec<String>,
    confidence: f64,
    because: Vec<String>,
}

/// The branch the suggestions agree on when they are unsure of the leaf (`core::catalog::branch`).
#[derive(Serialize)]
struct BranchOut {
    id: String,
    path: String,
    confidence: f64,
    /// Its likeliest leaves (at most eight), best first.
    leaves: Vec<LeafOut>,
    /// How many leaves the branch has in all.
    total: usize,
}

#[derive(Serialize)]
struct LeafOut {
    id: String,
    /// Its names below the branch ("Carcasas, Fundas y Protectores > Fundas para Celulares").
    name: String,
}

#[derive(Serialize)]
struct LineOut<'a> {
    title: &'a str,
    suggestions: Vec<SuggestionOut>,
    /// Present when the first suggestion is unsure of its leaf but sure of a branch: "elige la
    /// más específica" among its leaves.
    #[serde(skip_serializing_if = "Option::is_none")]
    branch: Option<BranchOut>,
    /// Why the line has no suggestions when it could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// The JSON line for one title: up to three suggestions, best first.
pub fn classify_line(catalog: &Catalog, title: &str) -> String {
    let tree = &catalog.tree;
    let round = |c: f32| (f64::from(c) * 100.0).round() / 100.0;
    let classification = (!title.trim().is_empty()).then(|| catalog.classify(title));
    let branch = classification.as_ref().and_then(|c| c.branch(tree)).map(|b| BranchOut {
        id: tree.display_id(b.node),
        path: tree.path_names(b.node),
        confidence: round(b.confidence),
        leaves: b.leaves.iter().map(|&l| LeafOut { id: tree.display_id(l), name: b.leaf_name(tree, l) }).collect(),
        total: b.total,
    });
    let suggestions = match &classification {
        None => Vec::new(),
        Some(c) => c
            .top(3)
            .iter()
            .map(|s| SuggestionOut {
                id: tree.display_id(s.index),
                path: tree.path_names(s.index),
                path_ids: tree.path(s.index).into_iter().map(|i| tree.display_id(i)).collect(),
                confidence: round(s.confidence),
                because: s.because.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&LineOut { title, suggestions, branch, error: None }).unwrap_or_default()
}

/// Reads titles one per line. A line that is not UTF-8 is named on stderr and answered with an
/// empty suggestion list and an `error`, so output line N still answers input line N and the
/// rest of a long file is still classified; the exit code is then 1.
pub fn run_classify(stdin: &mut dyn BufRead, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let catalog = Catalog::embedded();
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut code = 0;
    loop {
        buf.clear();
        match stdin.read_until(b'\n', &mut buf) {
            Ok(0) => return code,
            Ok(_) => {}
            Err(e) => {
                let _ = writeln!(stderr, "listo classify: error de lectura / read error: {e}");
                return 1;
            }
        }
        line_no += 1;
        let out = match std::str::from_utf8(&buf) {
            Ok(text) => classify_line(&catalog, text.trim_end_matches(['\n', '\r'])),
            Err(_) => {
                code = 1;
                let error = format!("línea {line_no}: no es texto UTF-8 válido / line {line_no}: not valid UTF-8 text");
                let _ = writeln!(stderr, "listo classify: {error}");
                let title = String::from_utf8_lossy(&buf);
                let line = LineOut { title: title.trim_end_matches(['\n', '\r']), suggestions: Vec::new(), branch: None, error: Some(error) };
                serde_json::to_string(&line).unwrap_or_default()
            }
        };
        if writeln!(stdout, "{out}").is_err() {
            return 1;
        }
    }
}

/// Prints the accuracy report; exits 1 when the file cannot be read.
pub fn run_classify_report(args: &[String], stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let path = args.first().map(String::as_str).unwrap_or("../shared/data/titles-dev.csv");
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(stderr, "listo classify-report: no se puede leer / cannot read {path}: {e}");
            return 1;
        }
    };
    let catalog = Catalog::embedded();
    match measure(&catalog, &text) {
        Ok(m) => {
            let _ = write!(stdout, "{path}\n{}", m.render());
            // The halves: errors of the tuning half may be read; the check half predicts titles
            // never seen. A large gap between them means overfitting.
            let cov = crate::core::catalog::coverage::coverage(&catalog.tree, catalog.classifier());
            let _ = writeln!(
                stdout,
                "\nleaves without a distinctive word: {} of {} (plus {} \"Otros\" catch-alls); list: cargo run --release --example lexicon_coverage -- --list",
                cov.without.len(),
                cov.leaves,
                cov.catch_alls.len()
            );
            let mut check_2024 = None;
            for (half, name) in [(Half::Tuning, "tuning half"), (Half::Check, "check half")] {
                if let Ok(h) = measure_half(&catalog, &text, half) {
                    let _ = write!(
                        stdout,
                        "\n{name}: {} titles; top level top-1 {:.1}%, top-3 {:.1}%, second level {:.1}%, macro {:.1}%\n{}",
                        h.titles,
                        h.top1 * 100.0,
                        h.top3 * 100.0,
                        h.second_top1 * 100.0,
                        h.macro_top1 * 100.0,
                        h.render_slices()
                    );
                    if half == Half::Check {
                        check_2024 = h.slice("2024").map(|s| Sample { share: s.top1, titles: s.titles });
                    }
                }
            }
            let records = records_measured(&catalog, &text);
            let _ = write!(stdout, "{}", records_line(&records));
            if let (Ok(Some((r, _))), Some(newer)) = (&records, check_2024) {
                let _ = write!(stdout, "{}", forecast_line(&m, Sample { share: r.top1, titles: r.titles }, newer));
            }
            0
        }
        Err(e) => {
            let _ = writeln!(stderr, "listo classify-report: {path}: {e}");
            1
        }
    }
}

const RECORDS: &str = "../shared/data/listings-mla-2015-dev.jsonl";

/// The listing records' titles (never read by a lexicon batch) measured, with the count of
/// unreadable lines: a second forecast for older titles. `Ok(None)` when the records file is not
/// there.
fn records_measured(catalog: &Catalog, dev_csv: &str) -> Result<Option<(Measurement, usize)>, String> {
    let Ok(jsonl) = std::fs::read_to_string(RECORDS) else { return Ok(None) };
    let dev = crate::core::catalog::measure::labelled_from_csv(dev_csv).unwrap_or_default();
    let (rows, bad) = crate::core::catalog::measure_records::labelled_from_records(&jsonl, dev.iter().map(|r| r.title.as_str()));
    crate::core::catalog::measure::measure_rows(catalog, rows.iter()).map(|m| Some((m, bad)))
}

/// The report's line for the records never read; empty when the file is not there.
fn records_line(records: &Result<Option<(Measurement, usize)>, String>) -> String {
    match records {
        Ok(Some((m, bad))) => format!(
            "\nrecords never read ({RECORDS}, 2013–2015, not in the dev titles): {} titles ({} with a category no longer in the tree, {} unreadable lines); top level top-1 {:.1}%, top-3 {:.1}%, second level {:.1}%, macro {:.1}%\n",
            m.titles,
            m.skipped,
            bad,
            m.top1 * 100.0,
            m.top3 * 100.0,
            m.second_top1 * 100.0,
            m.macro_top1 * 100.0
        ),
        Ok(None) => String::new(),
        Err(e) => format!("\nrecords never read ({RECORDS}): {e}\n"),
    }
}

/// The forecast of the top level on all titles never seen: the older titles as the records
/// never read give it, the 2024 titles as the check half does, mixed as the dev titles
/// (`whole`) are (`core::catalog::forecast`). Empty when the dev titles have no source column.
fn forecast_line(whole: &Measurement, older: Sample, newer: Sample) -> String {
    let count = |s: &str| whole.slice(s).map_or(0, |s| s.titles);
    let (old, new) = (count("2015"), count("2024"));
    if old + new == 0 {
        return String::new();
    }
    let weight = old as f64 / (old + new) as f64;
    match mix(older, newer, weight) {
        Some(f) => format!(
            "\nforecast for titles never seen, top level top-1, all titles: {:.1}% ± {:.1} (95%): 2013–2015 titles as the records never read ({:.1}%, {} titles), 2024 titles as the check half ({:.1}%, {} titles), mixed as the dev titles are ({:.1}% from 2013–2015)   (target ≥ 80%)\n",
            f.share * 100.0,
            f.margin * 100.0,
            older.share * 100.0,
            older.titles,
            newer.share * 100.0,
            newer.titles,
            weight * 100.0
        ),
        None => String::new(),
    }
}
