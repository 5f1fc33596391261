//! Reads a picked file into listings for the check, with `core::bulk` (the same reader as
//! `listo check`): CSV, spreadsheets and Mercado Libre JSON, one row at a time. Pure, so it is
//! tested natively.

use listo::core::bulk::{read_table, sniff_format, stream_rows, Format, ReadOptions, Row};
use listo::core::listing::Listing;
use listo::core::text::Text;

/// A cell that could not be read, named by row and column; its row is still checked.
#[derive(Clone, Debug, PartialEq)]
pub struct CellNote {
    pub row: usize,
    /// "B (Precio)" in a table, or the JSON key; empty for a line that could not be read at all.
    pub column: String,
    pub message: Text,
}

/// One row read: where it is in the file, its listing and its cell problems.
pub type Item = (usize, Listing, Vec<CellNote>);

/// An open file: its rows, read one at a time so a check can pause between them and nothing but
/// the file's bytes is held, plus what is known before the first row.
pub struct Opened<'a> {
    /// Rows, or a line that could not be read (JSON lines: the next lines are still read).
    pub rows: Box<dyn Iterator<Item = Result<Item, CellNote>> + 'a>,
    pub notices: Vec<Text>,
    pub sheet_names: Vec<String>,
    /// How many rows there are, or about how many (lines); 0 when unknown.
    pub estimate: usize,
}

/// Opens `bytes` (file `name`; `sheet` for a spreadsheet, the first when none). CSV and JSON
/// lines stream; a spreadsheet or a JSON array is read whole first (their formats need it). A
/// file that is not a table at all is an error saying what and where.
pub fn open<'a>(bytes: &'a [u8], name: &str, sheet: Option<&str>) -> Result<Opened<'a>, Text> {
    let opts = ReadOptions { sheet: sheet.map(str::to_string), ..ReadOptions::default() };
    if bytes.len() > opts.max_bytes {
        // read_table says it in its words; ask it (it stops at the size check).
        return Err(read_table(bytes, name, &opts).err().map(|e| e.message).unwrap_or_default());
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let format = sniff_format(sample, name, None).map_err(|e| e.message)?;
    if format == Format::Spreadsheet {
        let table = read_table(bytes, name, &opts).map_err(|e| e.message)?;
        let estimate = table.rows.len();
        return Ok(Opened { rows: Box::new(table.rows.into_iter().map(|r| Ok(item(r)))), notices: table.notices, sheet_names: table.sheet_names, estimate });
    }
    let (rows, notices) = stream_rows(bytes, format, &opts).map_err(|e| e.message)?;
    let estimate = match rows.size_hint() {
        (low, Some(high)) if low == high => high,
        _ => bytecount_lines(bytes).saturating_sub(usize::from(format == Format::Csv)),
    };
    let rows = rows.map(|r| r.map(item).map_err(|e| CellNote { row: 0, column: String::new(), message: e.message }));
    Ok(Opened { rows: Box::new(rows), notices, sheet_names: Vec::new(), estimate })
}

fn item(row: Row) -> Item {
    let cells = row
        .problems
        .into_iter()
        .map(|p| {
            let column = match (p.letter.is_empty(), p.column.is_empty()) {
                (true, _) => p.column,
                (false, true) => p.letter,
                (false, false) => format!("{} ({})", p.letter, p.column),
            };
            CellNote { row: p.row, column, message: p.message }
        })
        .collect();
    (row.row, row.listing, cells)
}

/// Lines in the file (a last line without a line feed counts).
fn bytecount_lines(bytes: &[u8]) -> usize {
    let n = bytes.iter().filter(|&&b| b == b'\n').count();
    n + usize::from(bytes.last().is_some_and(|&b| b != b'\n'))
}

/// The `index`-th row that could be read (counting as a check does), to open it again.
pub fn nth_row(bytes: &[u8], name: &str, sheet: Option<&str>, index: usize) -> Option<Listing> {
    open(bytes, name, sheet).ok()?.rows.filter_map(Result::ok).nth(index).map(|(_, listing, _)| listing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_semicolon_windows_1252_csv_reads_with_its_cell_problems_named() {
        // "Título;Precio" with "í" as Windows-1252 byte 0xED. Line feeds only: with CRLF, as Excel
        // saves, core::bulk numbers rows one less today (reported; see tests/e2e/bulk.test.mjs).
        let mut bytes = b"T\xedtulo;Precio\n".to_vec();
        bytes.extend_from_slice(b"Chompa de lana;doce\nCelular;189,90\n");
        let opened = open(&bytes, "catalogo.csv", None).unwrap();
        assert!(opened.estimate >= 2);
        let rows: Vec<Item> = opened.rows.map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, 2, "the header is row 1");
        assert_eq!(rows[0].1.title, "Chompa de lana");
        assert_eq!(rows[1].1.price, "189,90");
        let cell = rows[0].2.iter().find(|c| c.row == 2).expect("price 'doce' is named");
        assert_eq!(cell.column, "B (Precio)");
        assert_eq!(nth_row(&bytes, "catalogo.csv", None, 1).unwrap().title, "Celular");
        assert!(nth_row(&bytes, "catalogo.csv", None, 2).is_none());
    }

    #[test]
    fn a_file_that_is_not_a_table_is_an_error_in_both_languages() {
        let err = open(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "foto.csv", None).err().unwrap();
        assert!(!err.es.is_empty() && !err.en.is_empty());
        assert_ne!(err.es, err.en);
        assert!(open(b"", "vacio.csv", None).is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Whatever a seller picks, the page gets rows or a message, never a crash; every cell
        /// problem names a row that exists in the file's numbering (at least 1).
        #[test]
        fn any_bytes_read_or_explain(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400), ext in "(csv|xlsx|json|jsonl|txt)") {
            match open(&bytes, &format!("f.{ext}"), None) {
                Ok(opened) => {
                    for r in opened.rows {
                        match r {
                            Ok((_, _, cells)) => proptest::prop_assert!(cells.iter().all(|c| c.row >= 1)),
                            Err(line) => proptest::prop_assert!(!line.message.es.is_empty()),
                        }
                    }
                }
                Err(e) => proptest::prop_assert!(!e.es.is_empty() && !e.en.is_empty()),
            }
        }
    }
}
