//! The app shell: loads the drafts, provides the editor in context, saves every change at once,
//! and routes by the URL's hash (`#reglas`, `#regla-CODE`, `#catalogo`, `#acerca`, `#perfil`,
//! `#taller…`, a shared link `#compartido=…` or `#perfil=…`; anything else is the editor).

use crate::core::engine::Engine;
use crate::core::text::Lang;
use crate::ui::components::drafts_bar::DraftsBar;
use crate::ui::components::editor_form::EditorForm;
use crate::ui::components::header::Header;
use crate::ui::components::live_panel::LivePanel;
use crate::ui::components::ml_error_panel::{MlErrorPanel, ModuleBox};
use crate::ui::components::rules_page::{AboutPage, BulkPage, ProfilePage, RulesPage, WorkshopPage};
use crate::ui::components::storage_notice::StorageNotice;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::components::verdict_slot::{Slot, VerdictSlot};
use crate::ui::i18n;
use crate::ui::state::drafts::DraftBook;
use crate::ui::state::editor::Editor;
use crate::ui::state::storage::{self, StorageStatus, DRAFTS_KEY, LANG_KEY, PROFILE_KEY};
use crate::ui::components::share::LinkNotice;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let loaded = DraftBook::load(storage::read(DRAFTS_KEY).as_deref());
    let recovered = loaded.set_aside.is_some();
    let newer = loaded.newer;
    if let Some(text) = &loaded.set_aside {
        storage::set_aside(text);
    }
    let lang = storage::read(LANG_KEY).map(|c| Lang::from_code(&c)).unwrap_or_default();
    let editor = Editor::new(loaded.book, lang, Engine::default());
    // A trainer's profile kept from a link: the checks run with it from the first one.
    if let Some(stored) = storage::read(PROFILE_KEY) {
        editor.apply_profile(Some(&stored));
    }
    provide_context(editor);
    // The category data arrives after the first render; the service worker registers once it has
    // (so its precaching does not compete with the first screen on a slow connection).
    let update_ready = RwSignal::new(false);
    #[cfg(all(target_arch = "wasm32", feature = "verdicts"))]
    crate::ui::lazy::catalog::start(editor, move || crate::ui::components::update_banner::register(update_ready));
    // The first load: the verdicts module fetches the category data itself.
    #[cfg(all(target_arch = "wasm32", not(feature = "verdicts")))]
    crate::ui::lazy::verdicts::start(editor, move || crate::ui::components::update_banner::register(update_ready));

    // Saving is the one effect: it writes the outside world, and reports whether it could.
    let (status, set_status) = signal(if storage::available() { StorageStatus::Saved } else { StorageStatus::Unavailable });
    Effect::new(move |_| {
        let json = editor.book.with(|b| b.to_json());
        set_status.set(storage::write(DRAFTS_KEY, &json));
    });
    Effect::new(move |_| {
        let lang = editor.lang.get();
        let _ = storage::write(LANG_KEY, lang.code());
        if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = html.set_attribute("lang", if lang == Lang::Es { "es-EC" } else { "en" });
        }
    });

    // "Revisar catálogo" (the bulk module) hands a listing back as a new draft: the same typed
    // reply the import module sends, so no new decoder reaches the first load.
    let opened = window_event_listener_untyped("listo:open-draft", move |ev| {
        let detail = js_sys::Reflect::get(&ev, &"detail".into()).ok().and_then(|d| d.as_string()).unwrap_or_default();
        if let crate::ui::state::transfer::Reply::Ok(drafts) = crate::ui::state::transfer::decode::<Vec<crate::ui::state::transfer::DraftReply>>(&detail) {
            editor.book.update(|b| drafts.into_iter().for_each(|d| {
                b.add(d.name, d.listing);
            }));
        }
    });
    on_cleanup(move || opened.remove());

    // Another tab saved its drafts: merge them in by id rather than overwrite them on our next
    // save (state/merge.rs). Data from a newer version or unreadable is left to that tab.
    let merged = RwSignal::new(false);
    let same_draft = RwSignal::new(false);
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(DRAFTS_KEY) {
            return;
        }
        let theirs = DraftBook::load(ev.new_value().as_deref());
        if theirs.set_aside.is_some() {
            return;
        }
        if editor.book.with_untracked(|b| b.open_draft_differs(&theirs.book)) {
            same_draft.set(true);
        }
        // Only a real change is written back: an unchanged book must not save (and echo) again.
        let next = editor.book.with_untracked(|b| {
            let mut b = b.clone();
            b.merge_from_other_tab(theirs.book).then_some(b)
        });
        if let Some(book) = next {
            editor.book.set(book);
            merged.set(true);
        }
    });
    on_cleanup(move || other_tab.remove());

    let hash = RwSignal::new(current_hash());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| hash.set(current_hash()));
    on_cleanup(move || listener.remove());

    view! {
        <Header />
        <UpdateBanner ready=update_ready />
        <StorageNotice status=status recovered=recovered newer=newer merged=merged same_draft=same_draft />
        <LinkNotice hash=hash />
        {move || {
            let h = hash.get();
            if h == "#perfil" {
                view! { <ProfilePage /> }.into_any()
            } else if h == "#reglas" {
                view! { <RulesPage focus=None /> }.into_any()
            } else if let Some(code) = h.strip_prefix("#regla-") {
                view! { <RulesPage focus=Some(code.to_string()) /> }.into_any()
            } else if h == "#catalogo" {
                view! { <BulkPage /> }.into_any()
            } else if let Some(route) = h.strip_prefix("#taller").filter(|r| r.is_empty() || r.starts_with('/')) {
                view! { <WorkshopPage route=route.trim_start_matches('/').to_string() /> }.into_any()
            } else if h == "#acerca" {
                view! { <AboutPage /> }.into_any()
            } else {
                view! { <EditorPage /> }.into_any()
            }
        }}
    }
}

/// The form and the live panel; one column on a phone, two on a laptop. A shared listing
/// (`Editor::preview`) shows here read-only: every control is disabled (one fieldset around
/// both columns, `display: contents` so the grid is unchanged) and the drafts and "Compartir" are
/// hidden by CSS (`:has(fieldset:disabled)`), which costs the first load less than conditional views.
#[component]
fn EditorPage() -> impl IntoView {
    let editor = crate::ui::state::editor::use_editor();
    let lang = editor.lang;
    let previewing = move || editor.previewing();
    view! {
        <main class="listo-main listo-main--editor">
            <fieldset class="listo-plain" disabled=previewing>
            <div class="listo-editor__form">
                <DraftsBar />
                <EditorForm />
            </div>
            <div class="listo-editor__panel">
                <LivePanel />
                <VerdictSlot which=Slot::Shipping />
                <ModuleBox module="share" function="mount_share" heading=i18n::SHARE testid="share" class="listo-card listo-share" />
                <MlErrorPanel />
            </div>
            </fieldset>
            <a class="listo-scorebar" href="#panel" on:click=|ev| {
                ev.prevent_default();
                if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("panel")) {
                    el.scroll_into_view();
                }
            }>
                {move || {
                    let (score, level) = editor.report.with(|r| (r.score, r.level));
                    format!("{} {score} · {} — {}", i18n::SCORE.get(lang.get()), level.label().get(lang.get()), i18n::SEE_REVIEW.get(lang.get()))
                }}
            </a>
        </main>
    }
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}
