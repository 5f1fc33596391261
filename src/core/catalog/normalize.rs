//! Spanish text normalisation for classifying titles: case and accents (via
//! [`crate::core::fold`]), plurals, units ("500ml" → `ml`), common misspellings, and the synonyms
//! sellers in Ecuador and the rest of Latin America use for the same product (celular/móvil,
//! zapatos deportivos/tenis/zapatillas, balanceado/croquetas…). Titles, category names and the
//! lexicon all go through the same [`key`], so a synonym only has to be listed once. The word
//! tables themselves are in [`super::vocabulary`].

use super::vocabulary::{COMPOUND_HEADS, MISSPELLINGS, STOPWORDS, SYNONYMS, UNITS};
use crate::core::fold::fold;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// One word of a title: what the seller wrote and the key it is looked up by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The word as written, in lower case: "128gb", "baterías".
    pub surface: String,
    /// The lookup key: "gb", "celular".
    pub key: String,
    /// Whether the word comes after "para", "compatible" or "apto" ("Funda para iPhone",
    /// "Batería compatible con Samsung"): it names what the product fits, not the product. Also
    /// set on the one word after "sabor" ("Whey sabor chocolate"): a flavour is no product.
    pub after_para: bool,
    /// Whether the word comes after "con", "sin" or "incluye" ("Celular con cargador", "iPhone
    /// sin caja"), or is the part "incluido" follows ("cargador 20w incluido"): it names what
    /// comes with the product, so a phrase read backwards across it ("cargador … celular") is
    /// no accessory (see [`super::classify`]).
    pub after_con: bool,
}


/// Canonical unit of a unit word, if it is one.
fn unit(word: &str) -> Option<&'static str> {
    UNITS.iter().find(|(_, forms)| forms.contains(&word)).map(|(canon, _)| *canon)
}

/// Singular of a folded Spanish word: "celulares" → "celular", "luces" → "luz",
/// "zapatillas" → "zapatilla". Words ending in -is/-us/-ss ("tenis", "bus") and short words stay.
pub fn singular(word: &str) -> String {
    let n = word.len();
    if n <= 3 || !word.is_ascii() || word.ends_with("is") || word.ends_with("us") || word.ends_with("ss") {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ces") {
        return format!("{stem}z");
    }
    if let Some(stem) = word.strip_suffix("es") {
        if n > 4 && stem.ends_with(['l', 'r', 'n', 'd', 'j', 'y', 'z']) && !plural_of_e(stem) {
            return stem.to_string();
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') => stem.to_string(),
        _ => word.to_string(),
    }
}

/// Whether a plural in -es whose stem ends in l, r, n, d or j is the plural of a word in -e
/// ("cables", "muebles", "verdes", "carnes", "trajes", "aires"), not of a word ending in that
/// consonant ("papeles", "motores", "botones", "paredes", "relojes"). After another consonant
/// the singular ends in -e: Spanish words do not end in -bl, -rd or -rn. A j ends a word only
/// after o ("reloj"); "-aje" and "-uje" nouns are common ("equipaje", "masaje", "buje"). Of the
/// -ire words, "aire" is the one titles have.
fn plural_of_e(stem: &str) -> bool {
    let b = stem.as_bytes();
    let before = b.len().checked_sub(2).and_then(|i| b.get(i)).copied();
    let is_vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match (before, b.last().copied()) {
        (Some(c), Some(b'l' | b'r' | b'n' | b'd')) if !is_vowel(c) => true,
        (Some(c), Some(b'j')) => c != b'o',
        (Some(b'i'), Some(b'r')) => true,
        _ => false,
    }
}

/// The tables as hash maps, built on first use: a title asks them about a hundred times (each
/// word and each nearby pair), and a linear scan of the synonyms made up half the time.
static MISSPELLING_MAP: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| table_map(MISSPELLINGS));
static SYNONYM_MAP: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| table_map(SYNONYMS));
// A map like the others (word → itself), so the three share one hash-table type in the wasm.
static STOPWORD_MAP: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| STOPWORDS.iter().map(|w| (*w, *w)).collect());

