use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// An item cannot be published without a price: `price` is a required field of Mercado
    /// Libre's item, and buyers cannot buy what has no price.
    ///
    /// ## Bad example
    /// Precio: (vacío)
    ///
    /// ## Good example
    /// Precio: `24,90`
    ///
    /// ## Source
    /// Mercado Libre developers, items: required fields (title, category_id, price,
    /// currency_id, available_quantity, buying_mode, listing_type_id, condition).
    pub MissingPrice {
        code: "LI001",
        name: "missing-price",
        family: Listing,
        severity: Error,
        message: ("Falta el precio", "The price is missing"),
        help: ("Escribe el precio en dólares, por ejemplo 24,90.", "Type the price in US dollars, e.g. 24.90."),
    }
}

impl Rule for MissingPrice {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.price.trim().is_empty() {
            out.report("price");
        }
    }
}
