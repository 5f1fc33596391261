//! How `check` prints results: [`text`] for sellers, [`jsonl`] for tools, [`csv`] (one row per
//! problem) for a spreadsheet. All read the same [`Checked`] records and [`Summary`].

pub mod csv;
pub mod jsonl;
pub mod text;

use crate::core::diagnostic::Severity;
use crate::core::engine::{QualityLevel, Report};
use crate::core::bulk::CellProblem;
use crate::core::text::{Lang, Text};

/// One listing after checking: where it came from and what was found.
pub struct Checked {
    /// For JSON, the 0-based position in the input; for a CSV or spreadsheet, the row number in
    /// the file (the header is row 1).
    pub index: usize,
    /// For JSON, the 1-based line the listing starts on; for a table, its row.
    pub line: usize,
    /// True when the input is a table (CSV, spreadsheet): places are rows, not lines.
    pub table: bool,
    pub id: String,
    pub title: String,
    pub report: Report,
    /// Cells or values that could not be read (the rest of the listing was still checked).
    pub notes: Vec<CellProblem>,
}

impl Checked {
    pub fn has_error(&self) -> bool {
        self.report.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Counts over all checked listings.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub listings: usize,
    pub with_errors: usize,
    pub basica: usize,
    pub estandar: usize,
    pub profesional: usize,
}

impl Summary {
    pub fn add(&mut self, checked: &Checked) {
        self.count(checked.report.level, checked.has_error());
    }

    /// Counts one listing of `level`, with or without errors.
    pub fn count(&mut self, level: QualityLevel, has_error: bool) {
        self.listings += 1;
        self.with_errors += usize::from(has_error);
        match level {
            QualityLevel::Basica => self.basica += 1,
            QualityLevel::Estandar => self.estandar += 1,
            QualityLevel::Profesional => self.profesional += 1,
        }
    }

    /// "3 publicaciones revisadas: 1 Profesional, 1 Estándar, 1 Básica; 1 con errores."
    pub fn line(&self, lang: Lang) -> String {
        let Summary { listings, with_errors, basica, estandar, profesional } = self;
        let (checked_es, checked_en) = if *listings == 1 {
            ("publicación revisada", "listing checked")
        } else {
            ("publicaciones revisadas", "listings checked")
        };
        let text = Text::new(
            format!("{listings} {checked_es}: {profesional} Profesional, {estandar} Estándar, {basica} Básica; {with_errors} con errores."),
            format!("{listings} {checked_en}: {profesional} Professional, {estandar} Standard, {basica} Basic; {with_errors} with errors."),
        );
        text.get(lang).to_string()
    }
}
