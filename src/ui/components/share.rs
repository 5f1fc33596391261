//! The app's side of sharing, kept small because it is in the first load; everything else is in
//! the share module (`src/modules/share/`), loaded on demand. "Compartir" is a `ModuleBox`
//! (`ml_error_panel.rs`) and the profile form a `ModulePage` (`rules_page.rs`); here is only
//! [`LinkNotice`], one line above the editor that says, by priority:
//! - a shared link could not be read (`#compartido=…`, `#perfil=…` broken, cut or changed);
//! - a shared listing is shown read-only (`Editor::preview`), with "Guardar como mi borrador";
//! - a trainer's profile is in use: "Perfil: <nombre>" with "Volver a los valores por defecto".
//!
//! Opening a link: the module reads it; a listing becomes the preview; a profile is applied, kept
//! in storage and the page goes to the editor.

use crate::core::share::reply::{read_reply, Reply};
use crate::core::text::Text;
use crate::ui::i18n;
use crate::ui::lazy::module;
use crate::ui::state::drafts::DraftBook;
use crate::ui::state::editor::{use_editor, Editor};
use crate::ui::state::storage::{self, PROFILE_KEY};
use leptos::prelude::*;

fn go_to_editor() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("");
    }
}

/// Asks the share module to read a fragment; `None` when the module could not load.
async fn read_link(fragment: String) -> Option<String> {
    let exports = module::load("share").await.ok()?;
    module::call(&exports, "read_link", &js_sys::Array::of1(&fragment.into())).ok()?.as_string()
}

/// The line above the editor for shared links and profiles (see the module docs).
#[component]
pub fn LinkNotice(hash: RwSignal<String>) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let failed = RwSignal::new(None::<Text>);
    // Reading a link is asynchronous (the module loads): an effect starts it on each fragment.
    Effect::new(move |_| {
        let fragment = hash.get();
        editor.preview.set(None);
        failed.set(None);
        if !(fragment.starts_with("#compartido=") || fragment.starts_with("#perfil=")) {
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(reply) = read_link(fragment).await else {
                return failed.set(Some(Text::new(i18n::MODULE_FAILED.0, i18n::MODULE_FAILED.1)));
            };
            match read_reply(&reply) {
                Reply::ListingJson(json) => {
                    let loaded = DraftBook::load(Some(json));
                    match loaded.set_aside {
                        None => editor.preview.set(Some(loaded.book.current().clone())),
                        Some(_) => failed.set(Some(Text::new(i18n::LINK_UNREADABLE.0, i18n::LINK_UNREADABLE.1))),
                    }
                }
                Reply::Profile(_) => {
                    // The reply is `P` and the profile as stored.
                    let stored = &reply[1..];
                    let _ = storage::write(PROFILE_KEY, stored);
                    editor.apply_profile(Some(stored));
                    go_to_editor();
                }
                Reply::Failed(message) => failed.set(Some(message)),
            }
        });
    });
    let act = move |_| {
        if editor.preview.with_untracked(Option::is_some) {
            save_preview(editor);
        } else {
            storage::remove(PROFILE_KEY);
            editor.apply_profile(None);
        }
    };
    move || {
        let l = lang.get();
        let (kind, text, button) = if let Some(message) = failed.get() {
            ("link-error", message.get(l).to_string(), None)
        } else if editor.previewing() {
            ("shared-preview", i18n::SHARED_READ_ONLY.get(l).to_string(), Some(i18n::SAVE_AS_MY_DRAFT))
        } else {
            let name = editor.profile.get()?.0;
            ("profile-badge", format!("{} {name}", i18n::PROFILE.get(l)), Some(i18n::PROFILE_RESET))
        };
        Some(view! {
            <div class=if button.is_none() { "listo-notice listo-notice--error listo-preview" } else { "listo-notice listo-notice--info listo-preview" }
                role=if button.is_none() { "alert" } else { "status" } data-testid=kind>
                <p><strong>{text}</strong></p>
                {button.map(|b| view! { <button type="button" class="listo-button" on:click=act>{b.get(l)}</button> })}
            </div>
        })
    }
}

/// Adds the shared listing as a new draft (never over an existing one) and opens it.
fn save_preview(editor: Editor) {
    let Some(listing) = editor.preview.get_untracked() else { return };
    let name: String = listing.title.chars().take(40).collect();
    editor.book.update(|b| {
        b.add(name, listing);
    });
    go_to_editor();
}
