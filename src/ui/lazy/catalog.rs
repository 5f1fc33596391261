//! Fetches the category catalog (tree + lexicon) after the first render, checks it, and hands it
//! to the editor. Until it arrives the engine's catalog is `Catalog::pending()`: the category
//! rules give no verdict and the category card says it is loading.

use crate::core::catalog::Catalog;
use crate::core::text::Text;
use crate::ui::state::editor::Editor;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Starts loading the catalog, unless this build embeds it, then calls `then` (loaded or not).
/// Errors end up in `editor.catalog_error`, in both languages.
pub fn start(editor: Editor, then: impl FnOnce() + 'static) {
    if editor.catalog().is_ready() {
        then();
        return;
    }
    leptos::task::spawn_local(async move {
        match fetch().await {
            Ok(catalog) => editor.replace_catalog(Arc::new(catalog)),
            Err(e) => editor.catalog_error.set(Some(e)),
        }
        then();
    });
}

/// Fetches the published catalog data file and reads it.
pub async fn fetch() -> Result<Catalog, Text> {
    read(request()).await
}

/// Starts fetching the published catalog data file (the app starts it before loading the
/// verdicts module, so both downloads run at once).
pub fn request() -> Option<js_sys::Promise> {
    let name = super::published("catalog")?;
    Some(web_sys::window()?.fetch_with_str(&name))
}

/// Reads the answer of [`request`]: a catalog, or why not in both languages.
pub async fn read(request: Option<js_sys::Promise>) -> Result<Catalog, Text> {
    let unreachable = || {
        Text::new(
            "No se pudo descargar el árbol de categorías. Revisa tu conexión y recarga la página; lo demás sigue funcionando.",
            "The category tree could not be downloaded. Check your connection and reload the page; everything else still works.",
        )
    };
    let request = request.ok_or_else(unreachable)?;
    let response: web_sys::Response = JsFuture::from(request).await.map_err(|_| unreachable())?.dyn_into().map_err(|_| unreachable())?;
    if !response.ok() {
        return Err(unreachable());
    }
    let text = JsFuture::from(response.text().map_err(|_| unreachable())?).await.map_err(|_| unreachable())?.as_string().unwrap_or_default();
    Catalog::from_data(&text)
}
