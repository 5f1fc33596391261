//! Spreadsheet import (src/core/bulk, calamine): any bytes read as an XLSX file.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::bulk::{read_table, Format, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions { format: Some(Format::Spreadsheet), ..ReadOptions::default() };
    let _ = read_table(data, "productos.xlsx", &opts);
});
