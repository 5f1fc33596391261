//! CSV as sellers' spreadsheets save it: comma, semicolon (Excel in Spanish) or tab separated,
//! detected from the header line; quoted cells with separators and line breaks inside; UTF-8
//! with or without a byte-order mark, or Windows-1252. Parsed by the `csv` crate; rows are read
//! one at a time, so the CLI streams any size with flat memory.

use super::cells::Layout;
use super::detect;
use super::{CellProblem, ImportError, Row, Table};
use crate::core::text::Text;
use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read};

/// How much of the file is looked at to choose the separator and guess the encoding.
const SAMPLE: usize = 64 * 1024;

/// The separator of the header line: the most frequent of tab, semicolon and comma outside quotes
/// (comma when none is there: a one-column file).
fn separator(sample: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in sample {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b'\t' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let (best, _) = [b'\t', b';', b','].into_iter().zip(counts).fold((b',', 0), |acc, (sep, n)| if n > acc.1 { (sep, n) } else { acc });
    best
}

/// Rows of a CSV, read one at a time.
pub(super) struct CsvRows<R: Read> {
    reader: csv::Reader<BufReader<R>>,
    record: csv::ByteRecord,
    layout: Layout,
    separator: u8,
    /// A record read ahead to learn whether the current one is the last.
    ahead: Option<csv::ByteRecord>,
    /// Set once a cell was not UTF-8 and was read as Windows-1252.
    pub(super) windows_1252: bool,
    done: bool,
}

/// Opens a CSV stream: reads the header and says which columns are read.
pub(super) fn stream<'a, R: Read + 'a>(reader: R) -> Result<(CsvRows<R>, Vec<Text>), ImportError> {
    let mut buffered = BufReader::with_capacity(SAMPLE, reader);
    let sample = buffered.fill_buf().map_err(io_error)?;
    let bom = sample.starts_with(b"\xEF\xBB\xBF");
    let sep = separator(if bom { &sample[3..] } else { sample });
    let mut notices = Vec::new();
    // A sample cut inside a multi-byte letter is still UTF-8 up to the cut.
    if let Err(e) = std::str::from_utf8(sample) {
        if e.error_len().is_some() {
            notices.extend(detect::decode(sample).1);
        }
    }
    if bom {
        buffered.consume(3);
    }
    let mut reader = csv::ReaderBuilder::new().delimiter(sep).has_headers(false).flexible(true).from_reader(buffered);
    let mut record = csv::ByteRecord::new();
    let found = reader.read_byte_record(&mut record).map_err(csv_error)?;
    if !found {
        return Err(ImportError::new("El archivo está vacío: no tiene encabezados ni filas.", "The file is empty: it has no header and no rows."));
    }
    let mut windows_1252 = false;
    let headers: Vec<Cow<'_, str>> = record.iter().map(|cell| decode_cell(cell, &mut windows_1252)).collect();
    let (layout, header_notices) = Layout::from_headers(headers.iter().map(|h| h.as_ref()))?;
    notices.extend(header_notices);
    Ok((CsvRows { reader, record, layout, separator: sep, ahead: None, windows_1252, done: false }, notices))
}

/// A cell's text: UTF-8 when it is, else Windows-1252 (Excel in Spanish).
fn decode_cell<'c>(cell: &'c [u8], windows_1252: &mut bool) -> Cow<'c, str> {
    match std::str::from_utf8(cell) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            *windows_1252 = true;
            Cow::Owned(super::windows_1252::decode_windows_1252(cell))
        }
    }
}

impl<R: Read> CsvRows<R> {
    /// The next record into `self.record`: the one read ahead, if any, else the reader's.
    fn advance(&mut self) -> Result<bool, ImportError> {
        if let Some(ahead) = self.ahead.take() {
            self.record = ahead;
            return Ok(true);
        }
        self.reader.read_byte_record(&mut self.record).map_err(csv_error)
    }

