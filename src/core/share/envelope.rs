//! The bytes of a link. Layout (then base64url without padding):
//!
//! | byte(s) | what |
//! |---|---|
//! | 0 | format version ([`VERSION`]); a newer one is refused with "update Listo", not misread |
//! | 1 | kind: 1 a listing, 2 a profile |
//! | 2 … n−4 | the payload (postcard), raw deflate |
//! | last 4 | FNV-1a (32 bits, little-endian) of version, kind and the deflated payload |
//!
//! The checksum covers the deflated bytes, not the payload they inflate to: a deflate stream may
//! carry bits its decoder ignores, and a change there must still be refused.
//!
//! The checksum is against damage (a link cut by a chat app, a changed character), not a
//! signature: anyone can make a valid link, and nothing in one is trusted beyond a listing or a
//! profile a person could also type.

use crate::core::catalog::data::fnv1a64;
use crate::core::text::Text;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// The format version written into every link.
pub const VERSION: u8 = 1;
/// Links longer than this (characters) are refused before decoding: far above anything the app
/// writes (a listing with a 50,000-character description is about 20,000), it bounds the work
/// a pasted text can cause.
pub const MAX_LINK_CHARS: usize = 65_536;
/// The most a payload may inflate to (a deflate "bomb" stops here).
pub const MAX_PAYLOAD_BYTES: usize = 262_144;

/// What a link carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Listing = 1,
    Profile = 2,
}

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    TooLong { chars: usize },
    /// A character that cannot be in a link, at this position (1-based, in characters).
    BadCharacter { position: usize, character: char },
    /// Too short to hold even the header and checksum: cut.
    Truncated,
    NewerVersion(u8),
    /// A profile opened as a listing or the other way round.
    WrongKind,
    /// The compressed data or the checksum does not match: cut or changed.
    Damaged,
    /// Intact, but its contents are not what this version of Listo writes.
    Unreadable,
}

impl LinkError {
    /// What to tell the person who opened the link, in both languages.
    pub fn message(&self) -> Text {
        let (es, en) = match self {
            LinkError::Empty => ("El enlace está vacío: no trae ninguna publicación.".into(), "The link is empty: it carries no listing.".into()),
            LinkError::TooLong { chars } => (
                format!("El enlace es demasiado largo ({chars} caracteres; el máximo es {MAX_LINK_CHARS}). Pide el archivo en su lugar."),
                format!("The link is too long ({chars} characters; the maximum is {MAX_LINK_CHARS}). Ask for the file instead."),
            ),
            LinkError::BadCharacter { position, character } => (
                format!("El enlace tiene un carácter que no corresponde («{character}», posición {position}). Cópialo de nuevo, completo."),
                format!("The link has a character that does not belong (“{character}”, position {position}). Copy it again, whole."),
            ),
            LinkError::Truncated => (
                "El enlace está cortado: le faltan caracteres al final. Cópialo de nuevo, completo.".into(),
                "The link is cut: characters are missing at the end. Copy it again, whole.".into(),
            ),
            LinkError::NewerVersion(v) => (
                format!("Este enlace viene de una versión más nueva de Listo (formato {v}). Recarga la página para actualizar y ábrelo otra vez."),
                format!("This link comes from a newer version of Listo (format {v}). Reload the page to update, then open it again."),
            ),
            LinkError::WrongKind => (
                "Este enlace no trae lo que dice su nombre (¿una publicación en un enlace de perfil?). Pide el enlace otra vez.".into(),
                "This link does not carry what its name says (a listing in a profile link?). Ask for the link again.".into(),
            ),
            LinkError::Damaged => (
                "El enlace está dañado o incompleto: la comprobación no coincide. Cópialo de nuevo, completo, o pide el archivo.".into(),
                "The link is damaged or incomplete: its checksum does not match. Copy it again, whole, or ask for the file.".into(),
            ),
            LinkError::Unreadable => (
                "El enlace está completo pero Listo no entiende su contenido. Pide que lo compartan otra vez.".into(),
                "The link is whole but Listo cannot understand its contents. Ask for it to be shared again.".into(),
            ),
        };
        Text::new(es, en)
    }
}

fn checksum(kind: Kind, body: &[u8]) -> u32 {
    let mut bytes = Vec::with_capacity(body.len() + 2);
    bytes.push(VERSION);
    bytes.push(kind as u8);
    bytes.extend_from_slice(body);
    fnv1a64(&bytes) as u32
}

