//! Bulk import: a whole catalogue from a CSV, a spreadsheet (XLSX, XLS, ODS) or Mercado Libre
//! item JSON, read into listings the engine checks. One entry point, [`read_table`], serves the
//! browser's bulk module and the CLI; the CLI also streams big files with [`stream_rows`], so its
//! memory stays flat.
//!
//! Reading never fails because of one cell: a cell that cannot be understood (price "doce",
//! weight "1,2,3 kg") becomes a [`CellProblem`] naming its row, column and field, and the rest of
//! the row is still read. Only a file that is not a table at all is an [`ImportError`]. Nothing
//! here panics on any input (property-tested in `tests/bulk_never_panics.rs`).

pub mod class;
mod cells;
mod columns;
mod csv_table;
mod detect;
mod json;
mod reasons;
mod sheet;
mod template;
mod windows_1252;

pub use columns::{column_letter, Column, COLUMNS};
pub use detect::{format_of_name, MAX_BYTES};
pub use json::{is_json_lines, line_row};
pub use sheet::MAX_SHEET_CELLS;
pub use template::{template_csv, template_rows, template_xlsx};
pub use windows_1252::decode_windows_1252;

use crate::core::listing::Listing;
use crate::core::text::Text;
use serde::Serialize;

/// The kinds of file Listo reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Comma, semicolon or tab separated text, UTF-8 or Windows-1252.
    Csv,
    /// A spreadsheet calamine reads: XLSX (also XLSM, XLSB), XLS or ODS.
    Spreadsheet,
    /// One Mercado Libre item object, or an array of them.
    Json,
    /// One Mercado Libre item object per line.
    JsonLines,
}

impl Format {
    /// `csv`, `xlsx`, `json`, `jsonl`, as the CLI's `--input-format` names them.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "csv" | "tsv" | "txt" => Some(Format::Csv),
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some(Format::Spreadsheet),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// How to read a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// The format; `None` guesses it from the file name, then from the content.
    pub format: Option<Format>,
    /// The spreadsheet's sheet to read; `None` reads the first.
    pub sheet: Option<String>,
    /// Files larger than this are refused with a message (default [`MAX_BYTES`]).
    pub max_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { format: None, sheet: None, max_bytes: MAX_BYTES }
    }
}

/// A cell that could not be read. The rest of its row is still read and checked.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CellProblem {
    /// The row as the seller sees it in a spreadsheet: the header is row 1. For JSON, the line the
    /// item starts on.
    pub row: usize,
    /// The column's header as written in the file ("Precio"); for JSON, the field's key.
    pub column: String,
    /// The column's letter ("C") in CSV and spreadsheets; empty for JSON.
    pub letter: String,
    /// The listing's field path the column feeds ("price", "shipping.weight"); empty when none.
    pub field: String,
    pub message: Text,
}

/// One listing read from the file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// The row number as the seller sees it (header = 1); for JSON, the line the item starts on.
    pub row: usize,
    pub listing: Listing,
    pub problems: Vec<CellProblem>,
}

/// Everything read from one file. Serialisable, so a worker or module can hand it over as JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    pub format: Format,
    pub rows: Vec<Row>,
    /// Things worth knowing that are not any one row's fault: unknown columns, the encoding
    /// guessed, the sheet read.
    pub notices: Vec<Text>,
    /// The spreadsheet's sheets, in order (empty for CSV and JSON), so a page can offer a choice.
    pub sheet_names: Vec<String>,
}

/// A file that cannot be read as a table at all: empty, no header, a picture renamed .csv, too
/// big, broken JSON. The message says what and, where it can, where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub message: Text,
}

impl ImportError {
    pub(crate) fn new(es: impl Into<String>, en: impl Into<String>) -> ImportError {
        ImportError { message: Text::new(es, en) }
    }
}

