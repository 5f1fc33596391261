//! The app's side of sharing, kept small because it is in the first load; everything else is in
//! the share module (`src/modules/share/`), loaded on demand:
//! - [`SharePanel`]: "Compartir", folded under the live panel; opening it loads the module,
//!   which shows the link, "Copiar enlace" and the QR code.
//! - [`SharedLink`]: the page opened with `#compartido=…` or `#perfil=…`. The module reads the
//!   link; a listing is shown read-only in the editor (`Editor::preview`) with "Guardar como mi
//!   borrador"; a profile is applied and kept; a broken link gets its message.
//! - [`ProfilePage`] (`#perfil`): the trainer's form, built by the module.
//! - [`ProfileBadge`]: "Perfil: <nombre>" and the way back to the defaults.

use crate::core::listing::Listing;
use crate::core::share::reply::{read_reply, Reply};
use crate::core::text::Text;
use crate::ui::i18n;
use crate::ui::lazy::module;
use crate::ui::state::editor::{use_editor, Editor};
use crate::ui::state::storage::{self, PROFILE_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The page's address, without its fragment: links are made from it.
fn page() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

fn go_to_editor() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("");
    }
}

/// Loads the share module and calls `function(args…)`; false when it could not.
async fn call(function: &str, args: &[JsValue]) -> Option<JsValue> {
    let exports = module::load("share").await.ok()?;
    module::call(&exports, function, &args.iter().collect()).ok()
}

/// "Compartir": the box the module fills, rebuilt while open when the listing or language changes.
#[component]
pub fn SharePanel() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let root = NodeRef::<leptos::html::Div>::new();
    let open = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // Filling the module's box writes the outside world: an effect.
    Effect::new(move |_| {
        let json = editor.listing().with(|l| serde_json::to_string(l).unwrap_or_default());
        let code = lang.get().code();
        let (true, Some(el)) = (open.get(), root.get()) else { return };
        leptos::task::spawn_local(async move {
            let ok = call("mount_share", &[el.into(), json.into(), page().into(), code.into()]).await.is_some();
            failed.set(!ok);
        });
    });
    view! {
        <details class="listo-card listo-share" data-testid="share"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><h2>{i18n::text(lang, i18n::SHARE)}</h2></summary>
            <Show when=move || failed.get()>
                <p class="listo-notice listo-notice--error" role="alert">{i18n::text(lang, i18n::MODULE_FAILED)}</p>
            </Show>
            <div node_ref=root></div>
        </details>
    }
}

/// The page for a shared link. While it is open, a shared listing is the editor's preview.
#[component]
pub fn SharedLink(fragment: String) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let failed = RwSignal::new(None::<Text>);
    leptos::task::spawn_local(async move {
        let reply = call("read_link", &[fragment.into()]).await.and_then(|v| v.as_string());
        let Some(reply) = reply else {
            return failed.set(Some(Text::new(i18n::MODULE_FAILED.0, i18n::MODULE_FAILED.1)));
        };
        match read_reply(&reply) {
            Reply::ListingJson(json) => match serde_json::from_str::<Listing>(json) {
                Ok(listing) => editor.preview.set(Some(listing)),
                Err(_) => failed.set(Some(Text::new(i18n::LINK_UNREADABLE.0, i18n::LINK_UNREADABLE.1))),
            },
            Reply::Profile(profile) => {
                let _ = storage::write(PROFILE_KEY, &profile.to_stored());
                editor.apply_profile(Some(profile));
                go_to_editor();
            }
            Reply::Failed(message) => failed.set(Some(message)),
        }
    });
    on_cleanup(move || editor.preview.set(None));
    move || match failed.get() {
        Some(message) => view! {
            <main class="listo-main">
                <p class="listo-notice listo-notice--error" role="alert" data-testid="link-error">{move || message.get(lang.get()).to_string()}</p>
                <p><a href="#">{i18n::text(lang, i18n::BACK_TO_EDITOR)}</a></p>
            </main>
        }
        .into_any(),
        None => view! { <crate::ui::app::EditorPage /> }.into_any(),
    }
}

/// Above the read-only shared listing: what it is and "Guardar como mi borrador".
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let save = move |_| save_preview(editor);
    view! {
        <div class="listo-notice listo-notice--info listo-preview" data-testid="shared-preview">
            <p role="status">{i18n::text(lang, i18n::SHARED_READ_ONLY)}</p>
            <button type="button" class="listo-button" on:click=save>{i18n::text(lang, i18n::SAVE_AS_MY_DRAFT)}</button>
        </div>
    }
}

/// Adds the shared listing as a new draft (never over an existing one) and opens it.
fn save_preview(editor: Editor) {
    let Some(listing) = editor.preview.get_untracked() else { return };
    let name: String = listing.title.chars().take(40).collect();
    editor.book.update(|b| {
        b.add(name, listing);
    });
    editor.preview.set(None);
    go_to_editor();
}

/// "Perfil: <nombre>" with "Volver a los valores por defecto", while a profile is in use.
#[component]
pub fn ProfileBadge() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let reset = move |_| {
        storage::remove(PROFILE_KEY);
        editor.apply_profile(None);
    };
    move || {
        editor.profile.get().map(|name| {
            view! {
                <p class="listo-notice listo-notice--info listo-profile-badge" data-testid="profile-badge">
                    <strong>{move || format!("{} {name}", i18n::PROFILE.get(lang.get()))}</strong>
                    " "
                    <button type="button" class="listo-button listo-button--small" on:click=reset>{i18n::text(lang, i18n::PROFILE_RESET)}</button>
                </p>
            }
        })
    }
}

/// The trainer's profile page (`#perfil`): the module builds the form.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let lang = use_editor().lang;
    let root = NodeRef::<leptos::html::Div>::new();
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let code = lang.get().code();
        let Some(el) = root.get() else { return };
        leptos::task::spawn_local(async move {
            failed.set(call("mount_profile", &[el.into(), page().into(), code.into()]).await.is_none());
        });
    });
    view! {
        <main class="listo-main">
            <p><a href="#">{i18n::text(lang, i18n::BACK_TO_EDITOR)}</a></p>
            <h2>{i18n::text(lang, i18n::PROFILE_HEADING)}</h2>
            <Show when=move || failed.get()>
                <p class="listo-notice listo-notice--error" role="alert">{i18n::text(lang, i18n::MODULE_FAILED)}</p>
            </Show>
            <div node_ref=root></div>
        </main>
    }
}