/// The link text for a payload.
pub fn seal(kind: Kind, payload: &[u8]) -> String {
    let mut bytes = vec![VERSION, kind as u8];
    let body = miniz_oxide::deflate::compress_to_vec(payload, 10);
    let sum = checksum(kind, &body);
    bytes.extend(body);
    bytes.extend(sum.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The payload of a link text. Spaces and line breaks (a link wrapped by a chat app) are ignored;
/// a whole address is accepted (everything up to the last `=` is skipped).
pub fn open(kind: Kind, text: &str) -> Result<Vec<u8>, LinkError> {
    let text = text.rsplit('=').next().unwrap_or(text);
    let chars = text.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let clean: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if clean.is_empty() {
        return Err(LinkError::Empty);
    }
    let is_base64url = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if let Some((i, c)) = text.chars().filter(|c| !c.is_whitespace()).enumerate().find(|(_, c)| !is_base64url(*c)) {
        return Err(LinkError::BadCharacter { position: i + 1, character: c });
    }
    // A length of 1 mod 4 cannot come from base64: the last character was cut off or added.
    let bytes = URL_SAFE_NO_PAD.decode(clean.as_bytes()).map_err(|_| if clean.len() % 4 == 1 { LinkError::Truncated } else { LinkError::Damaged })?;
    if bytes.len() < 2 + 4 + 1 {
        return Err(LinkError::Truncated);
    }
    if bytes[0] > VERSION {
        return Err(LinkError::NewerVersion(bytes[0]));
    }
    if bytes[0] != VERSION {
        return Err(LinkError::Damaged);
    }
    if bytes[1] != kind as u8 {
        return Err(if bytes[1] == Kind::Listing as u8 || bytes[1] == Kind::Profile as u8 { LinkError::WrongKind } else { LinkError::Damaged });
    }
    let (body, sum) = bytes[2..].split_at(bytes.len() - 2 - 4);
    let expected = u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]]);
    if checksum(kind, body) != expected {
        return Err(LinkError::Damaged);
    }
    miniz_oxide::inflate::decompress_to_vec_with_limit(body, MAX_PAYLOAD_BYTES).map_err(|_| LinkError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payload_comes_back_whole_and_compressed() {
        let payload = "Celular Samsung, en caja sellada. Celular nuevo, en caja sellada.".repeat(4).into_bytes();
        let text = seal(Kind::Listing, &payload);
        assert!(text.len() < payload.len(), "{} vs {}", text.len(), payload.len());
        assert_eq!(open(Kind::Listing, &text).unwrap(), payload);
        let wrapped = format!("https://listo.example/#compartido={}\n{}", &text[..10], &text[10..]);
        assert_eq!(open(Kind::Listing, &wrapped).unwrap(), payload);
    }

    #[test]
    fn damage_is_named() {
        let text = seal(Kind::Listing, b"una publicacion de prueba con algo de texto");
        assert_eq!(open(Kind::Profile, &text), Err(LinkError::WrongKind));
        assert_eq!(open(Kind::Listing, ""), Err(LinkError::Empty));
        assert_eq!(open(Kind::Listing, &text[..5]), Err(LinkError::Truncated));
        assert!(matches!(open(Kind::Listing, &text[..text.len() - 3]), Err(LinkError::Damaged | LinkError::Truncated)));
        let bad = format!("{}!{}", &text[..4], &text[5..]);
        assert_eq!(open(Kind::Listing, &bad), Err(LinkError::BadCharacter { position: 5, character: '!' }));
        let mut newer = URL_SAFE_NO_PAD.decode(&text).unwrap();
        newer[0] = 9;
        assert_eq!(open(Kind::Listing, &URL_SAFE_NO_PAD.encode(&newer)), Err(LinkError::NewerVersion(9)));
        let long = "A".repeat(MAX_LINK_CHARS + 1);
        assert_eq!(open(Kind::Listing, &long), Err(LinkError::TooLong { chars: MAX_LINK_CHARS + 1 }));
        for e in [LinkError::Damaged, LinkError::Truncated, LinkError::Unreadable] {
            let m = e.message();
            assert!(!m.es.is_empty() && m.es != m.en);
        }
    }

    #[test]
    fn every_changed_character_is_caught() {
        let text = seal(Kind::Profile, b"perfil: taller de Quito, TI003 apagada, Guayaquil en el dia");
        let alphabet: Vec<char> = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect();
        let original: Vec<char> = text.chars().collect();
        let mut refused = 0;
        for i in 0..original.len() {
            let mut changed = original.clone();
            changed[i] = alphabet[(alphabet.iter().position(|&c| c == original[i]).unwrap() + 7) % alphabet.len()];
            let changed: String = changed.into_iter().collect();
            // The last character's low bits may be padding base64 ignores; everything else counts.
            match open(Kind::Profile, &changed) {
                Err(_) => refused += 1,
                Ok(p) => assert!(i == original.len() - 1 && p == open(Kind::Profile, &text).unwrap(), "position {i} accepted"),
            }
        }
        assert!(refused >= original.len() - 1);
    }
}
