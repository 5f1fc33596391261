//! Error-code explanation (src/core/ml_errors): any pasted text from Mercado Libre.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = listo::core::ml_errors::explain(text);
    let _ = listo::core::ml_errors::attribute_ids(text);
});
