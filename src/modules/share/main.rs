//! The share module: "Compartir" (a listing's link and QR code) and opening a shared link
//! (`#compartido=…`, `#perfil=…`). Loaded on demand; the codec (`core::share`: deflate,
//! base64url, checksum, QR) and this code stay out of the first load. The trainer's profile form
//! is the profile module (`src/modules/profile/`).

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod share_panel;

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// A fragment (`#compartido=…`, `#perfil=…`) → the tagged reply of `core::share::reply`; a
    /// listing as a drafts book holding it (what the app reads with `DraftBook::load`).
    #[wasm_bindgen]
    pub fn read_link(fragment: &str) -> String {
        listo::core::share::reply::open_fragment(fragment).to_reply(|listing| {
            let mut book = listo::ui::state::drafts::DraftBook::default();
            book.set_current_listing(listing.clone());
            book.to_json()
        })
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-share is one of the app's modules: it runs in the browser (see index.html).");
}
