//! Decimal numbers as written in Ecuador and the rest of Latin America: "12,50", "12.50",
//! "1.234,56", "1,234.56".

/// How to read a single separator followed by exactly three digits ("1.250").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// "1.250" is one thousand two hundred fifty (prices).
    Thousands,
    /// "1,250" is one and a quarter (weights and lengths).
    Decimal,
}

/// Parses a decimal number made only of digits, '.', ',' and spaces between digit groups.
/// When both separators appear the last one is the decimal mark.
pub fn parse_decimal(s: &str, grouping: Grouping) -> Option<f64> {
    let s: String = s.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\'')).collect();
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, s),
    };
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    if !s.chars().next()?.is_ascii_digit() && !s.starts_with(['.', ',']) {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let normalized = match (dots, commas) {
        (0, 0) => s.clone(),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let after = s.rsplit(sep).next().unwrap_or("");
            if count > 1 {
                // "1.234.567": groups of three only.
                if !groups_of_three(&s, sep) {
                    return None;
                }
                s.replace(sep, "")
            } else if after.len() == 3 && grouping == Grouping::Thousands && !s.starts_with(sep) {
                s.replace(sep, "")
            } else {
                s.replace(sep, ".")
            }
        }
        _ => {
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            let (thousands, decimal) = if last_dot > last_comma { (',', '.') } else { ('.', ',') };
            if s.matches(decimal).count() != 1 {
                return None;
            }
            let (int_part, _) = s.split_once(decimal)?;
            if !groups_of_three(int_part, thousands) {
                return None;
            }
            s.replace(thousands, "").replace(decimal, ".")
        }
    };
    let value: f64 = normalized.parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// "1.234.567" has groups of exactly three digits after the first.
fn groups_of_three(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_decimal_marks() {
        let cases = [
            ("12,50", Some(12.5)),
            ("12.50", Some(12.5)),
            ("1.234,56", Some(1234.56)),
            ("1,234.56", Some(1234.56)),
            ("1.234.567", Some(1234567.0)),
            ("1 234,5", Some(1234.5)),
            ("0,5", Some(0.5)),
            (",5", Some(0.5)),
            ("15", Some(15.0)),
            ("-3", Some(-3.0)),
            ("", None),
            ("abc", None),
            ("1.2.3", None),
            ("1,23,45.6", None),
            ("12..5", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_decimal(input, Grouping::Thousands), want, "{input}");
        }
    }

    #[test]
    fn three_digits_after_one_separator_depends_on_grouping() {
        assert_eq!(parse_decimal("1.250", Grouping::Thousands), Some(1250.0));
        assert_eq!(parse_decimal("1,250", Grouping::Decimal), Some(1.25));
    }
}
