//! Folding text for matching: lower case, accents removed, so "Cumbayá", "CUMBAYA" and "cumbaya"
//! compare equal. Spanish (and the Portuguese and French brand names sellers type) uses only
//! Latin-1 and Latin Extended-A letters, so a small table does the job: the
//! `unicode-normalization` crate would add its decomposition tables to the wasm download for
//! letters Listo never needs to fold.

/// The base letter of an accented Latin letter (already lower case), or the letter itself.
fn base(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ñ' | 'ń' | 'ň' => 'n',
        'ç' | 'ć' | 'č' => 'c',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ď' => 'd',
        'ť' => 't',
        'ğ' => 'g',
        _ => c,
    }
}

/// Lower case without accents: "Cumbayá" → "cumbaya", "Ñandú" → "nandu".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // Most text is ASCII: skip the Unicode case tables for it.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(fold_char(c));
        }
    }
    out
}

/// One character folded (usually one character; a few letters lower-case to two).
pub fn fold_char(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(base)
}

/// Folded words: letters and digits only, split on everything else.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Cumbayá"), "cumbaya");
        assert_eq!(fold("ÑANDÚ Pingüino"), "nandu pinguino");
        assert_eq!(words("Zapatos-deportivos, talla 42!"), vec!["zapatos", "deportivos", "talla", "42"]);
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_shortcut_folds_as_the_tables_do(s in "\\PC{0,40}|[a-zA-Z0-9áÁéÉñÑüÜİẞß ,.()-]{0,30}") {
            proptest::prop_assert_eq!(fold(&s), s.chars().flat_map(fold_char).collect::<String>());
        }
    }
}
