//! "Pegar error de Mercado Libre": the seller pastes what Mercado Libre answered when a
//! publication failed (JSON or text); the core (`core::ml_errors`) names each code's field, says
//! what to do and links the rule that checks it. The results are derived from the text as it
//! is typed: a closure over one signal, no effect.

use crate::core::ml_errors;
use crate::ui::components::live_panel::field_label;
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn MlErrorPanel() -> impl IntoView {
    let lang = use_editor().lang;
    let text = RwSignal::new(String::new());
    let explained = Memo::new(move |_| text.with(|t| ml_errors::explain(t)));
    view! {
        <section class="listo-card listo-ml-errors" aria-labelledby="ml-errors-heading" data-testid="ml-errors">
            <h2 id="ml-errors-heading">{move || i18n::ML_ERROR_HEADING.get(lang.get())}</h2>
            <label for="ml-error-input" class="listo-field__label">{move || i18n::ML_ERROR_LABEL.get(lang.get())}</label>
            <span id="ml-error-hint" class="listo-field__hint">{move || i18n::ML_ERROR_HINT.get(lang.get())}</span>
            <textarea id="ml-error-input" class="listo-field__input" rows="4" aria-describedby="ml-error-hint"
                spellcheck="false" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            {move || {
                let lang = lang.get();
                let items = explained.get();
                if items.is_empty() {
                    let empty = text.with(|t| t.trim().is_empty());
                    return (!empty).then(|| view! { <p class="listo-field__hint" role="status">{i18n::ML_ERROR_NONE.get(lang)}</p> }).into_any();
                }
                view! {
                    <ul class="listo-panel__list" aria-live="polite">
                        {items.into_iter().map(|e| {
                            let field = if e.field.is_empty() { i18n::ML_ERROR_FIELD_UNKNOWN.get(lang).to_string() } else { field_label(&e.field, lang) };
                            view! {
                                <li class="listo-diag">
                                    <p class="listo-diag__message">
                                        <code>{e.code.clone()}</code>
                                        {(!e.known).then(|| view! { " (" {i18n::ML_ERROR_UNKNOWN.get(lang)} ")" })}
                                    </p>
                                    <p>{i18n::ML_ERROR_FIELD.get(lang)} ": " <strong>{field}</strong></p>
                                    <p class="listo-diag__help">{e.what_to_do.get(lang).to_string()}</p>
                                    {(!e.message.is_empty()).then(|| view! {
                                        <p class="listo-field__hint">{i18n::ML_ERROR_SAID.get(lang)} ": " {e.message.clone()}</p>
                                    })}
                                    {e.rule.map(|code| view! {
                                        <a class="listo-diag__why" href=format!("#regla-{code}")>{i18n::WHY.get(lang)} " (" {code} ")"</a>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
