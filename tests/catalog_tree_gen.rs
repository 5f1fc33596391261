//! The checked-in compact tree must match the CSV it is generated from. Run with `LISTO_REGEN=1`
//! to rewrite `src/core/catalog/tree.gen.txt` after the CSV changes.

use listo::core::catalog::tree::Tree;
use listo::core::catalog::tree_gen::{compact_from_csv, tree_from_csv};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn generated_path() -> PathBuf {
    root().join("src/core/catalog/tree.gen.txt")
}

/// The category CSV, or `None` (with a SKIPPED line saying what cannot be checked) on a machine
/// without `../shared`.
fn category_csv(what: &str) -> Option<String> {
    let path = root().join("../shared/data/ml-category-tree-2024.csv");
    let csv = std::fs::read_to_string(&path).ok();
    if csv.is_none() {
        println!("SKIPPED: {} not found; cannot {what}", path.display());
    }
    csv
}

#[test]
fn embedded_tree_matches_the_csv() {
    let Some(csv) = category_csv("check the generated tree") else { return };
    let generated = compact_from_csv(&csv, "MEC").expect("the CSV is a valid tree");
    if std::env::var_os("LISTO_REGEN").is_some() {
        std::fs::write(generated_path(), &generated).expect("write tree.gen.txt");
    }
    let checked_in = std::fs::read_to_string(generated_path()).unwrap_or_default();
    assert!(checked_in == generated, "src/core/catalog/tree.gen.txt is out of date: run LISTO_REGEN=1 cargo test --test catalog_tree_gen");
}

/// The checked-in tree is packed (each parent's children in id order, see `tree_pack`); read
/// back, it must be the CSV's tree node for node, in the CSV's order, so that every node index
/// (which the classifier's ties and the app's lists go by) is what it was before packing.
#[test]
fn packed_tree_reads_back_in_the_csv_order() {
    let Some(csv) = category_csv("compare the packed tree with the CSV") else { return };
    let from_csv = tree_from_csv(&csv, "MEC").expect("the CSV is a valid tree");
    let checked_in = std::fs::read_to_string(generated_path()).unwrap_or_default();
    assert!(checked_in.contains(listo::core::catalog::tree_pack::MARK), "the embedded tree is packed");
    let read = Tree::from_compact(&checked_in).expect("the embedded tree parses");
    assert_eq!(read.len(), from_csv.len());
    assert!(read.nodes() == from_csv.nodes(), "the packed tree reads back in another order");
}
