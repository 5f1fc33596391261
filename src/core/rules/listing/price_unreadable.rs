use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// Mercado Libre's `price` is a number. Listo accepts what sellers type ("12,50", "$12.50",
    /// "1.234,56", "USD 15"), but text it cannot read as an amount cannot be published, and a
    /// guess could publish the wrong price.
    ///
    /// ## Bad example
    /// Precio: `doce dólares`
    ///
    /// ## Good example
    /// Precio: `12,00`
    ///
    /// ## Source
    /// Mercado Libre developers, items: `price` is a required numeric field
    /// (reference/listing-rules.md, "Mercado Libre listing fields and validation").
    pub PriceUnreadable {
        code: "LI002",
        name: "price-unreadable",
        family: Listing,
        severity: Error,
        message: ("No se entiende el precio", "The price cannot be read"),
        help: (
            "Escribe solo el número, con coma o punto para los centavos: 12,50 o 12.50.",
            "Type just the number, with a comma or a dot for cents: 12,50 or 12.50.",
        ),
    }
}

impl Rule for PriceUnreadable {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if let Some(err) = cx.facts.error("price") {
            out.report("price").message(err.error.message(&err.input));
        }
    }
}
