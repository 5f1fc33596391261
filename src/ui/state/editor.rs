//! The reactive editor every component shares through context: the drafts, the language, the
//! engine, and the report derived from them. Checks are a `Memo` of the open listing, never a
//! signal written from an effect.

use crate::core::catalog::Catalog;
use crate::core::diagnostic::{Diagnostic, Fix};
use crate::core::engine::{Engine, Report};
use crate::core::listing::{field, Listing};
use crate::core::share::profile::ProfileWire;
use crate::core::text::{Lang, Text};
use crate::ui::state::drafts::DraftBook;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Editor {
    pub book: RwSignal<DraftBook>,
    pub lang: RwSignal<Lang>,
    pub engine: StoredValue<Engine>,
    /// Why the category data could not be loaded, if it could not (see `ui::lazy::catalog`).
    pub catalog_error: RwSignal<Option<Text>>,
    /// Bumped when the engine changes (a loaded category tree, the verdicts module arriving), so
    /// checks re-run.
    engine_revision: RwSignal<u64>,
    /// A shared listing shown read-only (`#compartido=…`): the editor shows it instead of the open
    /// draft, and every edit is refused, so the seller's drafts never change until they choose
    /// "Guardar como mi borrador".
    pub preview: RwSignal<Option<Listing>>,
    /// The trainer's profile in use, if one is: its name and its stored form (see
    /// [`Editor::apply_profile`]).
    pub profile: RwSignal<Option<(String, String)>>,
    /// Whether the category and shipping verdicts are here: always in a build with the
    /// `verdicts` feature; in the app's first load, once the verdicts module has loaded.
    pub verdicts_ready: RwSignal<bool>,
    /// The open listing's check, recomputed when (and only when) the listing changes.
    pub report: Memo<Report>,
    listing: Memo<Listing>,
}

impl Editor {
    pub fn new(book: DraftBook, lang: Lang, engine: Engine) -> Editor {
        let book = RwSignal::new(book);
        let engine = StoredValue::new(engine);
        let engine_revision = RwSignal::new(0);
        let preview = RwSignal::new(None::<Listing>);
        let listing = Memo::new(move |_| preview.get().unwrap_or_else(|| book.with(|b| b.current().clone())));
        let report = Memo::new(move |_| {
            engine_revision.track();
            listing.with(|l| engine.with_value(|e| timed(|| full_check(e, l))))
        });
        let verdicts_ready = RwSignal::new(cfg!(feature = "verdicts"));
        Editor { book, lang: RwSignal::new(lang), engine, catalog_error: RwSignal::new(None), engine_revision, preview, profile: RwSignal::new(None), verdicts_ready, report, listing }
    }

    /// The category catalog in use (tracked: changes when a tree is loaded).
    pub fn catalog(&self) -> Arc<Catalog> {
        self.engine_revision.track();
        self.engine.with_value(|e| Arc::clone(&e.catalog))
    }

    /// Replaces the category tree (a loaded `/sites/MEC/categories` export) and re-checks.
    pub fn replace_catalog(&self, catalog: Arc<Catalog>) {
        self.engine.update_value(|e| e.catalog = catalog);
        self.engine_revision.update(|r| *r += 1);
    }

    /// Runs the checks with a trainer's profile (its rules, limits and shipping switches; as
    /// stored, `ProfileWire::to_stored`), or with the defaults for `None` or an unreadable one,
    /// and re-checks. The verdicts module, which makes the checks once it has arrived, gets the
    /// same profile first.
    pub fn apply_profile(&self, stored: Option<&str>) {
        let profile = stored.and_then(ProfileWire::from_stored);
        self.engine.update_value(|e| {
            e.config = profile.as_ref().map(ProfileWire::config).unwrap_or_default();
            // Shipping is checked where the verdicts are (the verdicts module in the app).
            #[cfg(feature = "verdicts")]
            {
                e.shipping = profile.as_ref().and_then(ProfileWire::shipping).unwrap_or_default();
            }
        });
        #[cfg(all(target_arch = "wasm32", not(feature = "verdicts")))]
        crate::ui::lazy::verdicts::set_profile(stored.filter(|_| profile.is_some()).unwrap_or_default());
        self.profile.set(profile.map(|p| (p.name, stored.unwrap_or_default().to_string())));
        self.engine_revision.update(|r| *r += 1);
    }

