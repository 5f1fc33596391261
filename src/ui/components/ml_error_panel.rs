//! A folded box under the live panel that a module fills: "Pegar error de Mercado Libre" (the ML
//! errors module, `src/modules/ml_errors/`) and "Compartir" (the share module). Opening it loads
//! the module, which builds the box; its code is not in the first load. One component for both,
//! so the first load carries its view code once. The module's `mount(element, lang, drafts)` is
//! called again when the language or the drafts change (the drafts as stored: the share module
//! reads the open one; the ML errors module ignores them).

use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn MlErrorPanel() -> impl IntoView {
    view! { <ModuleBox module="ml-errors" function="mount" heading=i18n::ML_ERROR_HEADING testid="ml-errors" class="listo-card listo-ml-errors" /> }
}

#[component]
pub fn ModuleBox(module: &'static str, function: &'static str, heading: i18n::Msg, testid: &'static str, class: &'static str) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let root = NodeRef::<leptos::html::Div>::new();
    let open = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // Building the module's box writes the outside world: an effect, re-run on language change.
    Effect::new(move |_| {
        let code = lang.get().code();
        let drafts = editor.book.with(|b| b.to_json());
        let (true, Some(el)) = (open.get(), root.get()) else { return };
        leptos::task::spawn_local(async move {
            let ok = match crate::ui::lazy::module::load(module).await {
                Ok(exports) => crate::ui::lazy::module::call(&exports, function, &js_sys::Array::of3(&el, &code.into(), &drafts.into())).is_ok(),
                Err(_) => false,
            };
            failed.set(!ok);
        });
    });
    view! {
        <details class=class data-testid=testid
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><h2>{i18n::text(lang, heading)}</h2></summary>
            <Show when=move || failed.get()>
                <p class="listo-notice listo-notice--error" role="alert">{i18n::text(lang, i18n::MODULE_FAILED)}</p>
            </Show>
            <div node_ref=root></div>
        </details>
    }
}
