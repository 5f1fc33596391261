//! Strips comments from the category lexicon before it is embedded: the comments explain the
//! lexicon to its editors and would otherwise ship to every phone (about 2 KB after brotli).
//! Comment-only lines become empty lines, so a parse error still names the source line.

use std::{env, fs, path::Path};

const LEXICON: &str = "src/core/catalog/lexicon.txt";

fn main() {
    println!("cargo:rerun-if-changed={LEXICON}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(LEXICON).unwrap_or_else(|e| panic!("cannot read {LEXICON}: {e}"));
    let stripped: String = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim_end())
        .map(|line| format!("{line}\n"))
        .collect();
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    fs::write(Path::new(&out).join("lexicon.txt"), stripped).unwrap_or_else(|e| panic!("cannot write the stripped lexicon: {e}"));
}