/// The first entry wins when a word is listed twice, as in a scan of the table.
fn table_map(table: &'static [(&'static str, &'static str)]) -> HashMap<&'static str, &'static str> {
    table.iter().rev().copied().collect()
}

fn lookup<'a>(table: &'a HashMap<&'static str, &'static str>, word: &str) -> Option<&'a str> {
    table.get(word).copied()
}

/// The key of a word the misspelling or synonym tables list ("audifono" → "auricular"), if
/// they list it: such a word is known though the index holds only its key.
/// One lookup: the near-word search asks it about hundreds of neighbours per unknown word.
pub fn listed_key(word: &str) -> Option<&'static str> {
    LISTED_MAP.get(word).copied()
}

/// Every word the misspelling and synonym tables list, with the key they give it.
static LISTED_MAP: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| {
    let mut map: HashMap<&str, &str> = HashMap::default();
    for (w, to) in MISSPELLINGS.iter().chain(SYNONYMS).rev() {
        let to = MISSPELLING_MAP.get(to).copied().unwrap_or(to);
        map.insert(w, SYNONYM_MAP.get(to).copied().unwrap_or(to));
    }
    map
});

fn is_stopword(word: &str) -> bool {
    STOPWORD_MAP.contains_key(word)
}

/// The lookup key of one folded word, or `None` for stopwords and bare numbers.
pub fn key(word: &str) -> Option<String> {
    // Bare numbers and single letters ("g", "v", "x") say nothing.
    if word.chars().count() < 2 || word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // Network generations and screen resolutions are words, not quantities.
    if matches!(word, "2g" | "3g" | "4g" | "5g" | "4k" | "8k" | "2k") {
        return Some(word.to_string());
    }
    // "500ml", "1kg", "128gb": the unit says more than the number.
    let digits = word.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 {
        let rest = word.get(digits..).unwrap_or("");
        return match unit(rest) {
            Some(u) => (!is_stopword(u)).then(|| u.to_string()),
            None => Some(word.to_string()),
        };
    }
    let word = lookup(&MISSPELLING_MAP, word).unwrap_or(word);
    if is_stopword(word) {
        return None;
    }
    if let Some(u) = unit(word).filter(|_| word.len() > 2) {
        return Some(u.to_string());
    }
    let one = singular(word);
    let one = lookup(&MISSPELLING_MAP, &one).map(str::to_string).unwrap_or(one);
    if is_stopword(&one) {
        return None;
    }
    Some(lookup(&SYNONYM_MAP, &one).map(str::to_string).unwrap_or(one))
}

/// The key of a two-word phrase, if the pair has a synonym ("zapato deportivo" → "zapatilla").
pub fn pair_key(a: &str, b: &str) -> String {
    // Verb-noun compounds are written joined or apart ("portaequipaje", "porta equipaje"): apart,
    // they are the joined word.
    if COMPOUND_HEADS.contains(&a) {
        // Inside a word "uñas" has no article to be told from, and folds plainly ("cortaúñas"
        // is "cortaunas"): the nails' mark of a word written apart goes.
        let b = match b {
            "unya" => "una",
            "unyas" => "unas",
            _ => b,
        };
        let joined = format!("{a}{b}");
        return lookup(&MISSPELLING_MAP, &joined).or_else(|| lookup(&SYNONYM_MAP, &joined)).map(str::to_string).unwrap_or(joined);
    }
    let pair = format!("{a}_{b}");
    lookup(&SYNONYM_MAP, &pair).map(str::to_string).unwrap_or(pair)
}


/// One word folded, except that "uña" / "uñas" keep a mark of their ñ ("unya", "unyas"):
/// folded plainly they would be the articles "una" / "unas", and nails are a best-selling kind
/// of beauty product ("Esmalte de uñas", "Lámpara UV para uñas").
pub fn fold_word(word: &str) -> String {
    let f = fold(word);
    nails(word, &f, false).map_or(f, str::to_string)
}

