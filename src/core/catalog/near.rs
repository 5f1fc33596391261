//! Words the index does not know, read as the known word they are near: a diminutive
//! ("perrito", "camita", "chompita": Ecuadorian Spanish is full of them) or a one-letter slip of
//! a phone keyboard ("licuadra", "bicicelta", "zapatilas"). Titles typed on phones are full of
//! both, and no lexicon can list every form; the category names and the lexicon already know the
//! plain word. A near word counts less than a word written right ([`super::Tuning::near_word`]).

use super::normalize::{key, listed_key, Token};
use rustc_hash::FxHashMap as HashMap;

/// Shortest word whose one-letter slips are looked up. Shorter words are too often a real word
/// the index lacks, one letter from one it has ("escuela" and "espuela", "anuario" and
/// "acuario"): at 6 letters the tuning half lost 0.9 points of top level, at 7 1.0, at 8 0.3
/// (docs/catalog-history-early.md, batch 7).
pub const MIN_SLIP_LEN: usize = 8;

/// Shortest diminutive tried ("gatito": "gat" + "ito").
const MIN_DIMINUTIVE_LEN: usize = 6;

/// The letters a slip may add or change (folded words are plain ASCII letters).
const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";

/// The known key `word` (a folded, singular key the index lacks) is near, if any: first its
/// diminutive's base, then the strongest one-letter slip (a letter dropped, two swapped, one
/// changed or one added) that `weight` knows, itself or as the key the normaliser's tables give
/// it. `weight` gives a known key's strongest weight in the index ("refrigeradra" is one letter
/// from both "refrigerada", a word of one category name, and "refrigeradora", a lexicon word:
/// the lexicon word weighs more). Words with digits or other signs (model codes) are left alone.
pub fn near_key(word: &str, weight: impl Fn(&str) -> Option<f32>) -> Option<String> {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if let Some(k) = diminutive_base(word, &weight) {
        return Some(k);
    }
    if word.len() < MIN_SLIP_LEN {
        return None;
    }
    one_slip(word, &weight)
}

/// "perrito" → "perro", "camita" → "cama", "ratoncito" → "ratón", "vaquita" → "vaca",
/// "amiguito" → "amigo", "chompita" → the key of "chompa". Each candidate goes through
/// [`key`], so synonyms and misspellings fold as in any title.
fn diminutive_base(word: &str, weight: &impl Fn(&str) -> Option<f32>) -> Option<String> {
    if word.len() < MIN_DIMINUTIVE_LEN {
        return None;
    }
    let (stem, ends): (&str, &[&str]) = if let Some(s) = word.strip_suffix("cito").or_else(|| word.strip_suffix("cita")) {
        (s, &["", "e"])
    } else if let Some(s) = word.strip_suffix("quito").or_else(|| word.strip_suffix("quita")) {
        (s, &["co", "ca"])
    } else if let Some(s) = word.strip_suffix("guito").or_else(|| word.strip_suffix("guita")) {
        (s, &["go", "ga"])
    } else if let Some(s) = word.strip_suffix("ito").or_else(|| word.strip_suffix("ita")) {
        // The word's own gender first: "camita" is a "cama", "gatito" a "gato".
        if word.ends_with('a') { (s, &["a", "o", "e"]) } else { (s, &["o", "a", "e"]) }
    } else {
        return None;
    };
    if stem.len() < 2 {
        return None;
    }
    ends.iter().filter_map(|e| key(&format!("{stem}{e}"))).find(|k| weight(k).is_some())
}

/// The strongest known word one letter away from `word` (the first found on a tie). One buffer
/// is reused: a nine-letter word has about 500 neighbours, and each is only looked up.
fn one_slip(word: &str, weight: &impl Fn(&str) -> Option<f32>) -> Option<String> {
    let w = word.as_bytes();
    let n = w.len();
    let mut buf = String::with_capacity(n + 1);
    let mut best: Option<(String, f32)> = None;
    let mut try_it = |parts: &[&[u8]]| {
        buf.clear();
        for p in parts {
            // Every part is ASCII (checked by the caller), so this never fails.
            buf.push_str(std::str::from_utf8(p).unwrap_or(""));
        }
        // Itself, or a synonym the tables fold ("audifono" is looked up as "auricular").
        let found = match weight(&buf) {
            Some(x) => Some((buf.as_str(), x)),
            None => listed_key(&buf).and_then(|k| weight(k).map(|x| (k, x))),
        };
        if let Some((k, x)) = found.filter(|(_, x)| best.as_ref().is_none_or(|(_, b)| x > b)) {
            best = Some((k.to_string(), x));
        }
    };
    // Not at the end: a letter more or less there is a Spanish ending ("esencial" and
    // "esencia", "cuentan" and "cuenta"), not a slip.
    for i in 0..n.saturating_sub(1) {
        try_it(&[&w[..i], &w[i + 1..]]);
    }
    for i in 0..n.saturating_sub(1) {
        try_it(&[&w[..i], &[w[i + 1], w[i]], &w[i + 2..]]);
    }
    for i in 0..n {
        for c in LETTERS.iter().filter(|c| **c != w[i]) {
            try_it(&[&w[..i], &[*c], &w[i + 1..]]);
        }
    }
    for i in 0..n {
        for c in LETTERS {
            try_it(&[&w[..i], &[*c], &w[i..]]);
        }
    }
    best.map(|(k, _)| k)
}

