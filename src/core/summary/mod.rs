//! What a trainer reads about a whole catalogue once every listing is checked: how many listings
//! sit at each level, the most frequent problems, and where (by top-level category) the problems
//! are. Built one listing at a time ([`Summary::add`]) so a big file never has to keep every
//! engine [`Report`] in memory: each listing is kept as a compact [`RowResult`] and its report is
//! dropped. The exports (problems and table as CSV) are in [`export`].
//!
//! Pure, no browser: the bulk module (`src/modules/bulk/`) and the tests are its callers, so
//! link-time optimisation keeps it out of the app's first load.

pub mod export;

use crate::core::catalog::Catalog;
use crate::core::diagnostic::Severity;
use crate::core::engine::{QualityLevel, Report};
use crate::core::listing::Listing;
use crate::core::shipping::Status;
use std::collections::HashMap;

/// One checked listing, as the results table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RowResult {
    /// The row as the seller sees it in the file (header = row 1), or the JSON line.
    pub row: usize,
    pub title: String,
    pub category_id: String,
    /// The name of the category's top-level ancestor; empty when the category is unknown.
    pub top_category: String,
    pub score: u8,
    pub level: QualityLevel,
    pub errors: u32,
    pub warnings: u32,
    pub tips: u32,
    /// Same day, national courier, Galápagos, in that order.
    pub shipping: [Status; 3],
    /// The rule codes found, as indexes into [`Summary::codes`], without repeats.
    pub codes: Vec<u16>,
}

impl RowResult {
    /// How many shipping modes are open to this listing (for sorting by that column).
    pub fn eligible_modes(&self) -> usize {
        self.shipping.iter().filter(|s| **s == Status::Eligible).count()
    }

    /// Problems of any severity.
    pub fn problems(&self) -> u32 {
        self.errors + self.warnings + self.tips
    }
}

/// How often one rule fired across the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeCount {
    pub code: String,
    /// The most severe level the rule fired at.
    pub severity: Severity,
    /// Problems found (a rule may fire more than once on one listing).
    pub count: usize,
    /// Listings where it fired.
    pub listings: usize,
}

/// The catalogue's figures, accumulated one listing at a time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub listings: usize,
    /// Listings at each level: Básica, Estándar, Profesional.
    pub per_level: [usize; 3],
    /// Every rule code seen, in order of first appearance; [`RowResult::codes`] index it.
    pub codes: Vec<CodeCount>,
    code_index: HashMap<String, u16>,
    /// Problems per top-level category name ("" = no known category), with the listings in it.
    per_category: HashMap<String, (usize, usize)>,
}

/// The name of `category_id`'s top-level category in `catalog`, or "" when it is not in the tree.
pub fn top_category(catalog: &Catalog, category_id: &str) -> String {
    let tree = &catalog.tree;
    tree.find(category_id.trim())
        .and_then(|i| tree.ancestors(i).last())
        .and_then(|top| tree.node(top))
        .map(|n| n.name.clone())
        .unwrap_or_default()
}

/// Index of a level in [`Summary::per_level`].
pub fn level_index(level: QualityLevel) -> usize {
    match level {
        QualityLevel::Basica => 0,
        QualityLevel::Estandar => 1,
        QualityLevel::Profesional => 2,
    }
}

impl Summary {
    /// Counts one checked listing and returns its compact row. `top_category` is the name of its
    /// top-level category ([`top_category`]), "" when unknown.
    pub fn add(&mut self, row: usize, listing: &Listing, report: &Report, top_category: String) -> RowResult {
        self.listings += 1;
        self.per_level[level_index(report.level)] += 1;
        let (mut errors, mut warnings, mut tips) = (0, 0, 0);
        let mut codes: Vec<u16> = Vec::new();
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                Severity::Tip => tips += 1,
            }
            let index = self.intern(&d.code, d.severity);
            let entry = &mut self.codes[index as usize];
            entry.count += 1;
            if !codes.contains(&index) {
                codes.push(index);
                entry.listings += 1;
            }
        }
        let category = self.per_category.entry(top_category.clone()).or_default();
        category.0 += report.diagnostics.len();
        category.1 += 1;
        let s = &report.shipping;
        RowResult {
            row,
            title: listing.title.clone(),
            category_id: listing.category_id.clone(),
            top_category,
            score: report.score,
            level: report.level,
            errors,
            warnings,
            tips,
            shipping: [s.same_day.status, s.courier.status, s.galapagos.status],
            codes,
        }
    }

    fn intern(&mut self, code: &str, severity: Severity) -> u16 {
        if let Some(&i) = self.code_index.get(code) {
            let entry = &mut self.codes[i as usize];
            entry.severity = entry.severity.min(severity);
            return i;
        }
        // The registry has far fewer codes than u16 holds; past that, count under the last one
        // rather than panic.
        if self.codes.len() >= usize::from(u16::MAX) {
            return u16::MAX - 1;
        }
        let i = self.codes.len() as u16;
        self.codes.push(CodeCount { code: code.to_string(), severity, count: 0, listings: 0 });
        self.code_index.insert(code.to_string(), i);
        i
    }

    /// The index of `code` in [`Summary::codes`], if it was seen.
    pub fn code_index(&self, code: &str) -> Option<u16> {
        self.code_index.get(code).copied()
    }

    /// The `n` most frequent problems, most frequent first (ties by code, so the order is stable).
    pub fn top_problems(&self, n: usize) -> Vec<&CodeCount> {
        let mut all: Vec<&CodeCount> = self.codes.iter().collect();
        all.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
        all.truncate(n);
        all
    }

    /// Problems per top-level category, most problems first: (name, problems, listings). The
    /// listings without a known category are under "".
    pub fn per_category(&self) -> Vec<(&str, usize, usize)> {
        let mut all: Vec<(&str, usize, usize)> = self.per_category.iter().map(|(k, v)| (k.as_str(), v.0, v.1)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        all
    }

    /// All problems found.
    pub fn problems(&self) -> usize {
        self.codes.iter().map(|c| c.count).sum()
    }
}

#[cfg(test)]
mod tests;
