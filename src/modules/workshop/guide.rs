//! "Guía de 10 reglas": a one-page cheat-sheet to print for participants, Spanish first and
//! English second, with a print button (the print styles are in `workshop.css`).

use crate::dom::{button, el, link};
use listo::core::examples::guide::habits;
use listo::core::text::Lang;
use wasm_bindgen::prelude::*;

/// Builds the cheat-sheet into `root`. Both languages are always printed; `lang` only orders the
/// screen's buttons and links.
pub fn render(root: &web_sys::Element, lang: Lang) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    root.set_text_content(None);
    let page = el(&doc, root, "div", "ws-page ws-guide", "")?;
    page.set_attribute("data-testid", "guide")?;
    let bar = el(&doc, &page, "p", "ws-noprint ws-gallery__tools", "")?;
    link(&doc, &bar, "#taller", "", if lang == Lang::Es { "← Volver a la galería" } else { "← Back to the gallery" })?;
    button(&doc, &bar, "ws-button", if lang == Lang::Es { "Imprimir la guía" } else { "Print the guide" }, || {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    })?;
    let habits = habits();
    for (l, heading, by) in [
        (Lang::Es, "Guía de 10 reglas para publicar en Mercado Libre", "Revísalo gratis con Listo: cada regla tiene su código."),
        (Lang::En, "10-rule guide to listing on Mercado Libre", "Check it for free with Listo: each rule has its code."),
    ] {
        let part = el(&doc, &page, "section", "ws-guide__part", "")?;
        part.set_attribute("lang", if l == Lang::Es { "es-EC" } else { "en" })?;
        el(&doc, &part, "h2", "", heading)?;
        let list = el(&doc, &part, "ol", "ws-guide__list", "")?;
        for h in &habits {
            let item = el(&doc, &list, "li", "", "")?;
            el(&doc, &item, "strong", "", h.title.get(l))?;
            item.append_child(&doc.create_text_node(&format!(" {} ", h.detail.get(l))))?;
            el(&doc, &item, "span", "ws-guide__codes", &format!("({})", h.codes.join(", ")))?;
        }
        el(&doc, &part, "p", "ws-guide__by", by)?;
    }
    Ok(())
}
