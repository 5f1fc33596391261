//! CSV import (src/core/bulk): any bytes read as a CSV file, whole and streamed.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::bulk::{read_table, stream_rows, Format, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions { format: Some(Format::Csv), ..ReadOptions::default() };
    let _ = read_table(data, "productos.csv", &opts);
    if let Ok((rows, _)) = stream_rows(data, Format::Csv, &opts) {
        rows.take(10_000).for_each(drop);
    }
});
