use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// `buying_mode` is a required item field. Almost every small seller sells at a fixed price
    /// (`buy_it_now`); the fix proposes it, for review, because classified ads use another mode.
    /// It is a tip: listing forms usually fill it in for the seller.
    ///
    /// ## Bad example
    /// Modalidad de compra: (vacío)
    ///
    /// ## Good example
    /// Modalidad de compra: `buy_it_now`
    ///
    /// ## Source
    /// Mercado Libre developers, items: required `buying_mode` (reference/listing-rules.md).
    pub MissingBuyingMode {
        code: "LI010",
        name: "missing-buying-mode",
        family: Listing,
        severity: Tip,
        message: ("Falta la modalidad de compra", "The buying mode is missing"),
        help: (
            "Para vender a precio fijo, usa buy_it_now (Comprar ahora).",
            "To sell at a fixed price, use buy_it_now.",
        ),
    }
}

impl Rule for MissingBuyingMode {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.buying_mode.trim().is_empty() {
            out.report("buying_mode").fix(Fix {
                label: tr!("Usar «buy_it_now» (precio fijo)", "Use “buy_it_now” (fixed price)"),
                applicability: Applicability::NeedsReview,
                edits: vec![Edit { field: "buying_mode".into(), value: "buy_it_now".into() }],
            });
        }
    }
}
