//! The QR code of a link, and the size limit.
//!
//! The matrix comes from `fast_qr` (default features off): measured against `qrcode` (default
//! features off) in the share module, it is about 2 KB brotli smaller and gives the same or a
//! smaller version for Listo's links (see `docs/share.md`).
//!
//! A QR code on a projector must be read by phones at the back of a room. Its modules (the
//! squares) must then be large: Listo draws at most version [`MAX_VERSION`] (97 × 97 modules) at
//! error correction level M. On a 2 m high projected image, a code filling 80 % of the height has
//! modules of about 16 mm, which a phone camera 10 m away still sees as several pixels each. That
//! is Listo's estimate, not a published rule; the journeys and `docs/share.md` report the
//! versions typical listings get.
//!
//! Above the limit, the QR code's copy of a listing carries its description shortened (the
//! copied link always carries it whole), and the app says so; a listing too long even without its
//! description gets no QR code but "use the link or the file". A profile is always small.

use crate::core::listing::Listing;
use fast_qr::{QRBuilder, ECL};

/// The largest QR version Listo draws (97 × 97 modules).
pub const MAX_VERSION: i16 = 20;
/// Error correction: M restores about 15 % of the code (glare on a projector screen, blur).
pub const EC_LEVEL: ECL = ECL::M;
/// What a shortened description ends with.
pub const CUT_MARK: &str = " […]";

/// A QR code ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    /// The text it encodes (a whole link).
    pub text: String,
    /// Its version (1–40) and size in modules.
    pub version: i16,
    pub modules: usize,
    /// The SVG image: one path of dark modules on white, with the quiet zone.
    pub svg: String,
}

/// A listing's QR code, and how much of its description it kept.
#[derive(Clone, Debug, PartialEq)]
pub enum ListingQr {
    Whole(Qr),
    /// The description was shortened to `kept` of `total` characters.
    Shortened { qr: Qr, kept: usize, total: usize },
    /// Too long even without a description; `chars` is the link's length then.
    TooLong { chars: usize },
}

/// The QR code of `text` if it fits [`MAX_VERSION`].
pub fn qr(text: &str) -> Option<Qr> {
    let code = QRBuilder::new(text.as_bytes().to_vec()).ecl(EC_LEVEL).build().ok()?;
    let width = code.size;
    let version = i16::try_from(width.checked_sub(17)? / 4).ok()?;
    let dark: Vec<bool> = code.data.get(..width * width)?.iter().map(|m| m.value()).collect();
    (version <= MAX_VERSION).then(|| Qr { text: text.to_string(), version, modules: width, svg: svg(width, &dark) })
}

/// The QR code for a listing's link (`link` makes the link from a listing).
pub fn for_listing(listing: &Listing, link: impl Fn(&Listing) -> String) -> ListingQr {
    if let Some(qr) = qr(&link(listing)) {
        return ListingQr::Whole(qr);
    }
    let chars: Vec<char> = listing.description.chars().collect();
    let with = |kept: usize| {
        let mut l = listing.clone();
        l.description = if kept == 0 { String::new() } else { chars[..kept].iter().collect::<String>() + CUT_MARK };
        link(&l)
    };
    let Some(mut best) = qr(&with(0)) else {
        return ListingQr::TooLong { chars: with(0).chars().count() };
    };
    // The longest start of the description that still fits (link length grows with it).
    let (mut lo, mut hi, mut kept) = (1, chars.len(), 0);
    while lo <= hi {
        let mid = lo + (hi - lo) / 2;
        match qr(&with(mid)) {
            Some(q) => {
                best = q;
                kept = mid;
                lo = mid + 1;
            }
            None => hi = mid - 1,
        }
    }
    ListingQr::Shortened { qr: best, kept, total: chars.len() }
}

/// Draws a code (`width` × `width` modules, row by row, true for dark) as SVG: each row's runs
/// of dark modules as rectangles in one path, four modules of quiet zone, scalable (`viewBox`),
/// crisp edges.
pub fn svg(width: usize, dark: &[bool]) -> String {
    let size = width + 8;
    let is_dark = |x: usize, y: usize| dark.get(y * width + x).copied().unwrap_or(false);
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if is_dark(x, y) {
                let start = x;
                while x < width && is_dark(x, y) {
                    x += 1;
                }
                path.push_str(&format!("M{} {}h{}v1h-{}z", start + 4, y + 4, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::share::{link, listing, LISTING_FRAGMENT};

    /// Letters that deflate cannot shrink much (xorshift), as a long real description would not.
    fn varied(n: usize) -> String {
        let mut x: u32 = 2_463_534_242;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                char::from(b'a' + (x % 26) as u8)
            })
            .collect()
    }

    fn link_of(l: &Listing) -> String {
        link("https://listo.example/", LISTING_FRAGMENT, &listing::seal(l))
    }

    #[test]
    fn a_short_listing_fits_whole() {
        let l = Listing { title: "Balanceado para perro adulto 15 kg".into(), description: "Saco sellado.".into(), ..Listing::default() };
        let ListingQr::Whole(q) = for_listing(&l, link_of) else { panic!() };
        assert!(q.version <= 10, "{}", q.version);
        assert_eq!(q.modules, 17 + 4 * q.version as usize);
        assert!(q.svg.starts_with("<svg") && q.svg.contains("viewBox=\"0 0 "));
    }

    #[test]
    fn a_long_description_is_shortened_for_the_qr_code_only() {
        // Varied text (a deflate-friendly repetition would fit whole).
        let description = varied(3000);
        let l = Listing { title: "Zapatos de cuero".into(), description, ..Listing::default() };
        let ListingQr::Shortened { qr, kept, total } = for_listing(&l, link_of) else { panic!() };
        assert_eq!(total, 3000);
        assert!(kept > 0 && kept < total);
        assert!(qr.version <= MAX_VERSION);
        let travelled = listing::open(&qr.text).unwrap();
        assert!(travelled.description.ends_with(CUT_MARK));
        // One more character would not fit.
        let mut longer = l.clone();
        longer.description = l.description.chars().take(kept + 1).collect::<String>() + CUT_MARK;
        assert!(super::qr(&link_of(&longer)).is_none());
    }

    #[test]
    fn too_long_even_without_a_description() {
        let title = varied(3000);
        let l = Listing { title, ..Listing::default() };
        assert!(matches!(for_listing(&l, link_of), ListingQr::TooLong { chars } if chars > 1000));
    }
}
