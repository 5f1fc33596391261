//! Pages drawn by an on-demand module: the shell (back link, heading, loading and retry) is here;
//! the content comes from the module's `render(element, lang)`. The rules page (every rule with
//! its docs, `src/modules/rules/`; diagnostics link to `#regla-CODE`) and "Revisar catálogo"
//! (`src/modules/bulk/`) share this one component, so the second page costs the first load
//! almost nothing.

use crate::ui::i18n;
use crate::ui::lazy::module;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

/// Where the module is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Loading {
    Busy,
    Done,
    Failed,
}

/// `module` is the module's short name (`<meta name="listo:module:NAME">`); `focus` the element to
/// scroll to once drawn (a rule's `regla-CODE`), if any. A plain function, not a component: a
/// component's props builder would cost the first load more than the page itself.
pub fn module_page(module: &'static str, heading: i18n::Msg, loading: i18n::Msg, failed: i18n::Msg, focus: Option<String>) -> impl IntoView {
    let lang = use_editor().lang;
    let root = NodeRef::<leptos::html::Div>::new();
    let state = RwSignal::new(Loading::Busy);
    let attempt = RwSignal::new(0u32);
    // Rendering into the module's element writes the outside world, so it is an effect; it runs
    // again when the language changes or the seller retries.
    Effect::new(move |_| {
        attempt.track();
        let code = lang.get().code();
        let Some(el) = root.get() else { return };
        let focus = focus.clone();
        state.set(Loading::Busy);
        leptos::task::spawn_local(async move {
            let rendered = match module::load(module).await {
                Ok(exports) => module::call(&exports, "render", &js_sys::Array::of2(&el, &code.into())).is_ok(),
                Err(_) => false,
            };
            state.set(if rendered { Loading::Done } else { Loading::Failed });
            if let (true, Some(code)) = (rendered, focus) {
                if let Some(target) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&code)) {
                    target.scroll_into_view();
                }
            }
        });
    });
    view! {
        <main class="listo-main listo-rules">
            <p><a href="#">{i18n::text(lang, i18n::BACK_TO_EDITOR)}</a></p>
            <h2>{i18n::text(lang, heading)}</h2>
            <p role="status" class="listo-field__hint">
                {move || match state.get() {
                    Loading::Busy => Some(loading.get(lang.get())),
                    Loading::Done => None,
                    Loading::Failed => Some(failed.get(lang.get())),
                }}
            </p>
            <Show when=move || state.get() == Loading::Failed>
                <button type="button" class="listo-button" on:click=move |_| attempt.update(|a| *a += 1)>
                    {i18n::text(lang, i18n::RETRY)}
                </button>
            </Show>
            <div node_ref=root data-testid=module></div>
        </main>
    }
}

/// What Listo is, where its data comes from, and what it never does.
#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_editor().lang;
    view! {
        <main class="listo-main listo-about">
            <p><a href="#">{i18n::text(lang, i18n::BACK_TO_EDITOR)}</a></p>
            <article class="listo-card">
                <h2>{i18n::text(lang, i18n::ABOUT)}</h2>
                <p>{i18n::text(lang, i18n::ABOUT_TEXT)}</p>
                <p>{i18n::text(lang, i18n::ABOUT_RULES)}</p>
            </article>
        </main>
    }
}
