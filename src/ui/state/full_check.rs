//! The full check as the verdicts module (`src/modules/verdicts/`) hands it to the app. The app's
//! first load checks every listing at once with the rules it carries; the category and shipping
//! verdicts (the classifier, shipping evaluation and their rules) arrive with the module, which
//! then checks the whole listing and answers here, as JSON text, on every change. The app reads it
//! with the JSON decoder it already has for drafts, and scores it with its own scorer.

use crate::core::diagnostic::Diagnostic;
use crate::core::engine::{score, Report};
use crate::core::quality::{self, Goal, GoalStatus, MlQuality};
use crate::core::shipping::ShippingReport;
use serde::{Deserialize, Serialize};

/// What travels: the diagnostics (every family), each quality goal's state, and the title limit.
/// Scores are recomputed from these on the app's side, with the same code that scores its own
/// checks, so both halves always agree.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct FullCheck {
    pub diagnostics: Vec<Diagnostic>,
    /// (goal id, status, field) per Mercado Libre quality goal.
    pub goals: Vec<(String, GoalStatus, String)>,
    pub title_max_chars: usize,
}

/// The module's side: a report as JSON text.
pub fn encode(report: &Report) -> String {
    let goals = report.ml_quality.goals.iter().map(|g| (g.id.to_string(), g.status, g.field.clone())).collect();
    let check = FullCheck { diagnostics: report.diagnostics.clone(), goals, title_max_chars: report.title_max_chars };
    serde_json::to_string(&check).unwrap_or_default()
}

/// The app's side: the report again, or `None` when the text is not a check (a module from
/// another build), in which case the app keeps its own check.
pub fn decode(text: &str) -> Option<Report> {
    let check: FullCheck = serde_json::from_str(text).ok()?;
    let goals: Vec<Goal> = check
        .goals
        .into_iter()
        .filter_map(|(id, status, field)| quality::GOALS.iter().find(|d| d.id == id).map(|def| Goal { id: def.id, bucket: def.bucket, status, field, rule: def.rule }))
        .collect();
    let (ml_score, ml_level) = quality::score(&goals);
    let (score, level) = score(&check.diagnostics);
    Some(Report {
        diagnostics: check.diagnostics,
        score,
        level,
        // The shipping card is drawn by the module itself; the app does not need the report.
        shipping: ShippingReport::default(),
        verdicts_pending: false,
        title_max_chars: check.title_max_chars,
        ml_quality: MlQuality { score: ml_score, level: ml_level, goals },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::Engine;
    use crate::core::listing::Listing;

    #[test]
    fn a_report_travels_whole_except_the_shipping_the_module_draws() {
        let listing = Listing {
            title: "Celular Samsung Galaxy A15 128 GB negro LLAMA YA 0991234567".into(),
            category_id: "MEC1055".into(),
            ..Listing::default()
        };
        let report = Engine::default().check(&listing);
        assert!(report.diagnostics.iter().any(|d| d.code.starts_with("CA") || d.code.starts_with("SH")), "late rules ran natively");
        let back = decode(&encode(&report)).expect("a report reads back");
        assert_eq!(back.diagnostics, report.diagnostics);
        assert_eq!((back.score, back.level), (report.score, report.level));
        assert_eq!(back.ml_quality, report.ml_quality);
        assert_eq!(back.title_max_chars, report.title_max_chars);
        assert!(!back.verdicts_pending);
    }

    #[test]
    fn anything_else_is_not_a_check() {
        assert_eq!(decode("not json"), None);
        assert_eq!(decode("{\"diagnostics\": 3}"), None);
    }
}
