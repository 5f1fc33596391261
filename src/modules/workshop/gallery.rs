//! The gallery: the examples as cards, grouped by area, each with its lesson and the codes it
//! teaches. "Abrir el antes" / "Abrir el después" hand the listing to the app as a new draft;
//! "Presentar" opens the presenter on it.

use crate::dom::{button, el, link};
use listo::core::examples::{gallery, Area, Example};
use listo::core::listing::Listing;
use listo::core::text::Lang;
use listo::ui::state::transfer::{DraftReply, Reply};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

fn t(lang: Lang, es: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Es {
        es
    } else {
        en
    }
}

/// Builds the gallery into `root`.
pub fn render(root: &Element, lang: Lang) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    root.set_text_content(None);
    let page = el(&doc, root, "div", "ws-page ws-gallery", "")?;
    page.set_attribute("data-testid", "gallery")?;
    el(&doc, &page, "h2", "", t(lang, "Taller: galería de ejemplos", "Workshop: example gallery"))?;
    el(
        &doc,
        &page,
        "p",
        "",
        t(
            lang,
            "Cada ejemplo tiene un «antes» con errores comunes y un «después» que llega a Profesional. Abrir uno crea un borrador nuevo: tus borradores no cambian.",
            "Each example has a “before” with common mistakes and an “after” that reaches Professional. Opening one creates a new draft: your drafts do not change.",
        ),
    )?;
    let tools = el(&doc, &page, "p", "ws-gallery__tools", "")?;
    link(&doc, &tools, "#taller/presentar", "ws-button", t(lang, "Presentar un ejemplo", "Present an example"))?;
    link(&doc, &tools, "#taller/guia", "ws-button", t(lang, "Guía de 10 reglas (imprimible)", "10-rule guide (printable)"))?;
    // The class's results: the participants' exported drafts or shared links, in the bulk page.
    link(&doc, &tools, "#catalogo", "ws-button", t(lang, "Resultados de la clase", "Class results"))?;

    let examples = gallery();
    for area in Area::ALL {
        let in_area: Vec<&Example> = examples.iter().filter(|e| e.area == area).collect();
        if in_area.is_empty() {
            continue;
        }
        let section = el(&doc, &page, "section", "ws-area", "")?;
        let heading_id = format!("area-{}", area.key());
        el(&doc, &section, "h3", "ws-area__heading", area.label().get(lang))?.set_id(&heading_id);
        section.set_attribute("aria-labelledby", &heading_id)?;
        let cards = el(&doc, &section, "div", "ws-cards", "")?;
        for e in in_area {
            card(&doc, &cards, lang, e)?;
        }
    }
    Ok(())
}

fn card(doc: &Document, parent: &Element, lang: Lang, e: &Example) -> Result<(), JsValue> {
    let card = el(doc, parent, "article", "ws-card", "")?;
    card.set_attribute("data-example", &e.id)?;
    el(doc, &card, "h4", "ws-card__name", e.name.get(lang))?;
    el(doc, &card, "p", "ws-card__lesson", e.lesson.get(lang))?;
    let codes = el(doc, &card, "p", "ws-card__codes", &format!("{}: ", t(lang, "Reglas", "Rules")))?;
    for (i, code) in e.codes.iter().enumerate() {
        if i > 0 {
            codes.append_child(&doc.create_text_node(" "))?;
        }
        link(doc, &codes, &format!("#regla-{code}"), "ws-code", code)?;
    }
    let actions = el(doc, &card, "div", "ws-card__actions", "")?;
    for (listing, es, en, side_es, side_en) in [
        (&e.before, "Abrir el antes", "Open the before", "antes", "before"),
        (&e.after, "Abrir el después", "Open the after", "después", "after"),
    ] {
        let name = format!("{} ({})", e.name.get(lang), t(lang, side_es, side_en));
        let label = format!("{}: {}", t(lang, es, en), e.name.get(lang));
        let b = button(doc, &actions, "ws-button ws-button--small", t(lang, es, en), handoff(name, listing))?;
        b.set_attribute("aria-label", &label)?;
    }
    let present = link(doc, &actions, &format!("#taller/presentar/{}", e.id), "ws-button ws-button--small", t(lang, "Presentar", "Present"))?;
    present.set_attribute("aria-label", &format!("{}: {}", t(lang, "Presentar", "Present"), e.name.get(lang)))?;
    Ok(())
}

/// Gives the app the listing as a new draft: a `listo:open-draft` event with the import module's
/// drafts reply (the app reads it with the decoder it already has), then goes to the editor.
fn handoff(name: String, listing: &Listing) -> impl Fn() + 'static {
    let reply = Reply::Ok(vec![DraftReply { name, listing: listing.clone(), notes: 0 }]);
    let json = serde_json::to_string(&reply).unwrap_or_default();
    move || {
        let Some(window) = web_sys::window() else { return };
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&JsValue::from_str(&json));
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("listo:open-draft", &init) {
            let _ = window.dispatch_event(&event);
            let _ = window.location().set_hash("");
        }
    }
}
