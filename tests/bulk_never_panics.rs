//! No file panics the bulk reader: arbitrary bytes under every format and name, text shaped like
//! CSV (separators, quotes, line breaks, Windows-1252 bytes), and damaged spreadsheets (the
//! XLSX template with bytes changed or cut). A panic in the browser module would kill the page.

use listo::core::bulk::{read_table, stream_rows, template_xlsx, Format, ReadOptions};
use proptest::prelude::*;

const FORMATS: [Option<Format>; 5] = [None, Some(Format::Csv), Some(Format::Spreadsheet), Some(Format::Json), Some(Format::JsonLines)];
const NAMES: [&str; 6] = ["", "a.csv", "a.xlsx", "a.json", "a.jsonl", "a.ods"];

/// Reads `bytes` every way: whole under each format and name, and streamed as CSV and JSON lines.
/// Every row number it reports is at least 1, and every problem sits on its own row.
fn read_every_way(bytes: &[u8]) -> Result<(), TestCaseError> {
    for format in FORMATS {
        for name in NAMES {
            let opts = ReadOptions { format, ..ReadOptions::default() };
            if let Ok(table) = read_table(bytes, name, &opts) {
                for row in &table.rows {
                    prop_assert!(row.row >= 1);
                    prop_assert!(row.problems.iter().all(|p| p.row == row.row && !p.message.es.is_empty() && !p.message.en.is_empty()));
                }
            }
        }
    }
    for format in [Format::Csv, Format::JsonLines] {
        if let Ok((rows, _)) = stream_rows(bytes, format, &ReadOptions::default()) {
            for row in rows.take(10_000) {
                let _ = row;
            }
        }
    }
    Ok(())
}

/// CSV-shaped text: header words, separators, quotes, line breaks and Windows-1252 letters.
fn csv_like() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"Titulo".to_vec()),
        Just("Título".as_bytes().to_vec()),
        Just(b"Precio".to_vec()),
        Just(b"Peso (g)".to_vec()),
        Just(b"Fotos".to_vec()),
        Just(b"T\xedtulo".to_vec()),
        Just(b";".to_vec()),
        Just(b",".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        "[0-9 .,$kgcmx|]{0,8}".prop_map(String::into_bytes),
        proptest::collection::vec(any::<u8>(), 0..4),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        read_every_way(&bytes)?;
    }

    #[test]
    fn csv_shaped_text_never_panics(bytes in csv_like()) {
        read_every_way(&bytes)?;
    }

    #[test]
    fn json_shaped_text_never_panics(text in "[\\[\\]{}\":,0-9a-z \\n]{0,120}") {
        read_every_way(text.as_bytes())?;
    }

    #[test]
    fn a_damaged_spreadsheet_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = template_xlsx().unwrap();
        for (at, b) in edits {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        read_every_way(&bytes)?;
        let end = cut.index(bytes.len());
        read_every_way(&bytes[..end])?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever a trainer pastes as the class's links (a chat, a cut link, a changed character),
    /// the class is gathered or each link is named as unreadable: never a panic, and every
    /// listing gathered reads back from the gathered file.
    #[test]
    fn pasted_class_links_never_panic(text in "(https://x/#compartido=[A-Za-z0-9_\\-]{0,40}|#perfil=[a-z]{0,5}|[ \\n<>.,a-z]{0,10}){0,8}") {
        use listo::core::bulk::class::gather;
        let g = gather(&[], &text);
        let read = listo::core::listing::import::parse_items(std::str::from_utf8(&g.jsonl).unwrap()).unwrap();
        prop_assert_eq!(read.len(), g.listings());
        prop_assert!(g.problems.iter().all(|p| !p.message.es.is_empty() && !p.message.en.is_empty()));
    }
}
