//! Builds the rules catalogue into an element, as text nodes only: nothing is parsed as HTML.

use listo::core::rules::docs::{blocks, Block};
use listo::core::rules::registry;
use listo::core::text::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// Fills `root` with every rule in `lang` ("es" or "en"), replacing what was there. Returns the
/// number of rules rendered (the app checks it, and a test can).
#[wasm_bindgen]
pub fn render(root: &Element, lang: &str) -> Result<u32, JsValue> {
    let lang = Lang::from_code(lang);
    let doc = root.owner_document().ok_or("no document")?;
    root.set_text_content(None);
    let metas = registry::metas();
    for meta in &metas {
        let article = el(&doc, "article", Some("listo-card listo-rule"))?;
        article.set_id(&format!("regla-{}", meta.code));
        let h3 = el(&doc, "h3", None)?;
        let code = el(&doc, "span", Some("listo-diag__code"))?;
        code.set_text_content(Some(meta.code));
        h3.append_child(&code)?;
        text(&doc, &h3, &format!(" {}", meta.message().get(lang)))?;
        article.append_child(&h3)?;

        let info = el(&doc, "p", Some("listo-rule__meta"))?;
        let name = el(&doc, "code", None)?;
        name.set_text_content(Some(meta.name));
        info.append_child(&name)?;
        let severity = if lang == Lang::Es { "Gravedad" } else { "Severity" };
        text(&doc, &info, &format!(" · {severity}: {} · {}", meta.severity.label().get(lang), meta.family.label().get(lang)))?;
        article.append_child(&info)?;

        let help = el(&doc, "p", None)?;
        help.set_text_content(Some(meta.help().get(lang)));
        article.append_child(&help)?;

        let docs = el(&doc, "div", Some("listo-rule__docs"))?;
        for block in blocks(&meta.docs_text()) {
            match block {
                Block::Heading(names) => {
                    let h4 = el(&doc, "h4", None)?;
                    h4.set_text_content(Some(&format!("{} / {}", names.es, names.en)));
                    docs.append_child(&h4)?;
                }
                Block::Paragraph(pieces) => {
                    let p = el(&doc, "p", None)?;
                    for (is_code, piece) in pieces {
                        if is_code {
                            let c = el(&doc, "code", None)?;
                            c.set_text_content(Some(&piece));
                            p.append_child(&c)?;
                        } else {
                            text(&doc, &p, &piece)?;
                        }
                    }
                    docs.append_child(&p)?;
                }
            }
        }
        article.append_child(&docs)?;
        root.append_child(&article)?;
    }
    Ok(metas.len() as u32)
}

fn el(doc: &Document, tag: &str, class: Option<&str>) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if let Some(c) = class {
        e.set_class_name(c);
    }
    Ok(e)
}

fn text(doc: &Document, parent: &Element, s: &str) -> Result<(), JsValue> {
    parent.append_child(&doc.create_text_node(s))?;
    Ok(())
}
