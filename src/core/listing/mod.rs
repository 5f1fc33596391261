//! The listing model, its field paths, and the importer of Mercado Libre item JSON.

pub mod field;
pub mod import;
mod model;

pub use model::{attr, Address, Listing, Picture, Shipping};
