//! "Compartir con la clase" in the presenter: the example as it stands on the projector (after the
//! fixes made so far) as a QR code the room's phones scan, and its link. Each phone opens it
//! read-only and can keep it as a draft of its own (the share module does that side). The QR code
//! follows `core::share::qr`'s limits: when the link is too long for a code readable from the back
//! of the room, the code carries a shortened description and says so.

use crate::dom::el;
use listo::core::listing::Listing;
use listo::core::share::qr::{self, ListingQr};
use listo::core::share::{link, listing, LISTING_FRAGMENT};
use listo::core::text::Lang;
use wasm_bindgen::prelude::*;
use web_sys::Element;

fn t(lang: Lang, es: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Es {
        es
    } else {
        en
    }
}

/// The address phones open: this page's, or the classroom server's when the page was opened on
/// the trainer's own machine (`listo::ui::classroom`).
fn make_link(base: &str, l: &Listing) -> String {
    link(base, LISTING_FRAGMENT, &listing::seal(l))
}

/// Fills `panel` with the QR code and the link of `listing`; empties it when `shown` is false.
pub fn draw(panel: &Element, lang: Lang, listing: &Listing, shown: bool) -> Result<(), JsValue> {
    panel.set_text_content(None);
    if !shown {
        return Ok(());
    }
    {
        // In a classroom, draw again with the server's LAN address (`ui::classroom`).
        let (panel, listing) = (panel.clone(), listing.clone());
        listo::ui::classroom::ask(move || {
            let _ = draw(&panel, lang, &listing, true);
        });
    }
    let doc = panel.owner_document().ok_or("no document")?;
    let base = listo::ui::classroom::base(crate::dom::base());
    let full = make_link(&base, listing);
    el(&doc, panel, "p", "ws-share__lead", t(lang, "Escaneen con la cámara del celular: se abre esta publicación y pueden guardarla como borrador.", "Scan with the phone's camera: this listing opens and can be saved as a draft."))?;
    let (code, note) = match qr::for_listing(listing, |l| make_link(&base, l)) {
        ListingQr::Whole(q) => (Some(q), None),
        ListingQr::Shortened { qr, kept, total } => (
            Some(qr),
            Some(match lang {
                Lang::Es => format!("El código lleva los primeros {kept} de {total} caracteres de la descripción."),
                Lang::En => format!("The code carries the first {kept} of {total} characters of the description."),
            }),
        ),
        ListingQr::TooLong { .. } => (None, Some(t(lang, "La publicación es demasiado larga para un código QR legible: compartan el enlace.", "The listing is too long for a readable QR code: share the link.").to_string())),
    };
    if let Some(q) = code {
        let figure = el(&doc, panel, "div", "ws-share__qr", "")?;
        figure.set_attribute("role", "img")?;
        figure.set_attribute("aria-label", t(lang, "Código QR de esta publicación", "QR code of this listing"))?;
        figure.set_attribute("data-qr-version", &q.version.to_string())?;
        // Drawn by core::share::qr from the module grid: no outside text reaches this markup.
        figure.set_inner_html(&q.svg);
    }
    if let Some(note) = note {
        el(&doc, panel, "p", "ws-share__note", &note)?;
    }
    let text = el(&doc, panel, "p", "ws-share__link", "")?;
    let a = el(&doc, &text, "a", "", &full)?;
    a.set_attribute("href", &full)?;
    a.set_attribute("data-testid", "presenter-link")?;
    Ok(())
}
