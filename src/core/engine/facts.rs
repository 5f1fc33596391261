//! Values parsed once per check, so every rule reads the same understanding of the listing and
//! no rule re-parses. A field that is empty is `None`; a field that could not be understood is
//! `None` too, with its error kept in [`Facts::errors`] for the rule that reports it.

use crate::core::listing::{attr, Listing};
use crate::core::parse::{
    parse_dimensions, parse_length_cm, parse_ml_dimensions, parse_price, parse_quantity, parse_warranty,
    parse_weight_g, Dims, Money, ParseError, Warranty, WeightDefault,
};
use std::collections::BTreeMap;

/// A field that could not be understood: where, what was typed, what was expected.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub input: String,
    pub error: ParseError,
}

#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub price: Option<Money>,
    pub quantity: Option<i64>,
    /// Package weight in grams, and the field it came from.
    pub weight_g: Option<f64>,
    /// Package length × width × height in centimetres.
    pub dims_cm: Option<Dims>,
    /// Where the package was given: "shipping.dimensions" or the separate fields.
    pub package_field: &'static str,
    pub warranty: Option<Warranty>,
    /// Where the warranty time was read: "sale_terms.WARRANTY_TIME" or "warranty".
    pub warranty_field: &'static str,
    /// Parse errors by field path.
    pub errors: BTreeMap<&'static str, FieldError>,
}

fn non_empty(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

impl Facts {
    pub fn of(listing: &Listing) -> Facts {
        let mut facts = Facts { package_field: "shipping.weight", warranty_field: "sale_terms.WARRANTY_TIME", ..Facts::default() };
        facts.price = facts.read("price", &listing.price, parse_price);
        facts.quantity = facts.read("available_quantity", &listing.available_quantity, parse_quantity);
        facts.read_package(listing);
        facts.read_warranty(listing);
        facts
    }

    /// The parse error on `field`, if any.
    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.get(field)
    }

    fn read<T>(&mut self, field: &'static str, input: &str, parse: impl Fn(&str) -> Result<T, ParseError>) -> Option<T> {
        let text = non_empty(input)?;
        match parse(text) {
            Ok(v) => Some(v),
            Err(error) => {
                self.errors.insert(field, FieldError { input: text.to_string(), error });
                None
            }
        }
    }

    fn read_package(&mut self, listing: &Listing) {
        let s = &listing.shipping;
        let separate = [&s.weight, &s.length, &s.width, &s.height].iter().any(|v| non_empty(v).is_some());
        if !separate {
            if let Some(text) = non_empty(&s.dimensions) {
                self.package_field = "shipping.dimensions";
                match parse_ml_dimensions(text) {
                    Ok((dims, grams)) => {
                        self.dims_cm = Some(dims);
                        self.weight_g = Some(grams);
                    }
                    Err(error) => {
                        // Sellers also paste "30x20x10 cm" here: accept dimensions without weight.
                        if let Ok(dims) = parse_dimensions(text) {
                            self.dims_cm = Some(dims);
                        } else {
                            self.errors.insert("shipping.dimensions", FieldError { input: text.to_string(), error });
                        }
                    }
                }
            }
            return;
        }
        self.weight_g = self.read("shipping.weight", &s.weight, |t| parse_weight_g(t, WeightDefault::Kilograms));
        let l = self.read("shipping.length", &s.length, parse_length_cm);
        let w = self.read("shipping.width", &s.width, parse_length_cm);
        let h = self.read("shipping.height", &s.height, parse_length_cm);
        if let (Some(l), Some(w), Some(h)) = (l, w, h) {
            self.dims_cm = Some([l, w, h]);
        }
    }

    fn read_warranty(&mut self, listing: &Listing) {
        if listing.sale_term(attr::WARRANTY_TYPE).is_some_and(|t| {
            let t = t.to_lowercase();
            t.contains("sin garant") || t == "no warranty"
        }) {
            self.warranty = Some(Warranty::None);
            return;
        }
        if let Some(time) = listing.sale_term(attr::WARRANTY_TIME) {
            self.warranty = self.read("sale_terms.WARRANTY_TIME", time, parse_warranty);
        } else if non_empty(&listing.warranty).is_some() {
            self.warranty_field = "warranty";
            self.warranty = self.read("warranty", &listing.warranty, parse_warranty);
        }
    }
}
