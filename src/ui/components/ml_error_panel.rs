//! "Pegar error de Mercado Libre", folded under the live panel. Opening it loads the ML errors
//! module (`src/modules/ml_errors/`), which builds the box; the explainer is not in the first
//! load. The language is passed on each change.

use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn MlErrorPanel() -> impl IntoView {
    let lang = use_editor().lang;
    let root = NodeRef::<leptos::html::Div>::new();
    let open = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // Building the module's box writes the outside world: an effect, re-run on language change.
    Effect::new(move |_| {
        let code = lang.get().code();
        let (true, Some(el)) = (open.get(), root.get()) else { return };
        leptos::task::spawn_local(async move {
            let ok = match crate::ui::lazy::module::load("ml-errors").await {
                Ok(exports) => crate::ui::lazy::module::call(&exports, "mount", &js_sys::Array::of2(&el, &code.into())).is_ok(),
                Err(_) => false,
            };
            failed.set(!ok);
        });
    });
    view! {
        <details class="listo-card listo-ml-errors" data-testid="ml-errors"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><h2 id="ml-errors-heading">{i18n::text(lang, i18n::ML_ERROR_HEADING)}</h2></summary>
            <Show when=move || failed.get()>
                <p class="listo-notice listo-notice--error" role="alert">{i18n::text(lang, i18n::MODULE_FAILED)}</p>
            </Show>
            <div node_ref=root></div>
        </details>
    }
}
