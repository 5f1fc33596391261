//! Category tree import (src/core/catalog): the text as the category CSV and as Mercado Libre's
//! category JSON. A tree the JSON loader accepts travels to the page as compact text, so it must
//! read back from it node for node.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::catalog::{csv, mec_json, tree::Tree};

fuzz_target!(|text: &str| {
    let _ = csv::parse(text);
    if let Ok(loaded) = mec_json::load(text) {
        let back = Tree::from_compact(&loaded.tree.to_compact()).expect("a loaded tree travels as compact text");
        assert_eq!(back.nodes(), loaded.tree.nodes());
    }
});
