//! The attributes the chosen category requires (phones: color, dual SIM, carrier; perfumes:
//! volume; …), as form fields: a choice when the category allows only some values, text otherwise.
//! Brand and model have their own fields and are not repeated.

use crate::core::catalog::settings::{Allowed, RequiredAttribute};
use crate::ui::components::field::{SelectField, TextField};
use crate::ui::i18n::Msg;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

#[component]
pub fn CategoryAttributes() -> impl IntoView {
    let editor = use_editor();
    let required = Memo::new(move |_| {
        let id = editor.value("category_id");
        let catalog = editor.catalog();
        catalog
            .tree
            .find(&id)
            .map(|i| catalog.settings(i).required)
            .unwrap_or_default()
            .into_iter()
            .filter(|a| !matches!(a.id, "BRAND" | "MODEL" | "GTIN"))
            .collect::<Vec<RequiredAttribute>>()
    });
    move || required.get().into_iter().map(attribute_field).collect_view()
}

fn attribute_field(attr: RequiredAttribute) -> AnyView {
    let path = attribute_path(attr.id);
    let label = Msg(attr.name_es, attr.name_en);
    match attr.allowed {
        Allowed::OneOf(values) => {
            let options = values.iter().map(|v| (*v, Msg(v, v))).collect();
            view! { <SelectField path=path label=label options=options /> }.into_any()
        }
        Allowed::Any | Allowed::Quantity(_) => view! { <TextField path=path label=label /> }.into_any(),
    }
}

/// "attributes.COLOR" as a `&'static str`. Attribute ids come from the catalog's fixed settings,
/// so each path is made once and kept for the life of the page.
fn attribute_path(id: &'static str) -> &'static str {
    static PATHS: OnceLock<Mutex<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let mut paths = PATHS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    paths.entry(id).or_insert_with(|| Box::leak(format!("attributes.{id}").into_boxed_str()))
}
