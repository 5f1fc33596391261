//! Grid search over the classifier's tuning on labelled titles (default
//! ../shared/data/titles-dev.csv): prints top-1, top-3, second-level and macro top-1 for each
//! setting. `cargo run --release --example tune_classifier [FILE]`.

use listo::core::catalog::classify::Tuning;
use listo::core::catalog::measure::measure;
use listo::core::catalog::tree::Tree;
use listo::core::catalog::{Catalog, TreeSource, EMBEDDED_TREE};
use std::collections::HashMap;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/titles-dev.csv".into());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        std::process::exit(1);
    };
    let Ok(tree) = Tree::from_compact(EMBEDDED_TREE) else { return };
    let base = Tuning::default();
    for name_weight in [0.3f32, 0.5] {
        for spread in [20.0f32] {
            for lexicon_weight in [3.0f32] {
                for fallback_score in [0.35f32, 0.5, 0.7] {
                    let (first_word, top_weight, temperature, null_score) = (base.first_word, base.top_weight, base.temperature, base.null_score);
                    let t = Tuning { name_weight, spread, lexicon_weight, top_weight, fallback_score, temperature, null_score, ..base };
                    let c = Catalog::with_tuning(tree.clone(), TreeSource::Embedded, HashMap::new(), t);
                    if let Ok(m) = measure(&c, &text) {
                        println!(
                            "name {name_weight} spread {spread} lex {lexicon_weight} first {first_word} fallback {fallback_score} top {top_weight} temp {temperature} null {null_score}: top1 {:.3} top3 {:.3} second {:.3} macro {:.3}",
                            m.top1, m.top3, m.second_top1, m.macro_top1
                        );
                        for th in m.thresholds.iter().filter(|t| t.threshold >= 0.89 && t.threshold <= 0.91) {
                            println!("    at {:.2}: coverage {:.3} precision {:.3} false alarms {:.3}", th.threshold, th.coverage, th.precision, th.false_alarms);
                        }
                    }
                }
            }
        }
    }
}
