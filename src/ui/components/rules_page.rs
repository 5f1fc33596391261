//! Pages whose content comes from an on-demand module: the rules page (`#reglas`, `#regla-CODE`:
//! every rule with its docs, from `src/modules/rules/`), the trainer's profile form (`#perfil`,
//! from `src/modules/profile/`), «Revisar catálogo» (`#catalogo`, from `src/modules/bulk/`) and
//! the workshop (`#taller…`: gallery, presenter and printable guide, from `src/modules/workshop/`). One shell loads the module and calls its function with
//! `(element, lang, …)`, says when it is loading or could not load, and offers a retry; the pages
//! share it, so the first load carries its view code once.

use crate::ui::i18n::{self, Msg};
use crate::ui::lazy::module;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

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
    let shell = Shell { module: "rules", function: "render", class: "listo-main listo-rules", testid: "rules-catalogue", heading: Some(i18n::RULES_HEADING), loading: i18n::RULES_LOADING, failed: i18n::RULES_FAILED };
    module_page(shell, Vec::new(), focus)
}

/// "Revisar catálogo": the bulk module draws the page (`src/modules/bulk/`).
#[component]
pub fn BulkPage() -> impl IntoView {
    let shell = Shell { module: "bulk", function: "render", class: "listo-main listo-bulk", testid: "bulk", heading: Some(i18n::BULK_LINK), loading: i18n::BULK_LOADING, failed: i18n::MODULE_FAILED };
    module_page(shell, Vec::new(), None)
}

/// The trainer's profile form (`#perfil`), built by the profile module.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let shell = Shell { module: "profile", function: "mount_profile", class: "listo-main", testid: "profile", heading: Some(i18n::PROFILE_HEADING), loading: i18n::MODULE_LOADING, failed: i18n::MODULE_FAILED };
    module_page(shell, Vec::new(), None)
}

/// The workshop: `route` is what follows `#taller/` ("", "guia", "presentar/<id>"). An example
/// the module opens comes back as a `listo:open-draft` event (see `app.rs`), as from «Revisar
/// catálogo»: a NEW draft; the seller's own drafts are untouched.
#[component]
pub fn WorkshopPage(route: String) -> impl IntoView {
    let shell = Shell { module: "workshop", function: "render", class: "listo-main listo-workshop", testid: "workshop", heading: None, loading: i18n::MODULE_LOADING, failed: i18n::MODULE_FAILED };
    module_page(shell, vec![JsValue::from_str(&route)], None)
}

/// What a module page shows around the module's content.
struct Shell {
    module: &'static str,
    /// The module's export to call with `(element, lang, …)`.
    function: &'static str,
    class: &'static str,
    testid: &'static str,
    /// With a heading, the page also links back to the editor.
    heading: Option<Msg>,
    loading: Msg,
    failed: Msg,
}

/// The shell: loads the module and calls `function(element, lang, ...extra)`; scrolls to
/// `#regla-<focus>` once rendered.
fn module_page(shell: Shell, extra: Vec<JsValue>, focus: Option<String>) -> impl IntoView {
    let Shell { module: name, function, class, testid, heading, loading, failed } = shell;
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
        let args = js_sys::Array::of2(&el, &code.into());
        for a in &extra {
            args.push(a);
        }
        state.set(Loading::Busy);
        leptos::task::spawn_local(async move {
            let rendered = match module::load(name).await {
                Ok(exports) => module::call(&exports, function, &args).is_ok(),
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
            {heading.map(|h| view! {
                <p><a href="#">{i18n::text(lang, i18n::BACK_TO_EDITOR)}</a></p>
                <h2>{i18n::text(lang, h)}</h2>
            })}
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
