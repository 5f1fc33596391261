//! What a seller calls the package and origin fields, in each language: messages name
//! "largo, ancho" in Spanish and "length, width" in English, never the field paths.

use crate::core::text::Text;

/// The seller's name for a shipping field, in Spanish and English; an unknown path is shown as it is.
fn names(path: &str) -> (&str, &str) {
    match path {
        "shipping.weight" => ("peso", "weight"),
        "shipping.length" => ("largo", "length"),
        "shipping.width" => ("ancho", "width"),
        "shipping.height" => ("alto", "height"),
        "shipping.dimensions" => ("medidas y peso del paquete", "package size and weight"),
        "seller_address.city" => ("ciudad de origen", "origin city"),
        "seller_address.state" => ("provincia de origen", "origin province"),
        other => (other, other),
    }
}

/// The seller's name for a shipping field; an unknown path is shown as it is.
pub fn field_name(path: &str) -> Text {
    let (es, en) = names(path);
    Text::new(es, en)
}

/// Several field names as one list per language: "ancho, alto" / "width, height".
pub fn field_names<S: AsRef<str>>(paths: &[S]) -> Text {
    let mut text = Text::default();
    push_field_names(&mut text, paths);
    text
}

/// Appends the field names to each language's text, comma-separated, without building a list
/// first (the shipping evaluation writes one such sentence per pending verdict).
pub fn push_field_names<S: AsRef<str>>(text: &mut Text, paths: &[S]) {
    for (i, path) in paths.iter().enumerate() {
        let (es, en) = names(path.as_ref());
        if i > 0 {
            text.es.push_str(", ");
            text.en.push_str(", ");
        }
        text.es.push_str(es);
        text.en.push_str(en);
    }
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
        assert_eq!(field_names::<&str>(&[]), Text::default());
        assert_eq!(field_names(&["shipping.weight", "x.y"]), Text::new("peso, x.y", "weight, x.y"));
    }
}
