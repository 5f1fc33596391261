use crate::core::engine::Context;
use crate::core::listing::attr;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// Mercado Libre asks every item for its warranty in the sale terms `WARRANTY_TYPE`
    /// ("Garantía del vendedor", "Garantía de fábrica" or "Sin garantía") and `WARRANTY_TIME`
    /// ("6 meses"). Buyers look for it, and saying "Sin garantía" plainly also counts. Older
    /// items carry it as free text in `warranty`, which is accepted here.
    ///
    /// ## Bad example
    /// No warranty type, no time, no warranty text
    ///
    /// ## Good example
    /// `WARRANTY_TYPE` = `Garantía del vendedor`, `WARRANTY_TIME` = `6 meses`
    ///
    /// ## Source
    /// Mercado Libre developers, items and sale_terms: `WARRANTY_TYPE`, `WARRANTY_TIME`
    /// (reference/listing-rules.md, "Mercado Libre listing fields and validation").
    pub MissingWarranty {
        code: "WA001",
        name: "missing-warranty",
        family: Warranty,
        severity: Warning,
        message: ("Falta la garantía", "The warranty is missing"),
        help: (
            "Indica el tipo de garantía (del vendedor, de fábrica o «Sin garantía») y su tiempo, por ejemplo 6 meses.",
            "State the warranty type (seller's, factory or “Sin garantía”) and its time, e.g. 6 months.",
        ),
    }
}

impl Rule for MissingWarranty {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let l = cx.listing;
        let has_any = l.sale_term(attr::WARRANTY_TYPE).is_some()
            || l.sale_term(attr::WARRANTY_TIME).is_some()
            || !l.warranty.trim().is_empty();
        if !has_any {
            out.report("sale_terms.WARRANTY_TYPE");
        }
    }
}
