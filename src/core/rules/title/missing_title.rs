use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::rules::title::compose;
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// The title is how buyers find the product and is a required item field; Mercado Libre
    /// also uses it to choose the category.
    ///
    /// ## Bad example
    /// Título: (vacío)
    ///
    /// ## Good example
    /// `Termo de acero inoxidable Kallpa K750 750 ml azul`
    ///
    /// ## Source
    /// Mercado Libre developers, items: required `title`; best practice is product + brand +
    /// model + key specs (reference/listing-rules.md).
    ///
    /// ## Fix
    /// "Armar título" builds product + brand + model + key characteristic from the category
    /// and the attributes (never invented; needs review), when category or title and brand are
    /// known (`src/core/rules/title/compose.rs`).
    pub MissingTitle {
        code: "TI001",
        name: "missing-title",
        family: Title,
        severity: Error,
        message: ("Falta el título", "The title is missing"),
        help: (
            "Escribe qué es el producto, su marca, su modelo y la característica clave.",
            "Write what the product is, its brand, its model and the key feature.",
        ),
    }
}

impl Rule for MissingTitle {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.title.trim().is_empty() {
            let finding = out.report("title");
            if let Some(fix) = compose::build_title_fix(cx) {
                finding.fix(fix);
            }
        }
    }
}
