//! The pure core: no browser, no I/O. Tested natively with `cargo test`, driven by the web UI and
//! by the native CLI alike.

#[cfg(feature = "bulk")]
pub mod bulk;
pub mod diagnostic;
pub mod catalog;
pub mod engine;
pub mod examples;
pub mod fold;
pub mod json_error;
pub mod listing;
pub mod ml_errors;
pub mod parse;
pub mod quality;
pub mod rules;
pub mod share;
pub mod shipping;
#[cfg(feature = "bulk")]
pub mod summary;
pub mod text;
