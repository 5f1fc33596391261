//! "Pegar error de Mercado Libre": the seller pastes what Mercado Libre answered when a
//! publication failed (JSON or text); the core (`core::ml_errors`) names each code's field, says
//! what to do and links the rule that checks it. The results are derived from the text as it
//! is typed: a closure over one signal, no effect. Each result is a fixed set of text lines
//! (empty ones hidden by CSS) to keep the generated code small.

use crate::core::ml_errors;
use crate::ui::components::live_panel::field_label;
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn MlErrorPanel() -> impl IntoView {
    let lang = use_editor().lang;
    let text = RwSignal::new(String::new());
    let results = move || {
        let lang = lang.get();
        let explained = text.with(|t| ml_errors::explain(t));
        let none = (explained.is_empty() && text.with(|t| !t.trim().is_empty())).then(|| i18n::ML_ERROR_NONE.get(lang));
        let items = explained.into_iter().map(|e| {
            let unknown = if e.known { String::new() } else { format!(" ({})", i18n::ML_ERROR_UNKNOWN.get(lang)) };
            let field = if e.field.is_empty() { i18n::ML_ERROR_FIELD_UNKNOWN.get(lang).to_string() } else { field_label(&e.field, lang) };
            let said = if e.message.is_empty() { String::new() } else { format!("{}: {}", i18n::ML_ERROR_SAID.get(lang), e.message) };
            let why = e.rule.map(|code| view! { <a class="listo-diag__why" href=format!("#regla-{code}")>{i18n::WHY.get(lang)} " (" {code} ")"</a> });
            view! {
                <li class="listo-diag">
                    <p class="listo-diag__message"><code>{e.code}</code> {unknown}</p>
                    <p>{i18n::ML_ERROR_FIELD.get(lang)} ": " <strong>{field}</strong></p>
                    <p class="listo-diag__help">{e.what_to_do.get(lang).to_string()}</p>
                    <p class="listo-field__hint">{said}</p>
                    {why}
                </li>
            }
        });
        view! {
            <p class="listo-field__hint" role="status">{none}</p>
            <ul class="listo-panel__list" aria-live="polite">{items.collect_view()}</ul>
        }
    };
    view! {
        <section class="listo-card listo-ml-errors" aria-labelledby="ml-errors-heading" data-testid="ml-errors">
            <h2 id="ml-errors-heading">{move || i18n::ML_ERROR_HEADING.get(lang.get())}</h2>
            <label for="ml-error-input" class="listo-field__label">{move || i18n::ML_ERROR_LABEL.get(lang.get())}</label>
            <span id="ml-error-hint" class="listo-field__hint">{move || i18n::ML_ERROR_HINT.get(lang.get())}</span>
            <textarea id="ml-error-input" class="listo-field__input" rows="4" aria-describedby="ml-error-hint"
                spellcheck="false" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            {results}
        </section>
    }
}
