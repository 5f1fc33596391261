//! How `check` prints results: [`text`] for sellers, [`jsonl`] for tools. Both read the same
//! [`Checked`] records and [`Summary`].

pub mod jsonl;
pub mod text;

use crate::core::diagnostic::Severity;
use crate::core::engine::{QualityLevel, Report};
use crate::core::listing::import::ImportNote;
use crate::core::text::{Lang, Text};

/// One listing after checking: where it came from and what was found.
pub struct Checked {
    /// 0-based position in the input.
    pub index: usize,
    /// 1-based input line the listing starts on.
    pub line: usize,
    pub id: String,
    pub title: String,
    pub report: Report,
    pub notes: Vec<ImportNote>,
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
        self.listings += 1;
        self.with_errors += usize::from(checked.has_error());
        match checked.report.level {
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
