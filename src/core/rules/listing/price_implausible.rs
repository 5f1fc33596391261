use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// A price far outside what small sellers charge is usually a typo: a missing decimal mark
    /// ("1250" for 12,50) or cents typed as dollars. Publishing it loses the sale or, worse, sells
    /// at the wrong price.
    ///
    /// Only prices in US dollars (or with no currency) are checked; another currency is
    /// LI005's business.
    ///
    /// ## Bad example
    /// Precio: `0,05` for a thermos, or `250000`
    ///
    /// ## Good example
    /// Precio: `18,50`
    ///
    /// ## Source
    /// No public Mercado Libre limit: both bounds are **editable defaults** of Listo
    /// (`limits.price_min_plausible` = 0,50 and `limits.price_max_plausible` = 100 000 USD),
    /// an assumption, not an official rule (reference/listing-rules.md, "[assumption]").
    pub PriceImplausible {
        code: "LI004",
        name: "price-implausible",
        family: Listing,
        severity: Warning,
        message: ("El precio parece un error de tipeo", "The price looks like a typo"),
        help: (
            "Revisa los decimales: en Ecuador el precio va en dólares, por ejemplo 18,50. Los límites son una suposición de Listo que puedes cambiar.",
            "Check the decimals: in Ecuador prices are in US dollars, e.g. 18.50. The bounds are Listo's assumption and can be changed.",
        ),
    }
}

impl Rule for PriceImplausible {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(money) = &cx.facts.price else { return };
        let currency = cx.listing.currency_id.trim();
        let usd = (currency.is_empty() || currency.eq_ignore_ascii_case("USD")) && money.currency.is_none_or(|c| c == "USD");
        let (amount, min, max) = (money.amount, cx.limits().price_min_plausible, cx.limits().price_max_plausible);
        if !usd || amount <= 0.0 {
            return;
        }
        if amount < min {
            out.report("price").message(tr!(
                "El precio ${amount} es muy bajo (menos de ${min}); ¿es un error de tipeo?",
                "The price ${amount} is very low (under ${min}); is it a typo?"
            ));
        } else if amount > max {
            out.report("price").message(tr!(
                "El precio ${amount} es muy alto (más de ${max}); ¿es un error de tipeo?",
                "The price ${amount} is very high (over ${max}); is it a typo?"
            ));
        }
    }
}
