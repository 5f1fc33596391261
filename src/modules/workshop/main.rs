//! The workshop module ("Taller"): what a trainer puts on the projector and hands out. Loaded on
//! demand when `#taller…` is opened, so the example gallery, the presenter and the cheat-sheet
//! stay out of the editor's first load. Plain DOM (no Leptos runtime), re-rendered whole on each
//! step, like the rules module.
//!
//! - `#taller`: the gallery, cards by area with their lesson; "Abrir el antes" / "Abrir el
//!   después" hand the listing to the app, which adds it as a NEW draft (the seller's own drafts
//!   are untouched) and opens the editor.
//! - `#taller/presentar/<id>`: the presenter, large type for a projector, one problem at a time:
//!   → next, ← back, F fix (buttons for the same). It runs its own engine with the catalog data
//!   the app publishes (`<meta name="listo:catalog">`).
//! - `#taller/guia`: the printable "Guía de 10 reglas".

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod gallery;
#[cfg(target_arch = "wasm32")]
mod guide;
#[cfg(target_arch = "wasm32")]
mod presenter;
#[cfg(target_arch = "wasm32")]
mod share;

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;
    use web_sys::Element;

    /// Fills `root` with the page for `route` ("", "guia", "presentar", "presentar/<id>") in
    /// `lang`. An example opened from the gallery goes back to the app as a `listo:open-draft`
    /// event carrying a `Reply<Vec<DraftReply>>` (`ui::state::transfer`), which adds it as a new
    /// draft.
    #[wasm_bindgen]
    pub fn render(root: &Element, lang: &str, route: &str) -> Result<(), JsValue> {
        super::dom::style(root)?;
        // Learn the classroom server's address (if any) before the presenter shows a QR code.
        listo::ui::classroom::ask(|| {});
        let lang = listo::core::text::Lang::from_code(lang);
        let route = route.trim_matches('/');
        if route == "guia" {
            super::guide::render(root, lang)
        } else if let Some(rest) = route.strip_prefix("presentar") {
            super::presenter::render(root, lang, rest.trim_start_matches('/'))
        } else {
            super::gallery::render(root, lang)
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-workshop is one of the app's modules: it runs in the browser (see index.html).");
}
