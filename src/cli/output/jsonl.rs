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
use crate::core::shipping::{ShippingReport, Verdict};
use crate::core::text::Lang;
use serde_json::{json, Value};

pub fn line(checked: &Checked, lang: Lang) -> String {
    let diagnostics: Vec<Value> = checked
        .report
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "code": d.code,
                "severity": d.severity.as_str(),
                "field": d.field,
                "message": d.message.get(lang),
            })
        })
        .collect();
    json!({
        "index": checked.index,
        "id": checked.id,
        "score": checked.report.score,
        "level": checked.report.level.as_str(),
        "diagnostics": diagnostics,
        "import_problems": import_problems(checked, lang),
        "shipping": shipping(&checked.report.shipping, lang),
        "ml_quality": ml_quality(&checked.report.ml_quality),
    })
    .to_string()
}

/// Cells or values that could not be read: where (row, column header, letter) and why.
fn import_problems(checked: &Checked, lang: Lang) -> Value {
    checked
        .notes
        .iter()
        .map(|p| json!({"row": p.row, "column": p.column, "letter": p.letter, "field": p.field, "message": p.message.get(lang)}))
        .collect()
}

/// Mercado Libre's goals as its API names them, and the predicted level in lower case ASCII.
fn ml_quality(q: &MlQuality) -> Value {
    let level = match q.level {
        QualityLevel::Basica => "basica",
        QualityLevel::Estandar => "estandar",
        QualityLevel::Profesional => "profesional",
    };
    let goals: Vec<Value> =
        q.goals.iter().map(|g| json!({"id": g.id, "bucket": g.bucket.as_str(), "status": g.status.as_str()})).collect();
    json!({"level": level, "goals": goals})
}

/// The three modes' verdicts and the billable weight.
fn shipping(report: &ShippingReport, lang: Lang) -> Value {
    json!({
        "same_day": verdict(&report.same_day, lang),
        "courier": verdict(&report.courier, lang),
        "galapagos": verdict(&report.galapagos, lang),
        "billable_weight_g": report.billable_weight_g,
    })
}

fn verdict(v: &Verdict, lang: Lang) -> Value {
    json!({
        "status": v.status,
        "reasons": v.reasons.iter().map(|r| r.text.get(lang)).collect::<Vec<_>>(),
        "missing": v.missing,
    })
}
