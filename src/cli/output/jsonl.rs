//! One JSON object per listing and line:
//! `{"index", "id", "score", "level", "diagnostics": [{"code", "severity", "field", "message"}]}`,
//! messages in the chosen language.

use super::Checked;
use crate::core::text::Lang;
use serde_json::json;

pub fn line(checked: &Checked, lang: Lang) -> String {
    let diagnostics: Vec<serde_json::Value> = checked
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
    })
    .to_string()
}
