//! One JSON object per listing and line:
//! `{"index", "id", "score", "level", "diagnostics": [{"code", "severity", "field", "message"}],
//! "import_problems": [{"row", "column", "letter", "field", "message"}],
//! "shipping": {"same_day", "courier", "galapagos": {"status", "reasons", "missing"},
//! "billable_weight_g"}}`, messages and reasons in the chosen language. `status` is `eligible`,
//! `not_eligible` or `unknown`; `missing` names the field paths to fill to decide;
//! `billable_weight_g` is null when weight or size is unknown.
//! `"ml_quality": {"level": "basica|estandar|profesional", "goals": [{"id", "bucket", "status"}]}`:
//! Mercado Libre's quality goals with its own ids, `bucket` `CHARACTERISTICS` or `OFFER`, `status`
//! `met`, `not_met` or `unknown` (see src/core/quality/).

use super::Checked;
use crate::core::engine::QualityLevel;
use crate::core::quality::MlQuality;
use crate::core::shipping::{ShippingReport, Status, Verdict};
use crate::core::text::Lang;
use serde::Serialize;

// Borrowed views of a report, serialised straight to text: no intermediate `serde_json::Value`
// tree and no copy of any message (on a big catalogue, building those trees cost as much as a
// fifth of the run). Fields are declared in alphabetical order, the order `json!` maps printed,
// so the output is what it was.

#[derive(Serialize)]
struct Line<'a> {
    diagnostics: Vec<Diagnostic<'a>>,
    id: &'a str,
    import_problems: Vec<ImportProblem<'a>>,
    index: usize,
    level: &'a str,
    ml_quality: Quality<'a>,
    score: u8,
    shipping: Shipping<'a>,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    code: &'a str,
    field: &'a str,
    message: &'a str,
    severity: &'a str,
}

/// Cells or values that could not be read: where (row, column header, letter) and why.
#[derive(Serialize)]
struct ImportProblem<'a> {
    column: &'a str,
    field: &'a str,
    letter: &'a str,
    message: &'a str,
    row: usize,
}

/// Mercado Libre's goals as its API names them, and the predicted level in lower case ASCII.
#[derive(Serialize)]
struct Quality<'a> {
    goals: Vec<Goal<'a>>,
    level: &'a str,
}

#[derive(Serialize)]
struct Goal<'a> {
    bucket: &'a str,
    id: &'a str,
    status: &'a str,
}

/// The three modes' verdicts and the billable weight.
#[derive(Serialize)]
struct Shipping<'a> {
    billable_weight_g: Option<f64>,
    courier: Mode<'a>,
    galapagos: Mode<'a>,
    same_day: Mode<'a>,
}

#[derive(Serialize)]
struct Mode<'a> {
    missing: &'a [String],
    reasons: Vec<&'a str>,
    status: Status,
}

pub fn line(checked: &Checked, lang: Lang) -> String {
    let report = &checked.report;
    let line = Line {
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| Diagnostic { code: &d.code, field: &d.field, message: d.message.get(lang), severity: d.severity.as_str() })
            .collect(),
        id: &checked.id,
        import_problems: checked
            .notes
            .iter()
            .map(|p| ImportProblem { column: &p.column, field: &p.field, letter: &p.letter, message: p.message.get(lang), row: p.row })
            .collect(),
        index: checked.index,
        level: report.level.as_str(),
        ml_quality: ml_quality(&report.ml_quality),
        score: report.score,
        shipping: shipping(&report.shipping, lang),
    };
    // Serialising borrowed strings and numbers cannot fail.
    serde_json::to_string(&line).unwrap_or_default()
}

fn ml_quality(q: &MlQuality) -> Quality<'_> {
    let level = match q.level {
        QualityLevel::Basica => "basica",
        QualityLevel::Estandar => "estandar",
        QualityLevel::Profesional => "profesional",
    };
    Quality { goals: q.goals.iter().map(|g| Goal { bucket: g.bucket.as_str(), id: g.id, status: g.status.as_str() }).collect(), level }
}

fn shipping(report: &ShippingReport, lang: Lang) -> Shipping<'_> {
    Shipping {
        billable_weight_g: report.billable_weight_g,
        courier: verdict(&report.courier, lang),
        galapagos: verdict(&report.galapagos, lang),
        same_day: verdict(&report.same_day, lang),
    }
}

fn verdict(v: &Verdict, lang: Lang) -> Mode<'_> {
    Mode { missing: &v.missing, reasons: v.reasons.iter().map(|r| r.text.get(lang)).collect(), status: v.status }
}
