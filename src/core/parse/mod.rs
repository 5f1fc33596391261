//! Tolerant parsing of what sellers type. Every parser returns `Result<_, ParseError>`; the error
//! says, in both languages, what was expected. No parser panics on any input (property-tested).

mod dimensions;
mod number;
mod price;
mod quantity;
mod warranty;

pub use dimensions::{parse_dimensions, parse_length_cm, parse_ml_dimensions, parse_weight_g, Dims, WeightDefault};
pub use number::{parse_decimal, Grouping};
pub use price::{parse_price, Money};
pub use quantity::parse_quantity;
pub use warranty::{parse_warranty, Warranty};

use crate::core::text::Text;

/// Why a value could not be understood, and what would have been.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What was expected, e.g. "un precio como 12,50 o $12.50".
    pub expected: Text,
}

impl ParseError {
    pub fn expected(es: &str, en: &str) -> ParseError {
        ParseError { expected: Text::new(es, en) }
    }

    /// A full message quoting the input: «abc» no es … Escribe …
    pub fn message(&self, input: &str) -> Text {
        let shown: String = input.chars().take(40).collect();
        Text::new(
            format!("No se entiende «{shown}». Se esperaba {}.", self.expected.es),
            format!("Could not understand “{shown}”. Expected {}.", self.expected.en),
        )
    }
}
