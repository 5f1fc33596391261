use crate::core::engine::Context;
use crate::core::listing::attr;
use crate::core::parse::Warranty;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// A warranty type ("Garantía del vendedor") without a time tells buyers there is a warranty
    /// but not for how long; Mercado Libre pairs `WARRANTY_TYPE` with `WARRANTY_TIME`. "Sin
    /// garantía" needs no time.
    ///
    /// ## Bad example
    /// `WARRANTY_TYPE` = `Garantía de fábrica`, no `WARRANTY_TIME`
    ///
    /// ## Good example
    /// `WARRANTY_TYPE` = `Garantía de fábrica`, `WARRANTY_TIME` = `1 año`
    ///
    /// ## Source
    /// Mercado Libre developers, sale_terms `WARRANTY_TYPE` and `WARRANTY_TIME`
    /// (reference/listing-rules.md, "Mercado Libre listing fields and validation").
    pub WarrantyTypeWithoutTime {
        code: "WA003",
        name: "warranty-type-without-time",
        family: Warranty,
        severity: Warning,
        message: ("Falta el tiempo de garantía", "The warranty time is missing"),
        help: (
            "Indica cuánto dura la garantía, por ejemplo «6 meses» o «1 año».",
            "Say how long the warranty lasts, e.g. “6 meses” or “1 año”.",
        ),
    }
}

impl Rule for WarrantyTypeWithoutTime {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let l = cx.listing;
        let Some(kind) = l.sale_term(attr::WARRANTY_TYPE) else { return };
        if cx.facts.warranty == Some(Warranty::None) || l.sale_term(attr::WARRANTY_TIME).is_some() {
            return;
        }
        // Older items may give the time in the free-text `warranty`.
        if cx.facts.warranty.is_some() {
            return;
        }
        out.report("sale_terms.WARRANTY_TIME").message(tr!(
            "La garantía es «{kind}» pero no dice por cuánto tiempo",
            "The warranty is “{kind}” but does not say for how long"
        ));
    }
}
