//! Grid search over the classifier's tuning on labelled titles (default
//! ../shared/data/titles-dev.csv): prints top-1, top-3, second-level and macro top-1 for each
//! setting. `cargo run --release --example tune_classifier [FILE] [--grid] [--lexicon FILE]`
//! (without `--grid`, only the default tuning is measured).
//!
//! With `--errors` it instead lists each title whose top level or second level is wrong (truth,
//! suggestion, the words that drove it), for reading which categories lack vocabulary. The
//! listing is for the developer's eyes only: titles are measurement data, never lexicon text.
//! Only the tuning half is listed (see [`listo::core::catalog::measure::half_of`]): the check
//! half is never read title by title, so its figures stay a fair forecast.
//!
//! With `--suggest` it reads titles from standard input (one per line, invented for an audit)
//! and prints the three suggestions of each with their confidence and words, using the lexicon
//! read at run time: an audit of a lexicon edit needs no rebuild.

use listo::core::catalog::classify::Tuning;
use listo::core::catalog::csv;
use listo::core::catalog::measure::{half_of, measure, measure_half, Half};
use listo::core::catalog::tree::{parse_id, Tree};
use listo::core::catalog::{Catalog, TreeSource, EMBEDDED_TREE};
use std::collections::HashMap;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let path = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args.get(i - 1).is_none_or(|p| p != "--lexicon" && p != "--set")))
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| "../shared/data/titles-dev.csv".into());
    // The lexicon is read at run time (default: the source file) so a lexicon edit is measured
    // without rebuilding.
    let lexicon_path = args.windows(2).find(|w| w[0] == "--lexicon").map(|w| w[1].clone());
    let lexicon_text = match &lexicon_path {
        Some(p) => std::fs::read_to_string(p),
        None => listo::core::catalog::lexicon::source_text(std::path::Path::new("src/core/catalog")),
    };
    let lexicon_path = lexicon_path.unwrap_or_else(|| "src/core/catalog/lexicon*".into());
    let (Ok(text), Ok(lexicon_text)) = (std::fs::read_to_string(&path), lexicon_text) else {
        eprintln!("cannot read {path} or {lexicon_path}");
        std::process::exit(1);
    };
    if let Err(e) = listo::core::catalog::lexicon::parse(&lexicon_text) {
        eprintln!("lexicon errors: {e}");
    }
    // Measured as it ships (packed by `build.rs`); errors above name the source's lines.
    let lexicon_text = listo::core::catalog::lexicon_pack::pack(&lexicon_text);
    let Ok(tree) = Tree::from_compact(EMBEDDED_TREE) else { return };
    let mut base = Tuning::default();
    // `--set field=value` overrides one tuning field (for trying a value outside the grid).
    for w in args.windows(2).filter(|w| w[0] == "--set") {
        let Some((k, Ok(v))) = w[1].split_once('=').map(|(k, v)| (k, v.parse::<f32>())) else {
            eprintln!("--set wants field=number, not {:?}", w[1]);
            continue;
        };
        match k {
            "catch_all_score" => base.catch_all_score = v,
            "null_score" => base.null_score = v,
            "temperature" => base.temperature = v,
            "first_word" => base.first_word = v,
            "lexicon_weight" => base.lexicon_weight = v,
            "spread" => base.spread = v,
            "pair_window" => base.pair_window = v as usize,
            "dash_signs" => base.dash_signs = v as usize,
            "name_head" => base.name_head = v,
            "name_after_para" => base.name_after_para = v,
            "name_weight" => base.name_weight = v,
            "top_weight" => base.top_weight = v,
            "after_para" => base.after_para = v,
            "phrase_part" => base.phrase_part = v,
            "first_word_leaf" => base.first_word_leaf = v,
            "near_word" => base.near_word = v,
            "inverted_article" => base.inverted_article = v,
            "sentence_word" => base.sentence_word = v as usize,
            "leading_article" => base.leading_article = v as usize,
            "author_signs" => base.author_signs = v as usize,
            "near_phrases" => base.near_phrases = v != 0.0,
            "phrase_sense" => base.phrase_sense = v,
            "phrase_order" => base.phrase_order = v != 0.0,
            "phrase_with" => base.phrase_with = v != 0.0,
            _ => eprintln!("unknown tuning field {k}"),
        }
    }
    if args.iter().any(|a| a == "--suggest") {
        suggest_stdin(&Catalog::with_lexicon(tree, TreeSource::Embedded, HashMap::new(), base, &lexicon_text));
        return;
    }
    if errors {
        list_errors(&Catalog::with_lexicon(tree, TreeSource::Embedded, HashMap::new(), base, &lexicon_text), &text);
        return;
    }
    let grid = args.iter().any(|a| a == "--grid");
    if !grid {
        print_size(&lexicon_text);
    }
    let values = |default: f32, more: &[f32]| -> Vec<f32> { if grid { more.to_vec() } else { vec![default] } };
    for name_weight in values(base.name_weight, &[0.3, 0.5]) {
        for top_weight in values(base.top_weight, &[0.7, 1.0, 1.5]) {
            for after_para in values(base.after_para, &[0.3, 0.5, 0.75, 1.0]) {
                for fallback_score in values(base.fallback_score, &[0.3, 0.35, 0.45]) {
                    let t = Tuning { name_weight, top_weight, after_para, fallback_score, ..base };
                    let c = Catalog::with_lexicon(tree.clone(), TreeSource::Embedded, HashMap::new(), t, &lexicon_text);
                    if let Ok(m) = measure(&c, &text) {
                        println!(
                            "name {name_weight} top {top_weight} after_para {after_para} fallback {fallback_score}: top1 {:.3} top3 {:.3} second {:.3} macro {:.3}",
                            m.top1, m.top3, m.second_top1, m.macro_top1
                        );
                        if !grid {
                            println!("{}", m.render());
                        }
                        for (half, name) in [(Half::Tuning, "tuning"), (Half::Check, "check")] {
                            if let Ok(h) = measure_half(&c, &text, half) {
                                let s = |src: &str| h.slice(src).cloned().unwrap_or_default();
                                let (a, o, n) = (s("all"), s("2015"), s("2024"));
                                println!(
                                    "  {name:<6} top {:.3} top15 {:.3} top24 {:.3} second24 {:.3} leaf24 {:.3} leaf3_24 {:.3} leaf3_15 {:.3} macro {:.3}",
                                    a.top1, o.top1, n.top1, n.second, n.leaf1, n.leaf3, o.leaf3, h.macro_top1
                                );
                            }
                        }
                        for th in m.thresholds.iter().filter(|t| t.threshold >= 0.89 && t.threshold <= 0.91) {
                            println!("    at {:.2}: coverage {:.3} precision {:.3} false alarms {:.3}", th.threshold, th.coverage, th.precision, th.false_alarms);
                        }
                    }
                }
            }
        }
    }
}

