//! Tells the seller when saving does not work, or when stored data could not be read, and what
//! to do about it. Work is never blocked: it stays in memory and can be exported.

use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use crate::ui::state::storage::StorageStatus;
use leptos::prelude::*;

#[component]
pub fn StorageNotice(status: ReadSignal<StorageStatus>, recovered: bool, newer: bool, merged: RwSignal<bool>, same_draft: RwSignal<bool>) -> impl IntoView {
    let lang = use_editor().lang;
    let show_recovered = RwSignal::new(recovered);
    view! {
        <div class="listo-notices" role="status">
            {move || match status.get() {
                StorageStatus::Saved => None,
                StorageStatus::Unavailable => Some(view! {
                    <p class="listo-notice listo-notice--warning" data-testid="storage-warning">{i18n::text(lang, i18n::STORAGE_UNAVAILABLE)}</p>
                }.into_any()),
                StorageStatus::Full => Some(view! {
                    <p class="listo-notice listo-notice--warning" data-testid="storage-warning">{i18n::text(lang, i18n::STORAGE_FULL)}</p>
                }.into_any()),
            }}
            <Dismissible shown=show_recovered message=if newer { i18n::STORAGE_NEWER } else { i18n::STORAGE_RECOVERED } warning=false testid="storage-recovered" />
            <Dismissible shown=merged message=i18n::STORAGE_MERGED warning=false testid="storage-merged" />
            <Dismissible shown=same_draft message=i18n::STORAGE_SAME_DRAFT warning=true testid="storage-same-draft" />
        </div>
    }
}

/// A notice the seller can put away with "Entendido" (it says something once; the work goes on).
#[component]
fn Dismissible(shown: RwSignal<bool>, message: i18n::Msg, warning: bool, testid: &'static str) -> impl IntoView {
    let lang = use_editor().lang;
    let class = if warning { "listo-notice listo-notice--warning" } else { "listo-notice listo-notice--info" };
    move || {
        shown.get().then(|| {
            view! {
                <p class=class data-testid=testid>
                    {i18n::text(lang, message)} " "
                    <button type="button" class="listo-button listo-button--quiet listo-button--small"
                        on:click=move |_| shown.set(false)>{i18n::text(lang, i18n::DISMISS)}</button>
                </p>
            }
        })
    }
}
