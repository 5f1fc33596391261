//! Rules, one per file, grouped by family. Adding a rule touches its own file and one line in
//! [`registry`]; the CLI, the docs page and the fixture tests pick it up from there.

pub mod docs;
pub mod registry;
pub mod rule;

pub mod contact;
pub mod contact_patterns;
pub mod scan;
pub mod words;

pub mod attributes;
pub mod category;
pub mod description;
pub mod health;
pub mod listing;
pub mod pictures;
pub mod shipping;
pub mod title;
pub mod warranty;

pub use rule::{Describe, Family, Finding, Findings, Rule, RuleMeta};
