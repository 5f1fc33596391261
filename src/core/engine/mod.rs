//! The engine: parses a listing once ([`Facts`]), runs every enabled rule, applies the
//! configuration and renders diagnostics, then scores them.

mod category;
pub mod config;
pub mod facts;
pub mod score;

pub use config::{Config, Level, Limits};
pub use facts::{Facts, FieldError};
pub use score::{score, QualityLevel};

use crate::core::catalog::classify::Classification;
use crate::core::catalog::Catalog;
use crate::core::diagnostic::{Diagnostic, Severity};
use crate::core::listing::Listing;
use crate::core::quality::{self, MlQuality};
use crate::core::rules::registry;
use crate::core::rules::rule::{Family, Findings, Rule};
use crate::core::rules::words::Words;
use crate::core::shipping::ShippingReport;
#[cfg(feature = "verdicts")]
use crate::core::shipping::{self, ShippingProfile};
use serde::Serialize;
use std::cell::OnceCell;
use std::sync::Arc;

/// What a rule sees.
pub struct Context<'a> {
    pub listing: &'a Listing,
    pub facts: &'a Facts,
    pub engine: &'a Engine,
    /// Shipping eligibility, evaluated once per check (issue 5).
    pub shipping: &'a ShippingReport,
    /// The title's category suggestions, computed on first use (see `category.rs`).
    classification: OnceCell<Classification>,
    /// The title's folded words, computed on first use and shared by the title rules.
    title_words: OnceCell<Words>,
    /// The title's length as a person counts it, before any cut ([`MAX_TITLE_CHECK_CHARS`]).
    title_len: usize,
}

/// How much of a title the rules read. Mercado Libre's longest title limits are a few hundred
/// characters; a pasted megabyte would cost the editor seconds per keystroke (docs/limits.md).
/// Past it, the rules see the first this-many characters and the length rule says so.
pub const MAX_TITLE_CHECK_CHARS: usize = 1_000;

impl Context<'_> {
    pub fn limits(&self) -> &Limits {
        &self.engine.config.limits
    }

    /// The title maximum for the listing's category, or the configured default.
    pub fn max_title_chars(&self) -> usize {
        self.engine.max_title_chars_for(self.listing)
    }

    /// The shipping profile's place names closest to a city it does not know. A build without
    /// the verdicts has no shipping profile (and no shipping rule asks).
    pub fn closest_places(&self, city: &str, state: &str) -> Vec<String> {
        #[cfg(feature = "verdicts")]
        return self.engine.shipping.closest_places(city, state);
        #[cfg(not(feature = "verdicts"))]
        {
            let _ = (city, state);
            Vec::new()
        }
    }

    /// The title's length in characters (trimmed), counted before the engine cut it.
    pub fn title_len(&self) -> usize {
        self.title_len
    }

    /// The title's words, folded (see [`Words`]): split once per check, whichever rule asks first.
    pub fn title_words(&self) -> &Words {
        self.title_words.get_or_init(|| Words::of(&self.listing.title))
    }
}

/// The result of checking one listing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Sorted by severity (errors first), then by field.
    pub diagnostics: Vec<Diagnostic>,
    pub score: u8,
    pub level: QualityLevel,
    /// Shipping verdicts (`same_day`, `courier`, `galapagos`, billable weight, promises).
    pub shipping: ShippingReport,
    /// The category and shipping verdicts are not here yet (the catalog data, or in the app's
    /// first load the verdicts module, is on its way), so the category and shipping rules were
    /// not run: no verdict rests on data or code that is not here.
    #[serde(skip)]
    pub verdicts_pending: bool,
    /// The title's maximum length for this listing's category (a loaded export's
    /// `max_title_length`, or the configured default): the title field's counter shows it.
    #[serde(skip)]
    pub title_max_chars: usize,
    /// "Así te verá Mercado Libre": Mercado Libre's quality goals and the predicted level.
    pub ml_quality: MlQuality,
}

