//! The category data file the app fetches after its first render (src/core/catalog/data.rs),
//! and the compact tree inside it, packed by sibling (tree_pack.rs) or with absolute ids: a
//! file damaged on the way, or a tree sent back by the import module, must never panic. The
//! data file is checked by its hash first, so the compact tree is also fed on its own.
#![no_main]
use libfuzzer_sys::fuzz_target;
use listo::core::catalog::{lexicon, tree::Tree, Catalog};

fuzz_target!(|text: &str| {
    if let Ok(tree) = Tree::from_compact(text) {
        // What the reader accepts, the writer writes back to the same tree.
        let again = Tree::from_compact(&tree.to_compact()).expect("a tree it wrote reads back");
        assert_eq!(again.nodes(), tree.nodes());
    }
    let _ = Catalog::from_data(text);
    let _ = lexicon::parse_lenient(text);
});
