//! The "Revisar catálogo" page: pick or drop a file, follow the progress (and cancel), read what
//! could not be read, then the charts, the exports and the table. A failed or cancelled check
//! leaves the earlier results on screen; the drafts are the app's and are never touched here
//! (a row opened in the editor becomes a new draft through the app, see `open_in_editor`).

use crate::charts::charts;
use crate::class::{self, ClassInfo};
use crate::order::{visible, Filter, Sort};
use crate::run::{run, Outcome, Progress, Results};
use crate::strings as s;
use crate::table::{filters, table, thousands};
use leptos::prelude::*;
use listo::core::text::{Lang, Text};
use listo::ui::state::transfer::{DraftReply, Reply};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

thread_local! {
    /// The last results, kept while the seller visits the editor and comes back.
    static LAST: RefCell<Option<Arc<Results>>> = const { RefCell::new(None) };
    /// The last file picked (bytes, name), to read another sheet of it.
    static FILE: RefCell<Option<(Arc<Vec<u8>>, String)>> = const { RefCell::new(None) };
    /// Set by Cancel; the running check stops at its next slice.
    static CANCEL: RefCell<Rc<Cell<bool>>> = RefCell::new(Rc::new(Cell::new(false)));
}

/// The page, in the language `lang` says (re-drawn when it changes).
pub fn page(lang: RwSignal<Lang>) -> impl IntoView {
    let results = RwSignal::new(LAST.with(|l| l.borrow().clone()));
    let progress = RwSignal::new(None::<Progress>);
    let message = RwSignal::new(None::<(bool, Text)>);
    let filter = RwSignal::new(Filter::default());
    let sort = RwSignal::new(Sort::default());
    let order = Memo::new(move |_| results.with(|r| Arc::new(r.as_ref().map(|r| visible(&r.rows, sort.get(), &filter.get())).unwrap_or_default())));

    let start = move |bytes: Arc<Vec<u8>>, name: String, sheet: Option<String>, class: Option<ClassInfo>| {
        if progress.with_untracked(|p| p.is_some()) {
            return;
        }
        let cancel = Rc::new(Cell::new(false));
        CANCEL.with(|c| *c.borrow_mut() = cancel.clone());
        FILE.with(|f| *f.borrow_mut() = Some((bytes.clone(), name.clone())));
        message.set(None);
        leptos::task::spawn_local(async move {
            let outcome = run(bytes, name, sheet, progress, cancel).await;
            progress.set(None);
            match outcome {
                Outcome::Done(r) if r.rows.is_empty() && r.cells.is_empty() => {
                    message.set(Some((false, Text::new(s::NO_ROWS.0, s::NO_ROWS.1))));
                }
                Outcome::Done(mut r) => {
                    if let Some(class) = class {
                        r.label = Some(class.label);
                        r.cells.splice(0..0, class.cells);
                        r.notices.extend(class.notices);
                    }
                    // The last file is kept for another sheet only when there is one to choose.
                    if r.sheet_names.len() < 2 {
                        FILE.with(|f| f.borrow_mut().take());
                    }
                    let r = Arc::new(r);
                    LAST.with(|l| *l.borrow_mut() = Some(r.clone()));
                    filter.set(Filter::default());
                    sort.set(Sort::default());
                    results.set(Some(r));
                }
                Outcome::Failed(text) => message.set(Some((false, text))),
                Outcome::Cancelled => message.set(Some((true, Text::new(s::CANCELLED.0, s::CANCELLED.1)))),
            }
        });
    };
    // One file is a catalogue; several picked or dropped together are a class's exports.
    let pick_files = move |files: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let mut read = class::read_files(files).await;
            match read.len() {
                0 => {}
                1 => {
                    let (name, bytes) = read.remove(0);
                    start(Arc::new(bytes), name, None, None);
                }
                _ => match class::prepare(&read, "") {
                    Ok((bytes, info)) => start(Arc::new(bytes), class::FILE_NAME.into(), None, Some(info)),
                    Err(text) => message.set(Some((false, text))),
                },
            }
        });
    };
    let on_pick = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(files) = input.files() {
            pick_files(class::take(&files));
        }
        input.set_value("");
    };
    let pasted = RwSignal::new(String::new());
    let check_links = move |_| {
        if progress.with_untracked(|p| p.is_some()) {
            return;
        }
        match pasted.with_untracked(|text| class::prepare(&[], text)) {
            Ok((bytes, info)) => start(Arc::new(bytes), class::FILE_NAME.into(), None, Some(info)),
            Err(text) => message.set(Some((false, text))),
        }
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            pick_files(class::take(&files));
        }
    };
    let on_sheet = move |ev: web_sys::Event| {
        let sheet = event_target_value(&ev);
        if let Some((bytes, name)) = FILE.with(|f| f.borrow().clone()) {
            start(bytes, name, Some(sheet), None);
        }
    };
    let pick_code = Callback::new(move |code: u16| {
        filter.update(|f| f.code = Some(code));
        if let Some(el) = document().get_element_by_id("bulk-table-heading") {
            el.scroll_into_view();
        }
    });
    let open = Callback::new(move |i: usize| {
        if let Some(r) = results.get_untracked() {
            open_in_editor(&r, i, lang.get_untracked());
        }
    });

    move || {
        let lang = lang.get();
        view! {
            <div class="bulk">
                <p>{s::INTRO.get(lang)}</p>
                <section class="listo-card bulk-pick bulk-noprint" class:bulk-pick--over=move || dragging.get()
                    on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop>
                    <div class="listo-field">
                        <label class="listo-field__label" for="bulk-file">{s::FILE_LABEL.get(lang)}</label>
                        <span class="listo-field__hint" id="bulk-file-hint">{s::FILE_HINT.get(lang)}</span>
                        <input id="bulk-file" type="file" multiple class="listo-field__input" aria-describedby="bulk-file-hint"
                            accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.json,.jsonl,.ndjson" on:change=on_pick
                            disabled=move || progress.with(|p| p.is_some()) />
                    </div>
                    <p class="bulk-drop" aria-hidden="true">{s::DROP_HERE.get(lang)}</p>
                    {crate::export::template_links(lang)}
                </section>
                <section class="listo-card bulk-class bulk-noprint" aria-labelledby="bulk-class-heading" data-testid="bulk-class">
                    <h3 id="bulk-class-heading">{s::CLASS.get(lang)}</h3>
                    <p class="listo-field__hint">{s::CLASS_FILES.get(lang)}</p>
                    <div class="listo-field">
                        <label class="listo-field__label" for="bulk-links">{s::LINKS_LABEL.get(lang)}</label>
                        <span class="listo-field__hint" id="bulk-links-hint">{s::LINKS_HINT.get(lang)}</span>
                        <textarea id="bulk-links" class="listo-field__input" rows="4" aria-describedby="bulk-links-hint"
                            prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                    </div>
                    <button type="button" class="listo-button" on:click=check_links
                        disabled=move || progress.with(|p| p.is_some()) || pasted.with(|t| t.trim().is_empty())>
                        {s::CHECK_LINKS.get(lang)}
                    </button>
                </section>
                {move || progress.get().map(|p| progress_view(p, lang))}
                {move || message.get().map(|(ok, text)| view! {
                    <div class=if ok { "listo-notice listo-notice--info" } else { "listo-notice listo-notice--error" }
                        role=if ok { "status" } else { "alert" } data-testid="bulk-message">
                        <p>{text.get(lang).to_string()}</p>
                        {(!ok).then(|| view! { <p>{s::FAILED_KEPT.get(lang)}</p> })}
                    </div>
                })}
                {move || results.get().map(|r| results_view(r, lang, filter, sort, order, pick_code, open, on_sheet))}
            </div>
        }
    }
}

