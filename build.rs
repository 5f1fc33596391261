//! Strips comments from the category lexicon before it is embedded: the comments explain the
//! lexicon to its editors and would otherwise ship to every phone (about 2 KB after brotli).
//! Comment-only lines become empty lines, so a parse error still names the source line (of the
//! concatenated text: `lexicon.txt` first, then `lexicon/*.txt` in name order).

use std::{env, fs, path::Path};

const LEXICON: &str = "src/core/catalog/lexicon.txt";
/// Per-department lexicon files, written top down from each leaf (see `lexicon.txt`'s header).
const LEXICON_DIR: &str = "src/core/catalog/lexicon";

fn main() {
    println!("cargo:rerun-if-changed={LEXICON}");
    println!("cargo:rerun-if-changed={LEXICON_DIR}");
    println!("cargo:rerun-if-changed=build.rs");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    fs::write(Path::new(&out).join("lexicon.txt"), stripped_lexicon()).unwrap_or_else(|e| panic!("cannot write the stripped lexicon: {e}"));
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

/// The lexicon text without comments: every source file concatenated, each comment cut off.
fn stripped_lexicon() -> String {
    let mut stripped = String::new();
    for path in lexicon_files() {
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        for line in text.lines() {
            stripped.push_str(line.split('#').next().unwrap_or("").trim_end());
            stripped.push('\n');
        }
    }
    stripped
}
