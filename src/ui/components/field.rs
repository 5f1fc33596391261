//! A labelled form field bound to one field path of the open listing, with the core's
//! diagnostics for that field shown beside it. What the seller types is stored as typed:
//! nothing is reformatted under the cursor.

use crate::core::rules::title::title_too_long::title_len;
use crate::ui::i18n::Msg;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

/// The DOM id of a field path: "attributes.BRAND" → "field-attributes-BRAND".
pub fn dom_id(path: &str) -> String {
    let mut id = String::from("field-");
    id.extend(path.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }));
    id
}

/// How a field is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Numbers typed with the phone's decimal keypad.
    Decimal,
    LongText,
}

/// A text field.
#[component]
pub fn TextField(
    path: &'static str,
    label: Msg,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(default = Kind::Text)] kind: Kind,
    /// Show a live "n / max" character count (the title).
    #[prop(optional)]
    counter: bool,
) -> impl IntoView {
    let editor = use_editor();
    let id = dom_id(path);
    let hint_id = format!("{id}-hint");
    let described = format!("{id}-hint {id}-msgs{}", if counter { format!(" {id}-count") } else { String::new() });
    let value = move || editor.value(path);
    let on_input = move |ev| editor.set(path, event_target_value(&ev));
    let lang = editor.lang;
    let input = match kind {
        Kind::LongText => view! {
            <textarea id=id.clone() class="listo-field__input" aria-describedby=described.clone()
                prop:value=value on:input=on_input rows="6"></textarea>
        }
        .into_any(),
        Kind::Text | Kind::Decimal => view! {
            <input id=id.clone() class="listo-field__input" type="text" autocomplete="off"
                inputmode=if kind == Kind::Decimal { "decimal" } else { "text" }
                aria-describedby=described.clone() prop:value=value on:input=on_input />
        }
        .into_any(),
    };
    view! {
        <div class="listo-field">
            <label for=id.clone() class="listo-field__label">{move || label.get(lang.get())}</label>
            <span id=hint_id class="listo-field__hint">{move || hint.map(|h| h.get(lang.get()))}</span>
            {input}
            {counter.then(|| view! { <TitleCount path=path /> })}
            <FieldMessages path=path />
        </div>
    }
}

/// A choice among fixed values; the stored value is the API's (e.g. "new"), the label the seller's.
#[component]
pub fn SelectField(path: &'static str, label: Msg, options: Vec<(&'static str, Msg)>) -> impl IntoView {
    let editor = use_editor();
    let id = dom_id(path);
    let lang = editor.lang;
    let described = format!("{id}-msgs");
    let options = StoredValue::new(options);
    view! {
        <div class="listo-field">
            <label for=id.clone() class="listo-field__label">{move || label.get(lang.get())}</label>
            <select id=id.clone() class="listo-field__input" aria-describedby=described
                prop:value=move || editor.value(path)
                on:change=move |ev| editor.set(path, event_target_value(&ev))>
                <option value="">{move || crate::ui::i18n::CHOOSE.get(lang.get())}</option>
                {move || {
                    let lang = lang.get();
                    let current = editor.value(path);
                    options.with_value(|opts| {
                        opts.iter()
                            .map(|(value, msg)| view! {
                                <option value=*value selected=current == *value>{msg.get(lang)}</option>
                            })
                            .collect_view()
                    })
                }}
            </select>
            <FieldMessages path=path />
        </div>
    }
}

/// "n / max" for the title, from the core's count and the category's maximum.
#[component]
fn TitleCount(path: &'static str) -> impl IntoView {
    let editor = use_editor();
    let count = move || title_len(&editor.value(path));
    let max = move || editor.max_title_chars();
    view! {
        <p id=format!("{}-count", dom_id(path))
            class=move || {
                if count() > max() { "listo-field__count listo-field__count--over" } else { "listo-field__count" }
            }>
            {move || format!("{} / {}", count(), max())}
        </p>
    }
}

/// The core's messages for one field, announced politely to screen readers.
#[component]
pub fn FieldMessages(#[prop(into)] path: String) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let id = format!("{}-msgs", dom_id(&path));
    view! {
        <ul id=id class="listo-field__msgs" aria-live="polite">
            {move || {
                let lang = lang.get();
                editor
                    .diagnostics_for(&path)
                    .into_iter()
                    .map(|d| view! {
                        <li class=format!("listo-field__msg listo-field__msg--{}", d.severity.as_str())>
                            {d.message.get(lang).to_string()}
                        </li>
                    })
                    .collect_view()
            }}
        </ul>
    }
}
