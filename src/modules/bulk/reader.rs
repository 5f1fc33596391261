//! Reads a picked file into listings for the check, with `core::bulk::read_table` (the same
//! reader as `listo check`): CSV, spreadsheets and Mercado Libre JSON. Pure, so it is tested
//! natively.

use listo::core::bulk::{read_table, ReadOptions};
use listo::core::listing::Listing;
use listo::core::text::Text;

/// A cell that could not be read, named by row and column; its row is still checked.
#[derive(Clone, Debug, PartialEq)]
pub struct CellNote {
    pub row: usize,
    /// "B (Precio)" in a table, or the JSON key.
    pub column: String,
    pub message: Text,
}

/// What a file gave.
#[derive(Debug, Default)]
pub struct Read {
    /// (row as the seller sees it, listing).
    pub rows: Vec<(usize, Listing)>,
    pub cells: Vec<CellNote>,
    pub notices: Vec<Text>,
    pub sheet_names: Vec<String>,
}

/// Reads `bytes` (file `name`; `sheet` for a spreadsheet, the first when none). A file that is
/// not a table at all is an error saying what and where.
pub fn read(bytes: &[u8], name: &str, sheet: Option<&str>) -> Result<Read, Text> {
    let opts = ReadOptions { sheet: sheet.map(str::to_string), ..ReadOptions::default() };
    let table = read_table(bytes, name, &opts).map_err(|e| e.message)?;
    let mut out = Read { notices: table.notices, sheet_names: table.sheet_names, ..Read::default() };
    out.rows.reserve(table.rows.len());
    for row in table.rows {
        for p in row.problems {
            let column = match (p.letter.is_empty(), p.column.is_empty()) {
                (true, _) => p.column,
                (false, true) => p.letter,
                (false, false) => format!("{} ({})", p.letter, p.column),
            };
            out.cells.push(CellNote { row: p.row, column, message: p.message });
        }
        out.rows.push((row.row, row.listing));
    }
    Ok(out)
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
        let read = read(&bytes, "catalogo.csv", None).unwrap();
        assert_eq!(read.rows.len(), 2);
        assert_eq!(read.rows[0].0, 2, "the header is row 1");
        assert_eq!(read.rows[0].1.title, "Chompa de lana");
        assert_eq!(read.rows[1].1.price, "189,90");
        let cell = read.cells.iter().find(|c| c.row == 2).expect("price 'doce' is named");
        assert_eq!(cell.column, "B (Precio)");
    }

    #[test]
    fn a_file_that_is_not_a_table_is_an_error_in_both_languages() {
        let err = read(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "foto.csv", None).unwrap_err();
        assert!(!err.es.is_empty() && !err.en.is_empty());
        assert_ne!(err.es, err.en);
        assert!(read(b"", "vacio.csv", None).is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Whatever a seller picks, the page gets rows or a message, never a crash; every cell
        /// problem names a row that exists in the file's numbering (at least 1).
        #[test]
        fn any_bytes_read_or_explain(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400), ext in "(csv|xlsx|json|jsonl|txt)") {
            match read(&bytes, &format!("f.{ext}"), None) {
                Ok(r) => proptest::prop_assert!(r.cells.iter().all(|c| c.row >= 1)),
                Err(e) => proptest::prop_assert!(!e.es.is_empty() && !e.en.is_empty()),
            }
        }
    }
}
