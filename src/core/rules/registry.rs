//! Every rule, in code order. One line per rule.

use super::rule::Rule;
use super::{listing, title};

static RULES: &[&dyn Rule] = &[
    &listing::missing_price::MissingPrice,
    &title::title_too_long::TitleTooLong,
];

/// All rules, in code order.
pub fn all() -> &'static [&'static dyn Rule] {
    RULES
}

/// The rule with this code (case-insensitive).
pub fn by_code(code: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().code.eq_ignore_ascii_case(code.trim()))
}
