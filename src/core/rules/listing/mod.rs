//! `LI`: the listing's required fields.
pub mod currency_not_usd;
pub mod missing_buying_mode;
pub mod missing_condition;
pub mod missing_listing_type;
pub mod missing_price;
pub mod missing_quantity;
pub mod price_implausible;
pub mod price_not_positive;
pub mod price_unreadable;
pub mod quantity_invalid;
