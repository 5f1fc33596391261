//! Spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) through `calamine`: the first sheet or a chosen one,
//! with the same header mapping as CSV. Row numbers and column letters are the sheet's own, even
//! when the table does not start at A1.

use super::cells::Layout;
use super::columns::column_letter;
use super::{Format, ImportError, Row, Table};
use crate::core::text::Text;
use calamine::{Cell, Data, Range, Reader, Sheets};
use std::borrow::Cow;
use std::io::Cursor;

/// A cell as the text a seller would see in it. Whole numbers print without ".0" or an exponent,
/// so a barcode typed as a number (7861234567890) stays the barcode.
fn cell_text(cell: &Data) -> Cow<'_, str> {
    match cell {
        Data::Empty => Cow::Borrowed(""),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cow::Borrowed(s),
        Data::Int(i) => Cow::Owned(i.to_string()),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Cow::Owned(format!("{}", *f as i64)),
        Data::Float(f) => Cow::Owned(format!("{f}")),
        Data::Bool(b) => Cow::Owned(b.to_string()),
        other => Cow::Owned(other.to_string()),
    }
}

/// The chosen sheet's rows, turned into listings one at a time (the sheet itself is held whole:
/// the formats need it), so a caller that streams never holds every listing.
pub(super) struct SheetRows {
    range: Range<Data>,
    layout: Layout,
    /// Blank columns before the table's first one, so letters are the sheet's.
    pad: usize,
    /// The sheet row of the range's first row, minus one.
    top: usize,
    /// The next row of the range to read.
    next: usize,
}

impl Iterator for SheetRows {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        let (height, width) = self.range.get_size();
        loop {
            if self.next >= height {
                return None;
            }
            let r = self.next;
            let row = self.top + r + 1;
            self.next += 1;
            // By position: calamine's row iterator has no random access, and skipping to row n
            // from the start each time would be quadratic.
            let cells = (0..width).map(|c| self.range.get((r, c)).map_or(Cow::Borrowed(""), cell_text));
            let texts: Vec<Cow<'_, str>> = std::iter::repeat_n(Cow::Borrowed(""), self.pad).chain(cells).collect();
            if let Some(parsed) = self.layout.row(row, texts.iter().map(|c| c.as_ref())) {
                return Some(parsed);
            }
        }
    }
}

/// Opens the workbook, picks the sheet and reads its header.
pub(super) fn open(bytes: &[u8], sheet: Option<&str>) -> Result<(SheetRows, Vec<Text>, Vec<String>), ImportError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        let (es, en) = super::reasons::sheet_reason(&e);
        ImportError::new(format!("No se pudo abrir la hoja de cálculo: {es}."), format!("The spreadsheet could not be opened: {en}."))
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
    let unreadable = |e: calamine::Error| {
        let (es, en) = super::reasons::sheet_reason(&e);
        ImportError::new(format!("No se pudo leer la hoja «{name}»: {es}."), format!("Could not read the sheet “{name}”: {en}."))
    };
    let range = match &mut book {
        Sheets::Xlsx(xlsx) => {
            let mut cells = xlsx.worksheet_cells_reader(&name).map_err(|e| unreadable(e.into()))?;
            laid_out(&name, || cells.next_cell(), |e| unreadable(e.into()))?
        }
        Sheets::Xlsb(xlsb) => {
            let mut cells = xlsb.worksheet_cells_reader(&name).map_err(|e| unreadable(e.into()))?;
            laid_out(&name, || cells.next_cell(), |e| unreadable(e.into()))?
        }
        other => other.worksheet_range(&name).map_err(unreadable)?,
    };
    let Some((top, left)) = range.start() else {
        return Err(ImportError::new(
            format!("La hoja «{name}» está vacía: no tiene encabezados ni filas."),
            format!("The sheet “{name}” is empty: it has no header and no rows."),
        ));
    };
    let pad = left as usize;
    let Some(header_at) = range.rows().position(|cells| cells.iter().any(|c| !matches!(c, Data::Empty))) else {
        return Err(ImportError::new(format!("La hoja «{name}» está vacía."), format!("The sheet “{name}” is empty.")));
    };
    let header: Vec<Cow<'_, str>> = range
        .rows()
        .nth(header_at) // once: the header is near the top
        .map(|cells| std::iter::repeat_n(Cow::Borrowed(""), pad).chain(cells.iter().map(cell_text)).collect())
        .unwrap_or_default();
    let (layout, mut notices) = Layout::from_headers(header.iter().map(|h| h.as_ref()))?;
    drop(header);
    if sheet_names.len() > 1 {
        notices.push(Text::new(
            format!("Se leyó la hoja «{name}» (el libro tiene {} hojas).", sheet_names.len()),
            format!("The sheet “{name}” was read (the workbook has {} sheets).", sheet_names.len()),
        ));
    }
    let rows = SheetRows { range, layout, pad, top: top as usize, next: header_at + 1 };
    Ok((rows, notices, sheet_names))
}

