//! Package weight and size: "1,2 kg", "500 g", "2 lb"; "30x20x10 cm", "30 × 20 × 10", "0.3 m";
//! and Mercado Libre's own "30x20x10,500" (centimetres and grams).

use super::number::{parse_decimal, Grouping};
use super::ParseError;

/// Length × width × height in centimetres.
pub type Dims = [f64; 3];

/// The unit of a bare number in a weight field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightDefault {
    Kilograms,
    Grams,
}

const WEIGHT_UNITS: &[(&str, f64)] = &[
    ("kilogramos", 1000.0),
    ("kilogramo", 1000.0),
    ("kilos", 1000.0),
    ("kilo", 1000.0),
    ("kgs", 1000.0),
    ("kg", 1000.0),
    ("gramos", 1.0),
    ("gramo", 1.0),
    ("grs", 1.0),
    ("gr", 1.0),
    ("g", 1.0),
    ("libras", 453.592),
    ("libra", 453.592),
    ("lbs", 453.592),
    ("lb", 453.592),
    ("onzas", 28.3495),
    ("onza", 28.3495),
    ("oz", 28.3495),
];

const LENGTH_UNITS: &[(&str, f64)] = &[
    ("centimetros", 1.0),
    ("centímetros", 1.0),
    ("cms", 1.0),
    ("cm", 1.0),
    ("milimetros", 0.1),
    ("milímetros", 0.1),
    ("mm", 0.1),
    ("metros", 100.0),
    ("metro", 100.0),
    ("mts", 100.0),
    ("m", 100.0),
    ("pulgadas", 2.54),
    ("pulgada", 2.54),
    ("in", 2.54),
    ("\"", 2.54),
];

/// Splits "1,2 kg" into ("1,2", factor) using `units`; a bare number gets `default`.
fn number_and_unit(input: &str, units: &[(&str, f64)], default: f64) -> Option<f64> {
    let lower = input.trim().to_lowercase();
    let split = lower.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '-'))).unwrap_or(lower.len());
    let (number, unit) = lower.split_at(split);
    let unit = unit.trim().trim_end_matches('.');
    let factor = if unit.is_empty() {
        default
    } else {
        units.iter().find(|(name, _)| *name == unit).map(|(_, f)| *f)?
    };
    let value = parse_decimal(number, Grouping::Decimal)?;
    Some(value * factor)
}

/// A weight in grams.
pub fn parse_weight_g(input: &str, bare: WeightDefault) -> Result<f64, ParseError> {
    let default = match bare {
        WeightDefault::Kilograms => 1000.0,
        WeightDefault::Grams => 1.0,
    };
    number_and_unit(input, WEIGHT_UNITS, default)
        .filter(|g| *g >= 0.0)
        .ok_or_else(|| ParseError::expected("un peso como 1,2 kg o 500 g", "a weight such as 1.2 kg or 500 g"))
}

/// One length in centimetres; a bare number is centimetres.
pub fn parse_length_cm(input: &str) -> Result<f64, ParseError> {
    number_and_unit(input, LENGTH_UNITS, 1.0)
        .filter(|cm| *cm >= 0.0)
        .ok_or_else(|| ParseError::expected("una medida como 30 cm o 0,3 m", "a length such as 30 cm or 0.3 m"))
}

/// Three lengths: "30x20x10 cm", "30 × 20 × 10", "30*20*10cm". A unit at the end applies to all.
pub fn parse_dimensions(input: &str) -> Result<Dims, ParseError> {
    let err = || {
        ParseError::expected(
            "medidas como 30 x 20 x 10 cm (largo x ancho x alto)",
            "dimensions such as 30 x 20 x 10 cm (length x width x height)",
        )
    };
    let lower = input.trim().to_lowercase();
    let parts: Vec<&str> = lower.split(['x', '×', '*']).map(str::trim).collect();
    if parts.len() != 3 {
        return Err(err());
    }
    // The unit written after the last number applies to the ones before it.
    let last = parts[2];
    let unit_start = last.find(|c: char| c.is_alphabetic() || c == '"').unwrap_or(last.len());
    let unit = &last[unit_start..];
    let mut dims = [0.0; 3];
    for (i, part) in parts.iter().enumerate() {
        let with_unit = if part.contains(|c: char| c.is_alphabetic() || c == '"') {
            part.to_string()
        } else {
            format!("{part} {unit}")
        };
        dims[i] = parse_length_cm(&with_unit).map_err(|_| err())?;
    }
    Ok(dims)
}

/// Mercado Libre's `shipping.dimensions`: "LxWxH,grams" in centimetres and grams.
pub fn parse_ml_dimensions(input: &str) -> Result<(Dims, f64), ParseError> {
    let err = || {
        ParseError::expected(
            "el formato de Mercado Libre «largo x ancho x alto,gramos», por ejemplo 30x20x10,500",
            "Mercado Libre's format “length x width x height,grams”, e.g. 30x20x10,500",
        )
    };
    let (dims, grams) = input.trim().rsplit_once(',').ok_or_else(err)?;
    let dims = parse_dimensions(dims).map_err(|_| err())?;
    let grams = parse_weight_g(grams, WeightDefault::Grams).map_err(|_| err())?;
    Ok((dims, grams))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn weights_in_any_unit() {
        let cases = [
            ("1,2 kg", 1200.0),
            ("500 g", 500.0),
            ("500g", 500.0),
            ("2 lb", 907.184),
            ("1.5 kilos", 1500.0),
            ("0,25", 250.0),
            ("8 oz", 226.796),
        ];
        for (input, grams) in cases {
            let got = parse_weight_g(input, WeightDefault::Kilograms).unwrap();
            assert!(close(got, grams), "{input}: {got}");
        }
        assert!(parse_weight_g("pesado", WeightDefault::Kilograms).is_err());
        assert!(parse_weight_g("3 litros", WeightDefault::Kilograms).is_err());
    }

    #[test]
    fn lengths_and_dimensions() {
        assert!(close(parse_length_cm("0.3 m").unwrap(), 30.0));
        assert!(close(parse_length_cm("25 mm").unwrap(), 2.5));
        assert!(close(parse_length_cm("12").unwrap(), 12.0));
        assert_eq!(parse_dimensions("30x20x10 cm").unwrap(), [30.0, 20.0, 10.0]);
        assert_eq!(parse_dimensions("30 × 20 × 10").unwrap(), [30.0, 20.0, 10.0]);
        assert_eq!(parse_dimensions("0,3 x 0,2 x 0,1 m").unwrap(), [30.0, 20.0, 10.0]);
        assert!(parse_dimensions("30x20").is_err());
        assert!(parse_dimensions("grande").is_err());
    }

    #[test]
    fn mercado_libre_dimensions_string() {
        assert_eq!(parse_ml_dimensions("30x20x10,500").unwrap(), ([30.0, 20.0, 10.0], 500.0));
        assert!(parse_ml_dimensions("30x20x10").is_err());
    }
}
