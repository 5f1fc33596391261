//! Makes the catalog data file (category tree + lexicon, see `src/core/catalog/data.rs`).
//!
//! - The lexicon is `lexicon.txt` then `lexicon/*.txt` in name order, concatenated, then packed
//!   (`src/core/catalog/lexicon_pack.rs`): comments cut (they explain it to its editors and would
//!   otherwise ship to every phone), each category's words on one line.
//! - The file goes to `OUT_DIR` (the native build embeds it) and to
//!   `$CARGO_TARGET_DIR/listo-assets/catalog.txt` (default `target/`), where the Trunk post-build
//!   hook (`tools/post-build.mjs`) picks it up and publishes it under a content-hashed name.

#[path = "src/core/catalog/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "src/core/catalog/lexicon_pack.rs"]
mod lexicon_pack;

use std::{env, fs, path::PathBuf};

const TREE: &str = "src/core/catalog/tree.gen.txt";
const LEXICON: &str = "src/core/catalog/lexicon.txt";
/// Per-department lexicon files, written top down from each leaf (see `lexicon.txt`'s header).
const LEXICON_DIR: &str = "src/core/catalog/lexicon";

fn main() {
    for input in [TREE, LEXICON, LEXICON_DIR, "src/core/catalog/data.rs", "src/core/catalog/lexicon_pack.rs", "build.rs"] {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_DIR");
    let tree = fs::read_to_string(TREE).unwrap_or_else(|e| panic!("cannot read {TREE}: {e}"));
    let lexicon = lexicon_pack::pack(&source_lexicon());
    let file = data::write(&tree, &lexicon);

    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    write(&out.join("lexicon.txt"), &lexicon);
    write(&out.join("catalog.txt"), &file);

    let target = env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target"));
    let assets = if target.is_absolute() { target } else { PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join(target) }.join("listo-assets");
    let _ = fs::create_dir_all(&assets);
    write(&assets.join("catalog.txt"), &file);
}

/// The lexicon's source files, in the order they are concatenated.
fn lexicon_files() -> Vec<String> {
    let mut dept: Vec<String> = fs::read_dir(LEXICON_DIR)
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path().to_string_lossy().into_owned()).filter(|p| p.ends_with(".txt")).collect())
        .unwrap_or_default();
    dept.sort();
    for f in &dept {
        println!("cargo:rerun-if-changed={f}");
    }
    std::iter::once(LEXICON.to_string()).chain(dept).collect()
}

/// The lexicon's sources concatenated (`lexicon::source_text` reads them the same way).
fn source_lexicon() -> String {
    let mut text = String::new();
    for path in lexicon_files() {
        text.push_str(&fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}")));
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    text
}

fn write(path: &std::path::Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
