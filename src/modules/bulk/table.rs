//! The results table: every listing's row, title, category, score, level, errors, warnings and
//! shipping modes. Sorted by a header button (keyboard too), filtered by level, rule and text.
//! Only the rows in view (plus a few either side) are in the DOM: the rest are two spacer rows
//! of the right height, so 10,000 or 100,000 rows scroll like 30. Rows have a fixed height and
//! the columns fixed widths, so what is drawn never jumps while scrolling.

use crate::order::{Column, Filter, Sort};
use crate::run::Results;
use crate::strings::{self as s, Msg};
use leptos::prelude::*;
use listo::core::engine::QualityLevel;
use listo::core::shipping::Status;
use listo::core::summary::RowResult;
use listo::core::text::Lang;
use std::sync::Arc;

/// One row's height in pixels (the CSS says the same).
pub const ROW_H: f64 = 44.0;
/// Rows drawn above and below the visible ones.
const OVERSCAN: usize = 8;

/// The shipping modes a listing can use, in words.
fn modes(r: &RowResult, lang: Lang) -> String {
    let names = [s::SAME_DAY, s::COURIER, s::GALAPAGOS];
    let open: Vec<&str> = r.shipping.iter().zip(names).filter(|(st, _)| **st == Status::Eligible).map(|(_, n)| n.get(lang)).collect();
    if open.is_empty() { s::MODES_NONE.get(lang).to_string() } else { open.join(", ") }
}

fn level_class(level: QualityLevel) -> &'static str {
    match level {
        QualityLevel::Basica => "bulk-level bulk-level--basica",
        QualityLevel::Estandar => "bulk-level bulk-level--estandar",
        QualityLevel::Profesional => "bulk-level bulk-level--profesional",
    }
}

