//! What the module exports to the app. It keeps its own `Editor` (one draft: the app's open
//! listing, sent with every check), so the cards are the very components the tests render in
//! place; what a seller does in them goes back to the app through `notify`.

use leptos::prelude::*;
use listo::core::engine::Engine;
use listo::core::listing::Listing;
use listo::core::text::Lang;
use listo::ui::components::verdict_slot::Slot;
use listo::ui::state::drafts::DraftBook;
use listo::ui::state::editor::Editor;
use listo::ui::state::full_check;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

struct State {
    editor: Editor,
    /// The app's listing as last received: an edit is only sent back when the cards changed it
    /// (and never before the app has sent one: the module's own starting draft is not the app's).
    from_app: Option<Listing>,
    /// What is drawn in each slot; replacing one unmounts the old drawing.
    drawn: HashMap<Slot, Box<dyn std::any::Any>>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// Reads the catalog data (`catalog`: the app's pending fetch of it) and builds the engine.
/// Rejects with the reason (a `Text` as JSON, both languages) when the data file cannot be had
/// or is damaged.
#[wasm_bindgen]
pub async fn start(lang: String, notify: js_sys::Function, catalog: JsValue) -> Result<(), JsValue> {
    use wasm_bindgen::JsCast;
    // The module's own reactive system needs its task executor before any effect is made (the
    // app's is in another wasm instance).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    console_error_panic_hook::set_once();
    let request = catalog.dyn_into::<js_sys::Promise>().ok().or_else(listo::ui::lazy::catalog::request);
    let catalog = listo::ui::lazy::catalog::read(request).await.map_err(|e| JsValue::from_str(&serde_json::to_string(&e).unwrap_or_default()))?;
    let engine = Engine::default().with_catalog(Arc::new(catalog));
    let owner = Owner::new();
    let editor = owner.with(|| Editor::new(DraftBook::default(), Lang::from_code(&lang), engine));
    // Kept for the page's lifetime: the editor's signals live under it.
    std::mem::forget(owner.clone());
    owner.with(|| {
        // The cards' edits (a suggestion taken, an attribute filled) go back to the app's draft.
        let notify_edit = notify.clone();
        Effect::new(move |_| {
            let listing = editor.listing().get();
            let changed = STATE.with_borrow(|s| s.as_ref().and_then(|s| s.from_app.as_ref()).is_some_and(|from_app| *from_app != listing));
            if changed {
                let json = serde_json::to_string(&listing).unwrap_or_default();
                let _ = notify_edit.call2(&JsValue::NULL, &JsValue::from_str("edit"), &JsValue::from_str(&json));
            }
        });
        // A category tree loaded in the card changes the checks: the app asks again.
        Effect::new(move |first: Option<()>| {
            let _ = editor.catalog();
            if first.is_some() {
                let _ = notify.call2(&JsValue::NULL, &JsValue::from_str("revised"), &JsValue::from_str(""));
            }
        });
    });
    STATE.with_borrow_mut(|s| *s = Some(State { editor, from_app: None, drawn: HashMap::new() }));
    Ok(())
}

/// Checks the app's open listing (JSON) with the whole engine; the answer is a
/// `ui::state::full_check` as JSON. The cards follow the same listing.
#[wasm_bindgen]
pub fn check(listing: &str) -> String {
    let Ok(listing) = serde_json::from_str::<Listing>(listing) else { return String::new() };
    STATE.with_borrow_mut(|s| {
        let Some(s) = s.as_mut() else { return String::new() };
        s.from_app = Some(listing.clone());
        let report = s.editor.engine.with_value(|e| e.check(&listing));
        s.editor.book.update(|b| b.set_current_listing(listing));
        full_check::encode(&report)
    })
}

/// Draws the card `slot` ("category", "attributes", "shipping") into `element`.
#[wasm_bindgen]
pub fn mount(slot: &str, element: web_sys::HtmlElement) {
    let Some(slot) = Slot::from_name(slot) else { return };
    STATE.with_borrow_mut(|s| {
        let Some(s) = s.as_mut() else { return };
        let editor = s.editor;
        element.set_text_content(None);
        let handle = leptos::mount::mount_to(element, move || {
            provide_context(editor);
            slot.view()
        });
        s.drawn.insert(slot, Box::new(handle));
    });
}

/// Follows the app's trainer's profile (`ProfileWire::to_stored`; empty or unreadable: the
/// defaults). The app asks for a new check right after.
#[wasm_bindgen]
pub fn set_profile(stored: &str) {
    STATE.with_borrow(|s| {
        if let Some(s) = s.as_ref() {
            s.editor.apply_profile(Some(stored));
        }
    });
}

/// Follows the app's language.
#[wasm_bindgen]
pub fn set_lang(lang: &str) {
    STATE.with_borrow(|s| {
        if let Some(s) = s.as_ref() {
            s.editor.lang.set(Lang::from_code(lang));
        }
    });
}
