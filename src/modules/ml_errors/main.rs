//! The Mercado Libre errors module: "Pegar error de Mercado Libre", loaded on demand when a seller
//! opens that box under the live panel. The seller pastes what Mercado Libre answered (JSON or
//! text); the core (`core::ml_errors`) names each code's field, says what to do and links the rule
//! that checks it. A wasm binary of its own, so the explainer stays out of the first load.

#[cfg(target_arch = "wasm32")]
mod render;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-ml-errors is one of the app's modules: it runs in the browser (see index.html).");
}
