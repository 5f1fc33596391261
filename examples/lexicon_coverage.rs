//! Lists the leaves that have no distinctive word (see `listo::core::catalog::coverage`), by
//! top-level category, so the lexicon's editors know where knowledge is missing:
//! `cargo run --release --example lexicon_coverage [--list]`. Like `tune_classifier`, it reads
//! the lexicon's source files at run time (from `src/core/catalog` of the working directory), so
//! a lexicon edit is counted without rebuilding.

use listo::core::catalog::coverage::coverage;
use listo::core::catalog::tree::Tree;
use listo::core::catalog::{Catalog, TreeSource, EMBEDDED_TREE};
use std::collections::{BTreeMap, HashMap};

fn main() {
    let list = std::env::args().any(|a| a == "--list");
    let source = listo::core::catalog::lexicon::source_text(std::path::Path::new("src/core/catalog"));
    let c = match (source, Tree::from_compact(EMBEDDED_TREE)) {
        (Ok(text), Ok(tree)) => std::sync::Arc::new(Catalog::with_lexicon(tree, TreeSource::Embedded, HashMap::new(), Default::default(), &text)),
        _ => Catalog::embedded(),
    };
    let cov = coverage(&c.tree, c.classifier());
    println!("leaves: {}; catch-alls (\"Otros\") without a distinctive word: {}; other leaves without one: {}", cov.leaves, cov.catch_alls.len(), cov.without.len());
    let mut per: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for &i in &cov.without {
        let top = c.tree.node(c.tree.ancestor_at(i, 1)).map(|n| n.name.clone()).unwrap_or_default();
        per.entry(top).or_default().push(i);
    }
    for (top, leaves) in per {
        println!("  {:>4}  {top}", leaves.len());
        if list {
            for i in leaves {
                println!("          {}  {}", c.tree.display_id(i), c.tree.path_names(i));
            }
        }
    }
}
