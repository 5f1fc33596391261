//! The rules module: the rules catalogue (every rule with its docs), loaded on demand when a
//! seller opens "Reglas" or a diagnostic's "¿Por qué?". It is a wasm binary of its own, so the
//! docs (about 12 KB brotli) and this page's code stay out of the editor's first load.
//!
//! The app loads it through `src/ui/modules.js` and calls [`render`] with an element to fill.
//! It reads the rules' metadata only ([`registry::metas`]), never their checks, so the engine's
//! code does not come along. It builds plain DOM (no Leptos runtime): the page is static text,
//! re-rendered whole when the language changes.

#[cfg(target_arch = "wasm32")]
mod render;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-rules is the app's rules module: it runs in the browser (see index.html).");
}
