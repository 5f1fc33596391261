//! Where `listo check` reads listings from: a file or standard input, in any format the bulk
//! reader knows (`core::bulk`), handed out in chunks so the check can run on every core while
//! memory stays flat. JSON lines are handed out as raw lines (parsing them is part of the work
//! spread over the cores); CSV streams row by row; a spreadsheet or a JSON document is read whole.

use crate::core::bulk::{self, Format, ImportError, ReadOptions, Row};
use crate::core::text::Text;
use std::io::{BufRead, BufReader, Read};

/// The largest spreadsheet or JSON document the CLI reads whole. CSV and JSON lines stream and
/// have no limit.
pub const CLI_MAX_WHOLE_BYTES: usize = 1024 * 1024 * 1024;

/// One unit of work.
pub enum Item {
    /// A JSON line still to parse: its 1-based line number, its 0-based listing index, its bytes.
    Line { line: usize, index: usize, bytes: Vec<u8> },
    /// A row already read; `index` is its row in the file for tables, its position for JSON.
    Row { index: usize, row: Box<Row>, json: bool },
    /// A part of the input that could not be read (a broken JSON line, a CSV read error).
    Failed(ImportError),
}

enum Kind<'a> {
    Lines { reader: Box<dyn BufRead + 'a>, line: usize, index: usize },
    Rows { rows: bulk::RowStream<'a>, json: bool, index: usize },
}

/// An open input.
pub struct Source<'a> {
    kind: Kind<'a>,
    /// What the reader noticed about the whole file (unknown columns, the encoding guessed).
    pub notices: Vec<Text>,
}

fn io_error(file: &str, e: &std::io::Error) -> Text {
    if file == "-" {
        Text::new(format!("No se pudo leer la entrada estándar: {e}"), format!("Could not read standard input: {e}"))
    } else {
        Text::new(format!("No se pudo leer «{file}»: {e}"), format!("Could not read “{file}”: {e}"))
    }
}

impl<'a> Source<'a> {
    /// Opens `file` (`-` is `stdin`) and chooses its format: the one asked for, else the
    /// extension's, else the content's.
    pub fn open(file: &str, asked: Option<Format>, sheet: Option<String>, stdin: &'a mut dyn BufRead) -> Result<Source<'a>, Text> {
        let mut reader: Box<dyn BufRead + 'a> = if file == "-" {
            Box::new(stdin)
        } else {
            let handle = std::fs::File::open(file).map_err(|e| io_error(file, &e))?;
            Box::new(BufReader::with_capacity(256 * 1024, handle))
        };
        let name = if file == "-" { "" } else { file };
        let sample = reader.fill_buf().map_err(|e| io_error(file, &e))?;
        let format = bulk::sniff_format(sample, name, asked).map_err(|e| e.message)?;
        let opts = ReadOptions { format: Some(format), sheet, max_bytes: CLI_MAX_WHOLE_BYTES };
        let whole = |reader: Box<dyn BufRead + 'a>| -> Result<bulk::Table, Text> {
            let mut bytes = Vec::new();
            reader.take(CLI_MAX_WHOLE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| io_error(file, &e))?;
            bulk::read_table(&bytes, name, &opts).map_err(|e| e.message)
        };
        let (kind, notices) = match format {
            Format::Json | Format::JsonLines if bulk::is_json_lines(sample) => (Kind::Lines { reader, line: 0, index: 0 }, Vec::new()),
            Format::Json | Format::JsonLines => {
                let table = whole(reader)?;
                (Kind::Rows { rows: Box::new(table.rows.into_iter().map(Ok)), json: true, index: 0 }, table.notices)
            }
            // A CSV streams; a spreadsheet is read whole and its listings made one chunk at a time.
            Format::Csv | Format::Spreadsheet => {
                let (rows, notices) = bulk::stream_rows(reader, format, &opts).map_err(|e| e.message)?;
                (Kind::Rows { rows, json: false, index: 0 }, notices)
            }
        };
        Ok(Source { kind, notices })
    }

    /// Up to `n` items, in input order; empty at the end.
    pub fn next_chunk(&mut self, n: usize) -> Vec<Item> {
        let mut out = Vec::with_capacity(n);
        match &mut self.kind {
            Kind::Lines { reader, line, index } => {
                while out.len() < n {
                    let mut bytes = Vec::new();
                    match reader.read_until(b'\n', &mut bytes) {
                        Ok(0) => break,
                        Ok(_) => {
                            *line += 1;
                            if bytes.iter().all(u8::is_ascii_whitespace) {
                                continue;
                            }
                            out.push(Item::Line { line: *line, index: *index, bytes });
                            *index += 1;
                        }
                        Err(e) => {
                            out.push(Item::Failed(ImportError { message: io_error("-", &e) }));
                            break;
                        }
                    }
                }
            }
            Kind::Rows { rows, json, index } => {
                for result in rows.by_ref().take(n) {
                    out.push(match result {
                        Ok(row) => {
                            let i = if *json { *index } else { row.row };
                            *index += 1;
                            Item::Row { index: i, row: Box::new(row), json: *json }
                        }
                        Err(e) => Item::Failed(e),
                    });
                }
            }
        }
        out
    }
}
