//! A phone maker's name followed by a model code ("Moto G7 Power", "Samsung J7 Prime con
//! audífonos"). Sellers often name a phone this way, without "celular": the maker alone is a
//! weak sign ("moto" is also a motorcycle, Samsung also sells televisions), so a motorcycle part
//! or the earphones sold with the phone took the title to another department. The code alone
//! says nothing either (a "G7" is also a camera, an "A15" a road), but right after the maker it
//! names one of the maker's phone lines. The tokenizer ([`super::normalize::tokens`]) reads such
//! a code as "maker_linea" ("samsung_linea"), a key the lexicon gives to the phones'
//! department, not to the phone leaf: "Samsung A54 funda" is a case, and the product's own word
//! still picks the leaf. Only right after the maker: "Moto Zontes G1" is a motorcycle whose
//! maker the lexicon does not know, and its code is the motorcycle's.
//!
//! Written from the makers' own naming of their lines (Galaxy A, S, J, M; Moto G, E, X, Z, C),
//! not from titles. The lexicon cannot list the codes themselves: there are hundreds, and new
//! ones every year.

/// The phone lines: the maker's word (as a key), the letters its codes start with, and the key
/// the code is read as.
const LINES: &[(&str, &[char], &str)] = &[
    // Samsung Galaxy A, S, J (2015–2018), M.
    ("samsung", &['a', 's', 'j', 'm'], "samsung_linea"),
    // Motorola's Moto G, E, X, Z and C.
    ("moto", &['g', 'e', 'x', 'z', 'c'], "moto_linea"),
];

/// Whether `word` has the shape of a model code: a letter, one to three digits and at most one
/// more letter ("a15", "g7", "a05s", "j7"). Longer codes ("s24c310", a monitor) are other products.
fn is_model_code(word: &str) -> bool {
    let b = word.as_bytes();
    let Some((first, rest)) = b.split_first() else { return false };
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let tail = rest.get(digits..).unwrap_or_default();
    first.is_ascii_lowercase() && (1..=3).contains(&digits) && tail.len() <= 1 && tail.iter().all(u8::is_ascii_lowercase)
}

/// The key a PlayStation generation written apart is read as: "Play 4", "Playstation 3", "PS
/// 2" are "ps4", "ps3", "ps2", the word the tree's names ("PS4 - PlayStation 4") and the lexicon
/// use. The tokenizer drops a bare number, so "Joystick Play 4" kept only "play", and the
/// generation's leaves could not be told apart (a PS4 pad went to the PS2 pads). `console` is
/// the previous word's key, `digit` the number as written.
pub fn console_key(console: &str, digit: &str) -> Option<String> {
    let generation = matches!(digit, "1" | "2" | "3" | "4" | "5");
    (generation && matches!(console, "play" | "playstation" | "ps")).then(|| format!("ps{digit}"))
}

/// The key `code` is read as right after `maker`, if `maker` is a phone maker and `code` one of
/// its line's model codes.
pub fn line_key(maker: &str, code: &str) -> Option<&'static str> {
    let letter = char::from(*code.as_bytes().first()?);
    let (_, _, key) = LINES.iter().find(|(m, letters, _)| *m == maker && letters.contains(&letter))?;
    is_model_code(code).then_some(*key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_maker_and_its_line_code_name_the_line() {
        assert_eq!(line_key("samsung", "a15"), Some("samsung_linea"));
        assert_eq!(line_key("samsung", "a05s"), Some("samsung_linea"));
        assert_eq!(line_key("samsung", "j7"), Some("samsung_linea"));
        assert_eq!(line_key("moto", "g7"), Some("moto_linea"));
        assert_eq!(line_key("moto", "e13"), Some("moto_linea"));
    }

    #[test]
    fn a_playstation_generation_written_apart_is_one_word() {
        assert_eq!(console_key("play", "4").as_deref(), Some("ps4"));
        assert_eq!(console_key("playstation", "2").as_deref(), Some("ps2"));
        assert_eq!(console_key("ps", "5").as_deref(), Some("ps5"));
        // No generation ("Play 10 juegos" is ten games), or not the console's word.
        assert_eq!(console_key("play", "10"), None);
        assert_eq!(console_key("play", "0"), None);
        assert_eq!(console_key("xbox", "4"), None);
        assert_eq!(console_key("tablet", "4"), None);
    }

    #[test]
    fn other_makers_letters_and_shapes_do_not() {
        // Another maker, or a letter the maker's lines do not use.
        assert_eq!(line_key("lenovo", "a15"), None);
        assert_eq!(line_key("samsung", "t15"), None);
        // Not a code: no digit, too many digits or letters, a word, nothing.
        assert_eq!(line_key("samsung", "a"), None);
        assert_eq!(line_key("samsung", "a1234"), None);
        assert_eq!(line_key("samsung", "s24c310"), None);
        assert_eq!(line_key("moto", "gas"), None);
        assert_eq!(line_key("moto", ""), None);
        assert_eq!(line_key("moto", "150cc"), None);
    }
}
