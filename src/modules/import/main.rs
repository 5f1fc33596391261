//! The import module: reads files a seller loads, a drafts file (Mercado Libre item JSON, one
//! object, an array or JSON lines, or Listo's own export) and a `/sites/MEC/categories` export.
//! Loaded on demand when a file is picked, so the readers for any JSON shape stay out of the
//! first load. It answers in the typed replies of `ui::state::transfer`, as JSON text.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// A drafts file → `Reply<Vec<DraftReply>>` as JSON.
    #[wasm_bindgen]
    pub fn import_drafts(text: &str) -> String {
        listo::ui::state::transfer::drafts_reply(text)
    }

    /// A category tree export → `Reply<TreeReply>` as JSON.
    #[wasm_bindgen]
    pub fn load_category_tree(text: &str) -> String {
        listo::ui::state::transfer::tree_reply(text)
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-import is one of the app's modules: it runs in the browser (see index.html).");
}
