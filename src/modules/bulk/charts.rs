//! The catalogue's health at a glance, drawn as SVG by the module (no chart library): listings
//! per level, the 10 most frequent problems (each bar filters the table to its rule), and
//! problems per top-level category. Each chart has a `<title>` and a `<desc>` that says in words
//! what the bars show, so a screen reader gets the same figures.

use crate::run::Results;
use crate::strings::{self as s, Msg};
use leptos::prelude::*;
use listo::core::engine::QualityLevel;
use listo::core::text::Lang;
use std::sync::Arc;

/// One bar.
struct Bar {
    label: String,
    value: usize,
    color: &'static str,
    /// The rule code index a click filters by (the top-problems chart only).
    code: Option<u16>,
}

const WIDTH: f64 = 340.0;
const LABEL_W: f64 = 130.0;
const BAR_MAX: f64 = 160.0;
const ROW_H: f64 = 26.0;

/// Short enough to fit the label column.
fn clip(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        format!("{}…", label.chars().take(max - 1).collect::<String>())
    }
}

fn level_color(level: QualityLevel) -> &'static str {
    match level {
        QualityLevel::Basica => "#b3261e",
        QualityLevel::Estandar => "#8a5300",
        QualityLevel::Profesional => "#1d5f3a",
    }
}

/// A horizontal bar chart. `pick` is called with a bar's code when it is chosen.
fn chart(id: &'static str, title: Msg, lang: Lang, bars: Vec<Bar>, unit: (&'static str, &'static str), pick: Option<Callback<u16>>) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
    let height = (bars.len().max(1) as f64) * ROW_H + 4.0;
    let unit = if lang == Lang::Es { unit.0 } else { unit.1 };
    let desc = if bars.is_empty() {
        s::NO_PROBLEMS.get(lang).to_string()
    } else {
        bars.iter().map(|b| format!("{}: {} {unit}", b.label, b.value)).collect::<Vec<_>>().join("; ")
    };
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelledby = format!("{title_id} {desc_id}");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = i as f64 * ROW_H + 2.0;
            let w = (bar.value as f64 / max * BAR_MAX).max(2.0);
            let label = clip(&bar.label, 20);
            let count = bar.value.to_string();
            let bar_view = view! {
                <text x="0" y=y + 17.0 class="bulk-chart__label">{label}</text>
                <rect x=LABEL_W y=y + 4.0 width=w height=ROW_H - 8.0 rx="3" fill=bar.color></rect>
                <text x=LABEL_W + w + 6.0 y=y + 17.0 class="bulk-chart__value">{count}</text>
            };
            match (bar.code, pick) {
                (Some(code), Some(pick)) => {
                    // Named by what it shows ("LI009 120"); the hint under the charts says what choosing does.
                    view! {
                        <g class="bulk-chart__pick" role="button" tabindex="0" aria-describedby="bulk-charts-hint" data-code=bar.label.clone()
                            on:click=move |_| pick.run(code)
                            on:keydown=move |ev: web_sys::KeyboardEvent| {
                                if ev.key() == "Enter" || ev.key() == " " {
                                    ev.prevent_default();
                                    pick.run(code);
                                }
                            }>
                            <rect x="0" y=y width=WIDTH height=ROW_H fill="transparent"></rect>
                            {bar_view}
                        </g>
                    }
                    .into_any()
                }
                _ => view! { <g>{bar_view}</g> }.into_any(),
            }
        })
        .collect_view();
    // A chart with buttons is a group (its bars are the buttons); the others are one picture.
    let role = if pick.is_some() { "group" } else { "img" };
    view! {
        <figure class="bulk-chart">
            <figcaption id=format!("{id}-caption") class="bulk-chart__caption">{title.get(lang)}</figcaption>
            <svg class="bulk-chart__svg" viewBox=format!("0 0 {WIDTH} {height}") role=role
                aria-labelledby=labelledby data-testid=id>
                <title id=title_id>{title.get(lang)}</title>
                <desc id=desc_id>{desc}</desc>
                {rows}
            </svg>
        </figure>
    }
}

/// The three charts for `results`; `pick` filters the table by a rule code.
pub fn charts(results: Arc<Results>, lang: Lang, pick: Callback<u16>) -> impl IntoView {
    let summary = &results.summary;
    let levels = [QualityLevel::Basica, QualityLevel::Estandar, QualityLevel::Profesional]
        .into_iter()
        .enumerate()
        .map(|(i, l)| Bar { label: l.label().get(lang).to_string(), value: summary.per_level[i], color: level_color(l), code: None })
        .collect();
    let top = summary
        .top_problems(10)
        .into_iter()
        .map(|c| Bar { label: c.code.clone(), value: c.count, color: "#1f4fa8", code: summary.code_index(&c.code) })
        .collect();
    let categories = summary
        .per_category()
        .into_iter()
        .filter(|(_, problems, _)| *problems > 0)
        .take(10)
        .map(|(name, problems, _)| Bar {
            label: if name.is_empty() { s::NO_CATEGORY.get(lang).to_string() } else { name.to_string() },
            value: problems,
            color: "#4a5565",
            code: None,
        })
        .collect();
    view! {
        <section class="listo-card bulk-charts" aria-labelledby="bulk-charts-heading">
            <h3 id="bulk-charts-heading">{s::CHARTS.get(lang)}</h3>
            <div class="bulk-charts__grid">
                {chart("chart-levels", s::PER_LEVEL, lang, levels, ("publicaciones", "listings"), None)}
                {chart("chart-problems", s::TOP_PROBLEMS, lang, top, ("problemas", "problems"), Some(pick))}
                {chart("chart-categories", s::PER_CATEGORY, lang, categories, ("problemas", "problems"), None)}
            </div>
            <p class="listo-field__hint bulk-noprint" id="bulk-charts-hint">{s::TOP_PROBLEMS_HINT.get(lang)}</p>
        </section>
    }
}