/// Prints `LEVEL<TAB>SOURCE<TAB>truth<TAB>suggested<TAB>words<TAB>title` for each wrong title (LEVEL is
/// `TOP3` when the true top level is not even among the first three, `TOP` when it is but not
/// first, `SECOND` when only the second level is wrong, `LEAF` when only the exact leaf is missing
/// from the first three).
fn list_errors(catalog: &Catalog, text: &str) {
    let tree = &catalog.tree;
    let Ok(records) = csv::parse(text) else { return };
    let mut rows = records.into_iter();
    let Some(header) = rows.next() else { return };
    let col = |n: &str| header.fields.iter().position(|f| f == n);
    let (Some(c_title), Some(c_cat)) = (col("title"), col("category_id")) else { return };
    let c_source = col("source");
    for r in rows {
        let title = r.fields.get(c_title).map(String::as_str).unwrap_or("");
        if half_of(title) != Half::Tuning {
            continue;
        }
        let source = c_source.and_then(|c| r.fields.get(c)).map_or("", |s| if s.contains("2024") { "2024" } else { "2015" });
        let Some(truth) = r.fields.get(c_cat).and_then(|c| parse_id(c)).and_then(|id| tree.index_of(id)) else { continue };
        let c = catalog.classify(title);
        let Some(best) = c.ranked.first() else {
            println!("NONE\t{}\t-\t-\t{title}", tree.path_names(truth));
            continue;
        };
        let tops = c.at_depth(tree, 1);
        let top_ok = tops.first().map(|t| t.0) == Some(tree.ancestor_at(truth, 1));
        let top3_ok = tops.iter().take(3).any(|t| t.0 == tree.ancestor_at(truth, 1));
        let second_ok = tree.ancestor_at(best.index, 2) == tree.ancestor_at(truth, 2);
        let leaf3_ok = c.top(3).iter().any(|s| s.index == truth);
        if top_ok && second_ok && leaf3_ok {
            continue;
        }
        let rank = tops.iter().position(|t| t.0 == tree.ancestor_at(truth, 1)).map_or("-".to_string(), |r| (r + 1).to_string());
        let level = if top_ok && second_ok {
            "LEAF".to_string()
        } else if top_ok {
            "SECOND".to_string()
        } else if top3_ok {
            "TOP".to_string()
        } else {
            format!("TOP3:{rank}")
        };
        // The first four top levels with their confidence, to see what crowds the truth out.
        let crowd: Vec<String> = tops.iter().take(4).map(|(t, c)| format!("{}={c:.2}", tree.node(*t).map_or("?", |n| n.name.as_str()))).collect();
        println!("{level}\t{source}\t{}\t{}\t{}\t{title}\t{}", tree.path_names(truth), tree.path_names(best.index), best.because.join(","), crowd.join(" | "));
    }
}

/// Prints `title<TAB>first<TAB>second<TAB>third` for each line of standard input, each
/// suggestion as `path (confidence) [words]`.
fn suggest_stdin(catalog: &Catalog) {
    let tree = &catalog.tree;
    for line in std::io::stdin().lines().map_while(Result::ok) {
        let title = line.trim();
        if title.is_empty() {
            continue;
        }
        let c = catalog.classify(title);
        let three: Vec<String> =
            c.top(3).iter().map(|s| format!("{} ({:.2}) [{}]", tree.path_names(s.index), s.confidence, s.because.join(","))).collect();
        println!("{title}\t{}", three.join("\t"));
    }
}

/// The lexicon as it ships (packed, as `build.rs` does): raw and brotli bytes against its budget
/// ([`listo::core::catalog::lexicon::BUDGET_BROTLI`]), so an editor sees what a batch costs.
fn print_size(packed: &str) {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        let _ = std::io::Write::write_all(&mut w, packed.as_bytes());
    }
    println!("lexicon as shipped: {} bytes raw, {} brotli (budget {})", packed.len(), out.len(), listo::core::catalog::lexicon::BUDGET_BROTLI);
}
