//! The box: a labelled textarea and the explained codes, rebuilt as text nodes (never HTML) on
//! every input. `mount` is called again when the language changes; the text typed so far stays.

use listo::core::ml_errors;
use listo::core::text::Lang;
use listo::ui::components::live_panel::field_label;
use listo::ui::i18n::{self, Msg};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlTextAreaElement};

/// Builds the box into `root` in `lang` ("es" or "en"), keeping any text already typed.
#[wasm_bindgen]
pub fn mount(root: &Element, lang: &str) -> Result<(), JsValue> {
    let lang = Lang::from_code(lang);
    let doc = root.owner_document().ok_or("no document")?;
    let typed = root.query_selector("textarea")?.and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default();
    root.set_text_content(None);

    let label = el(&doc, root, "label", "listo-field__label", i18n::ML_ERROR_LABEL.get(lang))?;
    label.set_attribute("for", "ml-error-input")?;
    let hint = el(&doc, root, "span", "listo-field__hint", i18n::ML_ERROR_HINT.get(lang))?;
    hint.set_id("ml-error-hint");
    let area: HtmlTextAreaElement = doc.create_element("textarea")?.dyn_into()?;
    area.set_id("ml-error-input");
    area.set_class_name("listo-field__input");
    area.set_rows(4);
    area.set_attribute("aria-describedby", "ml-error-hint")?;
    area.set_attribute("spellcheck", "false")?;
    area.set_value(&typed);
    root.append_child(&area)?;
    let status = el(&doc, root, "p", "listo-field__hint", "")?;
    status.set_attribute("role", "status")?;
    let list = el(&doc, root, "ul", "listo-panel__list", "")?;
    list.set_attribute("aria-live", "polite")?;

    let show = {
        let (doc, area, status, list) = (doc.clone(), area.clone(), status.clone(), list.clone());
        move || {
            let _ = results(&doc, &area.value(), lang, &status, &list);
        }
    };
    show();
    let on_input = Closure::<dyn Fn()>::new(show);
    area.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref())?;
    // Lives as long as the textarea; a new mount replaces the element and its listener.
    on_input.forget();
    Ok(())
}

fn results(doc: &Document, text: &str, lang: Lang, status: &Element, list: &Element) -> Result<(), JsValue> {
    let explained = ml_errors::explain(text);
    let none = explained.is_empty() && !text.trim().is_empty();
    status.set_text_content(Some(if none { i18n::ML_ERROR_NONE.get(lang) } else { "" }));
    list.set_text_content(None);
    for e in explained {
        let item = el(doc, list, "li", "listo-diag", "")?;
        let head = el(doc, &item, "p", "listo-diag__message", "")?;
        el(doc, &head, "code", "", &e.code)?;
        if !e.known {
            head.append_child(&doc.create_text_node(&format!(" ({})", i18n::ML_ERROR_UNKNOWN.get(lang))))?;
        }
        let field = if e.field.is_empty() { i18n::ML_ERROR_FIELD_UNKNOWN.get(lang).to_string() } else { field_label(&e.field, lang) };
        let line = el(doc, &item, "p", "", &format!("{}: ", i18n::ML_ERROR_FIELD.get(lang)))?;
        el(doc, &line, "strong", "", &field)?;
        el(doc, &item, "p", "listo-diag__help", e.what_to_do.get(lang))?;
        if !e.message.is_empty() {
            el(doc, &item, "p", "listo-field__hint", &format!("{}: {}", i18n::ML_ERROR_SAID.get(lang), e.message))?;
        }
        if let Some(code) = e.rule {
            let link = el(doc, &item, "a", "listo-diag__why", &format!("{} ({code})", text_of(i18n::WHY, lang)))?;
            link.set_attribute("href", &format!("#regla-{code}"))?;
        }
    }
    Ok(())
}

fn text_of(m: Msg, lang: Lang) -> &'static str {
    m.get(lang)
}

/// Appends `<tag class=… >text</tag>` to `parent`.
fn el(doc: &Document, parent: &Element, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
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
