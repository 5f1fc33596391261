//! The presenter: one example on a projector, one problem at a time. The frame (heading, buttons,
//! key hints) is built once per render; the stage (score, title, current problem, the list) is
//! rebuilt after every step. Keys for a clicker: → (or PageDown) next, ← (or PageUp) back, F fix.

use crate::dom::{button, el, link};
use listo::core::engine::{Engine, QualityLevel};
use listo::core::examples::present::{FixKind, Presenter};
use listo::core::examples::{find, gallery, Example};
use listo::core::listing::field;
use listo::core::text::{Lang, Text};
use listo::ui::components::live_panel::field_label;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, KeyboardEvent};

/// What the keys and buttons act on.
struct Live {
    /// The example's id: a new render of the same example (the language switched) keeps the steps.
    id: String,
    root: Element,
    stage: Element,
    lang: Lang,
    engine: Engine,
    presenter: Presenter,
    /// "Compartir con la clase": where the QR code goes, and whether it is shown.
    share_panel: Element,
    sharing: bool,
}

thread_local! {
    static LIVE: RefCell<Option<Live>> = const { RefCell::new(None) };
    static KEYS_INSTALLED: RefCell<bool> = const { RefCell::new(false) };
}

#[derive(Clone, Copy)]
enum Action {
    Next,
    Back,
    Fix,
    Share,
}

fn t(lang: Lang, es: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Es {
        es
    } else {
        en
    }
}

/// Builds the presenter for example `id` (or the list to choose one) into `root`.
pub fn render(root: &Element, lang: Lang, id: &str) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    root.set_text_content(None);
    let previous = LIVE.with(|l| l.borrow_mut().take()).filter(|live| live.id == id);
    let examples = gallery();
    let Some(index) = find(&examples, id) else { return picker(&doc, root, lang, &examples) };
    let example = examples[index].clone();

    let frame = el(&doc, root, "div", "ws-present", "")?;
    frame.set_attribute("data-testid", "presenter")?;
    let top = el(&doc, &frame, "div", "ws-present__top", "")?;
    link(&doc, &top, "#taller", "ws-present__exit", t(lang, "← Salir del taller", "← Leave the workshop"))?;
    el(&doc, &top, "h2", "ws-present__name", example.name.get(lang))?;
    el(&doc, &frame, "p", "ws-present__lesson", example.lesson.get(lang))?;
    let stage = el(&doc, &frame, "div", "ws-stage", "")?;
    stage.set_attribute("aria-live", "polite")?;
    el(&doc, &stage, "p", "ws-stage__loading", t(lang, "Cargando categorías…", "Loading categories…"))?;

    let controls = el(&doc, &frame, "div", "ws-controls", "")?;
    button(&doc, &controls, "ws-button", t(lang, "← Atrás", "← Back"), || act(Action::Back))?;
    button(&doc, &controls, "ws-button ws-button--fix", t(lang, "Corregir (F)", "Fix (F)"), || act(Action::Fix))?;
    button(&doc, &controls, "ws-button ws-button--next", t(lang, "Siguiente problema →", "Next problem →"), || act(Action::Next))?;
    button(&doc, &controls, "ws-button", t(lang, "Compartir con la clase (C)", "Share with the class (C)"), || act(Action::Share))?
        .set_attribute("data-testid", "presenter-share")?;
    let share_panel = el(&doc, &frame, "section", "ws-share", "")?;
    share_panel.set_attribute("aria-live", "polite")?;
    el(
        &doc,
        &frame,
        "p",
        "ws-keys",
        t(lang, "Teclas para el presentador inalámbrico: → siguiente · ← atrás · F corregir · C compartir", "Clicker keys: → next · ← back · F fix · C share"),
    )?;
    install_keys()?;

    let root = root.clone();
    if let Some(live) = previous {
        LIVE.with(|l| *l.borrow_mut() = Some(Live { root, stage, lang, share_panel, ..live }));
        redraw();
        return Ok(());
    }
    let id = id.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        match listo::ui::lazy::catalog::fetch().await {
            Ok(catalog) => {
                let engine = Engine::default().with_catalog(Arc::new(catalog));
                let presenter = Presenter::new(&example, &engine);
                LIVE.with(|l| *l.borrow_mut() = Some(Live { id, root, stage, lang, engine, presenter, share_panel, sharing: false }));
                redraw();
            }
            Err(e) => {
                stage.set_text_content(Some(e.get(lang)));
                let _ = stage.set_attribute("role", "alert");
            }
        }
    });
    Ok(())
}

/// Without an example: the list to pick one from.
fn picker(doc: &Document, root: &Element, lang: Lang, examples: &[Example]) -> Result<(), JsValue> {
    let main = el(doc, root, "div", "ws-page", "")?;
    link(doc, &main, "#taller", "", t(lang, "← Volver a la galería", "← Back to the gallery"))?;
    el(doc, &main, "h2", "", t(lang, "Elige un ejemplo para presentar", "Pick an example to present"))?;
    let list = el(doc, &main, "ul", "ws-picker", "")?;
    for e in examples {
        let item = el(doc, &list, "li", "", "")?;
        link(doc, &item, &format!("#taller/presentar/{}", e.id), "", e.name.get(lang))?;
    }
    Ok(())
}

/// Listens for the clicker's keys once for the page; they act only while a presenter is shown.
fn install_keys() -> Result<(), JsValue> {
    if KEYS_INSTALLED.with(|k| k.replace(true)) {
        return Ok(());
    }
    let on_key = Closure::<dyn Fn(KeyboardEvent)>::new(|ev: KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        let shown = LIVE.with(|l| l.borrow().as_ref().is_some_and(|live| live.root.is_connected()));
        if !shown {
            return;
        }
        let action = match ev.key().as_str() {
            "ArrowRight" | "PageDown" => Action::Next,
            "ArrowLeft" | "PageUp" => Action::Back,
            "f" | "F" => Action::Fix,
            "c" | "C" => Action::Share,
            _ => return,
        };
        ev.prevent_default();
        act(action);
    });
    web_sys::window().ok_or("no window")?.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref())?;
    on_key.forget();
    Ok(())
}

