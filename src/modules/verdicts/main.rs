//! The verdicts module: the category and shipping verdicts, loaded right after the app's first
//! render. It fetches and checks the category data file, builds the whole engine (every rule,
//! the classifier, shipping evaluation with its profile), and draws the category card, the
//! category's required attributes and the shipping card into the slots the app leaves for them.
//! From then on the app asks it for every check (`check`): the app's first load only carries the
//! rules that need neither the catalog nor shipping. See `src/ui/lazy/verdicts.rs` for the app's
//! side and `docs/architecture.md`.

#[cfg(target_arch = "wasm32")]
mod bridge;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-verdicts is one of the app's modules: it runs in the browser (see index.html).");
}