    /// True while a shared listing is shown read-only (tracked).
    pub fn previewing(&self) -> bool {
        self.preview.with(Option::is_some)
    }

    /// Changes the open draft, unless a shared listing is shown (then nothing changes).
    fn update_current(&self, f: impl FnOnce(&mut Listing) -> bool) {
        if self.preview.with_untracked(Option::is_some) {
            return;
        }
        self.book.update(|b| {
            let mut listing = b.current().clone();
            if f(&mut listing) {
                b.set_current_listing(listing);
            }
        });
    }

    /// The title maximum for the open listing's category (tracked).
    pub fn max_title_chars(&self) -> usize {
        self.report.with(|r| r.title_max_chars)
    }

    /// The verdicts module has arrived (the app's first load): checks now come from it.
    pub fn verdicts_arrived(&self) {
        self.verdicts_ready.set(true);
        self.engine_revision.update(|r| *r += 1);
    }

    /// The open listing (tracked).
    pub fn listing(&self) -> Memo<Listing> {
        self.listing
    }

    /// A text field of the open listing (tracked).
    pub fn value(&self, path: &str) -> String {
        self.listing.with(|l| field::get(l, path).unwrap_or_default())
    }

    /// Sets a text field of the open listing.
    pub fn set(&self, path: &str, value: String) {
        self.update_current(|l| field::set(l, path, value).is_ok());
    }

    /// Edits the open listing with a closure (pictures and other non-text fields).
    pub fn edit(&self, f: impl FnOnce(&mut Listing)) {
        self.update_current(|l| {
            f(l);
            true
        });
    }

    pub fn apply_fix(&self, fix: &Fix) {
        self.update_current(|l| field::apply(l, &fix.edits).is_ok());
    }

    /// Diagnostics on one field (tracked).
    pub fn diagnostics_for(&self, path: &str) -> Vec<Diagnostic> {
        self.report.with(|r| r.diagnostics.iter().filter(|d| d.field == path).cloned().collect())
    }
}

/// The whole check: this build's engine, or, in the app's first load once the verdicts module
/// has arrived, the module's (which adds the category and shipping verdicts).
fn full_check(engine: &Engine, listing: &Listing) -> Report {
    #[cfg(all(target_arch = "wasm32", not(feature = "verdicts")))]
    if let Some(report) = crate::ui::lazy::verdicts::check(listing) {
        return report;
    }
    engine.check(listing)
}

/// The editor from context; the app provides it at the root.
pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

/// Runs the check and, in the browser, records how long it took in `window.__listoCheckMs`
/// (the last 2,000 checks) for the in-browser performance measurement.
fn timed<T>(f: impl FnOnce() -> T) -> T {
    #[cfg(target_arch = "wasm32")]
    {
        let perf = web_sys::window().and_then(|w| w.performance());
        let start = perf.as_ref().map(|p| p.now());
        let out = f();
        if let (Some(p), Some(start)) = (perf, start) {
            record_check_ms(p.now() - start);
        }
        out
    }
    #[cfg(not(target_arch = "wasm32"))]
    f()
}

#[cfg(target_arch = "wasm32")]
fn record_check_ms(ms: f64) {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = web_sys::window() else { return };
    let key = JsValue::from_str("__listoCheckMs");
    let array = match js_sys::Reflect::get(&window, &key).ok().and_then(|v| v.dyn_into::<js_sys::Array>().ok()) {
        Some(a) => a,
        None => {
            let a = js_sys::Array::new();
            let _ = js_sys::Reflect::set(&window, &key, &a);
            a
        }
    };
    if array.length() >= 2000 {
        array.shift();
    }
    array.push(&JsValue::from_f64(ms));
}