fn act(action: Action) {
    LIVE.with(|l| {
        if let Some(live) = l.borrow_mut().as_mut() {
            let engine = &live.engine;
            match action {
                Action::Next => {
                    live.presenter.reveal();
                }
                Action::Back => {
                    live.presenter.back(engine);
                }
                Action::Fix => {
                    if live.presenter.current().is_none() {
                        live.presenter.reveal();
                    }
                    live.presenter.fix(engine);
                }
                Action::Share => live.sharing = !live.sharing,
            }
        }
    });
    redraw();
}

fn redraw() {
    LIVE.with(|l| {
        if let Some(live) = l.borrow().as_ref() {
            let _ = stage(live);
            let _ = crate::share::draw(&live.share_panel, live.lang, live.presenter.listing(), live.sharing);
        }
    });
}

fn level_class(level: QualityLevel) -> &'static str {
    match level {
        QualityLevel::Basica => "basica",
        QualityLevel::Estandar => "estandar",
        QualityLevel::Profesional => "profesional",
    }
}

/// Rebuilds the stage from the presenter's state.
fn stage(live: &Live) -> Result<(), JsValue> {
    let (lang, p, stage) = (live.lang, &live.presenter, &live.stage);
    let doc = stage.owner_document().ok_or("no document")?;
    stage.set_text_content(None);
    let report = p.report();

    let score = el(&doc, stage, "div", &format!("ws-score ws-score--{}", level_class(report.level)), "")?;
    score.set_attribute("data-testid", "presenter-score")?;
    el(&doc, &score, "span", "ws-score__number", &report.score.to_string())?;
    el(&doc, &score, "span", "ws-score__level", report.level.label().get(lang))?;
    let bar = el(&doc, &score, "div", "ws-score__bar", "")?;
    bar.set_attribute("role", "meter")?;
    bar.set_attribute("aria-valuemin", "0")?;
    bar.set_attribute("aria-valuemax", "100")?;
    bar.set_attribute("aria-valuenow", &report.score.to_string())?;
    bar.set_attribute("aria-label", t(lang, "Puntaje", "Score"))?;
    // Through the CSSOM: the CSP refuses style attributes (docs/deployment.md).
    let fill: web_sys::HtmlElement = el(&doc, &bar, "div", "ws-score__fill", "")?.dyn_into()?;
    fill.style().set_property("width", &format!("{}%", report.score))?;

    let title = el(&doc, stage, "p", "ws-stage__title", &format!("{}: ", t(lang, "Título", "Title")))?;
    el(&doc, &title, "strong", "", &live.presenter.listing().title)?;

    if report.level == QualityLevel::Profesional {
        let done = el(&doc, stage, "p", "ws-done", t(lang, "¡Profesional! Lista para publicar.", "Professional! Ready to publish."))?;
        done.set_attribute("data-testid", "presenter-done")?;
    }

    let shown = p.revealed();
    let total = report.diagnostics.len();
    let count = Text::new(
        format!("{} de {total} problemas a la vista · {} corregidos", shown.len(), p.fixed().len()),
        format!("{} of {total} problems shown · {} fixed", shown.len(), p.fixed().len()),
    );
    if total > 0 {
        el(&doc, stage, "p", "ws-stage__count", count.get(lang))?.set_attribute("data-testid", "presenter-count")?;
    }

    match p.current() {
        Some(d) => {
            let card = el(&doc, stage, "section", &format!("ws-problem ws-problem--{}", d.severity.as_str()), "")?;
            card.set_attribute("data-testid", "presenter-problem")?;
            let meta = format!("{} · {} · {}", d.severity.label().get(lang), field_label(&d.field, lang), d.code);
            el(&doc, &card, "p", "ws-problem__meta", &meta)?;
            el(&doc, &card, "p", "ws-problem__message", d.message.get(lang))?;
            el(&doc, &card, "p", "ws-problem__help", d.help.get(lang))?;
            // The title is always on screen; other fields show their value here.
            if let Some(value) = field::get(p.listing(), &d.field).filter(|v| !v.trim().is_empty() && d.field != "title") {
                el(&doc, &card, "p", "ws-problem__value", &format!("{}: «{value}»", t(lang, "Ahora", "Now")))?;
            }
        }
        None if total > 0 => {
            el(&doc, stage, "p", "ws-stage__hint", t(lang, "Pulsa → para ver el siguiente problema.", "Press → to see the next problem."))?;
        }
        None => {}
    }
    if let Some(kind) = p.last_fix() {
        let how = match kind {
            FixKind::Rule => t(lang, "Corregido con la corrección de la regla.", "Fixed with the rule's own fix."),
            FixKind::After | FixKind::WholeAfter => t(lang, "Corregido con el valor de la versión «después».", "Fixed with the “after” version's value."),
        };
        el(&doc, stage, "p", "ws-stage__how", how)?;
    }

    let list = el(&doc, stage, "ul", "ws-list", "")?;
    for d in p.fixed() {
        el(&doc, &list, "li", "ws-list__fixed", &format!("✓ {}", d.message.get(lang)))?;
    }
    let current = p.current().map(|d| (&d.code, &d.field));
    for d in shown.iter().filter(|d| Some((&d.code, &d.field)) != current) {
        el(&doc, &list, "li", "ws-list__open", &format!("• {}", d.message.get(lang)))?;
    }
    Ok(())
}
