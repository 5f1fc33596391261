//! Reads a picked file into listings for the check. Pure, so it is tested natively.

use listo::core::listing::import::parse_items;
use listo::core::listing::Listing;
use listo::core::text::Text;

/// A cell that could not be read, named by row and column; its row is still checked.
#[derive(Clone, Debug, PartialEq)]
pub struct CellNote {
    pub row: usize,
    /// "C (Precio)", or the JSON key.
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

/// Reads `bytes` (file `name`; `sheet` for a spreadsheet). A file that is not a table at all is
/// an error naming where.
pub fn read(bytes: &[u8], name: &str, sheet: Option<&str>) -> Result<Read, Text> {
    let _ = (name, sheet);
    let text = std::str::from_utf8(bytes).map_err(|e| Text::new(format!("El archivo no es texto UTF-8 (byte {}).", e.valid_up_to() + 1), format!("The file is not UTF-8 text (byte {}).", e.valid_up_to() + 1)))?;
    let items = parse_items(text).map_err(|e| e.message)?;
    let mut out = Read::default();
    for item in items {
        for note in &item.notes {
            out.cells.push(CellNote { row: item.line, column: note.field.clone(), message: note.message.clone() });
        }
        out.rows.push((item.line, item.listing));
    }
    Ok(out)
}