/// Excel's grid (rows, columns): a cell beyond it can only come from a damaged file.
const GRID: (u32, u32) = (1_048_576, 16_384);

/// The most cells the rectangle from a sheet's first to its last cell may span: the sheet is
/// held as that rectangle, so two cells far apart (A1 and XFD1048576, 17 billion cells between)
/// would otherwise ask a phone for hundreds of gigabytes. 100,000 rows of 50 columns fit.
pub const MAX_SHEET_CELLS: u64 = 5_000_000;

/// An XLSX or XLSB sheet read cell by cell (`next`), each cell's place checked before the sheet
/// is laid out as a rectangle (calamine's own `worksheet_range` lays out whatever the file says;
/// XLS and ODS are laid out when the workbook opens, so they cannot be checked here).
fn laid_out<'a, E>(name: &str, mut next: impl FnMut() -> Result<Option<Cell<calamine::DataRef<'a>>>, E>, unreadable: impl Fn(E) -> ImportError) -> Result<Range<Data>, ImportError> {
    let mut cells: Vec<Cell<Data>> = Vec::new();
    let (mut top, mut bottom, mut left, mut right) = (u32::MAX, 0, u32::MAX, 0);
    while let Some(cell) = next().map_err(&unreadable)? {
        let (row, col) = cell.get_position();
        if matches!(cell.get_value(), calamine::DataRef::Empty) {
            continue;
        }
        if row >= GRID.0 || col >= GRID.1 {
            let (r, c) = (u64::from(row) + 1, column_letter(col as usize));
            return Err(ImportError::new(
                format!("La hoja «{name}» tiene una celda fuera de la cuadrícula de Excel (fila {r}, columna {c}): el archivo está dañado."),
                format!("The sheet “{name}” has a cell outside Excel's grid (row {r}, column {c}): the file is damaged."),
            ));
        }
        (top, bottom, left, right) = (top.min(row), bottom.max(row), left.min(col), right.max(col));
        let area = u64::from(bottom - top + 1) * u64::from(right - left + 1);
        if area > MAX_SHEET_CELLS {
            let millions = |n: u64| crate::core::text::number(n as f64 / 1e6, 1);
            let (n, limit) = (millions(area), millions(MAX_SHEET_CELLS));
            let (first, last) = (column_letter(left as usize), column_letter(right as usize));
            let (top, bottom) = (top + 1, bottom + 1);
            return Err(ImportError::new(
                format!("La hoja «{name}» va de la fila {top} a la {bottom} y de la columna {first} a la {last}: son {} millones de celdas y el límite es {} millones. Borra las celdas sueltas lejos de la tabla o divide el archivo.", n.es, limit.es),
                format!("The sheet “{name}” reaches from row {top} to {bottom} and from column {first} to {last}: {} million cells, and the limit is {} million. Delete stray cells far from the table or split the file.", n.en, limit.en),
            ));
        }
        cells.push(Cell::new((row, col), cell.get_value().clone().into()));
    }
    Ok(Range::from_sparse(cells))
}

pub(super) fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ImportError> {
    let (rows, mut notices, sheet_names) = open(bytes, sheet)?;
    let rows: Vec<Row> = rows.collect();
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
        // Calamine's English reason stays in the English message; the Spanish one says what to do.
        assert!(!err.message.es.contains("Zip") && !err.message.es.contains("rror"), "{}", err.message.es);
        assert!(err.message.es.contains(".xlsx o .csv"), "{}", err.message.es);
    }
}
