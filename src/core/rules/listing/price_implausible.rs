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

/// An amount as each language writes it: "185.000" and "0,05" in Spanish, "185,000" and "0.05"
/// in English.
fn shown(amount: f64) -> (String, String) {
    // `as` saturates, so even absurd amounts cannot panic; they are never negative here.
    let cents = (amount.abs() * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let group = |sep: char| {
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        out
    };
    let (es, en) = (group('.'), group(','));
    if frac == 0 {
        (es, en)
    } else {
        (format!("{es},{frac:02}"), format!("{en}.{frac:02}"))
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
            let ((amount_es, amount_en), (min_es, min_en)) = (shown(amount), shown(min));
            out.report("price").message(tr!(
                "El precio ${amount_es} es muy bajo (menos de ${min_es}); ¿es un error de tipeo?",
                "The price ${amount_en} is very low (under ${min_en}); is it a typo?"
            ));
        } else if amount > max {
            let ((amount_es, amount_en), (max_es, max_en)) = (shown(amount), shown(max));
            out.report("price").message(tr!(
                "El precio ${amount_es} es muy alto (más de ${max_es}); ¿es un error de tipeo?",
                "The price ${amount_en} is very high (over ${max_en}); is it a typo?"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn amounts_in_each_language() {
        assert_eq!(shown(185000.0), ("185.000".into(), "185,000".into()));
        assert_eq!(shown(0.05), ("0,05".into(), "0.05".into()));
        assert_eq!(shown(1234567.5), ("1.234.567,50".into(), "1,234,567.50".into()));
        assert_eq!(shown(0.5), ("0,50".into(), "0.50".into()));
    }
}
