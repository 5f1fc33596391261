//! The registry is the product's table of rules: these tests fail when a rule is added without
//! what every rule must have (a unique code and name in its family, docs, both languages, fixtures).

use listo::core::rules::registry;
use listo::core::rules::Family;
use std::collections::HashSet;
use std::path::Path;

fn prefix(family: Family) -> &'static str {
    match family {
        Family::Listing => "LI",
        Family::Title => "TI",
        Family::Description => "DE",
        Family::Pictures => "PI",
        Family::Attributes => "AT",
        Family::Warranty => "WA",
        Family::Category => "CA",
        Family::Shipping => "SH",
        Family::Health => "HE",
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for rule in registry::all() {
        let m = rule.meta();
        assert!(codes.insert(m.code), "duplicate code {}", m.code);
        assert!(names.insert(m.name), "duplicate name {}", m.name);
        assert!(m.code.starts_with(prefix(m.family)), "{} is not in its family's prefix {}", m.code, prefix(m.family));
        let digits = &m.code[2..];
        assert!(m.code.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()), "{}: codes are two letters and three digits", m.code);
        assert!(
            !m.name.is_empty() && m.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}: name {:?} must be kebab-case",
            m.code,
            m.name
        );
        assert!(registry::by_code(&m.code.to_lowercase()).is_some_and(|r| r.meta().code == m.code));
    }
}

#[test]
fn every_rule_has_docs_and_both_languages() {
    for rule in registry::all() {
        let m = rule.meta();
        let docs = m.docs_text();
        for heading in ["## Why", "## Bad example", "## Good example", "## Source"] {
            let at = docs.find(heading).unwrap_or_else(|| panic!("{}: docs lack {heading}", m.code));
            let body = docs[at + heading.len()..].split("\n## ").next().unwrap_or("");
            assert!(body.trim().len() > 5, "{}: {heading} is empty", m.code);
        }
        for (what, text) in [("message_es", m.message_es), ("message_en", m.message_en), ("help_es", m.help_es), ("help_en", m.help_en)] {
            assert!(text.trim().len() > 5, "{}: {what} is missing", m.code);
        }
        assert_ne!(m.message_es, m.message_en, "{}: message not translated", m.code);
        assert_ne!(m.help_es, m.help_en, "{}: help not translated", m.code);
    }
}

#[test]
fn every_rule_has_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    for rule in registry::all() {
        let code = rule.meta().code;
        for name in ["bad.json", "good.json"] {
            assert!(root.join(code).join(name).is_file(), "{code}: missing tests/fixtures/rules/{code}/{name}");
        }
    }
}
