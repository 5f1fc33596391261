//! Makes the catalog data file (category tree + lexicon, see `src/core/catalog/data.rs`).
//!
//! - The lexicon's comments are stripped: they explain it to its editors and would otherwise ship
//!   to every phone (about 2 KB brotli). Comment-only lines become empty lines, so a parse error
//!   still names the source line.
//! - The file goes to `OUT_DIR` (the native build embeds it) and to
//!   `$CARGO_TARGET_DIR/listo-assets/catalog.txt` (default `target/`), where the Trunk post-build
//!   hook (`tools/post-build.mjs`) picks it up and publishes it under a content-hashed name.

#[path = "src/core/catalog/data.rs"]
#[allow(dead_code)]
mod data;

use std::{env, fs, path::PathBuf};

const TREE: &str = "src/core/catalog/tree.gen.txt";
const LEXICON: &str = "src/core/catalog/lexicon.txt";

fn main() {
    for input in [TREE, LEXICON, "src/core/catalog/data.rs", "build.rs"] {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_DIR");
    let read = |path: &str| fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let lexicon = strip_comments(&read(LEXICON));
    let file = data::write(&read(TREE), &lexicon);

    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    write(&out.join("lexicon.txt"), &lexicon);
    write(&out.join("catalog.txt"), &file);

    let target = env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target"));
    let assets = if target.is_absolute() { target } else { PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join(target) }.join("listo-assets");
    let _ = fs::create_dir_all(&assets);
    write(&assets.join("catalog.txt"), &file);
}

fn strip_comments(text: &str) -> String {
    text.lines().map(|line| format!("{}\n", line.split('#').next().unwrap_or("").trim_end())).collect()
}

fn write(path: &std::path::Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
