//! One component per file.
pub mod title_field;
