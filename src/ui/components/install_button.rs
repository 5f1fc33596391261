//! "Instalar Listo": shown only when the browser offers to install the app (it fired
//! `beforeinstallprompt`, i.e. Chromium's installability criteria are met: manifest, icons,
//! service worker). The event is kept and its `prompt()` called on click, so the browser's own
//! install dialog opens from a button in the page instead of a banner; after `appinstalled`
//! (or once the offer is used) the button goes away. See docs/install.md.

use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The browser's offer, kept until the seller clicks (a DOM event is not `Send`, so it lives
    /// here and the signal only says whether there is one).
    static OFFER: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

#[component]
pub fn InstallButton() -> impl IntoView {
    let lang = use_editor().lang;
    let offered = RwSignal::new(false);
    let offer = window_event_listener_untyped("beforeinstallprompt", move |ev| {
        // Without this Chromium shows its own mini-infobar; the page offers the button instead.
        ev.prevent_default();
        OFFER.with(|o| *o.borrow_mut() = Some(ev));
        offered.set(true);
    });
    let installed = window_event_listener_untyped("appinstalled", move |_| {
        OFFER.with(|o| o.borrow_mut().take());
        offered.set(false);
    });
    on_cleanup(move || {
        offer.remove();
        installed.remove();
    });
    // An offer can be used once: a dismissed dialog brings a new `beforeinstallprompt` later.
    let install = move |_| {
        if let Some(ev) = OFFER.with(|o| o.borrow_mut().take()) {
            if let Some(prompt) = js_sys::Reflect::get(&ev, &"prompt".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
                let _ = prompt.call0(&ev);
            }
        }
        offered.set(false);
    };
    view! {
        <Show when=move || offered.get()>
            <button type="button" class="listo-button listo-button--on-brand" data-testid="install-button" on:click=install>
                {i18n::text(lang, i18n::INSTALL_APP)}
            </button>
        </Show>
    }
}
