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
            {move || show_recovered.get().then(|| view! {
                <p class="listo-notice listo-notice--info" data-testid="storage-recovered">
                    {i18n::text(lang, if newer { i18n::STORAGE_NEWER } else { i18n::STORAGE_RECOVERED })} " "
                    <button type="button" class="listo-button listo-button--quiet listo-button--small"
                        on:click=move |_| show_recovered.set(false)>{i18n::text(lang, i18n::DISMISS)}</button>
                </p>
            })}
            {move || merged.get().then(|| view! {
                <p class="listo-notice listo-notice--info" data-testid="storage-merged">
                    {i18n::text(lang, i18n::STORAGE_MERGED)} " "
                    <button type="button" class="listo-button listo-button--quiet listo-button--small"
                        on:click=move |_| merged.set(false)>{i18n::text(lang, i18n::DISMISS)}</button>
                </p>
            })}
            {move || same_draft.get().then(|| view! {
                <p class="listo-notice listo-notice--warning" data-testid="storage-same-draft">
                    {i18n::text(lang, i18n::STORAGE_SAME_DRAFT)} " "
                    <button type="button" class="listo-button listo-button--quiet listo-button--small"
                        on:click=move |_| same_draft.set(false)>{i18n::text(lang, i18n::DISMISS)}</button>
                </p>
            })}
        </div>
    }
}
