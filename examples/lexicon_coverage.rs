//! Lists the leaves that have no distinctive word (see `listo::core::catalog::coverage`), by
//! top-level category, so the lexicon's editors know where knowledge is missing:
//! `cargo run --release --example lexicon_coverage [--list]`. Like `tune_classifier`, it reads
//! the lexicon's source files at run time (from `src/core/catalog` of the working directory), so
//! a lexicon edit is counted without rebuilding.
//!
//! With `--redundant` it instead lists the lexicon words that change no score: a word whose
//! category already has the same key at an equal or higher weight elsewhere (the index keeps the
//! highest weight of a key per category), or whose category is not in the tree. Each as
//! `file:line word`, for taking out to make room under the lexicon's size budget.
//!
//! With `--phrases` it counts the phrases whose two words alone are suggested another category
//! first (see `listo::core::catalog::phrase_check`), by department of the phrase, another
//! department first; with `--list` also each one as `file:line phrase → first suggestion`.

use listo::core::catalog::coverage::coverage;
use listo::core::catalog::phrase_check::check_sources;
use listo::core::catalog::tree::Tree;
use listo::core::catalog::{Catalog, TreeSource, EMBEDDED_TREE};
use std::collections::{BTreeMap, HashMap};

fn main() {
    if std::env::args().any(|a| a == "--redundant") {
        redundant();
        return;
    }
    if std::env::args().any(|a| a == "--phrases") {
        phrases(std::env::args().any(|a| a == "--list"));
        return;
    }
    let list = std::env::args().any(|a| a == "--list");
    let c = source_catalog();
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

/// The catalog with the lexicon as its source files hold it now (no rebuild needed).
fn source_catalog() -> std::sync::Arc<Catalog> {
    let source = listo::core::catalog::lexicon::source_text(std::path::Path::new("src/core/catalog"));
    match (source, Tree::from_compact(EMBEDDED_TREE)) {
        (Ok(text), Ok(tree)) => std::sync::Arc::new(Catalog::with_lexicon(tree, TreeSource::Embedded, HashMap::new(), Default::default(), &text)),
        _ => Catalog::embedded(),
    }
}

/// Prints the words that change no score (see the file's doc).
fn redundant() {
    let files = listo::core::catalog::lexicon::source_files(std::path::Path::new("src/core/catalog"));
    let Ok(tree) = Tree::from_compact(EMBEDDED_TREE) else { return };
    // (category, key) -> best (weight, file, line, word), and every occurrence.
    let mut best: HashMap<(u32, String), (f32, usize, usize, String)> = HashMap::new();
    let mut all: Vec<(u32, String, f32, usize, usize, String)> = Vec::new();
    for (f, path) in files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let Ok(entries) = listo::core::catalog::lexicon::parse(&text) else {
            eprintln!("{} has errors: fix them first", path.display());
            return;
        };
        let lines: Vec<&str> = text.lines().collect();
        for e in entries {
            let words: Vec<&str> = lines.get(e.line - 1).map(|l| l.split('#').next().unwrap_or("").split_whitespace().skip(1).collect()).unwrap_or_default();
            for (k, w) in e.keys.iter().zip(words) {
                if tree.index_of(e.id).is_none() {
                    println!("{}:{} {w}  (category {} is not in the tree)", path.display(), e.line, e.id);
                    continue;
                }
                all.push((e.id, k.clone(), e.weight, f, e.line, w.to_string()));
                let slot = best.entry((e.id, k.clone())).or_insert((e.weight, f, e.line, w.to_string()));
                // On a tie the department files (read later) keep the word: they are the
                // leaf-by-leaf knowledge, lexicon.txt the first, coarser pass.
                if e.weight > slot.0 || (e.weight == slot.0 && f > slot.1) {
                    *slot = (e.weight, f, e.line, w.to_string());
                }
            }
        }
    }
    for (id, k, weight, f, line, w) in all {
        let Some(b) = best.get(&(id, k.clone())) else { continue };
        if (b.1, b.2, b.3.as_str()) != (f, line, w.as_str()) {
            println!("{}:{line} {w}  (same as {} at {}:{}, weight {} ≥ {weight})", files[f].display(), b.3, files[b.1].display(), b.2, b.0);
        }
    }
}

/// Prints the phrases that lose on their own (see the file's doc), file by file.
fn phrases(list: bool) {
    let c = source_catalog();
    let files = match check_sources(std::path::Path::new("src/core/catalog"), &c.tree, c.classifier()) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("{e}: fix it first");
            return;
        }
    };
    let (mut phrases, mut other, mut same) = (0usize, 0usize, 0usize);
    for f in &files {
        let o = f.losing.iter().filter(|l| l.other_department).count();
        let s = f.losing.len() - o;
        (phrases, other, same) = (phrases + f.phrases, other + o, same + s);
        println!("  {o:>4} to another department, {s:>4} to another leaf of their own  {}", f.path.display());
        for l in f.losing.iter().filter(|_| list) {
            let first = l.first.map(|i| c.tree.path_names(i)).unwrap_or_else(|| "(nothing)".into());
            let mark = if l.other_department { "OTHER" } else { "LEAF " };
            println!("    {mark} {}:{} {} [{}] -> {first}", f.path.display(), l.line, l.key, c.tree.display_id(l.category));
        }
    }
    println!("phrases: {phrases}; suggested another department first: {other}; another leaf of their own department: {same}");
}
