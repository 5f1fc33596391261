//! `LI`: the listing's required fields.
pub mod missing_price;
