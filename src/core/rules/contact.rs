//! Finds contact data in free text: Ecuadorian phone numbers, e-mails, links, messaging apps,
//! social networks and @handles. Mercado Libre's listing policies forbid contact data in
//! listings (buyers must ask and buy through the site), so the title rule (TI006) and the
//! description rule (DE003) both use this one detector.
//!
//! Phone formats follow Ecuador's numbering plan: mobiles `09` + 8 digits or `+593 9` + 8 digits;
//! landlines `0[2-7]` + 7 digits (or `+593 [2-7]` + 7 digits). Digits may be grouped with spaces,
//! dots or dashes. A longer run of digits (a GTIN, a part number) is not a phone.
//!
//! The patterns are written as regexes in `contact_patterns.rs` and matched there by a small
//! hand-written matcher (`scan.rs`): a regex engine was about 15 KB brotli of the app's first
//! load for these few patterns. The regexes themselves are the tests' oracle (below). `\b` and
//! the classes are ASCII, which is what these patterns mean (digits, Latin letters of e-mails
//! and links).

use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::rules::rule::Findings;
use crate::core::rules::words::remove_spans;
use crate::core::text::Text;
use crate::tr;
use super::contact_patterns as patterns;

/// What kind of contact data was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ContactKind {
    Phone,
    Email,
    Link,
    Messaging,
    Social,
    Handle,
}

impl ContactKind {
    pub fn label(self) -> Text {
        match self {
            ContactKind::Phone => Text::new("un número de teléfono", "a phone number"),
            ContactKind::Email => Text::new("un correo electrónico", "an e-mail address"),
            ContactKind::Link => Text::new("un enlace", "a link"),
            ContactKind::Messaging => Text::new("una aplicación de mensajería", "a messaging app"),
            ContactKind::Social => Text::new("una red social", "a social network"),
            ContactKind::Handle => Text::new("un usuario @", "an @ handle"),
        }
    }
}

/// One piece of contact data: its kind and byte span in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactMatch {
    pub kind: ContactKind,
    pub start: usize,
    pub end: usize,
}

/// What a text must contain for a pattern to possibly match. This cheap scan skips the patterns
/// that cannot match: most listing texts have no contact data at all, and without it a
/// description would run every pattern in full.
type Precheck = fn(&Hints) -> bool;

/// Facts about a text gathered in one pass, for the prechecks.
pub struct Hints {
    /// The text with ASCII letters lowered (same byte offsets).
    lower: String,
    digits: usize,
    /// Bit `d` is set when the digit `d` follows a `0` somewhere ("09", "02"…): every phone
    /// pattern starts with `0` and a known first digit, or with 593. Model numbers and GTINs
    /// have nine digits too, and the phone patterns are the costliest to run.
    after_zero: u16,
    /// Which bytes occur in `lower`, one bit each: a needle with a byte the text lacks is not
    /// searched for (most titles have no "@", no "." and no "w").
    bytes: [u64; 4],
}

impl Hints {
    fn of(text: &str) -> Hints {
        let (mut digits, mut after_zero, mut previous) = (0, 0u16, 0u8);
        let mut bytes = [0u64; 4];
        for b in text.bytes() {
            let lower = b.to_ascii_lowercase();
            if let Some(word) = bytes.get_mut(usize::from(lower >> 6)) {
                *word |= 1 << (lower & 63);
            }
            if b.is_ascii_digit() {
                digits += 1;
                if previous == b'0' {
                    after_zero |= 1 << (b - b'0');
                }
            }
            previous = b;
        }
        Hints { lower: text.to_ascii_lowercase(), digits, after_zero, bytes }
    }

    /// Whether every byte of `needle` occurs in the text (lower-cased).
    fn may_contain(&self, needle: &str) -> bool {
        needle.bytes().all(|b| self.bytes.get(usize::from(b >> 6)).is_some_and(|w| w & (1 << (b & 63)) != 0))
    }

    /// Whether a phone whose first digit after the `0` is in `first` (bit per digit) may be in
    /// the text: nine digits or more, and `0` then such a digit, or the country code.
    fn may_have_phone(&self, first: u16) -> bool {
        self.digits >= 9 && (self.after_zero & first != 0 || self.lower.contains("593"))
    }

    fn has(&self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.may_contain(n) && self.lower.contains(n))
    }
}

const TLDS: &[&str] = &[".com", ".ec", ".net", ".org", ".info", ".shop", ".store", ".online", ".site", ".link", ".ly"];

/// A pattern's finder: the spans it matches, leftmost first, without overlaps.
type Finder = fn(&[u8]) -> Vec<(usize, usize)>;