/// The marked form of "uña(s)" (`written` folded to `folded`), if it is one; `after_de` also
/// takes "unas" typed without the ñ right after "de" or "para" as nails.
fn nails(written: &str, folded: &str, after_de: bool) -> Option<&'static str> {
    let tilde = written.contains(['ñ', 'Ñ']);
    match folded {
        "una" if tilde => Some("unya"),
        "unas" if tilde || after_de => Some("unyas"),
        _ => None,
    }
}

/// Calls `each(written, folded)` for the words of a text, split on anything but letters and
/// digits. "uña(s)" is folded to "unya(s)" (see [`fold_word`]); typed without the ñ, "unas"
/// right after "de" or "para" ("kit de unas") is nails too: an article there is unusual.
pub(super) fn for_each_word(text: &str, mut each: impl FnMut(&str, &str)) {
    fn split(t: &str) -> impl Iterator<Item = &str> {
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
    }
    let mut after_de = false;
    let mut word = |w: &str, f: &str| {
        let marked = nails(w, f, after_de);
        after_de = matches!(f, "de" | "para" | "p");
        each(w, marked.unwrap_or(f));
    };
    // The text is folded once: folding keeps one letter per letter, so both split alike. A rare
    // letter that lower-cases to two ("İ") would shift them; then each word is folded alone.
    let folded = fold(text);
    if folded.chars().count() == text.chars().count() {
        for (w, f) in split(text).zip(split(&folded)) {
            word(w, f);
        }
    } else {
        for w in split(text) {
            word(w, &fold(w));
        }
    }
}

/// The tokens of a text, in order. Splits on anything but letters and digits.
pub fn tokens(text: &str) -> Vec<Token> {
    tokens_with(text, true)
}

/// The tokens of a category name: as [`tokens`], without the written form and the sellers'
/// shorthand (nobody reads the one, names never use the other, and building the index reads
/// thousands of names at start-up).
pub fn name_tokens(text: &str) -> Vec<Token> {
    tokens_with(text, false)
}

/// "c/" and "s/" read as "con" and "sin", as Argentine titles abbreviate them ("Notebook
/// C/cargador", "Iphone S/ Cargador"); only at a word's start, so "1/2" and "ABC/DEF" stay.
fn spell_out_con(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('/') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_word = prev.is_none_or(|p| !p.is_alphanumeric());
        match (c, chars.peek()) {
            ('c' | 'C', Some('/')) if starts_word => {
                chars.next();
                out.push_str(" con ");
            }
            ('s' | 'S', Some('/')) if starts_word => {
                chars.next();
                out.push_str(" sin ");
            }
            _ => out.push(c),
        }
        prev = Some(c);
    }
    std::borrow::Cow::Owned(out)
}

