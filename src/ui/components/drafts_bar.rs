//! Drafts (folded under a one-line summary): switch, rename, new, duplicate, delete with undo, export to a JSON file and import
//! one (Listo's export or Mercado Libre item JSON), read by the import module (loaded when a file
//! is picked). Import errors say the line and column.

use crate::core::text::Text;
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use crate::ui::state::transfer::{DraftReply, Reply};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

#[component]
pub fn DraftsBar() -> impl IntoView {
    let editor = use_editor();
    let book = editor.book;
    let lang = editor.lang;
    let import_message = RwSignal::new(None::<(bool, Text)>);
    let current_name = move || book.with(|b| b.current_draft().map(|d| d.name.clone()).unwrap_or_default());
    let on_import = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(v) => v.as_string().unwrap_or_default(),
                Err(_) => String::new(),
            };
            let reply = crate::ui::lazy::module::ask::<Vec<DraftReply>>("import", "import_drafts", text).await;
            import_message.set(Some(match reply {
                Reply::Ok(drafts) if drafts.is_empty() => (false, Text::new("El archivo no tiene publicaciones.", "The file has no listings.")),
                Reply::Ok(drafts) => {
                    let n = drafts.len();
                    let notes: usize = drafts.iter().map(|d| d.notes).sum();
                    book.update(|b| {
                        for d in drafts {
                            b.add(d.name, d.listing);
                        }
                    });
                    let extra = if notes > 0 {
                        Text::new(format!(" Se ignoraron {notes} valores con formato inesperado."), format!(" {notes} values with an unexpected format were ignored."))
                    } else {
                        Text::default()
                    };
                    (true, Text::new(format!("Se importaron {n} borradores.{}", extra.es), format!("Imported {n} drafts.{}", extra.en)))
                }
                Reply::Err(message) => (false, message),
            }));
        });
    };
    view! {
        // Folded by default so that on a phone the title field is on the first screen; one tap
        // on the summary (which names the open draft) opens the drafts.
        <details class="listo-card listo-drafts" data-testid="drafts">
            <summary class="listo-drafts__summary">
                <h2 id="drafts-heading">{i18n::text(lang, i18n::DRAFTS)}</h2>
                <span class="listo-drafts__current">{move || format!("· {} ({})", current_name(), book.with(|b| b.drafts.len()))}</span>
            </summary>
            <div class="listo-drafts__row">
                <div class="listo-field">
                    <label for="draft-select" class="listo-field__label">{i18n::text(lang, i18n::DRAFT_OPEN)}</label>
                    <select id="draft-select" class="listo-field__input"
                        on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { book.update(|b| b.open(id)) }>
                        {move || {
                            let current = book.with(|b| b.current);
                            book.with(|b| b.drafts.iter().map(|d| view! {
                                <option value=d.id.to_string() selected=d.id == current>{d.name.clone()}</option>
                            }).collect_view())
                        }}
                    </select>
                </div>
                <div class="listo-field">
                    <label for="draft-name" class="listo-field__label">{i18n::text(lang, i18n::DRAFT_NAME)}</label>
                    <input id="draft-name" class="listo-field__input" type="text" autocomplete="off"
                        prop:value=current_name
                        on:change=move |ev| { let name = event_target_value(&ev); book.update(|b| { let id = b.current; b.rename(id, &name) }) } />
                </div>
            </div>
            <div class="listo-drafts__actions">
                <button type="button" class="listo-button listo-button--quiet" on:click=move |_| book.update(|b| { b.new_draft(); })>
                    {i18n::text(lang, i18n::DRAFT_NEW)}
                </button>
                <button type="button" class="listo-button listo-button--quiet"
                    on:click=move |_| book.update(|b| { b.duplicate(&Text::new(i18n::COPY.0, i18n::COPY.1)); })>
                    {i18n::text(lang, i18n::DRAFT_DUPLICATE)}
                </button>
                <button type="button" class="listo-button listo-button--quiet" on:click=move |_| book.update(|b| { let id = b.current; b.delete(id) })>
                    {i18n::text(lang, i18n::DRAFT_DELETE)}
                </button>
                <button type="button" class="listo-button listo-button--quiet" on:click=move |_| export(&book.with(|b| b.export_json()))>
                    {i18n::text(lang, i18n::DRAFT_EXPORT)}
                </button>
                <label class="listo-button listo-button--quiet listo-drafts__import" for="draft-import">
                    {i18n::text(lang, i18n::DRAFT_IMPORT)}
                </label>
                <input id="draft-import" class="listo-visually-hidden" type="file" accept=".json,.jsonl,application/json"
                    aria-describedby="draft-import-hint" on:change=on_import />
            </div>
            <p id="draft-import-hint" class="listo-field__hint">{i18n::text(lang, i18n::DRAFT_IMPORT_HINT)}</p>
            {move || book.with(|b| b.deleted.is_some()).then(|| view! {
                <p class="listo-notice listo-notice--info" role="status">
                    {i18n::text(lang, i18n::DRAFT_DELETED)} " "
                    <button type="button" class="listo-button listo-button--small" on:click=move |_| book.update(|b| { b.undo_delete(); })>
                        {i18n::text(lang, i18n::DRAFT_UNDO)}
                    </button>
                </p>
            })}
            {move || import_message.get().map(|(ok, text)| view! {
                <p class=if ok { "listo-notice listo-notice--info" } else { "listo-notice listo-notice--error" }
                    role=if ok { "status" } else { "alert" } data-testid="import-message">
                    {move || text.get(lang.get()).to_string()}
                </p>
            })}
        </details>
    }
}

/// Offers the drafts as a file download, made in the browser.
fn export(json: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(&url);
        a.set_download("listo-borradores.json");
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

