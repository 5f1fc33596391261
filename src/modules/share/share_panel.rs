//! "Compartir" in the editor: the open listing's link with "Copiar enlace", its QR code, the
//! link's length and the QR version, and what does not travel (the photos themselves).

use crate::dom::{button, el, qr_image, t};
use listo::core::listing::Listing;
use listo::core::share::qr::{self, ListingQr};
use listo::core::share::{link, listing, LISTING_FRAGMENT};
use listo::core::text::Lang;
use listo::ui::state::drafts::DraftBook;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Builds the share box for the open draft of `drafts_json` (the drafts as the app stores them)
/// into `root`. Called again when the drafts or the language change.
#[wasm_bindgen]
pub fn mount_share(root: &Element, lang: &str, drafts_json: &str) -> Result<(), JsValue> {
    {
        // In a classroom, draw again with the server's LAN address (`ui::classroom`).
        let (root, code, drafts) = (root.clone(), lang.to_string(), drafts_json.to_string());
        listo::ui::classroom::ask(move || {
            let _ = mount_share(&root, &code, &drafts);
        });
    }
    let lang = Lang::from_code(lang);
    let page = listo::ui::classroom::base(crate::dom::page());
    let page = page.as_str();
    let doc = root.owner_document().ok_or("no document")?;
    root.set_text_content(None);
    let Ok(listing) = serde_json::from_str::<DraftBook>(drafts_json).map(|b| b.current().clone()) else {
        el(&doc, root, "p", "listo-notice listo-notice--error", t(lang, "No se pudo leer la publicación para compartirla.", "The listing could not be read to share it."))?;
        return Ok(());
    };
    let make = |l: &Listing| link(page, LISTING_FRAGMENT, &listing::seal(l));
    let full = make(&listing);

    let field = el(&doc, root, "div", "listo-field", "")?;
    let label = el(&doc, &field, "label", "listo-field__label", t(lang, "Enlace de esta publicación", "Link to this listing"))?;
    label.set_attribute("for", "share-link")?;
    let input: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
    input.set_id("share-link");
    input.set_class_name("listo-field__input");
    input.set_read_only(true);
    input.set_value(&full);
    input.set_attribute("aria-describedby", "share-link-facts")?;
    field.append_child(&input)?;

    let actions = el(&doc, root, "p", "listo-diag__actions", "")?;
    let copy = button(&doc, &actions, t(lang, "Copiar enlace", "Copy link"))?;
    let status = el(&doc, root, "p", "listo-field__hint", "")?;
    status.set_attribute("role", "status")?;
    {
        let (input, status, full) = (input.clone(), status.clone(), full.clone());
        crate::dom::on(&copy, "click", move || {
            input.select();
            let status = status.clone();
            crate::dom::copy(&full, move |ok| {
                status.set_text_content(Some(if ok {
                    t(lang, "Enlace copiado. Pégalo en WhatsApp, un correo o un mensaje.", "Link copied. Paste it into WhatsApp, an email or a message.")
                } else {
                    t(lang, "No se pudo copiar solo: el enlace está seleccionado, cópialo con el menú o Ctrl+C.", "Could not copy by itself: the link is selected, copy it with the menu or Ctrl+C.")
                }));
            });
        })?;
    }

    let chars = full.chars().count();
    let facts = el(&doc, root, "p", "listo-field__hint", "")?;
    facts.set_id("share-link-facts");
    let (qr_text, note) = match qr::for_listing(&listing, make) {
        ListingQr::Whole(q) => (Some(q), None),
        ListingQr::Shortened { qr, kept, total } => (
            Some(qr),
            Some(if lang == Lang::Es {
                format!("La descripción es larga para un código QR legible: el código lleva sus primeros {kept} de {total} caracteres. El enlace copiado la lleva completa.")
            } else {
                format!("The description is long for a readable QR code: the code carries its first {kept} of {total} characters. The copied link carries it whole.")
            }),
        ),
        ListingQr::TooLong { .. } => (
            None,
            Some(t(lang, "Esta publicación es demasiado larga para un código QR legible: comparte el enlace copiado o exporta el borrador como archivo.", "This listing is too long for a readable QR code: share the copied link or export the draft as a file.").to_string()),
        ),
    };
    let version = qr_text.as_ref().map(|q| (q.version, q.modules));
    facts.set_text_content(Some(&match (lang, version) {
        (Lang::Es, Some((v, m))) => format!("{chars} caracteres · código QR versión {v} ({m}×{m} módulos)"),
        (Lang::En, Some((v, m))) => format!("{chars} characters · QR code version {v} ({m}×{m} modules)"),
        (Lang::Es, None) => format!("{chars} caracteres"),
        (Lang::En, None) => format!("{chars} characters"),
    }));
    if let Some(note) = note {
        el(&doc, root, "p", "listo-notice listo-notice--warning", &note)?.set_attribute("data-testid", "share-qr-note")?;
    }
    if let Some(q) = qr_text {
        let img = qr_image(&doc, root, &q.svg, t(lang, "Código QR del enlace de esta publicación", "QR code of this listing's link"))?;
        img.set_attribute("data-qr-version", &q.version.to_string())?;
    }
    el(&doc, root, "p", "listo-field__hint", t(lang, "Las fotos no viajan en el enlace: solo sus medidas (tamaño, peso del archivo, fondo), para que la revisión salga igual.", "Photos do not travel in the link: only their measurements (size, file weight, background), so the check comes out the same."))?;
    Ok(())
}
