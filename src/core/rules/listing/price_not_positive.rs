use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// A price of zero or less cannot be published: Mercado Libre requires a positive `price`
    /// (and each category may set a higher `minimum_price`). A zero usually means the seller
    /// meant to write the price later.
    ///
    /// ## Bad example
    /// Precio: `0`
    ///
    /// ## Good example
    /// Precio: `18,50`
    ///
    /// ## Source
    /// Mercado Libre developers, items (`price` required) and category settings
    /// (`minimum_price`); reference/listing-rules.md.
    pub PriceNotPositive {
        code: "LI003",
        name: "price-not-positive",
        family: Listing,
        severity: Error,
        message: ("El precio debe ser mayor que cero", "The price must be greater than zero"),
        help: ("Escribe el precio de venta en dólares.", "Type the selling price in US dollars."),
    }
}

impl Rule for PriceNotPositive {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(money) = &cx.facts.price else { return };
        if money.amount <= 0.0 {
            let amount = money.amount;
            out.report("price").message(tr!(
                "El precio es {amount}; debe ser mayor que cero",
                "The price is {amount}; it must be greater than zero"
            ));
        }
    }
}
