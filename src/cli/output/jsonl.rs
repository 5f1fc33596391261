//! One JSON object per listing and line:
//! `{"index", "id", "score", "level", "diagnostics": [{"code", "severity", "field", "message"}],
//! "shipping": {"same_day", "courier", "galapagos": {"status", "reasons", "missing"},
//! "billable_weight_g"}}`, messages and reasons in the chosen language. `status` is `eligible`,
//! `not_eligible` or `unknown`; `missing` names the field paths to fill to decide;
//! `billable_weight_g` is null when weight or size is unknown.

use super::Checked;
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
        "shipping": shipping(&checked.report.shipping, lang),
    })
    .to_string()
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
