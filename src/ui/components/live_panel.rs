//! The live panel: score gauge and level, then the diagnostics grouped by severity. Each one names
//! its field (a click focuses it), offers "Corregir" when the core has a fix, and links to the
//! rule's explanation. Below the gauge, "Así te verá Mercado Libre" ([`MlQualityCard`]).

use crate::core::diagnostic::{Applicability, Diagnostic, Severity};
use crate::core::engine::QualityLevel;
use crate::ui::components::field::dom_id;
use crate::ui::components::ml_quality_card::MlQualityCard;
use crate::ui::i18n::{self, Msg};
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

/// The review panel.
#[component]
pub fn LivePanel() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let score = Memo::new(move |_| editor.report.with(|r| (r.score, r.level)));
    let group = move |severity: Severity, heading: Msg| {
        view! {
            {move || {
                let items: Vec<Diagnostic> =
                    editor.report.with(|r| r.diagnostics.iter().filter(|d| d.severity == severity).cloned().collect());
                (!items.is_empty()).then(|| view! {
                    <section class=format!("listo-panel__group listo-panel__group--{}", severity.as_str())>
                        <h3>{move || heading.get(lang.get())} " (" {items.len()} ")"</h3>
                        <ul class="listo-panel__list">
                            {items.into_iter().map(|d| view! { <DiagnosticItem diagnostic=d /> }).collect_view()}
                        </ul>
                    </section>
                })
            }}
        }
    };
    view! {
        <aside class="listo-card listo-panel" id="panel" aria-labelledby="panel-heading">
            <h2 id="panel-heading">{i18n::text(lang, i18n::PANEL_HEADING)}</h2>
            <div class=move || format!("listo-gauge listo-gauge--{}", level_class(score.get().1))>
                <div class="listo-gauge__number" data-testid="score">{move || score.get().0}</div>
                <div class="listo-gauge__meta">
                    <div class="listo-gauge__bar" role="meter" aria-valuemin="0" aria-valuemax="100"
                        aria-valuenow=move || score.get().0 aria-label=i18n::text(lang, i18n::SCORE)>
                        <div class="listo-gauge__fill" style:width=move || format!("{}%", score.get().0)></div>
                    </div>
                    <div class="listo-gauge__level" data-testid="level">
                        {i18n::text(lang, i18n::LEVEL)} ": "
                        <strong>{move || score.get().1.label().get(lang.get()).to_string()}</strong>
                    </div>
                </div>
            </div>
            // Announces the new score after each change, once, without moving focus.
            <p class="listo-visually-hidden" aria-live="polite" aria-atomic="true">
                {move || {
                    let (s, level) = score.get();
                    format!("{} {s}, {}", i18n::SCORE_ANNOUNCE.get(lang.get()), level.label().get(lang.get()))
                }}
            </p>
            <MlQualityCard />
            {move || editor.report.with(|r| r.diagnostics.is_empty()).then(|| view! {
                <p class="listo-panel__ok">{i18n::text(lang, i18n::ALL_GOOD)}</p>
            })}
            {group(Severity::Error, i18n::ERRORS)}
            {group(Severity::Warning, i18n::WARNINGS)}
            {group(Severity::Tip, i18n::TIPS)}
        </aside>
    }
}

fn level_class(level: QualityLevel) -> &'static str {
    match level {
        QualityLevel::Basica => "basica",
        QualityLevel::Estandar => "estandar",
        QualityLevel::Profesional => "profesional",
    }
}

/// One diagnostic with its actions.
#[component]
fn DiagnosticItem(diagnostic: Diagnostic) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let d = StoredValue::new(diagnostic);
    let field = d.with_value(|d| d.field.clone());
    let focus = move |_| focus_field(&field);
    let fix = d.with_value(|d| d.fix.clone());
    view! {
        <li class="listo-diag">
            <p class="listo-diag__message">
                <span class="listo-diag__code">{d.with_value(|d| d.code.clone())}</span> " "
                {move || d.with_value(|d| d.message.get(lang.get()).to_string())}
            </p>
            <p class="listo-diag__help">{move || d.with_value(|d| d.help.get(lang.get()).to_string())}</p>
            <div class="listo-diag__actions">
                <button type="button" class="listo-button listo-button--quiet listo-button--small" on:click=focus>
                    {i18n::text(lang, i18n::GO_TO_FIELD)} ": " {move || d.with_value(|d| field_label(&d.field, lang.get()))}
                </button>
                {fix.map(|fix| {
                    let label = fix.label.clone();
                    let safe = fix.applicability == Applicability::Safe;
                    let fix = StoredValue::new(fix);
                    view! {
                        <button type="button" class="listo-button listo-button--small"
                            on:click=move |_| fix.with_value(|f| editor.apply_fix(f))>
                            {move || if safe { i18n::FIX.get(lang.get()).to_string() } else { label.get(lang.get()).to_string() }}
                        </button>
                    }
                })}
                <a class="listo-diag__why" href=d.with_value(|d| format!("#regla-{}", d.code))>
                    {i18n::text(lang, i18n::WHY)}
                </a>
            </div>
        </li>
    }
}

/// The seller's name for a field path.
pub fn field_label(path: &str, lang: crate::core::text::Lang) -> String {
    let base = path.split(['[', '.']).next().unwrap_or(path);
    let msg = match path {
        "title" => Some(i18n::TITLE),
        "category_id" => Some(i18n::CATEGORY),
        "price" | "currency_id" => Some(i18n::PRICE),
        "available_quantity" => Some(i18n::QUANTITY),
        "condition" => Some(i18n::CONDITION),
        "listing_type_id" => Some(i18n::LISTING_TYPE),
        "description" => Some(i18n::DESCRIPTION),
        "attributes.BRAND" => Some(i18n::BRAND),
        "attributes.MODEL" => Some(i18n::MODEL),
        "attributes.GTIN" => Some(i18n::GTIN),
        "sale_terms.WARRANTY_TYPE" => Some(i18n::WARRANTY_TYPE),
        "sale_terms.WARRANTY_TIME" | "warranty" => Some(i18n::WARRANTY_TIME),
        "shipping.weight" => Some(i18n::WEIGHT),
        "shipping.length" => Some(i18n::LENGTH),
        "shipping.width" => Some(i18n::WIDTH),
        "shipping.height" => Some(i18n::HEIGHT),
        "shipping.dimensions" => Some(i18n::PACKAGE_HEADING),
        "seller_address.city" | "seller_address.state" => Some(i18n::ORIGIN_CITY),
        _ if base == "pictures" => Some(i18n::PICTURES),
        _ => None,
    };
    match msg {
        Some(m) => {
            let label = m.get(lang).to_string();
            match path.strip_prefix("pictures[").and_then(|r| r.strip_suffix(']')).and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => format!("{label} {}", n + 1),
                None => label,
            }
        }
        None => path.rsplit('.').next().unwrap_or(path).to_string(),
    }
}

/// Moves keyboard focus to a field and scrolls it into view. Pictures focus the picker.
fn focus_field(path: &str) {
    let target = if path.starts_with("pictures") { "field-pictures".to_string() } else { dom_id(path) };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = document.get_element_by_id(&target) {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            el.scroll_into_view();
            let _ = el.focus();
        }
    }
}
