use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// `available_quantity` is required: Mercado Libre needs to know how many units a buyer can
    /// buy, and a listing with no stock cannot be bought.
    ///
    /// ## Bad example
    /// Cantidad disponible: (vacío)
    ///
    /// ## Good example
    /// Cantidad disponible: `10`
    ///
    /// ## Source
    /// Mercado Libre developers, items: required fields include `available_quantity`
    /// (reference/listing-rules.md).
    pub MissingQuantity {
        code: "LI006",
        name: "missing-quantity",
        family: Listing,
        severity: Error,
        message: ("Falta la cantidad disponible", "The available quantity is missing"),
        help: ("Escribe cuántas unidades tienes para vender, por ejemplo 5.", "Type how many units you have to sell, e.g. 5."),
    }
}

impl Rule for MissingQuantity {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.available_quantity.trim().is_empty() {
            out.report("available_quantity");
        }
    }
}
