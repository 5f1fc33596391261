//! `TI`: title rules.
pub mod title_too_long;
