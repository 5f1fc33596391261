//! The page's downloads: the problems and the table as CSV (`core::summary::export`), the table
//! as XLSX (`rust_xlsxwriter`), and the templates. Files are made in the browser and offered
//! through a blob link; nothing is uploaded.

use crate::run::Results;
use listo::core::summary::export::{table_header, table_record, table_csv, ProblemsCsv, NUMERIC_COLUMNS};
use listo::core::text::Lang;
use wasm_bindgen::JsCast;

pub const CSV: &str = "text/csv;charset=utf-8";
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offers `bytes` as a file called `name`.
pub fn download(bytes: &[u8], name: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoked later: revoking at once can cancel the download in some browsers.
    if let Some(w) = web_sys::window() {
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// The file's name without its extension, for the exports' names.
fn stem(results: &Results) -> String {
    let name = results.file_name.rsplit_once('.').map_or(results.file_name.as_str(), |(s, _)| s);
    if name.trim().is_empty() { "catalogo".into() } else { name.to_string() }
}

/// Every listing read and checked again (neither the listings nor their reports are kept, to keep
/// memory flat), each problem written as one line; in slices, so the page stays responsive.
pub async fn problems(results: std::sync::Arc<Results>, lang: Lang) {
    let engine = checked_with();
    let mut out = ProblemsCsv::new(lang);
    let Ok(opened) = crate::reader::open(&results.bytes, &results.file_name, results.sheet.as_deref()) else { return };
    let mut slice_start = crate::run::now_ms();
    for (row, (_, listing, _)) in results.rows.iter().zip(opened.rows.filter_map(Result::ok)) {
        out.add(row.row, &row.title, &engine.check(&listing));
        if crate::run::now_ms() - slice_start > 40.0 {
            crate::run::yield_now().await;
            slice_start = crate::run::now_ms();
        }
    }
    let suffix = if lang == Lang::Es { "problemas" } else { "problems" };
    download(out.finish().as_bytes(), &format!("{}-{suffix}.csv", stem(&results)), CSV);
}

/// The engine the results were checked with (built before any check could run).
fn checked_with() -> std::rc::Rc<listo::core::engine::Engine> {
    crate::engine::cached().unwrap_or_else(|| std::rc::Rc::new(listo::core::engine::Engine::default()))
}

/// The table, in the order and with the filters shown.
pub fn table(results: &Results, order: &[u32], lang: Lang) {
    let text = table_csv(order.iter().filter_map(|&i| results.rows.get(i as usize)), lang);
    let suffix = if lang == Lang::Es { "tabla" } else { "table" };
    download(text.as_bytes(), &format!("{}-{suffix}.csv", stem(results)), CSV);
}

/// The table as a spreadsheet; numbers are numbers.
pub fn table_xlsx(results: &Results, order: &[u32], lang: Lang) -> Result<(), String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    let err = |e: rust_xlsxwriter::XlsxError| e.to_string();
    for (c, h) in table_header(lang).iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold).map_err(err)?;
    }
    for (r, &i) in order.iter().enumerate() {
        let Some(row) = results.rows.get(i as usize) else { continue };
        let line = (r + 1) as u32;
        for (c, value) in table_record(row, lang).iter().enumerate() {
            match value.parse::<f64>() {
                Ok(n) if NUMERIC_COLUMNS[c] => sheet.write_number(line, c as u16, n).map(|_| ()),
                _ => sheet.write_string(line, c as u16, value).map(|_| ()),
            }
            .map_err(err)?;
        }
    }
    let bytes = book.save_to_buffer().map_err(err)?;
    let suffix = if lang == Lang::Es { "tabla" } else { "table" };
    download(&bytes, &format!("{}-{suffix}.xlsx", stem(results)), XLSX);
    Ok(())
}

/// The export buttons: problems, table (CSV, XLSX) as filtered and sorted, and print.
pub fn buttons(results: std::sync::Arc<Results>, lang: Lang, order: leptos::prelude::Memo<std::sync::Arc<Vec<u32>>>) -> impl leptos::IntoView {
    use crate::strings as s;
    use leptos::prelude::*;
    let failed = RwSignal::new(None::<String>);
    let (r1, r2, r3) = (results.clone(), results.clone(), results);
    let busy = RwSignal::new(false);
    view! {
        <section class="listo-card bulk-exports bulk-noprint" aria-labelledby="bulk-exports-heading">
            <h3 id="bulk-exports-heading">{s::EXPORTS.get(lang)}</h3>
            <div class="bulk-exports__row">
                <button type="button" class="listo-button listo-button--quiet" disabled=move || busy.get()
                    on:click=move |_| {
                        let r = r1.clone();
                        busy.set(true);
                        leptos::task::spawn_local(async move {
                            problems(r, lang).await;
                            busy.set(false);
                        });
                    }>{s::EXPORT_PROBLEMS.get(lang)}</button>
                <button type="button" class="listo-button listo-button--quiet" on:click=move |_| table(&r2, &order.get_untracked(), lang)>{s::EXPORT_TABLE_CSV.get(lang)}</button>
                <button type="button" class="listo-button listo-button--quiet" on:click=move |_| failed.set(table_xlsx(&r3, &order.get_untracked(), lang).err())>{s::EXPORT_TABLE_XLSX.get(lang)}</button>
                <button type="button" class="listo-button listo-button--quiet" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>{s::PRINT.get(lang)}</button>
            </div>
            {move || failed.get().map(|e| view! { <p class="listo-notice listo-notice--error" role="alert">{e}</p> })}
        </section>
    }
}

/// Links to the templates (CSV and XLSX), made in the browser when chosen.
pub fn template_links(lang: Lang) -> impl leptos::IntoView {
    use crate::strings as s;
    use leptos::prelude::*;
    view! {
        <p class="bulk-templates">{s::TEMPLATES.get(lang)} " "
            <button type="button" class="listo-button listo-button--small listo-button--quiet" on:click=move |_| template(false)>{s::TEMPLATE_CSV.get(lang)}</button> " "
            <button type="button" class="listo-button listo-button--small listo-button--quiet" on:click=move |_| template(true)>{s::TEMPLATE_XLSX.get(lang)}</button>
        </p>
    }
}

fn template(xlsx: bool) {
    if xlsx {
        if let Ok(bytes) = listo::core::bulk::template_xlsx() {
            download(&bytes, "listo-plantilla.xlsx", XLSX);
        }
    } else {
        download(listo::core::bulk::template_csv().as_bytes(), "listo-plantilla.csv", CSV);
    }
}