/// The tokens of a text. A title (`title`: the seller's words) keeps each word as written and
/// has its sellers' shorthand read: "c/" for "con", the flavour after "sabor", what comes "con"
/// the product. A category name needs none of it (and the index reads thousands of them at
/// start-up), only what comes after "para".
fn tokens_with(text: &str, title: bool) -> Vec<Token> {
    let text = if title { spell_out_con(text) } else { std::borrow::Cow::Borrowed(text) };
    let (mut after_para, mut after_con) = (false, false);
    // "compatible con" and "apto con" say what the product fits, as "para" does.
    let mut fits = false;
    // The word after "sabor" names a flavour ("Whey sabor chocolate"), not the product.
    let mut flavour = false;
    let mut out: Vec<Token> = Vec::new();
    for_each_word(&text, |written, w| {
        let was_fits = std::mem::replace(&mut fits, matches!(w, "compatible" | "apto" | "apta"));
        if matches!(w, "para" | "p" | "compatible" | "apto" | "apta") {
            after_para = true;
        } else if title && matches!(w, "con" | "sin" | "incluye") {
            after_con |= !was_fits;
        } else if title && matches!(w, "incluido" | "incluida" | "incluidos" | "incluidas") {
            // Written after the part ("Cargador 20w incluido"): the part and its specs come
            // with the product, back to the part's name (two names for "incluidos").
            let mut names = if w.ends_with('s') { 2 } else { 1 };
            for t in out.iter_mut().rev() {
                if names == 0 {
                    break;
                }
                t.after_con = true;
                names -= usize::from(!t.surface.chars().any(|c| c.is_ascii_digit()));
            }
        } else if title && join_console(&mut out, w) {
            // "Play 4": the console's generation, which a bare number would lose.
        } else if let Some(mut key) = key(w) {
            // A model code right after its phone maker ("Samsung A15", "Moto G7") names the
            // maker's phone line; a code further on ("Moto Zontes G1") is another maker's.
            if let Some(line) = out.last().filter(|_| title).and_then(|prev| super::model_code::line_key(&prev.key, &key)) {
                key = line.to_string();
            }
            // The "because" list shows the word as the seller wrote it.
            let surface = if title { written.to_lowercase() } else { String::new() };
            let is_flavour = title && std::mem::replace(&mut flavour, matches!(w, "sabor" | "sabores"));
            out.push(Token { surface, key, after_para: after_para || is_flavour, after_con });
        }
    });
    out
}

