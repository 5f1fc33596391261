use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Ecuador's Mercado Libre site (`MEC`) sells in US dollars. A listing in another currency,
    /// or with none, is not a valid Ecuadorian listing; an item copied from another country
    /// keeps that country's currency and prices.
    ///
    /// A fix sets `USD` when the currency is empty (safe: Ecuador has no other currency). When
    /// another currency is set but the price text itself says dollars ("$", "USD"), the fix is
    /// offered for review. A price in another currency gets no fix: its amount must be
    /// converted by the seller.
    ///
    /// ## Bad example
    /// `currency_id`: `ARS`, or empty
    ///
    /// ## Good example
    /// `currency_id`: `USD`
    ///
    /// ## Source
    /// Mercado Libre developers, "Dominios y Categorías": site `MEC` uses USD; `currency_id` is
    /// a required item field (reference/listing-rules.md).
    pub CurrencyNotUsd {
        code: "LI005",
        name: "currency-not-usd",
        family: Listing,
        severity: Warning,
        message: ("La moneda no es el dólar", "The currency is not the US dollar"),
        help: (
            "En Mercado Libre Ecuador se publica en dólares (USD). Si el precio estaba en otra moneda, conviértelo.",
            "Mercado Libre Ecuador lists in US dollars (USD). If the price was in another currency, convert it.",
        ),
    }
}

fn set_usd(applicability: Applicability) -> Fix {
    Fix {
        label: tr!("Poner la moneda en USD", "Set the currency to USD"),
        applicability,
        edits: vec![Edit { field: "currency_id".into(), value: "USD".into() }],
    }
}

impl Rule for CurrencyNotUsd {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let currency = cx.listing.currency_id.trim();
        let typed = cx.facts.price.as_ref().and_then(|m| m.currency);
        if currency.is_empty() {
            if let Some(other) = typed.filter(|c| *c != "USD") {
                out.report("price").message(tr!(
                    "El precio está en {other}; en Ecuador se publica en dólares",
                    "The price is in {other}; Ecuador lists in US dollars"
                ));
                return;
            }
            out.report("currency_id")
                .message(tr!("Falta la moneda; en Ecuador es USD", "The currency is missing; in Ecuador it is USD"))
                .fix(set_usd(Applicability::Safe));
            return;
        }
        if currency.eq_ignore_ascii_case("USD") {
            return;
        }
        let finding = out.report("currency_id");
        finding.message(tr!(
            "La moneda es {currency}; en Ecuador se publica en dólares (USD)",
            "The currency is {currency}; Ecuador lists in US dollars (USD)"
        ));
        if typed == Some("USD") {
            finding.fix(set_usd(Applicability::NeedsReview));
        }
    }
}
