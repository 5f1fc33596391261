//! Small DOM helpers: elements with text (never parsed as HTML), buttons, and the module's own
//! style sheet, adopted once so its rules stay out of the first load's CSS.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The presenter's, gallery's and cheat-sheet's styles (screen and print).
const CSS: &str = include_str!("workshop.css");

/// Adds the module's style sheet to the page once (a constructed style sheet: the CSP refuses
/// inline `<style>`, see listo::ui::style_sheet).
pub fn style(root: &Element) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    listo::ui::style_sheet::adopt(&doc, "workshop", CSS)
}

/// Appends `<tag class=…>text</tag>` to `parent`.
pub fn el(doc: &Document, parent: &Element, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    parent.append_child(&e)?;
    Ok(e)
}

/// Appends a link.
pub fn link(doc: &Document, parent: &Element, href: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let a = el(doc, parent, "a", class, text)?;
    a.set_attribute("href", href)?;
    Ok(a)
}

/// Appends a `<button type="button">` that runs `action` when clicked.
pub fn button(doc: &Document, parent: &Element, class: &str, text: &str, action: impl Fn() + 'static) -> Result<Element, JsValue> {
    let b = el(doc, parent, "button", class, text)?;
    b.set_attribute("type", "button")?;
    let click = Closure::<dyn Fn()>::new(action);
    b.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())?;
    // Lives as long as the button: a re-render replaces both.
    click.forget();
    Ok(b)
}

/// The address share links are made from: this page's (`core::share::link` drops its fragment).
pub fn base() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}
