//! Category tree import (src/core/catalog): the text as the category CSV and as Mercado Libre's
//! category JSON.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::catalog::{csv, mec_json};

fuzz_target!(|text: &str| {
    let _ = csv::parse(text);
    let _ = mec_json::load(text);
});
