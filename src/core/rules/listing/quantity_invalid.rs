use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// The available quantity must be a whole number of at least 1: Mercado Libre rejects
    /// other values, and a listing with 0 units is paused, so no buyer can buy it.
    ///
    /// ## Bad example
    /// Cantidad disponible: `0`, `2,5` or `muchos`
    ///
    /// ## Good example
    /// Cantidad disponible: `3`
    ///
    /// ## Source
    /// Mercado Libre developers, items: `available_quantity` is a required integer; items
    /// without stock are paused (reference/listing-rules.md).
    pub QuantityInvalid {
        code: "LI007",
        name: "quantity-invalid",
        family: Listing,
        severity: Error,
        message: ("La cantidad disponible no es válida", "The available quantity is not valid"),
        help: ("Escribe un número entero de 1 o más, por ejemplo 5.", "Type a whole number of 1 or more, e.g. 5."),
    }
}

impl Rule for QuantityInvalid {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if let Some(err) = cx.facts.error("available_quantity") {
            out.report("available_quantity").message(err.error.message(&err.input));
        } else if let Some(q) = cx.facts.quantity.filter(|q| *q < 1) {
            out.report("available_quantity").message(tr!(
                "La cantidad disponible es {q}; debe ser al menos 1",
                "The available quantity is {q}; it must be at least 1"
            ));
        }
    }
}
