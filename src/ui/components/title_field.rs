//! The title input with its live character count and the core's title diagnostics.

use crate::core::engine::Engine;
use crate::core::listing::Listing;
use crate::core::rules::title::title_too_long::title_len;
use crate::core::text::Lang;
use leptos::prelude::*;

/// A labelled title field. The count and the messages come from the core's rules.
#[component]
pub fn TitleField() -> impl IntoView {
    let lang = use_context::<RwSignal<Lang>>().unwrap_or_else(|| RwSignal::new(Lang::Es));
    let title = RwSignal::new(String::new());
    let engine = StoredValue::new(Engine::default());
    let report = Memo::new(move |_| {
        let listing = Listing { title: title.get(), ..Listing::default() };
        engine.with_value(|e| e.check(&listing))
    });
    let max = move || engine.with_value(|e| e.config.limits.title_max_chars);
    let count = move || title_len(&title.get());
    let messages = move || {
        let lang = lang.get();
        report
            .get()
            .diagnostics
            .into_iter()
            .filter(|d| d.field == "title")
            .map(|d| view! { <li class=format!("listo-field__msg listo-field__msg--{}", d.severity.as_str())>{d.message.get(lang).to_string()}</li> })
            .collect_view()
    };
    view! {
        <div class="listo-field">
            <label for="title" class="listo-field__label">"Título"</label>
            <input
                id="title"
                class="listo-field__input"
                type="text"
                autocomplete="off"
                aria-describedby="title-count title-msgs"
                prop:value=move || title.get()
                on:input=move |ev| title.set(event_target_value(&ev))
            />
            <p
                id="title-count"
                class=move || {
                    if count() > max() { "listo-field__count listo-field__count--over" } else { "listo-field__count" }
                }
            >
                {move || format!("{} / {}", count(), max())}
            </p>
            <ul id="title-msgs" class="listo-field__msgs" aria-live="polite">{messages}</ul>
        </div>
    }
}