/// Reads a PlayStation generation written apart ("Play 4", "Play Station 3") into the token
/// before it (see [`super::model_code::console_key`]); whether `digit` was so read.
fn join_console(out: &mut Vec<Token>, digit: &str) -> bool {
    let play_station = matches!(out.as_slice(), [.., a, b] if a.key == "play" && b.key == "station");
    let console = if play_station { "playstation" } else { out.last().map_or("", |t| t.key.as_str()) };
    let Some(key) = super::model_code::console_key(console, digit) else { return false };
    if play_station {
        out.pop();
    }
    let Some(t) = out.last_mut() else { return false };
    t.surface = format!("{} {digit}", t.surface);
    t.key = key;
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn plurals_units_synonyms_and_misspellings() {
        assert_eq!(keys("Celulares Móviles 128GB"), vec!["celular", "celular", "gb"]);
        assert_eq!(keys("Luces LED 500ml 1kg"), vec!["luz", "led", "ml", "kg"]);
        // Horsepower is not the brand HP.
        assert_eq!(keys("Motor 15hp HP"), vec!["motor", "cv", "hp"]);
        assert_eq!(keys("Tenis ZAPATILLAS zapatiyas"), vec!["zapatilla", "zapatilla", "zapatilla"]);
        assert_eq!(keys("Croquetas para perros"), vec!["balanceado", "perro"]);
        assert_eq!(keys("Chompa de cuero"), vec!["campera", "cuero"]);
        assert_eq!(keys("Selular samsumg"), vec!["celular", "samsung"]);
        assert_eq!(keys("Pantalones y relojes"), vec!["pantalon", "reloj"]);
        // The plural of a word in -e is that word, as its singular is.
        for (many, one) in [("cables", "cable"), ("muebles", "mueble"), ("trajes", "traje"), ("verdes", "verde"), ("aires", "aire"), ("carnes", "carne"), ("bujes", "buje")] {
            assert_eq!(keys(many), keys(one), "{many}");
        }
        assert_eq!(keys("papeles motores botones paredes"), vec!["papel", "motor", "boton", "pared"]);
        assert_eq!(pair_key("zapato", "deportivo"), "zapatilla");
        // Nails are not the article "unas", with or without the ñ.
        assert_eq!(keys("Esmalte de uñas"), vec!["esmalte", "unya"]);
        assert_eq!(keys("Kit de unas acrilicas"), vec!["unya", "acrilica"]);
        assert_eq!(keys("Unas vacaciones"), vec!["vacacion"]);
        // Compounds written apart are the joined word, misspelling included.
        assert_eq!(pair_key("porta", "equipaje"), "portaequipaje");
        assert_eq!(pair_key("porta", "retrato"), "portarretrato");
        assert_eq!(pair_key("equipaje", "porta"), "equipaje_porta");
        assert_eq!(keys("Cortaúñas"), vec![pair_key("corta", &keys("uñas")[0])]);
    }

    #[test]
    fn a_model_code_right_after_its_phone_maker_names_the_line() {
        assert_eq!(keys("Samsung A15 128gb"), vec!["samsung", "samsung_linea", "gb"]);
        assert_eq!(keys("Moto G7 Power"), vec!["moto", "moto_linea", "power"]);
        // Not after another word, and not in a category name.
        assert_eq!(keys("Moto Zontes G1"), vec!["moto", "zonte", "g1"]);
        assert_eq!(name_tokens("Samsung A15").into_iter().map(|t| t.key).collect::<Vec<_>>(), vec!["samsung", "a15"]);
    }

    #[test]
    fn a_playstation_generation_written_apart_is_read_whole() {
        assert_eq!(keys("Joystick Play 4 Original"), ["joystick", "ps4"]);
        assert_eq!(keys("Consola Play Station 2 Slim"), ["consola", "ps2", "slim"]);
        assert_eq!(keys("Juego Playstation 3"), ["juego", "ps3"]);
        // Any other number after "play" is a quantity, and a name keeps its own words.
        assert_eq!(keys("Play 10 Juegos"), ["play", "juego"]);
        assert!(name_tokens("PlayStation 4").iter().all(|t| t.key != "ps4"));
    }

    #[test]
    fn numbers_and_stopwords_drop() {
        assert!(keys("de la 2024 para").is_empty());
        assert_eq!(tokens("Funda 128gb")[1].surface, "128gb");
        let t = tokens("Funda para iPhone");
        assert!(!t[0].after_para && t[1].after_para);
        let t = tokens("Batería compatible con Samsung");
        assert_eq!(t.len(), 2);
        assert!(!t[0].after_para && t[1].after_para);
        assert!(!t[1].after_con, "\"compatible con\" says what it fits, not what comes with it");
    }

    #[test]
    fn words_after_con_sin_or_incluye_come_with_the_product() {
        let t = tokens("Celular Samsung con cargador y funda");
        assert_eq!(t.iter().map(|t| t.after_con).collect::<Vec<_>>(), vec![false, false, true, true]);
        assert!(tokens("iPhone sin caja")[1].after_con);
        assert!(tokens("Notebook incluye cargador")[1].after_con);
        // Or after the part, with its specs: back to the part's name, not to the product.
        let t = tokens("iPhone 12 Cargador 20w Incluido");
        assert_eq!(t.iter().map(|t| t.surface.as_str()).collect::<Vec<_>>(), vec!["iphone", "cargador", "20w"]);
        assert_eq!(t.iter().map(|t| t.after_con).collect::<Vec<_>>(), vec![false, true, true]);
        let t = tokens("iPhone 11 Cargador Y Cable Incluidos");
        assert_eq!(t.iter().map(|t| t.after_con).collect::<Vec<_>>(), vec![false, true, true]);
        assert!(tokens("Incluido").is_empty());
        assert!(!tokens("Cargador para celular")[1].after_con);
        // Argentine titles abbreviate them.
        assert!(tokens("Notebook C/cargador")[1].after_con);
        assert!(tokens("Iphone 5s S/ Cargador").last().is_some_and(|t| t.after_con));
        assert_eq!(keys("Kit 1/2 pulgada ABC/DEF"), keys("Kit 1 2 pulgada ABC DEF"));
    }

    #[test]
    fn the_word_after_sabor_is_a_flavour() {
        let t = tokens("Whey sabor chocolate 2 lb");
        assert_eq!(t.iter().map(|t| t.after_para).collect::<Vec<_>>(), vec![false, false, true, false]);
    }
}