    /// True when no record follows the current one (reads it ahead to know).
    fn at_end(&mut self) -> bool {
        let mut ahead = csv::ByteRecord::new();
        match self.reader.read_byte_record(&mut ahead) {
            Ok(true) => {
                self.ahead = Some(ahead);
                false
            }
            _ => true,
        }
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<Row, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            match self.advance() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
            // Rows as a spreadsheet numbers them: the header is record 0, row 1; a line break inside
            // quotes does not start a row. (An empty line, which the csv crate skips, is not
            // counted; a spreadsheet saves an empty row as separators, which is.)
            let row = self.record.position().map_or(0, |p| p.record()) as usize + 1;
            // A quote that opens and never closes swallows the rest of the file into one cell:
            // a last row with a cell holding line breaks and separators.
            let sep = self.separator;
            let suspicious = self.record.iter().any(|c| c.contains(&b'\n') && c.contains(&sep));
            let unclosed = suspicious && self.at_end();
            let mut flag = self.windows_1252;
            let record = std::mem::take(&mut self.record);
            let cells: Vec<Cow<'_, str>> = record.iter().map(|cell| decode_cell(cell, &mut flag)).collect();
            let parsed = self.layout.row(row, cells.iter().map(|c| c.as_ref()));
            drop(cells);
            self.record = record;
            self.windows_1252 = flag;
            let Some(mut parsed) = parsed else { continue };
            if unclosed {
                parsed.problems.push(CellProblem {
                    row,
                    column: String::new(),
                    letter: String::new(),
                    field: String::new(),
                    message: Text::new(
                        format!("Fila {row}: una comilla (\") se abre y no se cierra; desde ahí hasta el final del archivo se leyó como una sola celda."),
                        format!("Row {row}: a quote (\") opens and never closes; from there to the end of the file was read as one cell."),
                    ),
                });
            }
            return Some(Ok(parsed));
        }
    }
}

/// A file that could not be read at all (any format).
pub(super) fn io_error(e: std::io::Error) -> ImportError {
    let (es, en) = super::reasons::io_reason(&e);
    ImportError::new(format!("No se pudo leer el archivo: {es}."), format!("Could not read the file: {en}."))
}

/// The reader is flexible and reads bytes, so a CSV error can only come from reading the file.
fn csv_error(e: csv::Error) -> ImportError {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    let (es, en) = match e.kind() {
        csv::ErrorKind::Io(io) => super::reasons::io_reason(io),
        _ => ("el CSV no se pudo leer".to_string(), e.to_string()),
    };
    ImportError::new(format!("Línea {line}: {es}."), format!("Line {line}: {en}."))
}

/// The whole CSV as a table.
pub(super) fn read(bytes: &[u8]) -> Result<Table, ImportError> {
    let (mut rows_iter, mut notices) = stream(bytes)?;
    let mut rows = Vec::new();
    for row in rows_iter.by_ref() {
        rows.push(row?);
    }
    if rows_iter.windows_1252 && notices.iter().all(|n| !n.en.contains("Windows-1252")) {
        notices.extend(detect::decode(b"\xff").1);
    }
    if rows.is_empty() {
        notices.push(Text::new("El archivo solo tiene encabezados: no hay filas que revisar.", "The file has only a header: there are no rows to check."));
    }
    Ok(Table { format: super::Format::Csv, rows, notices, sheet_names: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_the_header_lines_most_frequent_outside_quotes() {
        assert_eq!(separator(b"Titulo;Precio;Peso\n1,2;3,4;5,6"), b';');
        assert_eq!(separator(b"Titulo\tPrecio\n"), b'\t');
        assert_eq!(separator(b"\"a;b;c\",Precio,Peso"), b',');
        assert_eq!(separator(b"Titulo"), b',');
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        for text in ["Título,Descripción,Precio\nA,\"dos\nlíneas\",5\n,,\nB,x,doce\n", "Título,Descripción,Precio\r\nA,\"dos\r\nlíneas\",5\r\n,,\r\nB,x,doce\r\n"] {
            let table = read(text.as_bytes()).unwrap();
            let rows: Vec<_> = table.rows.iter().map(|r| (r.row, r.listing.title.as_str())).collect();
            // The empty row (separators only) is a row in a spreadsheet; the line break inside a
            // cell is not.
            assert_eq!(rows, vec![(2, "A"), (4, "B")], "{text:?}");
            assert!(table.rows[0].listing.description.starts_with("dos\r\nlíneas") || table.rows[0].listing.description == "dos\nlíneas");
            assert_eq!(table.rows[1].problems[0].row, 4);
        }
    }

    #[test]
    fn an_unclosed_quote_is_named() {
        let table = read(b"Titulo,Precio\nA,5\n\"B,6\nC,7\n").unwrap();
        let last = table.rows.last().unwrap();
        assert!(last.problems.iter().any(|p| p.message.es.contains("comilla")), "{:?}", last.problems);
    }

    #[test]
    fn a_header_alone_is_a_notice_not_an_error() {
        let table = read(b"Titulo;Precio\n").unwrap();
        assert!(table.rows.is_empty());
        assert!(table.notices.iter().any(|n| n.es.contains("solo tiene encabezados")));
    }
}