/// The patterns in the order they claim text (the first to claim a span wins).
const PATTERNS: [(ContactKind, Finder, Precheck); 7] = [
    (ContactKind::Email, patterns::emails, |h| h.has(&["@"])),
    (ContactKind::Link, patterns::links, |h| h.has(&["http", "www.", "wa.me"]) || h.has(TLDS)),
    // Mobiles have 10 digits (09 + 8), landlines 9 (0[2-7] + 7); +593 forms have more.
    (ContactKind::Phone, |t| patterns::phones(t, |b| b == b'9', 8), |h| h.may_have_phone(1 << 9)),
    (ContactKind::Phone, |t| patterns::phones(t, |b| (b'2'..=b'7').contains(&b), 7), |h| h.may_have_phone(0b1111_1100)),
    (ContactKind::Messaging, patterns::messaging, |h| h.has(&["wha", "wat", "was", "wsp", "wpp", "telegram"])),
    (ContactKind::Social, patterns::social, |h| h.has(&["facebook", "instagram", "tik", "twitter"])),
    (ContactKind::Handle, patterns::handles, |h| h.has(&["@"])),
];

/// Contact data in `text`, in order, without overlaps (the first pattern to claim text wins).
pub fn find_contact(text: &str) -> Vec<ContactMatch> {
    let mut found: Vec<ContactMatch> = Vec::new();
    let hints = Hints::of(text);
    for (kind, finder, precheck) in PATTERNS {
        if !precheck(&hints) {
            continue;
        }
        for (start, end) in finder(text.as_bytes()) {
            if found.iter().any(|f| start < f.end && f.start < end) {
                continue;
            }
            found.push(ContactMatch { kind, start, end });
        }
    }
    found.sort_by_key(|m| m.start);
    found
}

/// Reports contact data found in the text of `field` (the title or the description), with a
/// fix that removes it. `subject` names the field in a sentence: ("El título", "The title").
pub fn report_contact(out: &mut Findings, field: &str, text: &str, subject: (&str, &str)) {
    let found = find_contact(text);
    if found.is_empty() {
        return;
    }
    let what = describe(&found);
    let ((es, en), (subject_es, subject_en)) = ((&what.es, &what.en), subject);
    let spans: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
    out.report(field)
        .message(tr!(
            "{subject_es} tiene {es}; Mercado Libre no permite datos de contacto",
            "{subject_en} has {en}; Mercado Libre does not allow contact data"
        ))
        .fix(Fix {
            label: tr!("Quitar los datos de contacto", "Remove the contact data"),
            applicability: Applicability::NeedsReview,
            edits: vec![Edit { field: field.into(), value: remove_spans(text, &spans) }],
        });
}

