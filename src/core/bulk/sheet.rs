//! Spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) through `calamine`: the first sheet or a chosen one,
//! with the same header mapping as CSV. Row numbers and column letters are the sheet's own, even
//! when the table does not start at A1.

use super::cells::Layout;
use super::{Format, ImportError, Table};
use crate::core::text::Text;
use calamine::{Data, Reader};
use std::io::Cursor;

/// A cell as the text a seller would see in it. Whole numbers print without ".0" or an exponent,
/// so a barcode typed as a number (7861234567890) stays the barcode.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => format!("{f}"),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

pub(super) fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ImportError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        ImportError::new(
            format!("No se pudo abrir la hoja de cálculo (¿está dañada o protegida con contraseña?): {e}"),
            format!("The spreadsheet could not be opened (is it damaged or password-protected?): {e}"),
        )
    })?;
    let sheet_names = book.sheet_names();
    let Some(first) = sheet_names.first() else {
        return Err(ImportError::new("La hoja de cálculo no tiene hojas.", "The spreadsheet has no sheets."));
    };
    let name = match sheet {
        None => first.clone(),
        Some(wanted) => sheet_names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| sheet_names.iter().find(|n| n.trim().eq_ignore_ascii_case(wanted.trim())))
            .cloned()
            .ok_or_else(|| {
                let list = sheet_names.join(", ");
                ImportError::new(
                    format!("No hay una hoja «{wanted}»; las hojas son: {list}."),
                    format!("There is no sheet “{wanted}”; the sheets are: {list}."),
                )
            })?,
    };
    let range = book.worksheet_range(&name).map_err(|e| {
        ImportError::new(format!("No se pudo leer la hoja «{name}»: {e}"), format!("Could not read the sheet “{name}”: {e}"))
    })?;
    let Some((top, left)) = range.start() else {
        return Err(ImportError::new(
            format!("La hoja «{name}» está vacía: no tiene encabezados ni filas."),
            format!("The sheet “{name}” is empty: it has no header and no rows."),
        ));
    };
    // Columns before the table's first one are blank: padding keeps letters as the sheet shows.
    let pad = left as usize;
    let texts = |cells: &[Data]| -> Vec<String> {
        std::iter::repeat_n(String::new(), pad).chain(cells.iter().map(cell_text)).collect()
    };
    let mut rows_iter = range.rows().enumerate().skip_while(|(_, cells)| cells.iter().all(|c| matches!(c, Data::Empty)));
    let Some((header_at, header)) = rows_iter.next() else {
        return Err(ImportError::new(format!("La hoja «{name}» está vacía."), format!("The sheet “{name}” is empty.")));
    };
    let header = texts(header);
    let (layout, mut notices) = Layout::from_headers(header.iter().map(String::as_str))?;
    let header_row = top as usize + header_at + 1;
    if sheet_names.len() > 1 {
        notices.push(Text::new(
            format!("Se leyó la hoja «{name}» (el libro tiene {} hojas).", sheet_names.len()),
            format!("The sheet “{name}” was read (the workbook has {} sheets).", sheet_names.len()),
        ));
    }
    let mut rows = Vec::new();
    for (i, cells) in rows_iter {
        let row = top as usize + i + 1;
        debug_assert!(row > header_row);
        let cells = texts(cells);
        rows.extend(layout.row(row, cells.iter().map(String::as_str)));
    }
    if rows.is_empty() {
        notices.push(Text::new("La hoja solo tiene encabezados: no hay filas que revisar.", "The sheet has only a header: there are no rows to check."));
    }
    Ok(Table { format: Format::Spreadsheet, rows, notices, sheet_names })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_a_seller_typed_them() {
        assert_eq!(cell_text(&Data::Float(7861234567890.0)), "7861234567890");
        assert_eq!(cell_text(&Data::Float(12.5)), "12.5");
        assert_eq!(cell_text(&Data::Int(3)), "3");
        assert_eq!(cell_text(&Data::Empty), "");
    }

    #[test]
    fn a_zip_that_is_not_a_workbook_is_an_error_not_a_panic() {
        let err = read(b"PK\x03\x04 not really a zip", None).unwrap_err();
        assert!(err.message.es.contains("hoja de cálculo"), "{}", err.message.es);
    }
}
