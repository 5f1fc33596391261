//! The catalogue's exports as CSV, written with the `csv` crate (quoting, embedded newlines):
//! the problems, one line per problem, and the results table, one line per listing. Both start
//! with a UTF-8 byte-order mark so Excel opens accents right, and have a header line in the
//! seller's language.

use super::RowResult;
use crate::core::engine::Report;
use crate::core::shipping::Status;
use crate::core::text::Lang;

const BOM: &str = "\u{feff}";

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.as_bytes().to_vec())
}

fn finish(w: csv::Writer<Vec<u8>>) -> String {
    // Writing into a Vec cannot fail, and every field is a Rust string, so the bytes are UTF-8.
    w.into_inner().ok().and_then(|b| String::from_utf8(b).ok()).unwrap_or_default()
}

/// The problems export, one line per problem: row, title, code, severity, field, message. Add
/// listings one at a time (the caller checks them), then [`ProblemsCsv::finish`].
pub struct ProblemsCsv {
    lang: Lang,
    out: csv::Writer<Vec<u8>>,
    pub lines: usize,
}

impl ProblemsCsv {
    pub fn new(lang: Lang) -> ProblemsCsv {
        let mut out = writer();
        let header = match lang {
            Lang::Es => ["fila", "título", "código", "gravedad", "campo", "mensaje"],
            Lang::En => ["row", "title", "code", "severity", "field", "message"],
        };
        let _ = out.write_record(header);
        ProblemsCsv { lang, out, lines: 0 }
    }

    pub fn add(&mut self, row: usize, title: &str, report: &Report) {
        let row = row.to_string();
        for d in &report.diagnostics {
            let severity = d.severity.label();
            let _ = self.out.write_record([row.as_str(), title, &d.code, severity.get(self.lang), &d.field, d.message.get(self.lang)]);
            self.lines += 1;
        }
    }

    pub fn finish(self) -> String {
        finish(self.out)
    }
}

/// The results table's columns, in the seller's language.
pub fn table_header(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Es => [
            "fila", "título", "categoría", "categoría principal", "puntaje", "nivel", "errores", "advertencias",
            "sugerencias", "envío en el día", "courier nacional", "envío a Galápagos",
        ],
        Lang::En => [
            "row", "title", "category", "top-level category", "score", "level", "errors", "warnings", "tips",
            "same-day delivery", "national courier", "shipping to Galápagos",
        ],
    }
}

/// Which of [`table_header`]'s columns hold numbers (a spreadsheet writes them as numbers).
pub const NUMERIC_COLUMNS: [bool; 12] = [true, false, false, false, true, false, true, true, true, false, false, false];

/// A shipping verdict in a word.
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::Eligible, Lang::Es) => "sí",
        (Status::Eligible, Lang::En) => "yes",
        (Status::NotEligible, _) => "no",
        (Status::Unknown, Lang::Es) => "falta dato",
        (Status::Unknown, Lang::En) => "missing data",
    }
}

/// One listing's line of the table, matching [`table_header`].
pub fn table_record(r: &RowResult, lang: Lang) -> [String; 12] {
    [
        r.row.to_string(),
        r.title.clone(),
        r.category_id.clone(),
        r.top_category.clone(),
        r.score.to_string(),
        r.level.label().get(lang).to_string(),
        r.errors.to_string(),
        r.warnings.to_string(),
        r.tips.to_string(),
        status_word(r.shipping[0], lang).to_string(),
        status_word(r.shipping[1], lang).to_string(),
        status_word(r.shipping[2], lang).to_string(),
    ]
}

/// The results table as CSV, in the given order.
pub fn table_csv<'a>(rows: impl IntoIterator<Item = &'a RowResult>, lang: Lang) -> String {
    let mut out = writer();
    let _ = out.write_record(table_header(lang));
    for r in rows {
        let _ = out.write_record(table_record(r, lang));
    }
    finish(out)
}
