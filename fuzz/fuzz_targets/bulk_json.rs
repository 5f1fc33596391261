//! JSON and JSON-lines import (src/core/bulk, and the drafts file reader in src/core/listing).
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::bulk::{read_table, stream_rows, Format, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let json = ReadOptions { format: Some(Format::Json), ..ReadOptions::default() };
    let lines = ReadOptions { format: Some(Format::JsonLines), ..ReadOptions::default() };
    let _ = read_table(data, "productos.json", &json);
    let _ = read_table(data, "productos.jsonl", &lines);
    if let Ok((rows, _)) = stream_rows(data, Format::JsonLines, &lines) {
        rows.take(10_000).for_each(drop);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = listo::core::listing::import::parse_items(text);
    }
});
