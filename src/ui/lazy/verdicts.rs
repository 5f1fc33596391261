//! The app's side of the verdicts module (`src/modules/verdicts/`), in the first load. The module
//! carries the category and shipping verdicts: the catalog (it fetches and checks the data file
//! itself), the classifier, shipping evaluation, their rules, and the category, attributes and
//! shipping cards, which it draws into the slots the app leaves for them. It loads right after
//! the first render; from then on every check comes from it (`check`), whole, and the cards it
//! draws write their edits back to the app's draft (`on_notify`).

use crate::core::engine::Report;
use crate::core::listing::Listing;
use crate::core::text::Text;
use crate::ui::components::verdict_slot::Slot;
use crate::ui::i18n;
use crate::ui::state::editor::{use_editor, Editor};
use js_sys::Array;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The module's exports, once it has started.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn call(function: &str, args: &[JsValue]) -> Option<JsValue> {
    MODULE.with_borrow(|m| super::module::call(m.as_ref()?, function, &args.iter().collect::<Array>()).ok())
}

/// Loads and starts the module, then calls `then` (started or not). Must be called under the
/// app's owner: it also keeps the module's language in step with the app's.
pub fn start(editor: Editor, then: impl FnOnce() + 'static) {
    Effect::new(move |_| {
        let lang = editor.lang.get();
        if editor.verdicts_ready.get() {
            call("set_lang", &[JsValue::from_str(lang.code())]);
        }
    });
    leptos::task::spawn_local(async move {
        match load(editor).await {
            Ok(exports) => {
                MODULE.with_borrow_mut(|m| *m = Some(exports));
                // A trainer's profile applied before the module arrived: the module checks with it too.
                set_profile(&editor.profile.with_untracked(|p| p.as_ref().map(|(_, stored)| stored.clone()).unwrap_or_default()));
                editor.verdicts_arrived();
            }
            Err(e) => editor.catalog_error.set(Some(e)),
        }
        then();
    });
}

async fn load(editor: Editor) -> Result<JsValue, Text> {
    let failed = || Text::new(i18n::VERDICTS_FAILED.0, i18n::VERDICTS_FAILED.1);
    // Both downloads at once: the catalog data is handed to the module as a pending fetch.
    let catalog = super::catalog::request().map(JsValue::from).unwrap_or(JsValue::NULL);
    let exports = super::module::load("verdicts").await.map_err(|_| failed())?;
    let notify = Closure::<dyn Fn(String, String)>::new(move |kind: String, json: String| on_notify(editor, &kind, &json));
    let lang = JsValue::from_str(editor.lang.get_untracked().code());
    let started = super::module::call(&exports, "start", &Array::of3(&lang, notify.as_ref(), &catalog));
    // The module keeps the callback for as long as the page lives.
    notify.forget();
    let promise: js_sys::Promise = started.map_err(|_| failed())?.dyn_into().map_err(|_| failed())?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(exports),
        // The module rejects with the reason as JSON text (a damaged catalog file, say).
        Err(reason) => Err(reason.as_string().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_else(failed)),
    }
}

/// What the module reports: an edit made in one of its cards ("edit", the listing as JSON), or a
/// change of its engine ("revised": a category tree loaded), after which the app checks again.
fn on_notify(editor: Editor, kind: &str, json: &str) {
    match kind {
        "edit" => {
            if let Ok(listing) = serde_json::from_str::<Listing>(json) {
                // Through the editor: refused while a shared listing is shown read-only.
                editor.edit(|l| *l = listing);
            }
        }
        _ => editor.verdicts_arrived(),
    }
}

/// Hands the module the trainer's profile in use (as stored; empty for the defaults), so its
/// checks follow the same rules and shipping switches as the app's.
pub fn set_profile(stored: &str) {
    call("set_profile", &[JsValue::from_str(stored)]);
}

/// The whole check from the module, or `None` while it has not arrived (or could not answer).
pub fn check(listing: &Listing) -> Option<Report> {
    let json = serde_json::to_string(listing).ok()?;
    let reply = call("check", &[JsValue::from_str(&json)])?.as_string()?;
    crate::ui::state::full_check::decode(&reply)
}

/// A slot: what is on its way (or why it could not come) until the module draws the card here.
pub fn mount_point(slot: Slot) -> AnyView {
    let editor = use_editor();
    let lang = editor.lang;
    let target = NodeRef::<leptos::html::Div>::new();
    // Drawing into the page is the module's job; this only tells it where, once both are here.
    Effect::new(move |_| {
        if let (true, Some(el)) = (editor.verdicts_ready.get(), target.get()) {
            call("mount", &[JsValue::from_str(slot.name()), el.into()]);
        }
    });
    let waiting = move |loading: i18n::Msg| {
        move || match editor.catalog_error.get() {
            Some(e) => e.get(lang.get()).to_string(),
            None => loading.get(lang.get()).to_string(),
        }
    };
    let placeholder = move || {
        (!editor.verdicts_ready.get()).then(|| match slot {
            Slot::Category => view! {
                <section class="listo-category" data-testid="category-card">
                    <h3>{i18n::text(lang, i18n::CATEGORY_HEADING)}</h3>
                    <p class="listo-field__hint" role="status" data-testid="category-loading">{waiting(i18n::CATEGORY_LOADING)}</p>
                </section>
            }
            .into_any(),
            Slot::Shipping => view! {
                <section class="listo-card listo-shipping" data-testid="shipping-card">
                    <h2>{i18n::text(lang, i18n::SHIPPING_HEADING)}</h2>
                    <p class="listo-field__hint" role="status">{waiting(i18n::SHIPPING_LOADING)}</p>
                </section>
            }
            .into_any(),
            Slot::Attributes => ().into_any(),
        })
    };
    view! { {placeholder} <div class="listo-slot" node_ref=target></div> }.into_any()
}
