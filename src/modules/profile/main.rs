//! The trainer's profile module: the form at `#perfil` (rules, limits, shipping switches), its
//! link and QR code, and its file (`{"name", "config", "shipping"}`, what `listo check
//! --profile` reads). A module of its own, apart from the share module, so a participant opening
//! a shared link does not download the form, the rules' metadata and the JSON readers for
//! profile files.

#[cfg(target_arch = "wasm32")]
#[path = "../share/dom.rs"]
mod dom;
#[cfg(target_arch = "wasm32")]
mod form;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-profile is one of the app's modules: it runs in the browser (see index.html).");
}
