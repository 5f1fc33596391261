//! `AT`: attributes and product identifiers.
pub mod invalid_gtin;
