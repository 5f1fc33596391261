//! Shared by the share and profile modules (the profile module includes this file by path);
//! each uses part of it.
#![allow(dead_code)]

//! Small DOM helpers: elements with text (never parsed as HTML), labelled inputs, copying.

use listo::core::text::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

/// A text in the page's language.
pub fn t(lang: Lang, es: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Es {
        es
    } else {
        en
    }
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

/// A labelled input in a `listo-field` block: `<label for=id>` then the input.
pub fn input(doc: &Document, parent: &Element, id: &str, label: &str, kind: &str, value: &str) -> Result<HtmlInputElement, JsValue> {
    let field = el(doc, parent, "div", "listo-field", "")?;
    let l = el(doc, &field, "label", "listo-field__label", label)?;
    l.set_attribute("for", id)?;
    let i: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
    i.set_id(id);
    i.set_type(kind);
    i.set_class_name("listo-field__input");
    i.set_value(value);
    field.append_child(&i)?;
    Ok(i)
}

/// A button.
pub fn button(doc: &Document, parent: &Element, text: &str) -> Result<Element, JsValue> {
    let b = el(doc, parent, "button", "listo-button", text)?;
    b.set_attribute("type", "button")?;
    Ok(b)
}

/// Runs `f` on every `event` of `target`, for as long as the element lives.
pub fn on(target: &Element, event: &str, f: impl Fn() + 'static) -> Result<(), JsValue> {
    let closure = Closure::<dyn Fn()>::new(f);
    target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
    // The element owns the listener; a new mount replaces the element.
    closure.forget();
    Ok(())
}

/// Copies `text` to the clipboard; `done(true)` when the browser took it. Without clipboard
/// access (an http page, a refused permission) the text stays selected in its field to copy.
pub fn copy(text: &str, done: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    // Browsers give no clipboard to a plain-http page on a LAN address (the classroom server):
    // calling it would throw, so the link stays selected to copy by hand instead.
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return done(false);
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Offers `text` as a file download named `name`.
pub fn download(doc: &Document, name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Shows a QR code: the SVG text Listo drew (`core::share::qr::svg`, no outside text in it) in an
/// element with an accessible name.
pub fn qr_image(doc: &Document, parent: &Element, svg: &str, name: &str) -> Result<Element, JsValue> {
    let figure = el(doc, parent, "div", "listo-share__qr", "")?;
    figure.set_attribute("role", "img")?;
    figure.set_attribute("aria-label", name)?;
    figure.set_inner_html(svg);
    Ok(figure)
}

/// The page's address (links are made from it; `core::share::link` drops any fragment).
pub fn page() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}
