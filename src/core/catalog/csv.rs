//! A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. The
//! category tree and the measurement titles are CSV; a hand-rolled reader keeps the `csv` crate
//! (and its dependencies) out of the build for two simple files.

/// A CSV record and the 1-based line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Why a CSV text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

/// Reads every record. Blank lines are skipped; an unterminated quote is an error naming the line
/// where the quoted field began.
pub fn parse(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut quote_line = 0;
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                in_quotes = true;
                quote_line = line;
            }
            ',' => fields.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                if !(fields.len() == 1 && fields[0].is_empty()) {
                    records.push(Record { line: record_line, fields: std::mem::take(&mut fields) });
                }
                fields.clear();
                line += 1;
                record_line = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError { line: quote_line, message: "unterminated quoted field".into() });
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push(Record { line: record_line, fields });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_commas_quotes_and_newlines() {
        let recs = parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"multi\nline\",z").unwrap();
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[1].fields, vec!["x, y", "say \"hi\""]);
        assert_eq!(recs[2].fields, vec!["multi\nline", "z"]);
        assert_eq!(recs[2].line, 4);
    }

    #[test]
    fn unterminated_quote_names_line() {
        let err = parse("a\n\"open,b\nc").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
