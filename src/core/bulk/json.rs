//! Mercado Libre item JSON (one object, an array, or one object per line) in the same [`Table`]
//! shape as a CSV: the existing reader (`core::listing::import`) does the work; its notes become
//! cell problems naming the field. JSON lines also stream, one line at a time.

use super::{CellProblem, Format, ImportError, Row, Table};
use crate::core::listing::import::{from_entry, parse_items, ImportNote};
use crate::core::text::Text;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};

fn problems(notes: Vec<ImportNote>, row: usize) -> Vec<CellProblem> {
    notes
        .into_iter()
        .map(|n| CellProblem {
            row,
            message: Text::new(format!("Línea {row}: {}", n.message.es), format!("Line {row}: {}", n.message.en)),
            column: n.field.clone(),
            letter: String::new(),
            field: n.field,
        })
        .collect()
}

fn not_utf8(at: usize) -> ImportError {
    ImportError::new(
        format!("El JSON no es texto UTF-8 (byte {at}); guárdalo como UTF-8."),
        format!("The JSON is not UTF-8 text (byte {at}); save it as UTF-8."),
    )
}

/// The whole file: any of the three shapes.
pub(super) fn read(bytes: &[u8], format: Format) -> Result<Table, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(e.valid_up_to()))?;
    let items = parse_items(text).map_err(|e| ImportError { message: e.message })?;
    let rows: Vec<Row> = items.into_iter().map(|i| Row { row: i.line, problems: problems(i.notes, i.line), listing: i.listing }).collect();
    let mut notices = Vec::new();
    if rows.is_empty() {
        notices.push(Text::new("El archivo no tiene publicaciones.", "The file has no listings."));
    }
    Ok(Table { format, rows, notices, sheet_names: Vec::new() })
}

/// One line of a JSON-lines file (1-based `line`): `None` when blank, else its row or what is
/// wrong with it. Public so a caller can read lines on one thread and parse them on many.
pub fn line_row(bytes: &[u8], line: usize) -> Option<Result<Row, ImportError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            return Some(Err(ImportError::new(
                format!("Línea {line}: no es texto UTF-8 (byte {at} de la línea); guarda el archivo como UTF-8."),
                format!("Line {line}: not UTF-8 text (byte {at} of the line); save the file as UTF-8."),
            )));
        }
    };
    // From the checked text: serde_json then does not check the UTF-8 again.
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let what = crate::core::json_error::reason(&e);
            let column = e.column();
            return Some(Err(ImportError::new(
                format!("Línea {line}, columna {column}: no es JSON válido ({}).", what.es),
                format!("Line {line}, column {column}: not valid JSON ({}).", what.en),
            )));
        }
    };
    let Value::Object(map) = value else {
        return Some(Err(ImportError::new(
            format!("Línea {line}: no es un objeto de publicación."),
            format!("Line {line}: not a listing object."),
        )));
    };
    let (listing, notes) = from_entry(&map);
    Some(Ok(Row { row: line, listing, problems: problems(notes, line) }))
}

/// True when the text starts with one complete JSON value on its first non-blank line: JSON
/// lines, which stream; otherwise (an array, an object spread over lines) read it whole.
pub fn is_json_lines(sample: &[u8]) -> bool {
    let sample = sample.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(sample);
    let Some(start) = sample.iter().position(|b| !b.is_ascii_whitespace()) else { return false };
    if sample[start] != b'{' {
        return false;
    }
    let rest = &sample[start..];
    let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    serde_json::from_slice::<serde::de::IgnoredAny>(&rest[..end]).is_ok()
}

/// JSON lines one at a time: each item is a row or the error of its line.
pub(super) fn stream_lines<R: Read>(reader: R) -> impl Iterator<Item = Result<Row, ImportError>> {
    let mut reader = BufReader::with_capacity(256 * 1024, reader);
    let mut buf = Vec::new();
    let mut line = 0usize;
    std::iter::from_fn(move || loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {
                line += 1;
                if let Some(row) = line_row(&buf, line) {
                    return Some(row);
                }
            }
            Err(e) => {
                return Some(Err(super::csv_table::io_error(e)));
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_becomes_rows_numbered_by_line() {
        let table = read(b"{\"title\": \"a\"}\n\n{\"title\": [1]}\n", Format::JsonLines).unwrap();
        let rows: Vec<_> = table.rows.iter().map(|r| (r.row, r.listing.title.as_str(), r.problems.len())).collect();
        assert_eq!(rows, vec![(1, "a", 0), (3, "", 1)]);
        assert_eq!(table.rows[1].problems[0].field, "title");
        assert_eq!(read(b"[{\"title\": \"a\"}, {}]", Format::Json).unwrap().rows.len(), 2);
        assert!(read(b"{\"title\": }", Format::Json).unwrap_err().message.es.contains("Línea 1"));
    }

    #[test]
    fn a_broken_line_is_an_error_for_that_line_and_the_next_are_read() {
        let rows: Vec<_> = stream_lines(&b"{\"title\": \"a\"}\n{oops\n\n{\"title\": \"c\"}\n"[..]).collect();
        assert_eq!(rows.len(), 3);
        assert!(rows[1].as_ref().unwrap_err().message.en.starts_with("Line 2, column"));
        assert_eq!(rows[2].as_ref().unwrap().row, 4);
    }

    #[test]
    fn json_lines_are_told_from_one_object_over_many_lines() {
        assert!(is_json_lines(b"{\"a\": 1}\n{\"a\": 2}\n"));
        assert!(!is_json_lines(b"{\n  \"a\": 1\n}\n"));
        assert!(!is_json_lines(b"[{\"a\": 1}]"));
    }
}
