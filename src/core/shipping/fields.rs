//! What a seller calls the package and origin fields, in each language: messages name
//! "largo, ancho" in Spanish and "length, width" in English, never the field paths.

use crate::core::text::Text;

/// The seller's name for a shipping field; an unknown path is shown as it is.
pub fn field_name(path: &str) -> Text {
    let (es, en) = match path {
        "shipping.weight" => ("peso", "weight"),
        "shipping.length" => ("largo", "length"),
        "shipping.width" => ("ancho", "width"),
        "shipping.height" => ("alto", "height"),
        "shipping.dimensions" => ("medidas y peso del paquete", "package size and weight"),
        "seller_address.city" => ("ciudad de origen", "origin city"),
        "seller_address.state" => ("provincia de origen", "origin province"),
        other => (other, other),
    };
    Text::new(es, en)
}

/// Several field names as one list per language: "ancho, alto" / "width, height".
pub fn field_names<S: AsRef<str>>(paths: &[S]) -> Text {
    let names: Vec<Text> = paths.iter().map(|p| field_name(p.as_ref())).collect();
    Text::new(
        names.iter().map(|t| t.es.as_str()).collect::<Vec<_>>().join(", "),
        names.iter().map(|t| t.en.as_str()).collect::<Vec<_>>().join(", "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_in_each_language() {
        assert_eq!(field_names(&["shipping.width", "shipping.height"]), Text::new("ancho, alto", "width, height"));
        assert_eq!(field_name("shipping.weight"), Text::new("peso", "weight"));
        assert_eq!(field_name("shipping.length"), Text::new("largo", "length"));
        assert_eq!(field_name("x.y").es, "x.y");
    }
}
