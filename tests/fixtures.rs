//! Every rule's fixtures run through the real engine: each listing in `bad.json` must produce the
//! rule's code, no listing in `good.json` may. The diagnostics of each bad fixture are kept as an
//! insta snapshot (tests/snapshots/fixtures__<CODE>.snap) showing what a seller would see.

use listo::core::diagnostic::{Applicability, Diagnostic};
use listo::core::engine::Engine;
use listo::core::listing::import::parse_items;
use listo::core::listing::Listing;
use listo::core::rules::registry;
use std::fmt::Write as _;
use std::path::Path;

fn fixture(code: &str, name: &str) -> Vec<Listing> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules").join(code).join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let items = parse_items(&text).unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message.en));
    assert!(!items.is_empty(), "{}: no listings", path.display());
    items.into_iter().map(|i| i.listing).collect()
}

fn of_code<'a>(diagnostics: &'a [Diagnostic], code: &str) -> Vec<&'a Diagnostic> {
    diagnostics.iter().filter(|d| d.code == code).collect()
}

#[test]
fn bad_fixtures_trigger_their_rule_and_good_ones_do_not() {
    let engine = Engine::default();
    let mut failures = Vec::new();
    for rule in registry::all() {
        let code = rule.meta().code;
        for (i, listing) in fixture(code, "bad.json").iter().enumerate() {
            if of_code(&engine.check(listing).diagnostics, code).is_empty() {
                failures.push(format!("{code}/bad.json item {i}: {code} not reported"));
            }
        }
        for (i, listing) in fixture(code, "good.json").iter().enumerate() {
            let report = engine.check(listing);
            for d in of_code(&report.diagnostics, code) {
                failures.push(format!("{code}/good.json item {i}: reported {} on {}: {}", d.code, d.field, d.message.en));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The rule's diagnostics for each bad listing, as text a reviewer can read in the snapshot.
fn render(code: &str) -> String {
    let engine = Engine::default();
    let mut out = String::new();
    for (i, listing) in fixture(code, "bad.json").iter().enumerate() {
        let _ = writeln!(out, "# bad item {i}");
        for d in of_code(&engine.check(listing).diagnostics, code) {
            let _ = writeln!(out, "{} {} · {} · {}", d.code, d.name, d.severity.as_str(), d.field);
            let _ = writeln!(out, "  es: {}", d.message.es);
            let _ = writeln!(out, "  en: {}", d.message.en);
            match &d.fix {
                None => {
                    let _ = writeln!(out, "  fix: none");
                }
                Some(fix) => {
                    let how = match fix.applicability {
                        Applicability::Safe => "safe",
                        Applicability::NeedsReview => "needs-review",
                    };
                    let _ = writeln!(out, "  fix ({how}): {} / {}", fix.label.es, fix.label.en);
                    for edit in &fix.edits {
                        let _ = writeln!(out, "    {} = {:?}", edit.field, edit.value);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn bad_fixture_snapshots() {
    for rule in registry::all() {
        let code = rule.meta().code;
        insta::assert_snapshot!(code, render(code));
    }
}
