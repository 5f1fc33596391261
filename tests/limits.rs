//! Input limits (docs/limits.md): hostile sizes and shapes end in a clear message or a bounded
//! result, never a crash or unbounded work. Times are printed, not asserted (figures go in reports).

use listo::core::bulk::{read_table, Format, ReadOptions, MAX_BYTES};
use listo::core::engine::{Engine, MAX_TITLE_CHECK_CHARS};
use listo::core::listing::Listing;
use listo::core::share::envelope::MAX_LINK_CHARS;
use std::time::Instant;

fn opts(format: Format) -> ReadOptions {
    ReadOptions { format: Some(format), ..ReadOptions::default() }
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit() {
    let small = ReadOptions { max_bytes: 1024 * 1024, ..opts(Format::Csv) };
    let err = read_table(&vec![b'a'; 2 * 1024 * 1024], "grande.csv", &small).unwrap_err();
    assert!(err.message.es.contains("pesa 2 MB") && err.message.es.contains("límite es 1 MB"), "{}", err.message.es);
    assert!(err.message.en.contains("2 MB") && err.message.en.contains("1 MB"), "{}", err.message.en);
    assert_eq!(MAX_BYTES, 50 * 1024 * 1024);
}

#[test]
fn a_csv_of_a_million_empty_rows_reads_as_no_rows_with_a_message() {
    for (name, row) in [("blank lines", "\n"), ("separators only", ";;\n")] {
        let mut text = String::from("titulo;precio;stock\n");
        text.push_str(&row.repeat(1_000_000));
        let started = Instant::now();
        let table = read_table(text.as_bytes(), "vacio.csv", &opts(Format::Csv)).unwrap();
        println!("a million {name}: {} rows, {:?}", table.rows.len(), started.elapsed());
        assert!(table.rows.is_empty(), "{name}: {} rows", table.rows.len());
        assert!(table.notices.iter().any(|n| n.es.contains("no hay filas")), "{name}: {:?}", table.notices);
    }
}

#[test]
fn deeply_nested_json_is_an_error_naming_the_line_not_a_stack_overflow() {
    for (format, name) in [(Format::Json, "hondo.json"), (Format::JsonLines, "hondo.jsonl")] {
        let text = "[".repeat(100_000);
        let err = read_table(text.as_bytes(), name, &opts(format)).unwrap_err();
        println!("{name}: {} / {}", err.message.es, err.message.en);
        assert!(err.message.es.contains("JSON") || err.message.es.contains("Línea"), "{}", err.message.es);
        assert!(!err.message.en.is_empty());
    }
}

#[test]
fn a_one_megabyte_title_is_reported_with_its_real_length_and_the_cut_is_said() {
    let listing = Listing { title: "Zapato de cuero ".repeat(65_536), ..Listing::default() };
    assert!(listing.title.len() >= 1_000_000);
    let started = Instant::now();
    let report = Engine::default().check(&listing);
    println!("1 MB title checked in {:?}", started.elapsed());
    let long = report.diagnostics.iter().find(|d| d.code == "TI002").expect("TI002 title too long");
    let real = listing.title.trim().chars().count();
    assert!(long.message.es.contains(&real.to_string()), "{}", long.message.es);
    assert!(long.message.es.contains(&format!("primeros {MAX_TITLE_CHECK_CHARS}")), "{}", long.message.es);
    assert!(long.message.en.contains(&format!("first {MAX_TITLE_CHECK_CHARS}")), "{}", long.message.en);
}

#[test]
fn a_cut_title_gets_no_fix_that_would_drop_the_unread_part() {
    // Spaces collapse to a short title within what the engine read, but text follows the cut.
    let title = format!("Zapato{}de cuero", " ".repeat(MAX_TITLE_CHECK_CHARS + 10));
    let report = Engine::default().check(&Listing { title, ..Listing::default() });
    let long = report.diagnostics.iter().find(|d| d.code == "TI002").expect("TI002 title too long");
    assert!(long.fix.is_none(), "a fix on a cut title: {:?}", long.fix);
}

#[test]
fn the_rules_read_the_title_only_up_to_the_cut() {
    let filler = "Zapato de cuero ".repeat(MAX_TITLE_CHECK_CHARS / 16 + 1);
    let promo = |title: String| {
        let report = Engine::default().check(&Listing { title, ..Listing::default() });
        report.diagnostics.iter().any(|d| d.code == "TI005")
    };
    assert!(promo(format!("OFERTA {filler}")), "a promotional word before the cut is read");
    assert!(!promo(format!("{filler} OFERTA")), "a promotional word after the cut is not read");
}

#[test]
fn a_link_longer_than_the_limit_is_refused_before_decoding() {
    let long = format!("#l=1.{}", "A".repeat(MAX_LINK_CHARS + 1));
    let err = listo::core::share::listing::open(&long).unwrap_err();
    let message = err.message();
    println!("{} / {}", message.es, message.en);
    assert!(!message.es.is_empty() && !message.en.is_empty());
}
