//! The score a seller sees: 0–100 and a level named like Mercado Libre's quality levels.
//!
//! Formula: start at 100 and subtract 25 per error, 8 per warning and 1 per tip, never below 0.
//! Levels follow the thresholds of Mercado Libre's listing health score (básica below 0.70,
//! estándar 0.70–0.98, profesional from 0.99): Profesional ≥ 99, Estándar ≥ 70, Básica below.
//! Any error caps the level at Básica, because Mercado Libre would reject the listing or a buyer
//! could not buy. So a listing with one tip is still Profesional; one warning makes it Estándar.

use crate::core::diagnostic::{Diagnostic, Severity};
use crate::core::text::Text;
use serde::{Deserialize, Serialize};

pub const ERROR_PENALTY: u32 = 25;
pub const WARNING_PENALTY: u32 = 8;
pub const TIP_PENALTY: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QualityLevel {
    Basica,
    Estandar,
    Profesional,
}

impl QualityLevel {
    pub fn label(self) -> Text {
        match self {
            QualityLevel::Basica => Text::new("Básica", "Basic"),
            QualityLevel::Estandar => Text::new("Estándar", "Standard"),
            QualityLevel::Profesional => Text::new("Profesional", "Professional"),
        }
    }

    /// The name used in machine output ("Básica", as Mercado Libre writes it).
    pub fn as_str(self) -> &'static str {
        match self {
            QualityLevel::Basica => "Básica",
            QualityLevel::Estandar => "Estándar",
            QualityLevel::Profesional => "Profesional",
        }
    }
}

/// Score and level for a set of diagnostics.
pub fn score(diagnostics: &[Diagnostic]) -> (u8, QualityLevel) {
    let penalty: u32 = diagnostics
        .iter()
        .map(|d| match d.severity {
            Severity::Error => ERROR_PENALTY,
            Severity::Warning => WARNING_PENALTY,
            Severity::Tip => TIP_PENALTY,
        })
        .sum();
    let score = 100u32.saturating_sub(penalty) as u8;
    let has_error = diagnostics.iter().any(|d| d.severity == Severity::Error);
    let level = if has_error || score < 70 {
        QualityLevel::Basica
    } else if score < 99 {
        QualityLevel::Estandar
    } else {
        QualityLevel::Profesional
    };
    (score, level)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(severity: Severity) -> Diagnostic {
        Diagnostic {
            code: "X".into(),
            name: "x".into(),
            severity,
            field: "title".into(),
            message: Text::default(),
            help: Text::default(),
            fix: None,
        }
    }

    #[test]
    fn levels_follow_the_documented_thresholds() {
        assert_eq!(score(&[]), (100, QualityLevel::Profesional));
        assert_eq!(score(&[diag(Severity::Tip)]), (99, QualityLevel::Profesional));
        assert_eq!(score(&[diag(Severity::Warning)]), (92, QualityLevel::Estandar));
        assert_eq!(score(&[diag(Severity::Error)]), (75, QualityLevel::Basica));
        let many = vec![diag(Severity::Warning); 4];
        assert_eq!(score(&many), (68, QualityLevel::Basica));
        let lots = vec![diag(Severity::Error); 9];
        assert_eq!(score(&lots).0, 0);
    }
}
