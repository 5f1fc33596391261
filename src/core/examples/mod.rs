//! The workshop's example gallery: listings written for Ecuador, each as a "before" with the
//! mistakes sellers really make and an "after" that reaches Profesional, with a one-line lesson.
//!
//! The examples are kept as compact text (`gallery.txt`, 24 KB; 6.7 KB brotli) read by [`gallery`]. Only
//! the workshop module (`src/modules/workshop/`) and the tests call it, so link-time optimisation
//! leaves the text and its reader out of the app's first load. The format is described at the
//! top of `gallery.txt`; [`parse`] reports a mistake in it with its line, never panics.

pub mod guide;
pub mod present;

use crate::core::listing::{field, Listing, Picture};
use crate::core::text::Text;

/// The gallery as written (see the header of the file for its format).
pub const GALLERY: &str = include_str!("gallery.txt");

/// What kind of product an example is, for the gallery's sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    Technology,
    Pets,
    Fashion,
    Beauty,
    Supplements,
    Home,
    Sports,
    Toys,
}

impl Area {
    /// Every area, in the gallery's order.
    pub const ALL: [Area; 8] =
        [Area::Technology, Area::Pets, Area::Fashion, Area::Beauty, Area::Supplements, Area::Home, Area::Sports, Area::Toys];

    /// The word used in `gallery.txt`.
    pub fn key(self) -> &'static str {
        match self {
            Area::Technology => "tecnologia",
            Area::Pets => "mascotas",
            Area::Fashion => "moda",
            Area::Beauty => "belleza",
            Area::Supplements => "suplementos",
            Area::Home => "hogar",
            Area::Sports => "deportes",
            Area::Toys => "juguetes",
        }
    }

    pub fn label(self) -> Text {
        let (es, en) = match self {
            Area::Technology => ("Tecnología", "Technology"),
            Area::Pets => ("Mascotas", "Pets"),
            Area::Fashion => ("Moda", "Fashion"),
            Area::Beauty => ("Belleza", "Beauty"),
            Area::Supplements => ("Suplementos", "Supplements"),
            Area::Home => ("Hogar", "Home"),
            Area::Sports => ("Deportes", "Sports"),
            Area::Toys => ("Juguetes", "Toys"),
        };
        Text::new(es, en)
    }

    fn from_key(key: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// One example: the same product before and after the seller's fixes.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// Stable id, used in links (`#taller/presentar/<id>`).
    pub id: String,
    pub area: Area,
    /// What the product is, for the card.
    pub name: Text,
    /// The one thing to learn from it.
    pub lesson: Text,
    /// The rule codes the "before" fires and the lesson is about.
    pub codes: Vec<String>,
    pub before: Listing,
    pub after: Listing,
}

/// A mistake in the gallery text: the line (from 1) and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct GalleryError {
    pub line: usize,
    pub message: Text,
}

/// The embedded gallery. A test guarantees it reads; should it ever not, the gallery is empty
/// rather than the module crashing.
pub fn gallery() -> Vec<Example> {
    parse(GALLERY).unwrap_or_default()
}

/// The example with this id.
pub fn find(examples: &[Example], id: &str) -> Option<usize> {
    examples.iter().position(|e| e.id == id)
}

/// Which of the two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Both,
    Before,
    After,
}

/// Reads gallery text.
pub fn parse(text: &str) -> Result<Vec<Example>, GalleryError> {
    let mut examples: Vec<Example> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |es: String, en: String| GalleryError { line, message: Text::new(es, en) };
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(head) = trimmed.strip_prefix("==") {
            let mut words = head.split_whitespace();
            let (Some(id), Some(area), None) = (words.next(), words.next(), words.next()) else {
                return Err(err(format!("línea {line}: se esperaba «== id área»"), format!("line {line}: expected “== id area”")));
            };
            let Some(area) = Area::from_key(area) else {
                return Err(err(format!("línea {line}: área desconocida «{area}»"), format!("line {line}: unknown area “{area}”")));
            };
            if examples.iter().any(|e| e.id == id) {
                return Err(err(format!("línea {line}: el id «{id}» se repite"), format!("line {line}: the id “{id}” is repeated")));
            }
            let base = base_listing();
            examples.push(Example {
                id: id.to_string(),
                area,
                name: Text::default(),
                lesson: Text::default(),
                codes: Vec::new(),
                before: base.clone(),
                after: base,
            });
            continue;
        }
        let Some(example) = examples.last_mut() else {
            return Err(err(format!("línea {line}: falta «== id área» antes"), format!("line {line}: “== id area” is missing before")));
        };
        let Some((key, value)) = trimmed.split_once(':') else {
            return Err(err(format!("línea {line}: se esperaba «campo: valor»"), format!("line {line}: expected “field: value”")));
        };
        let (side, key) = match key.trim() {
            k if k.starts_with('-') => (Side::Before, k[1..].trim()),
            k if k.starts_with('+') => (Side::After, k[1..].trim()),
            k => (Side::Both, k),
        };
        let value = value.trim();
        match key {
            "name" | "lesson" => {
                let Some((es, en)) = value.split_once('|') else {
                    return Err(err(format!("línea {line}: se esperaba «español | English»"), format!("line {line}: expected “español | English”")));
                };
                let text = Text::new(es.trim(), en.trim());
                if key == "name" {
                    example.name = text;
                } else {
                    example.lesson = text;
                }
            }
            "codes" => example.codes = value.split_whitespace().map(str::to_string).collect(),
            "pictures" => {
                let pictures = pictures(value).map_err(|(es, en)| err(format!("línea {line}: {es}"), format!("line {line}: {en}")))?;
                for listing in sides(example, side) {
                    listing.pictures = pictures.clone();
                }
            }
            path => {
                for listing in sides(example, side) {
                    field::set(listing, path, value.to_string()).map_err(|e| err(format!("línea {line}: {}", e.es), format!("line {line}: {}", e.en)))?;
                }
            }
        }
    }
    Ok(examples)
}

