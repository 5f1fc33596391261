//! Prices as sellers type them: "12,50", "$12.50", "1.234,56", "USD 15", "15 dólares".

use super::number::{parse_decimal, Grouping};
use super::ParseError;

/// An amount and, when the text named one, its currency (ISO code).
#[derive(Clone, Debug, PartialEq)]
pub struct Money {
    pub amount: f64,
    pub currency: Option<&'static str>,
}

/// Currency markers, longest first so "US$" wins over "$". "$" alone is the dollar: Ecuador
/// uses the US dollar.
const MARKERS: &[(&str, &str)] = &[
    ("dolares", "USD"),
    ("dólares", "USD"),
    ("dolar", "USD"),
    ("dólar", "USD"),
    ("us$", "USD"),
    ("usd", "USD"),
    ("u$s", "USD"),
    ("ars", "ARS"),
    ("eur", "EUR"),
    ("€", "EUR"),
    ("$", "USD"),
];

/// Only digits, separators and signs: no currency marker can be in it.
fn is_plain_number(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ' | b'-' | b'+'))
}

pub fn parse_price(input: &str) -> Result<Money, ParseError> {
    let mut rest = input.trim().to_lowercase();
    let mut currency = None;
    // Every marker has a byte that no plain number has: most prices skip the search.
    if !is_plain_number(&rest) {
        for (marker, code) in MARKERS {
            if let Some(pos) = rest.find(marker) {
                rest.replace_range(pos..pos + marker.len(), " ");
                currency.get_or_insert(*code);
            }
        }
    }
    let amount = parse_decimal(rest.trim(), Grouping::Thousands).ok_or_else(|| {
        ParseError::expected("un precio como 12,50 o $12.50", "a price such as 12.50 or $12.50")
    })?;
    Ok(Money { amount, currency })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_marker_looks_like_a_plain_number() {
        for (marker, _) in MARKERS {
            assert!(!is_plain_number(marker), "{marker}");
        }
    }

    #[test]
    fn reads_what_sellers_type() {
        let cases = [
            ("12,50", 12.5, None),
            ("$12.50", 12.5, Some("USD")),
            ("1.234,56", 1234.56, None),
            ("USD 15", 15.0, Some("USD")),
            ("15 dólares", 15.0, Some("USD")),
            ("US$ 1,200.00", 1200.0, Some("USD")),
            ("1400", 1400.0, None),
            ("ARS 99,9", 99.9, Some("ARS")),
        ];
        for (input, amount, currency) in cases {
            let money = parse_price(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!((money.amount, money.currency), (amount, currency), "{input}");
        }
    }

    #[test]
    fn rejects_text_with_a_clear_expectation() {
        let err = parse_price("doce").unwrap_err();
        assert!(err.message("doce").es.contains("«doce»"));
        assert!(parse_price("$").is_err());
        assert!(parse_price("").is_err());
    }
}