/// How many unknown words of one text are read as near words: each costs a few hundred lookups,
/// and a pasted text may have many.
const MAX_NEAR_TRIES: usize = 12;

/// Reads each word of `toks` that `index` does not know as the known word it is near (see
/// [`near_key`]), and returns, for each position, the key the word had before if it was replaced.
/// The classifier still tries those keys for phrases: a phrase may hold a word the index lacks
/// alone ("bicicleta_estatica", while "estática" alone is read as "estética").
pub(super) fn read_near_words(index: &HashMap<String, Vec<(u32, f32)>>, toks: &mut [Token]) -> Vec<Option<String>> {
    let mut written = vec![None; toks.len()];
    let mut tries = 0;
    for (t, w) in toks.iter_mut().zip(written.iter_mut()) {
        if tries == MAX_NEAR_TRIES {
            break;
        }
        if index.contains_key(&t.key) {
            continue;
        }
        tries += 1;
        if let Some(k) = near_key(&t.key, |w| index.get(w).map(|l| l.iter().map(|p| p.1).fold(0.0, f32::max))) {
            *w = Some(std::mem::replace(&mut t.key, k));
        }
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(words: &'static [&'static str]) -> impl Fn(&str) -> Option<f32> {
        move |w| words.contains(&w).then_some(1.0)
    }

    #[test]
    fn slips_of_one_letter_are_read_as_the_word() {
        let k = known(&["bicicleta", "zapatilla", "licuadora", "protector", "auricular"]);
        assert_eq!(near_key("bicicelta", &k).as_deref(), Some("bicicleta"));
        assert_eq!(near_key("zapatila", &k).as_deref(), Some("zapatilla"));
        assert_eq!(near_key("protetor", &k).as_deref(), Some("protector"));
        assert_eq!(near_key("licaudora", &k).as_deref(), Some("licuadora"));
        assert_eq!(near_key("licuadotra", &k).as_deref(), Some("licuadora"));
        assert_eq!(near_key("licuadura", &k).as_deref(), Some("licuadora"));
        assert_eq!(near_key("licuadra", &k).as_deref(), Some("licuadora"));
        // "audiffono" is one letter from "audifono", which the synonym table folds.
        assert_eq!(near_key("audiffono", &k).as_deref(), Some("auricular"));
        // Of two known neighbours, the one that weighs more.
        let two = |w: &str| match w {
            "refrigerada" => Some(0.5),
            "heladera" => Some(3.0),
            _ => None,
        };
        assert_eq!(near_key("refrigeradra", two).as_deref(), Some("heladera"));
    }

    #[test]
    fn far_short_or_coded_words_are_not() {
        let k = known(&["celular", "bicicleta", "espuela"]);
        assert_eq!(near_key("bicicelt2", &k), None);
        assert_eq!(near_key("bizizelta", &k), None, "two letters away");
        assert_eq!(near_key("bicicletas", &k), None, "a letter more at the end is an ending");
        assert_eq!(near_key("celuar", &k), None, "too short to guess");
        assert_eq!(near_key("escuela", &k), None, "a real word the index lacks");
        assert_eq!(near_key("", &k), None);
        assert_eq!(near_key("ñandú", &k), None);
    }

    #[test]
    fn diminutives_are_read_as_their_base() {
        let k = known(&["perro", "cama", "raton", "saco", "amigo", "vaca", "campera", "zapato", "luz", "mesa"]);
        assert_eq!(near_key("perrito", &k).as_deref(), Some("perro"));
        assert_eq!(near_key("camita", &k).as_deref(), Some("cama"));
        assert_eq!(near_key("ratoncito", &k).as_deref(), Some("raton"));
        assert_eq!(near_key("vaquita", &k).as_deref(), Some("vaca"));
        assert_eq!(near_key("amiguito", &k).as_deref(), Some("amigo"));
        assert_eq!(near_key("mesita", &k).as_deref(), Some("mesa"));
        // The base goes through the normaliser: "chompa" is folded into "campera".
        assert_eq!(near_key("chompita", &k).as_deref(), Some("campera"));
        assert_eq!(near_key("zapatito", &k).as_deref(), Some("zapato"));
        assert_eq!(near_key("ito", &k), None);
    }

    #[test]
    fn unknown_words_are_read_as_near_words_and_remember_how_they_were_written() {
        let mut index: HashMap<String, Vec<(u32, f32)>> = HashMap::default();
        for w in ["bicicleta", "estetica"] {
            index.insert(w.into(), vec![(1, 1.0)]);
        }
        let mut toks = super::super::normalize::tokens("Bicicelta estatica bicicleta 29er");
        let written = read_near_words(&index, &mut toks);
        let keys: Vec<&str> = toks.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys[..3], ["bicicleta", "estetica", "bicicleta"]);
        assert_eq!(written[..3], [Some("bicicelta".to_string()), Some("estatica".to_string()), None]);
        assert!(written[3..].iter().all(Option::is_none), "a model code is no near word: {written:?}");
    }
}
