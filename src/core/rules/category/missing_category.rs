use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// `category_id` is a required field of a Mercado Libre item: without it the item cannot be
    /// published, and the category decides which attributes, title length and fees apply.
    ///
    /// ## Bad example
    /// Categoría: (vacía)
    ///
    /// ## Good example
    /// Categoría: `MEC1055` (Celulares y Teléfonos > Celulares y Smartphones)
    ///
    /// ## Source
    /// Mercado Libre developers, items: required fields (title, category_id, price, …).
    pub MissingCategory {
        code: "CA001",
        name: "missing-category",
        family: Category,
        severity: Error,
        message: ("Falta la categoría", "The category is missing"),
        help: (
            "Elige la categoría más específica; Listo sugiere una a partir del título.",
            "Choose the most specific category; Listo suggests one from the title.",
        ),
    }
}

impl Rule for MissingCategory {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.category_id.trim().is_empty() {
            out.report("category_id");
        }
    }
}