fn progress_view(p: Progress, lang: Lang) -> impl IntoView {
    let label = if p.total == 0 { s::READING.get(lang) } else { s::CHECKING.get(lang) };
    let detail = match (p.total, p.seconds_left()) {
        (0, _) => String::new(),
        (total, left) => {
            let left = left.map(|l| format!(" · {} {} s", if lang == Lang::Es { "quedan" } else { "left:" }, l.ceil())).unwrap_or_default();
            let of = if lang == Lang::Es { "de" } else { "of" };
            let rows = if lang == Lang::Es { "filas" } else { "rows" };
            format!("{} {of} {} {rows}{left}", thousands(p.done, lang), thousands(total, lang))
        }
    };
    view! {
        <section class="listo-card bulk-progress bulk-noprint" data-testid="bulk-progress">
            <label for="bulk-progress-bar" class="listo-field__label">{label}</label>
            <progress id="bulk-progress-bar" max=p.total.max(1) value=p.done></progress>
            <p class="listo-field__hint">{detail}</p>
            <button type="button" class="listo-button listo-button--quiet" on:click=move |_| CANCEL.with(|c| c.borrow().set(true))>
                {s::CANCEL.get(lang)}
            </button>
        </section>
    }
}

#[allow(clippy::too_many_arguments)]
fn results_view(
    r: Arc<Results>,
    lang: Lang,
    filter: RwSignal<Filter>,
    sort: RwSignal<Sort>,
    order: Memo<Arc<Vec<u32>>>,
    pick_code: Callback<u16>,
    open: Callback<usize>,
    on_sheet: impl Fn(web_sys::Event) + 'static,
) -> impl IntoView {
    let source = r.label.as_ref().map_or(r.file_name.as_str(), |l| l.get(lang));
    let checked = if lang == Lang::Es {
        format!("{}: {} publicaciones revisadas en {} s.", source, thousands(r.rows.len(), lang), listo::core::text::number(r.elapsed_ms / 1000.0, 2).es)
    } else {
        format!("{}: {} listings checked in {} s.", source, thousands(r.rows.len(), lang), listo::core::text::number(r.elapsed_ms / 1000.0, 2).en)
    };
    let sheets = (r.sheet_names.len() > 1).then(|| {
        let current = r.sheet.clone().or_else(|| r.sheet_names.first().cloned()).unwrap_or_default();
        let options = r.sheet_names.iter().map(|n| view! { <option value=n.clone() selected=*n == current>{n.clone()}</option> }).collect_view();
        view! {
            <div class="listo-field bulk-noprint">
                <label class="listo-field__label" for="bulk-sheet">{s::SHEET.get(lang)}</label>
                <select id="bulk-sheet" class="listo-field__input" on:change=on_sheet>{options}</select>
            </div>
        }
    });
    let notices = r.notices.iter().map(|n| view! { <li>{n.get(lang).to_string()}</li> }).collect_view();
    let cells = (!r.cells.is_empty()).then(|| {
        const SHOWN: usize = 200;
        let items = r.cells.iter().take(SHOWN).map(|c| view! {
            // The reader's messages already name the row and the column ("Fila 5, columna B (Precio): …").
            <li data-row=c.row>{c.message.get(lang).to_string()}</li>
        }).collect_view();
        let more = r.cells.len().saturating_sub(SHOWN);
        view! {
            <details class="listo-card bulk-cells" open=r.cells.len() <= 20 data-testid="bulk-cells">
                <summary><h3 id="bulk-cells-heading">{format!("{} ({})", s::CELL_PROBLEMS.get(lang), thousands(r.cells.len(), lang))}</h3></summary>
                <ul tabindex="0" aria-labelledby="bulk-cells-heading">{items}</ul>
                {(more > 0).then(|| view! { <p>{format!("… +{}", thousands(more, lang))}</p> })}
            </details>
        }
    });
    let for_exports = r.clone();
    view! {
        <section class="listo-card bulk-done" data-testid="bulk-summary">
            <p class="bulk-done__line">{checked}</p>
            {sheets}
            <ul class="bulk-notices">{notices}</ul>
        </section>
        {cells}
        {charts(r.clone(), lang, pick_code)}
        {crate::export::buttons(for_exports, lang, order)}
        <section class="listo-card bulk-results" aria-labelledby="bulk-table-heading">
            <h3 id="bulk-table-heading">{s::TABLE.get(lang)}</h3>
            {filters(&r, lang, filter)}
            {table(r, lang, sort, order, open)}
        </section>
    }
}

/// Hands the listing to the app as a new draft (the app adds it; other drafts stay) and opens
/// the editor. The app listens for `listo:open-draft` and reads the same typed reply the import
/// module sends.
fn open_in_editor(r: &Results, i: usize, lang: Lang) {
    let Some(row) = r.rows.get(i) else { return };
    let Some(listing) = crate::reader::nth_row(&r.bytes, &r.file_name, r.sheet.as_deref(), i) else { return };
    let name = if row.title.trim().is_empty() {
        format!("{} {}", s::ROW.get(lang), row.row)
    } else {
        row.title.chars().take(40).collect()
    };
    let reply = Reply::Ok(vec![DraftReply { name, listing, notes: 0 }]);
    let Ok(json) = serde_json::to_string(&reply) else { return };
    let Some(window) = web_sys::window() else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&wasm_bindgen::JsValue::from_str(&json));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("listo:open-draft", &init) {
        let _ = window.dispatch_event(&event);
        let _ = window.location().set_hash("");
    }
}