/// Spanish groups thousands with a point, English with a comma.
pub fn thousands(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::Es { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The filter controls.
pub fn filters(results: &Results, lang: Lang, filter: RwSignal<Filter>) -> impl IntoView {
    let mut codes: Vec<_> = results.summary.codes.iter().enumerate().collect();
    codes.sort_by(|a, b| b.1.count.cmp(&a.1.count).then_with(|| a.1.code.cmp(&b.1.code)));
    let code_options = codes
        .into_iter()
        .map(|(i, c)| view! { <option value=i.to_string()>{format!("{} ({})", c.code, thousands(c.listings, lang))}</option> })
        .collect_view();
    let level_value = move || match filter.with(|f| f.level) {
        None => "",
        Some(QualityLevel::Basica) => "basica",
        Some(QualityLevel::Estandar) => "estandar",
        Some(QualityLevel::Profesional) => "profesional",
    };
    view! {
        <div class="bulk-filters">
            <div class="listo-field">
                <label class="listo-field__label" for="bulk-filter-level">{s::FILTER_LEVEL.get(lang)}</label>
                <select id="bulk-filter-level" class="listo-field__input" prop:value=level_value
                    on:change=move |ev| {
                        let level = match event_target_value(&ev).as_str() {
                            "basica" => Some(QualityLevel::Basica),
                            "estandar" => Some(QualityLevel::Estandar),
                            "profesional" => Some(QualityLevel::Profesional),
                            _ => None,
                        };
                        filter.update(|f| f.level = level);
                    }>
                    <option value="">{s::ALL.get(lang)}</option>
                    <option value="basica">{QualityLevel::Basica.label().get(lang).to_string()}</option>
                    <option value="estandar">{QualityLevel::Estandar.label().get(lang).to_string()}</option>
                    <option value="profesional">{QualityLevel::Profesional.label().get(lang).to_string()}</option>
                </select>
            </div>
            <div class="listo-field">
                <label class="listo-field__label" for="bulk-filter-code">{s::FILTER_CODE.get(lang)}</label>
                <select id="bulk-filter-code" class="listo-field__input"
                    prop:value=move || filter.with(|f| f.code.map(|c| c.to_string()).unwrap_or_default())
                    on:change=move |ev| { let code = event_target_value(&ev).parse().ok(); filter.update(|f| f.code = code) }>
                    <option value="">{s::ALL.get(lang)}</option>
                    {code_options}
                </select>
            </div>
            <div class="listo-field">
                <label class="listo-field__label" for="bulk-filter-text">{s::FILTER_TEXT.get(lang)}</label>
                <input id="bulk-filter-text" class="listo-field__input" type="search" autocomplete="off"
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |ev| { let text = event_target_value(&ev); filter.update(|f| f.text = text) } />
            </div>
            <button type="button" class="listo-button listo-button--quiet bulk-filters__clear"
                disabled=move || filter.with(|f| f.is_empty()) on:click=move |_| filter.set(Filter::default())>
                {s::CLEAR_FILTERS.get(lang)}
            </button>
        </div>
    }
}

/// The table itself. `open` is called with an index into `results.rows`.
pub fn table(results: Arc<Results>, lang: Lang, sort: RwSignal<Sort>, order: Memo<Arc<Vec<u32>>>, open: Callback<usize>) -> impl IntoView {
    let scroll_top = RwSignal::new(0.0f64);
    let viewport = RwSignal::new(600.0f64);
    let header = move |column: Column, label: Msg| {
        let aria_sort = move || {
            let s = sort.get();
            if s.column != column {
                "none"
            } else if s.descending {
                "descending"
            } else {
                "ascending"
            }
        };
        let arrow = move || match aria_sort() {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "",
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="bulk-sort" on:click=move |_| sort.update(|s| *s = s.toggled(column))>
                    {label.get(lang)} " " <span aria-hidden="true">{arrow}</span>
                </button>
            </th>
        }
    };
    let total = results.rows.len();
    let rows = move || {
        let order = order.get();
        let n = order.len();
        let first = ((scroll_top.get() / ROW_H) as usize).saturating_sub(OVERSCAN).min(n);
        let last = (first + (viewport.get() / ROW_H).ceil() as usize + 2 * OVERSCAN).min(n);
        let above = format!("{}px", first as f64 * ROW_H);
        let below = format!("{}px", (n - last) as f64 * ROW_H);
        // `order` may already belong to newer results while this (older) table is being
        // replaced: an index it does not have is skipped, never a panic.
        let drawn = order[first..last]
            .iter()
            .enumerate()
            .filter_map(|(k, &i)| results.rows.get(i as usize).map(|r| (k, i as usize, r)))
            .map(|(k, i, r)| {
                let title = if r.title.trim().is_empty() { s::UNTITLED.get(lang).to_string() } else { r.title.clone() };
                let category = if r.top_category.is_empty() { r.category_id.clone() } else { format!("{} · {}", r.category_id, r.top_category) };
                let open_label = format!("{}: {} {} — {}", s::OPEN_IN_EDITOR.get(lang), s::ROW.get(lang), r.row, title);
                view! {
                    <tr aria-rowindex=first + k + 2 data-row=r.row>
                        <td class="bulk-num">{r.row}</td>
                        <td class="bulk-table__title">
                            <button type="button" class="bulk-open" aria-label=open_label title=title.clone() on:click=move |_| open.run(i)>{title.clone()}</button>
                        </td>
                        <td title=category.clone()>{category.clone()}</td>
                        <td class="bulk-num">{r.score}</td>
                        <td><span class=level_class(r.level)>{r.level.label().get(lang).to_string()}</span></td>
                        <td class="bulk-num">{r.errors}</td>
                        <td class="bulk-num">{r.warnings}</td>
                        <td>{modes(r, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <tr class="bulk-spacer" aria-hidden="true"><td colspan="8" style:height=above></td></tr>
            {drawn}
            <tr class="bulk-spacer" aria-hidden="true"><td colspan="8" style:height=below></td></tr>
        }
    };
    view! {
        <p class="listo-field__hint" id="bulk-table-count" role="status">
            {move || {
                let shown = order.with(|o| o.len());
                if lang == Lang::Es {
                    format!("Mostrando {} de {} publicaciones.", thousands(shown, lang), thousands(total, lang))
                } else {
                    format!("Showing {} of {} listings.", thousands(shown, lang), thousands(total, lang))
                }
            }}
            " " {s::SORT_HINT.get(lang)}
        </p>
        <div class="bulk-table__scroll" tabindex="0" role="region" aria-labelledby="bulk-table-heading" data-testid="bulk-table"
            on:scroll=move |ev| {
                let el = event_target::<web_sys::HtmlElement>(&ev);
                scroll_top.set(el.scroll_top() as f64);
                viewport.set(el.client_height() as f64);
            }>
            <table class="bulk-table" aria-rowcount=move || order.with(|o| o.len()) + 1 aria-describedby="bulk-table-count">
                <colgroup>
                    <col class="bulk-col--row" /><col class="bulk-col--title" /><col class="bulk-col--category" /><col class="bulk-col--score" />
                    <col class="bulk-col--level" /><col class="bulk-col--count" /><col class="bulk-col--count" /><col class="bulk-col--shipping" />
                </colgroup>
                <thead>
                    <tr aria-rowindex="1">
                        {header(Column::Row, s::COL_ROW)}
                        {header(Column::Title, s::COL_TITLE)}
                        {header(Column::Category, s::COL_CATEGORY)}
                        {header(Column::Score, s::COL_SCORE)}
                        {header(Column::Level, s::COL_LEVEL)}
                        {header(Column::Errors, s::COL_ERRORS)}
                        {header(Column::Warnings, s::COL_WARNINGS)}
                        {header(Column::Shipping, s::COL_SHIPPING)}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
