use super::export::{table_csv, table_header, ProblemsCsv};
use super::*;
use crate::core::catalog::Catalog;
use crate::core::engine::Engine;
use crate::core::text::Lang;

fn listing(title: &str, category: &str, price: &str) -> Listing {
    Listing { title: title.into(), category_id: category.into(), price: price.into(), currency_id: "USD".into(), ..Listing::default() }
}

/// Checks listings with the embedded catalog and summarises them.
fn summarise(listings: &[Listing]) -> (Summary, Vec<RowResult>, Vec<Report>) {
    let engine = Engine::default().with_catalog(Catalog::embedded());
    let mut summary = Summary::default();
    let mut rows = Vec::new();
    let mut reports = Vec::new();
    for (i, l) in listings.iter().enumerate() {
        let report = engine.check(l);
        let top = top_category(&engine.catalog, &l.category_id);
        rows.push(summary.add(i + 2, l, &report, top));
        reports.push(report);
    }
    (summary, rows, reports)
}

#[test]
fn counts_levels_and_problems_as_the_reports_say() {
    let listings = [
        listing("Celular Samsung Galaxy A15 128 GB Negro", "MEC1055", "189,90"),
        listing("", "", "doce"),
        listing("Balanceado para perro adulto 15 kg", "", "32"),
    ];
    let (summary, rows, reports) = summarise(&listings);
    assert_eq!(summary.listings, 3);
    assert_eq!(summary.per_level.iter().sum::<usize>(), 3);
    for (row, report) in rows.iter().zip(&reports) {
        assert_eq!(row.score, report.score);
        assert_eq!(row.level, report.level);
        assert_eq!(row.problems() as usize, report.diagnostics.len());
        assert_eq!(row.errors as usize, report.diagnostics.iter().filter(|d| d.severity == Severity::Error).count());
    }
    // The per-level figures agree with the reports' levels.
    let basica = reports.iter().filter(|r| r.level == QualityLevel::Basica).count();
    assert_eq!(summary.per_level[0], basica);
    // Every problem is counted once under its code.
    assert_eq!(summary.problems(), reports.iter().map(|r| r.diagnostics.len()).sum::<usize>());
    // The empty listing has errors; its row says which codes fired, each once.
    assert!(rows[1].errors > 0);
    let mut codes = rows[1].codes.clone();
    codes.dedup();
    assert_eq!(codes.len(), rows[1].codes.len());
    for d in &reports[1].diagnostics {
        let i = summary.code_index(&d.code).expect("every code is interned");
        assert!(rows[1].codes.contains(&i));
    }
}

#[test]
fn top_problems_are_the_most_frequent_first_and_at_most_n() {
    let many: Vec<Listing> = (0..12).map(|i| listing(&format!("x{i}"), "", "")).collect();
    let (summary, _, reports) = summarise(&many);
    let top = summary.top_problems(10);
    assert!(top.len() <= 10);
    assert!(top.windows(2).all(|w| w[0].count >= w[1].count));
    // The first is really the most frequent code across the reports.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        *counts.entry(&d.code).or_default() += 1;
    }
    assert_eq!(top[0].count, *counts.values().max().unwrap());
    assert_eq!(top[0].count, counts[top[0].code.as_str()]);
    // Every listing is identical in shape, so each code fired on all 12 listings.
    assert!(top.iter().all(|c| c.listings == 12), "{top:?}");
}

#[test]
fn problems_per_category_use_the_top_level_name() {
    let listings = [
        listing("Celular Samsung Galaxy A15 128 GB Negro", "MEC1055", "189,90"),
        listing("Celular Xiaomi Redmi 13C 128 GB Azul", "MEC1055", "doce"),
        listing("Sin categoría conocida", "MEC999999999", ""),
    ];
    let (summary, rows, reports) = summarise(&listings);
    let top = top_category(&Catalog::embedded(), "MEC1055");
    assert!(!top.is_empty(), "MEC1055 is in the embedded tree");
    assert_eq!(rows[0].top_category, top);
    assert_eq!(rows[2].top_category, "");
    let per = summary.per_category();
    let phones = per.iter().find(|(name, _, _)| *name == top).expect("phones are counted");
    assert_eq!(phones.1, reports[0].diagnostics.len() + reports[1].diagnostics.len());
    assert_eq!(phones.2, 2);
    assert!(per.windows(2).all(|w| w[0].1 >= w[1].1));
}

/// Splits CSV text back into records with the csv crate.
fn read_back(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{feff}').expect("starts with a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_problems_csv_has_one_line_per_problem_and_reads_back() {
    let listings = [listing("Chompa, de \"lana\"\ncon salto", "", "doce"), listing("Celular Samsung Galaxy A15 128 GB Negro", "MEC1055", "189,90")];
    let (_, rows, reports) = summarise(&listings);
    let mut out = ProblemsCsv::new(Lang::Es);
    for (row, report) in rows.iter().zip(&reports) {
        out.add(row.row, &row.title, report);
    }
    let lines = out.lines;
    let records = read_back(&out.finish());
    assert_eq!(records[0], ["fila", "título", "código", "gravedad", "campo", "mensaje"]);
    assert_eq!(records.len() - 1, reports.iter().map(|r| r.diagnostics.len()).sum::<usize>());
    assert_eq!(lines, records.len() - 1);
    let first = &reports[0].diagnostics[0];
    assert_eq!(records[1], ["2", "Chompa, de \"lana\"\ncon salto", first.code.as_str(), first.severity.label().es.as_str(), first.field.as_str(), first.message.es.as_str()]);
    let english = ProblemsCsv::new(Lang::En).finish();
    assert_eq!(read_back(&english)[0][5], "message");
}

#[test]
fn the_table_csv_matches_the_rows() {
    let listings = [listing("Celular Samsung Galaxy A15 128 GB Negro", "MEC1055", "189,90"), listing("", "", "")];
    let (_, rows, _) = summarise(&listings);
    let records = read_back(&table_csv(&rows, Lang::En));
    assert_eq!(records[0], table_header(Lang::En));
    assert_eq!(records.len(), 3);
    assert_eq!(records[1][0], "2");
    assert_eq!(records[1][1], rows[0].title);
    assert_eq!(records[1][4], rows[0].score.to_string());
    assert_eq!(records[2][5], rows[1].level.label().en);
    assert_eq!(records[2][6], rows[1].errors.to_string());
}