/// The kinds found, each once, as "un número de teléfono y un correo electrónico".
pub fn describe(found: &[ContactMatch]) -> Text {
    let mut kinds: Vec<ContactKind> = found.iter().map(|m| m.kind).collect();
    kinds.sort();
    kinds.dedup();
    let labels: Vec<Text> = kinds.iter().map(|k| k.label()).collect();
    let join = |lang: crate::core::text::Lang, and: &str| {
        let parts: Vec<&str> = labels.iter().map(|t| t.get(lang)).collect();
        match parts.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} {and} {last}", rest.join(", ")),
            Some((last, _)) => last.to_string(),
            None => String::new(),
        }
    };
    Text::new(join(crate::core::text::Lang::Es, "y"), join(crate::core::text::Lang::En, "and"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<ContactKind> {
        find_contact(text).into_iter().map(|m| m.kind).collect()
    }

    /// The patterns as regexes (what `contact_patterns.rs` implements), in `PATTERNS` order.
    fn oracle() -> Vec<(ContactKind, regex_lite::Regex)> {
        let sep = r"[\s.\-()]{0,2}";
        [
            (ContactKind::Email, r"(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b".to_string()),
            (
                ContactKind::Link,
                r"(?i)(?:\bhttps?://|\bwww\.)\S+|\bwa\.me/\S*|\b[a-z0-9\-]+\.(?:com|ec|net|org|info|shop|store|online|site|link|ly)(?:\.[a-z]{2})?(?:/\S*)?\b".to_string(),
            ),
            (ContactKind::Phone, format!(r"(?:\+?\b593{sep}\(?0?\)?{sep}9|\b09)(?:{sep}[0-9]){{8}}\b")),
            (ContactKind::Phone, format!(r"(?:\+?\b593{sep}\(?0?\)?{sep}[2-7]|\b0[2-7])(?:{sep}[0-9]){{7}}\b")),
            (ContactKind::Messaging, r"(?i)\b(?:whats?\s?app?|watsapp?|wasap|whasap|wsp|wpp|telegram)\b".to_string()),
            (ContactKind::Social, r"(?i)\b(?:facebook|instagram|tik\s?tok|twitter)\b".to_string()),
            (ContactKind::Handle, r"(?:^|[\s(\[:])(@[A-Za-z0-9_][A-Za-z0-9_.]{2,})".to_string()),
        ]
        .into_iter()
        .map(|(kind, p)| (kind, regex_lite::Regex::new(&p).expect("the oracle compiles")))
        .collect()
    }

    /// What the regexes find, with the same overlap rule and no prechecks.
    fn by_regex(text: &str) -> Vec<ContactMatch> {
        let mut found: Vec<ContactMatch> = Vec::new();
        for (kind, regex) in oracle() {
            for caps in regex.captures_iter(text) {
                let Some(m) = caps.get(1).or_else(|| caps.get(0)) else { continue };
                if found.iter().any(|f| m.start() < f.end && f.start < m.end()) {
                    continue;
                }
                found.push(ContactMatch { kind, start: m.start(), end: m.end() });
            }
        }
        found.sort_by_key(|m| m.start);
        found
    }

    #[test]
    fn the_matcher_agrees_with_the_regexes_on_the_examples() {
        for text in [
            "Llama al 0991234567", "+593 (0) 99 123 4567", "(04) 234 5678", "ventas.quito@correo.com.ec", "a@b.com-x", "x@y.com.x1",
            "https://x.co/a)", "www.", "visita tienda.com/ruta.", "tienda.ecuador", "wa.me/", "What sapp WhatsAp watsap", "tik tok",
            "(@tienda_andina) :@ab @x", "@abc", "mail: a..b@c..com", "Código 7861234567895",
        ] {
            assert_eq!(find_contact(text), by_regex(text), "{text}");
        }
    }

    #[test]
    fn finds_ecuadorian_phones() {
        use ContactKind::Phone;
        assert_eq!(kinds("Llama al 0991234567"), vec![Phone]);
        assert_eq!(kinds("cel 099 123 4567"), vec![Phone]);
        assert_eq!(kinds("+593 99 123 4567"), vec![Phone]);
        assert_eq!(kinds("593991234567"), vec![Phone]);
        assert_eq!(kinds("oficina 02-2345678"), vec![Phone]);
        assert_eq!(kinds("(04) 234 5678"), vec![Phone]);
    }

    #[test]
    fn numbers_that_are_not_phones() {
        assert!(kinds("Código de barras 7861234567895").is_empty());
        assert!(kinds("Termo 750 ml 2 unidades").is_empty());
        assert!(kinds("Modelo 09123 talla 42").is_empty());
        assert!(kinds("precio 1.234,56").is_empty());
    }

    #[test]
    fn finds_mail_links_apps_and_handles() {
        use ContactKind::*;
        assert_eq!(kinds("escribe a ventas.quito@correo.com.ec"), vec![Email]);
        assert_eq!(kinds("visita www.mitienda.ec o https://x.co/a"), vec![Link, Link]);
        assert_eq!(kinds("tienda mitiendita.com"), vec![Link]);
        assert_eq!(kinds("Escríbenos por WhatsApp o wsp"), vec![Messaging, Messaging]);
        assert_eq!(kinds("Síguenos en Instagram @tienda_andina"), vec![Social, Handle]);
        assert!(kinds("Termo 1.5 litros, acero inox.").is_empty());
        assert!(kinds("Fullmoon facebooking").is_empty());
    }

    #[test]
    fn prechecks_skip_only_texts_the_phone_patterns_cannot_match() {
        let hints = Hints::of("Código 7861234567895 modelo 123456789");
        assert!(!hints.may_have_phone(1 << 9) && !hints.may_have_phone(0b1111_1100));
        assert!(Hints::of("cel 0991234567").may_have_phone(1 << 9));
        assert!(Hints::of("oficina (04) 234 5678").may_have_phone(0b1111_1100));
        assert!(Hints::of("+593 99 123 4567").may_have_phone(1 << 9));
        let hints = Hints::of("Termo WWW ñandú");
        assert!(hints.may_contain("www") && hints.may_contain("ñ") && !hints.may_contain("@"));
        assert!(hints.has(&["www"]) && !hints.has(&["http", ".com"]));
    }

    proptest::proptest! {
        /// The matcher and its prechecks find exactly what the regexes find.
        #[test]
        fn the_matcher_agrees_with_the_regexes(
            text in "[0-9 +().-]{0,30}|(0[2-79]|593|[0-9 .-]){0,14}|\\PC{0,20}|(www\\.|https?://|wa\\.me/|@|\\.com|\\.EC|\\.ec|\\.co|/|WhatsApp|wsp|tik ?tok|facebook|[a-zA-Z0-9_]{1,4}|[ .@/:(-]|\u{a0}|ñ){0,12}"
        ) {
            proptest::prop_assert_eq!(find_contact(&text), by_regex(&text));
        }
    }

    #[test]
    fn describes_kinds_once() {
        let found = find_contact("0991234567 o 0987654321, correo a@b.com");
        assert_eq!(describe(&found).es, "un número de teléfono y un correo electrónico");
        assert_eq!(describe(&found).en, "a phone number and an e-mail address");
    }
}
