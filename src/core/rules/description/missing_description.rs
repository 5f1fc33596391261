use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// The description answers buyers' questions before they ask: materials, sizes, what comes
    /// in the box, how to use it. Mercado Libre lists it among an item's fields; without it
    /// buyers ask or go elsewhere.
    ///
    /// A warning, not an error: the API stores the description as a separate resource
    /// (`/items/{id}/description`), so an item can be created first and described after.
    ///
    /// ## Bad example
    /// Descripción: (vacía)
    ///
    /// ## Good example
    /// `Termo de acero inoxidable de doble pared. Mantiene bebidas calientes 12 horas y frías
    /// 24 horas. Capacidad 750 ml.`
    ///
    /// ## Source
    /// Mercado Libre developers, items and descriptions: plain-text description
    /// (reference/listing-rules.md, "Mercado Libre listing fields" and "Description").
    pub MissingDescription {
        code: "DE001",
        name: "missing-description",
        family: Description,
        severity: Warning,
        message: ("Falta la descripción", "The description is missing"),
        help: (
            "Describe materiales, medidas, qué incluye la caja y cómo se usa.",
            "Describe materials, sizes, what is in the box and how it is used.",
        ),
    }
}

impl Rule for MissingDescription {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.description.trim().is_empty() {
            out.report("description");
        }
    }
}
