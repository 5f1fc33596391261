use crate::core::engine::Context;
use crate::core::listing::attr;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// The GTIN (the barcode number: EAN-13, UPC-12, EAN-8, GTIN-14) identifies the product in
    /// Mercado Libre's catalogue. A wrong one is refused ("invalid GTIN") or links the listing to
    /// another product. Its last digit is a check digit, so most typing mistakes can be caught.
    ///
    /// Spaces and dashes are ignored; anything else must be digits, 8, 12, 13 or 14 of them,
    /// with a correct check digit (GS1's mod-10 algorithm).
    ///
    /// ## Bad example
    /// GTIN `7861234567890` (wrong check digit) or `78612345` typed short
    ///
    /// ## Good example
    /// GTIN `7861234567898`
    ///
    /// ## Source
    /// Validation cause "invalid GTIN" [3p] (reference/listing-rules.md, "Mercado Libre listing
    /// fields and validation"); GS1 General Specifications, check digit calculation.
    pub InvalidGtin {
        code: "AT001",
        name: "invalid-gtin",
        family: Attributes,
        severity: Error,
        message: ("El código de barras (GTIN) no es válido", "The barcode number (GTIN) is not valid"),
        help: (
            "Copia los números que están debajo del código de barras del empaque (8, 12, 13 o 14 dígitos).",
            "Copy the numbers printed under the barcode on the package (8, 12, 13 or 14 digits).",
        ),
    }
}

/// Why a GTIN is invalid, or `None` when it is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GtinProblem {
    NotDigits,
    Length(usize),
    CheckDigit,
}

/// Checks a GTIN-8/12/13/14: digits only (after removing spaces and dashes), the right length
/// and GS1's check digit (weights 3,1,3,1… from the right, excluding the check digit).
pub fn gtin_problem(input: &str) -> Option<GtinProblem> {
    let cleaned: Vec<char> = input.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')).collect();
    if cleaned.is_empty() || !cleaned.iter().all(|c| c.is_ascii_digit()) {
        return Some(GtinProblem::NotDigits);
    }
    let digits: Vec<u32> = cleaned.iter().filter_map(|c| c.to_digit(10)).collect();
    if ![8, 12, 13, 14].contains(&digits.len()) {
        return Some(GtinProblem::Length(digits.len()));
    }
    let (check, body) = digits.split_last()?;
    let sum: u32 = body.iter().rev().enumerate().map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d }).sum();
    let expected = (10 - sum % 10) % 10;
    (expected != *check).then_some(GtinProblem::CheckDigit)
}

impl Rule for InvalidGtin {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(gtin) = cx.listing.attribute(attr::GTIN) else { return };
        let Some(problem) = gtin_problem(gtin) else { return };
        let finding = out.report("attributes.GTIN");
        match problem {
            GtinProblem::NotDigits => finding.message(tr!(
                "El GTIN «{gtin}» tiene caracteres que no son números",
                "The GTIN “{gtin}” has characters that are not digits"
            )),
            GtinProblem::Length(n) => finding.message(tr!(
                "El GTIN «{gtin}» tiene {n} dígitos; debe tener 8, 12, 13 o 14",
                "The GTIN “{gtin}” has {n} digits; it must have 8, 12, 13 or 14"
            )),
            GtinProblem::CheckDigit => finding.message(tr!(
                "El último dígito del GTIN «{gtin}» no cuadra; revisa que esté bien copiado",
                "The last digit of the GTIN “{gtin}” does not check out; make sure it was copied right"
            )),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_of_every_length() {
        assert_eq!(gtin_problem("7861234567898"), None);
        assert_eq!(gtin_problem("786-1234 567898"), None);
        assert_eq!(gtin_problem("4006381333931"), None);
        assert_eq!(gtin_problem("036000291452"), None);
        assert_eq!(gtin_problem("96385074"), None);
        assert_eq!(gtin_problem("10012345678902"), None);
        assert_eq!(gtin_problem("7861234567890"), Some(GtinProblem::CheckDigit));
        assert_eq!(gtin_problem("12345"), Some(GtinProblem::Length(5)));
        assert_eq!(gtin_problem("78612345678A5"), Some(GtinProblem::NotDigits));
    }
}
