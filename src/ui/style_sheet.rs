//! A module's own CSS, added to the page without a `<style>` element.
//!
//! The Content-Security-Policy (index.html, docs/deployment.md) allows style sheets only from the
//! app's own files (`style-src 'self'`), so an inline `<style>` would be refused. A constructed
//! style sheet (`new CSSStyleSheet()` + `replaceSync`, adopted by the document) goes through the
//! CSSOM, which the policy does not govern, just like `element.style.setProperty`: only the
//! module's own compiled-in CSS ever reaches it, never user text.

use wasm_bindgen::prelude::*;

/// Adopts `css` into the document once: `id` marks it so a second call adds nothing.
pub fn adopt(doc: &web_sys::Document, id: &str, css: &str) -> Result<(), JsValue> {
    let root = doc.document_element().ok_or("no root element")?;
    let marker = format!("data-listo-style-{id}");
    if root.has_attribute(&marker) {
        return Ok(());
    }
    let sheet = web_sys::CssStyleSheet::new()?;
    sheet.replace_sync(css)?;
    let sheets = doc.adopted_style_sheets();
    sheets.push(&sheet);
    doc.set_adopted_style_sheets(&sheets);
    root.set_attribute(&marker, "")
}
