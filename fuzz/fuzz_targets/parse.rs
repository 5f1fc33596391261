//! Price, weight, dimension, warranty and quantity parsing (src/core/parse): every parser on the
//! same text, and each error's message (which quotes the input).
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::parse::*;

fuzz_target!(|text: &str| {
    if let Err(e) = parse_price(text) { let _ = e.message(text); }
    let _ = parse_weight_g(text, WeightDefault::Kilograms);
    let _ = parse_weight_g(text, WeightDefault::Grams);
    let _ = parse_length_cm(text);
    let _ = parse_dimensions(text);
    let _ = parse_ml_dimensions(text);
    if let Err(e) = parse_warranty(text) { let _ = e.message(text); }
    let _ = parse_quantity(text);
    let _ = parse_decimal(text, Grouping::Thousands);
    let _ = parse_decimal(text, Grouping::Decimal);
});
