//! What kind of file this is, whether it is small enough, and its text decoded. A picture or a
//! program renamed `.csv` is recognised here and refused with a message, before any parser sees
//! it.

use super::{Format, ImportError};
use crate::core::text::Text;
use std::borrow::Cow;

/// The largest file read: 50 MB. Listo's own limit (not Mercado Libre's), chosen so a phone's
/// browser tab holds the file, its listings and their reports (about 100,000 rows of a typical
/// catalogue); the CLI streams CSV and JSON lines and has no limit for them.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

pub(super) fn check_size(len: usize, max: usize) -> Result<(), ImportError> {
    if len > max {
        let mb = |n: usize| crate::core::text::number(n as f64 / (1024.0 * 1024.0), 1);
        let (size, limit) = (mb(len), mb(max));
        return Err(ImportError::new(
            format!("El archivo pesa {} MB y el límite es {} MB: divídelo en partes más pequeñas.", size.es, limit.es),
            format!("The file is {} MB and the limit is {} MB: split it into smaller parts.", size.en, limit.en),
        ));
    }
    Ok(())
}

/// The format a file name's extension says, if it says one.
pub fn format_of_name(name: &str) -> Option<Format> {
    let (_, ext) = name.rsplit_once('.')?;
    Format::from_name(ext)
}

/// Kinds of binary file sellers might pick by mistake, by their first bytes.
const SIGNATURES: &[(&[u8], &str, &str)] = &[
    (b"\x89PNG", "una imagen PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "una imagen JPEG", "a JPEG image"),
    (b"GIF8", "una imagen GIF", "a GIF image"),
    (b"RIFF", "una imagen WebP o un audio", "a WebP image or audio"),
    (b"%PDF", "un PDF", "a PDF"),
    (b"\x7FELF", "un programa", "a program"),
    (b"MZ", "un programa de Windows", "a Windows program"),
    (b"\x1F\x8B", "un archivo comprimido (gzip)", "a compressed file (gzip)"),
    (b"Rar!", "un archivo comprimido (RAR)", "a compressed file (RAR)"),
];

/// ZIP (XLSX, ODS) and the old Office container (XLS).
fn is_spreadsheet(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
}

/// The format to read: the one asked for, else the extension's, else the content's. A file whose
/// content is a picture or a program is refused whatever its name.
pub(super) fn format(bytes: &[u8], name: &str, asked: Option<Format>) -> Result<Format, ImportError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) || bytes == b"\xEF\xBB\xBF" {
        return Err(ImportError::new(
            "El archivo está vacío: no tiene encabezados ni filas.",
            "The file is empty: it has no header and no rows.",
        ));
    }
    if let Some((_, es, en)) = SIGNATURES.iter().find(|(magic, _, _)| bytes.starts_with(magic)) {
        return Err(not_a_table(es, en));
    }
    let chosen = asked.or_else(|| format_of_name(name));
    if is_spreadsheet(bytes) {
        return match chosen {
            None | Some(Format::Spreadsheet) => Ok(Format::Spreadsheet),
            Some(_) => Err(ImportError::new(
                "El archivo es una hoja de cálculo (XLSX, XLS u ODS), no texto: ábrelo como hoja de cálculo.",
                "The file is a spreadsheet (XLSX, XLS or ODS), not text: open it as a spreadsheet.",
            )),
        };
    }
    if chosen == Some(Format::Spreadsheet) {
        return Err(ImportError::new(
            "El archivo no es una hoja de cálculo XLSX, XLS u ODS (¿es un CSV con otro nombre?).",
            "The file is not an XLSX, XLS or ODS spreadsheet (is it a CSV with another name?).",
        ));
    }
    if looks_binary(bytes) {
        return Err(not_a_table("un archivo binario", "a binary file"));
    }
    Ok(chosen.unwrap_or_else(|| {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match text.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Format::JsonLines,
            Some(b'[') => Format::Json,
            _ => Format::Csv,
        }
    }))
}

fn not_a_table(es: &str, en: &str) -> ImportError {
    ImportError::new(
        format!("El archivo no es una tabla: parece {es}. Elige un CSV, una hoja de cálculo (XLSX) o un JSON de Mercado Libre."),
        format!("The file is not a table: it looks like {en}. Choose a CSV, a spreadsheet (XLSX) or Mercado Libre JSON."),
    )
}

/// Text has no NUL bytes and few control characters; a binary file has many in its first 8 KB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    control * 20 > head.len()
}

/// The file's text: UTF-8 (a byte-order mark is dropped) or, when it is not valid UTF-8,
/// Windows-1252, as Excel in Spanish saves "CSV (delimitado por comas)". The notice says which
/// was guessed, so a seller who sees "Ã±" knows why.
pub(super) fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<Text>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), None),
        Err(_) => {
            let text = Cow::Owned(super::windows_1252::decode_windows_1252(bytes));
            let notice = Text::new(
                "El archivo no está en UTF-8: se leyó como Windows-1252 (lo que guarda Excel en español). Si ves letras raras, guárdalo como «CSV UTF-8».",
                "The file is not UTF-8: it was read as Windows-1252 (what Excel in Spanish saves). If letters look wrong, save it as “CSV UTF-8”.",
            );
            (text, Some(notice))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_and_programs_are_not_tables_whatever_their_name() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let err = format(png, "productos.csv", None).unwrap_err();
        assert!(err.message.es.contains("imagen PNG"), "{}", err.message.es);
        let err = format(b"abc\0\0\0def", "x.csv", None).unwrap_err();
        assert!(err.message.en.contains("binary"), "{}", err.message.en);
    }

    #[test]
    fn empty_and_whitespace_files_say_so() {
        for bytes in [&b""[..], b"  \n\r\n", b"\xEF\xBB\xBF"] {
            assert!(format(bytes, "a.csv", None).unwrap_err().message.es.contains("vacío"));
        }
    }

    #[test]
    fn the_name_then_the_content_choose_the_format() {
        assert_eq!(format(b"a;b\n1;2", "x.CSV", None).unwrap(), Format::Csv);
        assert_eq!(format(b"{\"title\":1}", "", None).unwrap(), Format::JsonLines);
        assert_eq!(format(b" [ ]", "", None).unwrap(), Format::Json);
        assert_eq!(format(b"PK\x03\x04rest", "", None).unwrap(), Format::Spreadsheet);
        assert!(format(b"PK\x03\x04rest", "a.csv", None).is_err());
        assert!(format(b"titulo\n", "a.xlsx", None).is_err());
        assert_eq!(format(b"{}", "a.csv", Some(Format::Json)).unwrap(), Format::Json);
    }

    #[test]
    fn windows_1252_is_decoded_and_noticed() {
        let (text, notice) = decode(b"T\xedtulo;Descripci\xf3n;Precio \x80");
        assert_eq!(text, "Título;Descripción;Precio €");
        assert!(notice.unwrap().en.contains("Windows-1252"));
        let (text, notice) = decode("\u{feff}Título".as_bytes());
        assert_eq!((text.as_ref(), notice), ("Título", None));
    }

    #[test]
    fn over_the_limit_names_both_sizes() {
        let err = check_size(3 * 1024 * 1024, 2 * 1024 * 1024).unwrap_err();
        assert!(err.message.es.contains("3 MB") && err.message.es.contains("2 MB"), "{}", err.message.es);
        assert!(check_size(10, 10).is_ok());
    }
}
