//! serde_json's reason for refusing a text, in the seller's language. serde_json says it in
//! English ("EOF while parsing a list at line 3 column 5"); a Spanish message must not carry that
//! English inside it (docs/limits.md). Line and column are the caller's to say.

use crate::core::text::Text;

/// The reason serde_json gave, in Spanish and English, without its " at line L column C".
pub fn reason(err: &serde_json::Error) -> Text {
    let detail = err.to_string();
    let en = detail.split(" at line ").next().unwrap_or(&detail).to_string();
    let es = spanish(&en);
    Text::new(es, en)
}

/// serde_json's messages (serde_json::error::ErrorCode and serde's data errors) in Spanish.
fn spanish(en: &str) -> String {
    let fixed = match en {
        "EOF while parsing a list" => "el archivo termina dentro de una lista: falta un «]»",
        "EOF while parsing an object" => "el archivo termina dentro de un objeto: falta una «}»",
        "EOF while parsing a string" => "el archivo termina dentro de un texto: falta una comilla de cierre",
        "EOF while parsing a value" => "el archivo termina donde se esperaba un valor",
        "expected `:`" => "falta «:» entre el nombre y el valor",
        "expected `,` or `]`" => "falta «,» o «]» en una lista",
        "expected `,` or `}`" => "falta «,» o «}» en un objeto",
        "expected ident" => "palabra desconocida (se esperaba true, false o null)",
        "expected value" => "se esperaba un valor (texto, número, lista u objeto)",
        "expected `\"`" => "se esperaba una comilla doble",
        "invalid escape" => "secuencia de escape no válida (una «\\» mal usada)",
        "invalid number" => "número no válido",
        "number out of range" => "número fuera de rango",
        "invalid unicode code point" => "código Unicode no válido",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "un carácter de control dentro de un texto (por ejemplo un salto de línea sin escapar)"
        }
        "key must be a string" => "el nombre de un campo debe ir entre comillas",
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => "secuencia \\u incompleta",
        "trailing comma" => "sobra una coma antes del cierre",
        "trailing characters" => "hay texto después del final del JSON",
        "recursion limit exceeded" => "demasiados niveles anidados (más de 128)",
        _ => "",
    };
    if !fixed.is_empty() {
        return fixed.to_string();
    }
    // serde's data errors name a field or a type; keep that name, say the rest in Spanish.
    if let Some(field) = en.strip_prefix("missing field ") {
        return format!("falta el campo {field}");
    }
    if let Some(rest) = en.strip_prefix("unknown field ") {
        let field = rest.split(", expected").next().unwrap_or(rest);
        return format!("campo desconocido {field}");
    }
    if en.starts_with("invalid type") || en.starts_with("invalid value") || en.starts_with("invalid length") {
        return "un valor no tiene el tipo esperado".to_string();
    }
    "formato no reconocido".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason_of(text: &str) -> Text {
        reason(&serde_json::from_str::<serde_json::Value>(text).unwrap_err())
    }

    #[test]
    fn every_syntax_error_gets_a_spanish_reason_without_english() {
        let nested = "[".repeat(200);
        for bad in ["[1, 2", "{\"a\": 1", "\"abc", "", "{\"a\" 1}", "[1 2]", "{\"a\": 1 \"b\": 2}", "tru", "[,]",
            "\"\\x\"", "-", "1e999999", "{1: 2}", "[1,]", "[1] x", "\"\u{1}\"", "\"\\ud800\"", nested.as_str()]
        {
            let r = reason_of(bad);
            assert!(!r.es.is_empty() && r.es != "formato no reconocido", "{bad:?}: untranslated {:?}", r.en);
            assert_ne!(r.es, r.en, "{bad:?}");
            assert!(!r.en.contains(" at line "), "{bad:?}: {}", r.en);
        }
    }

    #[test]
    fn data_errors_keep_the_field_name() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Item {
            title: String,
        }
        let err = serde_json::from_str::<Item>("{}").unwrap_err();
        assert_eq!(reason(&err).es, "falta el campo `title`");
        let err = serde_json::from_str::<Item>("{\"title\": 3}").unwrap_err();
        assert_eq!(reason(&err).es, "un valor no tiene el tipo esperado");
    }
}
