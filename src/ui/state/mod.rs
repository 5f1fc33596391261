//! The editor's state: the drafts (pure, tested natively), their storage in the browser, and the
//! reactive handles components share through context.

pub mod drafts;
pub mod editor;
pub mod full_check;
pub mod import;
pub mod merge;
pub mod transfer;
/// Browser only at run time (it compiles everywhere so `cargo test` builds the crate).
pub mod storage;
