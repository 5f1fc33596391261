//! One CSV row per problem, for a spreadsheet: `row,title,code,severity,field,message`. `row` is
//! the listing's row in a CSV or spreadsheet (the header is row 1), its line in JSON. A cell that
//! could not be read is a problem too, with the code `IMPORT` and severity `warning`.

use super::Checked;
use crate::core::text::Lang;

/// The header row: the same names in both languages, so tools can rely on them (the messages are
/// in the chosen language).
pub const HEADER: &str = "row,title,code,severity,field,message\n";

/// Every problem of one listing, one CSV row each (nothing for a listing with none).
pub fn rows(checked: &Checked, lang: Lang) -> String {
    let mut writer = ::csv::WriterBuilder::new().buffer_capacity(1024).from_writer(Vec::new());
    let row = checked.line.to_string();
    for p in &checked.notes {
        let _ = writer.write_record([row.as_str(), checked.title.as_str(), "IMPORT", "warning", p.field.as_str(), p.message.get(lang)]);
    }
    for d in &checked.report.diagnostics {
        let _ = writer.write_record([row.as_str(), checked.title.as_str(), d.code.as_str(), d.severity.as_str(), d.field.as_str(), d.message.get(lang)]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}
