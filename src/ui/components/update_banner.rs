//! "Hay una nueva versión · Recargar": shown when a new build's service worker is waiting. The
//! new code never runs until the seller clicks (drafts are saved on every edit, so the reload
//! loses nothing).

use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/ui/update.js")]
extern "C" {
    fn register_sw(on_update: &js_sys::Function);
    fn apply_update();
}

/// Registers the service worker; `ready` turns true when a new version waits.
pub fn register(ready: RwSignal<bool>) {
    let on_update = Closure::<dyn Fn()>::new(move || ready.set(true));
    register_sw(on_update.as_ref().unchecked_ref());
    // The worker may report an update at any time while the page lives.
    on_update.forget();
}

#[component]
pub fn UpdateBanner(ready: RwSignal<bool>) -> impl IntoView {
    let lang = use_editor().lang;
    view! {
        <Show when=move || ready.get()>
            <div class="listo-update" role="status" data-testid="update-banner">
                <span>{i18n::text(lang, i18n::UPDATE_READY)} " · "</span>
                <button type="button" class="listo-button listo-button--small" on:click=|_| apply_update()>
                    {i18n::text(lang, i18n::UPDATE_RELOAD)}
                </button>
            </div>
        </Show>
    }
}
