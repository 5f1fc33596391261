//! Tells the seller when saving does not work, or when stored data could not be read, and what
//! to do about it. Work is never blocked: it stays in memory and can be exported.

use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use crate::ui::state::storage::StorageStatus;
use leptos::prelude::*;

#[component]
pub fn StorageNotice(status: ReadSignal<StorageStatus>, recovered: bool) -> impl IntoView {
    let lang = use_editor().lang;
    let show_recovered = RwSignal::new(recovered);
    view! {
        <div class="listo-notices" role="status">
            {move || match status.get() {
                StorageStatus::Saved => None,
                StorageStatus::Unavailable => Some(view! {
                    <p class="listo-notice listo-notice--warning" data-testid="storage-warning">{move || i18n::STORAGE_UNAVAILABLE.get(lang.get())}</p>
                }.into_any()),
                StorageStatus::Full => Some(view! {
                    <p class="listo-notice listo-notice--warning" data-testid="storage-warning">{move || i18n::STORAGE_FULL.get(lang.get())}</p>
                }.into_any()),
            }}
            {move || show_recovered.get().then(|| view! {
                <p class="listo-notice listo-notice--info" data-testid="storage-recovered">
                    {move || i18n::STORAGE_RECOVERED.get(lang.get())} " "
                    <button type="button" class="listo-button listo-button--quiet listo-button--small"
                        on:click=move |_| show_recovered.set(false)>{move || i18n::DISMISS.get(lang.get())}</button>
                </p>
            })}
        </div>
    }
}