/// Reads a whole file into a [`Table`]. `name` is the file's name (its extension picks the format
/// unless `opts.format` says it); it may be empty.
pub fn read_table(bytes: &[u8], name: &str, opts: &ReadOptions) -> Result<Table, ImportError> {
    detect::check_size(bytes.len(), opts.max_bytes)?;
    let format = detect::format(bytes, name, opts.format)?;
    match format {
        Format::Csv => csv_table::read(bytes),
        Format::Spreadsheet => sheet::read(bytes, opts.sheet.as_deref()),
        Format::Json | Format::JsonLines => json::read(bytes, format),
    }
}

/// Only CSV or JSON (a spreadsheet is refused with a message): for a caller that must not link
/// the spreadsheet reader. `calamine` is large in wasm: measured alone in a release cdylib
/// (opt-level "z", LTO), XLSX only is 232 KB brotli and every format (XLS, XLSB, ODS too) 266 KB,
/// so a browser module may load it separately, when a spreadsheet is picked.
pub fn read_text_table(bytes: &[u8], name: &str, opts: &ReadOptions) -> Result<Table, ImportError> {
    detect::check_size(bytes.len(), opts.max_bytes)?;
    match detect::format(bytes, name, opts.format)? {
        Format::Csv => csv_table::read(bytes),
        format @ (Format::Json | Format::JsonLines) => json::read(bytes, format),
        Format::Spreadsheet => Err(ImportError::new(
            "Es una hoja de cálculo: se abre con el lector de hojas de cálculo.",
            "It is a spreadsheet: it is opened with the spreadsheet reader.",
        )),
    }
}

/// Only spreadsheets (XLSX, XLS, XLSB, ODS): the other half of [`read_text_table`].
pub fn read_spreadsheet(bytes: &[u8], opts: &ReadOptions) -> Result<Table, ImportError> {
    detect::check_size(bytes.len(), opts.max_bytes)?;
    sheet::read(bytes, opts.sheet.as_deref())
}

/// The format of a file from its first bytes (a sample is enough), its name and the format asked
/// for; a picture or program is refused whatever its name. For callers that stream.
pub fn sniff_format(sample: &[u8], name: &str, asked: Option<Format>) -> Result<Format, ImportError> {
    detect::format(sample, name, asked)
}

/// Rows read one at a time; an item is a row or what could not be read.
pub type RowStream<'a> = Box<dyn Iterator<Item = Result<Row, ImportError>> + 'a>;

/// Rows from a reader, one at a time, for files too big to hold: CSV and JSON lines stream with
/// flat memory; a spreadsheet or a JSON array is read whole first (their formats need it), and a
/// spreadsheet's listings are still made one at a time. An error up front when the file is not a
/// table; then rows or, for a broken JSON line, an error for that line (the next lines are still
/// read). The notices are those known once the header is read.
pub fn stream_rows<'a, R: std::io::Read + 'a>(
    reader: R,
    format: Format,
    opts: &ReadOptions,
) -> Result<(RowStream<'a>, Vec<Text>), ImportError> {
    match format {
        Format::Csv => csv_table::stream(reader).map(|(rows, notices)| (Box::new(rows) as RowStream<'a>, notices)),
        Format::JsonLines => Ok((Box::new(json::stream_lines(reader)), Vec::new())),
        Format::Spreadsheet | Format::Json => {
            let mut bytes = Vec::new();
            let mut limited = std::io::Read::take(reader, opts.max_bytes as u64 + 1);
            std::io::Read::read_to_end(&mut limited, &mut bytes)
                .map_err(csv_table::io_error)?;
            detect::check_size(bytes.len(), opts.max_bytes)?;
            detect::format(&bytes, "", Some(format))?;
            if format == Format::Spreadsheet {
                // Listings are made one at a time from the sheet, never all held at once.
                let (rows, notices, _) = sheet::open(&bytes, opts.sheet.as_deref())?;
                return Ok((Box::new(rows.map(Ok)), notices));
            }
            let table = json::read(&bytes, format)?;
            Ok((Box::new(table.rows.into_iter().map(Ok)), table.notices))
        }
    }
}