fn sides(example: &mut Example, side: Side) -> Vec<&mut Listing> {
    match side {
        Side::Both => vec![&mut example.before, &mut example.after],
        Side::Before => vec![&mut example.before],
        Side::After => vec![&mut example.after],
    }
}

/// What every example starts from unless it says otherwise: what a seller in Ecuador picks.
fn base_listing() -> Listing {
    let mut l = Listing {
        currency_id: "USD".into(),
        buying_mode: "buy_it_now".into(),
        listing_type_id: "gold_special".into(),
        condition: "new".into(),
        available_quantity: "5".into(),
        ..Listing::default()
    };
    l.shipping.mode = "me2".into();
    l
}

/// `1200 white, 1200, 1500x1000 png 2mb, 400 heic 80k color`: one picture per comma-separated
/// item; a number is a square side, `WxH` a size; `jpg`/`png`/`webp`/`heic` the format (jpg when
/// absent); `NNNk`/`Nmb` the weight (300 KB when absent); `white`/`color` the cover's border.
fn pictures(value: &str) -> Result<Vec<Picture>, (String, String)> {
    let mut out = Vec::new();
    for (n, item) in value.split(',').map(str::trim).filter(|s| !s.is_empty()).enumerate() {
        let mut p = Picture { source: String::new(), width: None, height: None, bytes: Some(300_000), format: Some("jpg".into()), white_border: None };
        for token in item.split_whitespace() {
            let bad = || (format!("foto {}: no se entiende «{token}»", n + 1), format!("picture {}: “{token}” is not understood", n + 1));
            match token {
                "white" => p.white_border = Some(true),
                "color" => p.white_border = Some(false),
                "jpg" | "png" | "webp" | "heic" | "gif" => p.format = Some(token.to_string()),
                _ if token.ends_with("mb") || token.ends_with('k') => {
                    let (digits, scale) = match token.strip_suffix("mb") {
                        Some(d) => (d, 1_000_000),
                        None => (&token[..token.len() - 1], 1_000),
                    };
                    p.bytes = Some(digits.parse::<u64>().map_err(|_| bad())?.saturating_mul(scale));
                }
                _ => {
                    let (w, h) = token.split_once('x').unwrap_or((token, token));
                    p.width = Some(w.parse().map_err(|_| bad())?);
                    p.height = Some(h.parse().map_err(|_| bad())?);
                }
            }
        }
        p.source = format!("foto-{}.{}", n + 1, p.format.as_deref().unwrap_or("jpg"));
        out.push(p);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_sides_and_overrides() {
        let text = "# comment\n== a hogar\nname: Termo | Flask\nlesson: Di la marca | Name the brand\ncodes: TI008 WA001\ntitle: Termo\n+title: Termo Kallpa\n-pictures: 400\n+pictures: 1200 white, 1500x1000 png 2mb\n";
        let ex = parse(text).unwrap();
        assert_eq!(ex.len(), 1);
        assert_eq!((ex[0].before.title.as_str(), ex[0].after.title.as_str()), ("Termo", "Termo Kallpa"));
        assert_eq!(ex[0].codes, vec!["TI008", "WA001"]);
        assert_eq!(ex[0].lesson.en, "Name the brand");
        assert_eq!(ex[0].before.pictures[0].width, Some(400));
        let after = &ex[0].after.pictures;
        assert_eq!((after[0].white_border, after[1].height, after[1].bytes, after[1].format.as_deref()), (Some(true), Some(1000), Some(2_000_000), Some("png")));
        assert_eq!(ex[0].before.currency_id, "USD");
    }

    #[test]
    fn mistakes_name_their_line() {
        for (text, line, word) in [
            ("title: x", 1, "missing before"),
            ("== a hogar\nnonsense", 2, "expected “field: value”"),
            ("== a casa", 1, "unknown area"),
            ("== a hogar\n== a hogar", 2, "repeated"),
            ("== a hogar\nname: sin inglés", 2, "English"),
            ("== a hogar\npictures: 12OO", 2, "picture 1"),
            ("== a hogar\ncolour: red", 2, "Unknown field"),
        ] {
            let e = parse(text).unwrap_err();
            assert_eq!(e.line, line, "{text}");
            assert!(e.message.en.contains(word), "{text}: {}", e.message.en);
            assert!(e.message.es.starts_with(&format!("línea {line}")), "{}", e.message.es);
        }
    }
}
