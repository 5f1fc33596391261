//! The rules page: the shell (back link, heading) is here; the catalogue itself, every rule with
//! its docs (why, a bad and a good example, the source), comes from the rules module, loaded on
//! demand (see `src/modules/rules/`). Diagnostics link here with `#regla-CODE`.

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

#[component]
pub fn RulesPage(
    /// The rule to scroll to, if any.
    focus: Option<String>,
) -> impl IntoView {
    view! { <ModulePage focus=focus module="rules" function="render" heading=i18n::RULES_HEADING loading=i18n::RULES_LOADING failed=i18n::RULES_FAILED class="listo-main listo-rules" testid="rules-catalogue" /> }
}

/// The trainer's profile form (`#perfil`), built by the profile module.
/// "Revisar catálogo": the bulk module draws the page (`src/modules/bulk/`).
#[component]
pub fn BulkPage() -> impl IntoView {
    view! { <ModulePage focus=None module="bulk" function="render" heading=i18n::BULK_LINK loading=i18n::BULK_LOADING failed=i18n::MODULE_FAILED class="listo-main listo-bulk" testid="bulk" /> }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    view! { <ModulePage focus=None module="profile" function="mount_profile" heading=i18n::PROFILE_HEADING loading=i18n::MODULE_LOADING failed=i18n::MODULE_FAILED class="listo-main" testid="profile" /> }
}

/// A page a module fills with `function(element, lang)`; one component for the rules catalogue
/// and the profile form, so the first load carries its view code once.
#[component]
fn ModulePage(
    focus: Option<String>,
    module: &'static str,
    function: &'static str,
    heading: i18n::Msg,
    loading: i18n::Msg,
    failed: i18n::Msg,
    class: &'static str,
    testid: &'static str,
) -> impl IntoView {
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
                Ok(exports) => module::call(&exports, function, &js_sys::Array::of2(&el, &code.into())).is_ok(),
                Err(_) => false,
            };
            state.set(if rendered { Loading::Done } else { Loading::Failed });
            if let (true, Some(code)) = (rendered, focus) {
                if let Some(target) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&format!("regla-{code}"))) {
                    target.scroll_into_view();
                }
            }
        });
    });
    view! {
        <main class=class>
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
            <div node_ref=root data-testid=testid></div>
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