/// Rules plus configuration. Build once, check many listings.
pub struct Engine {
    pub config: Config,
    /// Shipping limits, places and restricted goods (default: the embedded profile).
    #[cfg(feature = "verdicts")]
    pub shipping: ShippingProfile,
    rules: Vec<&'static dyn Rule>,
    /// The category catalog: the embedded one, or one loaded from a MEC export.
    pub catalog: Arc<Catalog>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new(Config::default())
    }
}

impl Engine {
    pub fn new(config: Config) -> Engine {
        Engine {
            config,
            #[cfg(feature = "verdicts")]
            shipping: ShippingProfile::default(),
            rules: registry::all(),
            catalog: Catalog::initial(),
        }
    }

    /// The same engine with another shipping profile (e.g. one a trainer edited).
    #[cfg(feature = "verdicts")]
    pub fn with_shipping(mut self, profile: ShippingProfile) -> Engine {
        self.shipping = profile;
        self
    }

    /// The same engine with another catalog (e.g. a loaded `/sites/MEC/categories` export).
    pub fn with_catalog(mut self, catalog: Arc<Catalog>) -> Engine {
        self.catalog = catalog;
        self
    }

    /// The title maximum for this listing's category (from the catalog's settings, e.g. a loaded
    /// export's `max_title_length`), or the configured default.
    pub fn max_title_chars_for(&self, listing: &Listing) -> usize {
        self.catalog.max_title_length(&listing.category_id).unwrap_or(self.config.limits.title_max_chars)
    }

    pub fn check(&self, listing: &Listing) -> Report {
        let title_len = crate::core::rules::title::title_too_long::title_len(&listing.title);
        if title_len > MAX_TITLE_CHECK_CHARS {
            let title = crate::core::text::prefix_chars(&listing.title, MAX_TITLE_CHECK_CHARS).to_string();
            let cut = Listing { title, ..listing.clone() };
            return self.check_read(&cut, title_len);
        }
        self.check_read(listing, title_len)
    }

    /// [`check`](Self::check) on a listing whose title is at most [`MAX_TITLE_CHECK_CHARS`] long;
    /// `title_len` is the length of the title the seller wrote.
    fn check_read(&self, listing: &Listing, title_len: usize) -> Report {
        let facts = Facts::of(listing);
        #[cfg(feature = "verdicts")]
        let shipping = shipping::evaluate(listing, &facts, &self.shipping);
        #[cfg(not(feature = "verdicts"))]
        let shipping = ShippingReport::default();
        let cx = Context {
            listing,
            facts: &facts,
            engine: self,
            shipping: &shipping,
            classification: OnceCell::new(),
            title_words: OnceCell::new(),
            title_len,
        };
        let mut diagnostics = Vec::new();
        // One buffer for every rule's findings, emptied after each rule.
        let mut findings = Findings::default();
        // Without the `verdicts` feature the late rules are not in the registry at all.
        let verdicts_pending = !cfg!(feature = "verdicts") || !self.catalog.is_ready();
        for rule in &self.rules {
            let meta = rule.meta();
            if verdicts_pending && meta.family == Family::Category {
                continue;
            }
            let Some(severity) = self.config.severity_of(meta.code, meta.severity) else { continue };
            rule.check(&cx, &mut findings);
            diagnostics.extend(findings.items.drain(..).map(|f| Diagnostic {
                code: meta.code.to_string(),
                name: meta.name.to_string(),
                // An assumption is never an error: only a sourced rule can say Mercado Libre rejects.
                severity: if f.assumption { severity.max(Severity::Warning) } else { severity },
                field: f.field,
                message: f.message.unwrap_or_else(|| meta.message()),
                help: f.help.unwrap_or_else(|| meta.help()),
                fix: f.fix,
            }));
        }
        diagnostics.sort_by(|a, b| (a.severity, &a.field, &a.code).cmp(&(b.severity, &b.field, &b.code)));
        let (score, level) = score(&diagnostics);
        let ml_quality = quality::evaluate(&cx);
        drop(cx);
        let title_max_chars = self.max_title_chars_for(listing);
        Report { diagnostics, score, level, shipping, ml_quality, verdicts_pending, title_max_chars }
    }
}
