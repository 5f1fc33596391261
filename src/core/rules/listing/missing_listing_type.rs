use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// `listing_type_id` (free, bronze, silver, gold, gold_special, gold_pro…) is required: it
    /// sets the listing's exposure and fees, and Mercado Libre will not publish without it.
    ///
    /// ## Bad example
    /// Tipo de publicación: (vacío)
    ///
    /// ## Good example
    /// Tipo de publicación: `gold_special` (Clásica)
    ///
    /// ## Source
    /// Mercado Libre developers, items: required `listing_type_id` (reference/listing-rules.md).
    pub MissingListingType {
        code: "LI009",
        name: "missing-listing-type",
        family: Listing,
        severity: Error,
        message: ("Falta el tipo de publicación", "The listing type is missing"),
        help: (
            "Elige el tipo de publicación (por ejemplo Clásica, gold_special); define la exposición y el costo.",
            "Choose the listing type (e.g. Classic, gold_special); it sets exposure and fees.",
        ),
    }
}

impl Rule for MissingListingType {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.listing_type_id.trim().is_empty() {
            out.report("listing_type_id");
        }
    }
}
