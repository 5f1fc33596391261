//! Available quantity: a whole number, optionally followed by a unit word ("3 unidades").

use super::number::{parse_decimal, Grouping};
use super::ParseError;

pub fn parse_quantity(input: &str) -> Result<i64, ParseError> {
    let lower = input.trim().to_lowercase();
    let number = lower
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '.' || c.is_whitespace())
        .trim();
    let err = || ParseError::expected("un número entero como 5", "a whole number such as 5");
    let value = parse_decimal(number, Grouping::Thousands).ok_or_else(err)?;
    if value.fract() != 0.0 || value.abs() > 1e12 {
        return Err(err());
    }
    Ok(value as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_with_optional_unit() {
        assert_eq!(parse_quantity("3"), Ok(3));
        assert_eq!(parse_quantity("3.0"), Ok(3));
        assert_eq!(parse_quantity(" 12 unidades"), Ok(12));
        assert_eq!(parse_quantity("0"), Ok(0));
        assert!(parse_quantity("2,5").is_err());
        assert!(parse_quantity("muchos").is_err());
    }
}
