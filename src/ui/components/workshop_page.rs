//! The workshop page's shell (`#taller…`): the gallery, the presenter and the printable guide
//! come from the workshop module, loaded on demand (`src/modules/workshop/`). The module hands an
//! example back through `open(name, listing_json)`: it becomes a NEW draft, opened in the editor;
//! the seller's own drafts are untouched.

use crate::core::listing::Listing;
use crate::ui::i18n;
use crate::ui::lazy::module;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[component]
pub fn WorkshopPage(
    /// What follows `#taller/`: "", "guia", "presentar/<id>".
    route: String,
) -> impl IntoView {
    let editor = use_editor();
    let (lang, book) = (editor.lang, editor.book);
    let root = NodeRef::<leptos::html::Div>::new();
    let failed = RwSignal::new(false);
    let attempt = RwSignal::new(0u32);
    // Rendering into the module's element writes the outside world, so it is an effect; it runs
    // again when the language changes or the seller retries.
    Effect::new(move |_| {
        attempt.track();
        let code = lang.get().code();
        let Some(el) = root.get() else { return };
        let route = route.clone();
        leptos::task::spawn_local(async move {
            let open = Closure::<dyn Fn(String, String)>::new(move |name: String, json: String| {
                if let Ok(listing) = serde_json::from_str::<Listing>(&json) {
                    book.update(|b| {
                        b.add(name, listing);
                    });
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash("");
                    }
                }
            })
            .into_js_value();
            let rendered = match module::load("workshop").await {
                Ok(exports) => module::call(&exports, "render", &js_sys::Array::of4(&el, &code.into(), &route.into(), &open)).is_ok(),
                Err(_) => false,
            };
            failed.set(!rendered);
        });
    });
    view! {
        <main class="listo-main listo-workshop">
            <Show when=move || failed.get()>
                <p role="alert" class="listo-notice listo-notice--error">{i18n::text(lang, i18n::MODULE_FAILED)}</p>
                <button type="button" class="listo-button" on:click=move |_| attempt.update(|a| *a += 1)>
                    {i18n::text(lang, i18n::RETRY)}
                </button>
            </Show>
            <div node_ref=root data-testid="workshop"></div>
        </main>
    }
}
