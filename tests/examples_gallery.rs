//! The workshop gallery (`src/core/examples/gallery.txt`) checked with the real engine and the
//! embedded catalog: every "after" reaches Profesional, every "before" fires the rule codes its
//! lesson is about, every category exists and is a leaf, and the presenter's step mode (→, F)
//! takes every "before" to Profesional with rule fixes and "after" values only.

use listo::core::engine::{Engine, QualityLevel, Report};
use listo::core::examples::present::{FixKind, Presenter};
use listo::core::examples::{gallery, parse, Area, Example, GALLERY};
use listo::core::catalog::Catalog;
use std::collections::BTreeSet;

fn describe(r: &Report) -> String {
    r.diagnostics.iter().map(|d| format!("{} {} {} ({})", d.code, d.severity.as_str(), d.field, d.message.en)).collect::<Vec<_>>().join("\n    ")
}

fn examples() -> Vec<Example> {
    parse(GALLERY).unwrap_or_else(|e| panic!("gallery.txt line {}: {}", e.line, e.message.en))
}

#[test]
fn the_gallery_reads_and_covers_ecuadors_best_sellers() {
    let ex = examples();
    assert_eq!(ex, gallery());
    assert!(ex.len() >= 20, "{} examples", ex.len());
    for area in Area::ALL {
        assert!(ex.iter().any(|e| e.area == area), "no example for {}", area.key());
    }
    let cities: BTreeSet<&str> = ex.iter().map(|e| e.before.seller_address.city.as_str()).collect();
    for city in ["Quito", "Guayaquil", "Cuenca", "Ambato", "Manta", "Loja", "Puerto Ayora"] {
        assert!(cities.contains(city), "no example from {city}: {cities:?}");
    }
    for e in &ex {
        assert!(!e.name.es.is_empty() && !e.name.en.is_empty() && !e.lesson.es.is_empty() && !e.lesson.en.is_empty(), "{}", e.id);
        assert!(!e.codes.is_empty(), "{}: no codes", e.id);
        assert_eq!(e.after.currency_id, "USD", "{}", e.id);
        assert_ne!(e.before, e.after, "{}", e.id);
    }
}

#[test]
fn every_after_reaches_profesional() {
    let engine = Engine::default();
    let mut failures = Vec::new();
    for e in examples() {
        let r = engine.check(&e.after);
        if r.level != QualityLevel::Profesional {
            failures.push(format!("{} after: {} {:?}\n    {}", e.id, r.score, r.level, describe(&r)));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_before_fires_the_codes_its_lesson_names() {
    let engine = Engine::default();
    let mut failures = Vec::new();
    for e in examples() {
        let r = engine.check(&e.before);
        for code in &e.codes {
            if !r.diagnostics.iter().any(|d| &d.code == code) {
                failures.push(format!("{} before: {code} not fired\n    {}", e.id, describe(&r)));
            }
        }
        if r.level == QualityLevel::Profesional {
            failures.push(format!("{} before is already Profesional", e.id));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_category_exists_and_is_a_leaf() {
    let catalog = Catalog::embedded();
    for e in examples() {
        for l in [&e.before, &e.after] {
            let index = catalog.tree.find(&l.category_id).unwrap_or_else(|| panic!("{}: {} is not in the tree", e.id, l.category_id));
            assert!(catalog.tree.is_leaf(index), "{}: {} is not a leaf", e.id, l.category_id);
        }
    }
}

#[test]
fn presenting_step_by_step_reaches_profesional() {
    let engine = Engine::default();
    let mut failures = Vec::new();
    for e in examples() {
        let mut p = Presenter::new(&e, &engine);
        let start = p.report().score;
        let mut fixes = Vec::new();
        for _ in 0..40 {
            if p.report().level == QualityLevel::Profesional {
                break;
            }
            if p.current().is_none() {
                assert!(p.reveal(), "{}: problems left but nothing to reveal", e.id);
            }
            fixes.push(p.fix(&engine).expect("a revealed problem"));
        }
        if p.report().level != QualityLevel::Profesional {
            failures.push(format!("{}: stuck at {}\n    {}", e.id, p.report().score, describe(p.report())));
        }
        if fixes.contains(&FixKind::WholeAfter) {
            failures.push(format!("{}: a problem needed the whole after listing: {fixes:?}", e.id));
        }
        assert!(p.report().score > start, "{}: the score did not climb", e.id);
        // ← undoes everything back to the "before".
        while p.back(&engine) {}
        assert_eq!(p.listing(), &e.before, "{}", e.id);
        assert_eq!(p.report().score, start);
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn next_reveals_one_problem_at_a_time_and_back_hides_it() {
    let engine = Engine::default();
    let e = &examples()[0];
    let mut p = Presenter::new(e, &engine);
    let total = p.report().diagnostics.len();
    assert!(total >= 2, "the first example should have several problems");
    assert!(p.revealed().is_empty() && p.current().is_none());
    assert_eq!(p.fix(&engine), None, "F with nothing shown does nothing");
    assert!(p.reveal());
    assert_eq!(p.revealed().len(), 1);
    assert_eq!(p.hidden(), total - 1);
    let first = p.current().map(|d| (d.code.clone(), d.field.clone())).unwrap();
    assert_eq!(first.0, p.report().diagnostics[0].code);
    assert!(p.reveal());
    assert_eq!(p.revealed().len(), 2);
    assert!(p.back(&engine));
    assert_eq!(p.revealed().len(), 1);
    let before = p.report().score;
    p.fix(&engine).unwrap();
    assert!(p.report().score > before, "fixing {first:?} raised the score");
    assert!(!p.report().diagnostics.iter().any(|d| (d.code.clone(), d.field.clone()) == first), "{first:?} is gone");
    assert_eq!(p.depth(), 2);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Lines shaped like the gallery's, so the reader's inner branches are reached.
    fn gallery_line() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "== [a-z\\-]{0,8} (hogar|moda|casa|)",
            "[+\\-]?(title|price|name|lesson|codes|pictures|attributes\\.[A-Z]{0,4}|sale_terms\\.|shipping\\.weight|x): ?[a-z0-9 |,.xkmbwhitecolorjpgheic]{0,30}",
            "[+\\-]?pictures: ([0-9x]{0,9} ?(jpg|heic|white|color|[0-9]{0,20}k|[0-9]{0,20}mb)? ?,? ?){0,4}",
        ]
    }

    proptest! {
        #[test]
        fn the_gallery_reader_never_panics(lines in proptest::collection::vec(gallery_line(), 0..12)) {
            let text = lines.join("\n");
            if let Err(e) = parse(&text) {
                prop_assert!(e.line >= 1 && e.line <= lines.len().max(1));
                prop_assert!(!e.message.es.is_empty() && !e.message.en.is_empty());
            }
        }

        #[test]
        fn any_sequence_of_clicker_keys_is_safe(which in 0usize..64, keys in proptest::collection::vec(0u8..3, 0..30)) {
            let engine = Engine::default();
            let ex = examples();
            let e = &ex[which % ex.len()];
            let mut p = Presenter::new(e, &engine);
            for k in keys {
                match k {
                    0 => { p.reveal(); }
                    1 => { p.back(&engine); }
                    _ => { p.fix(&engine); }
                }
                prop_assert!(p.revealed().len() + p.hidden() == p.report().diagnostics.len());
            }
        }
    }
}
