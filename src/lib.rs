//! Listo: a listing assistant for Mercado Libre sellers in Ecuador that runs in the browser.
//!
//! - [`core`]: the listing model, parsing, rules and engine; pure Rust, tested natively.
//! - [`ui`]: the Leptos app that renders the core in the browser.
//! - `cli` (native only): the `listo` command-line tool for bulk checks.

pub mod core;
pub mod ui;

/// Native only, and it reads files with the bulk reader (feature `bulk`, on by default).
#[cfg(all(not(target_arch = "wasm32"), feature = "bulk"))]
pub mod cli;
