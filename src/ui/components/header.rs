//! The header: name, what Listo does, navigation, "Instalar Listo" when offered, and the
//! language switch.

use crate::core::text::Lang;
use crate::ui::components::install_button::InstallButton;
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_editor().lang;
    let toggle = move |_| lang.update(|l| *l = if *l == Lang::Es { Lang::En } else { Lang::Es });
    view! {
        <header class="listo-header">
            <div class="listo-header__row">
                <h1 class="listo-header__name"><a href="#">"Listo"</a></h1>
                <nav class="listo-header__nav" aria-label=i18n::text(lang, i18n::MENU)>
                    <a href="#catalogo">{i18n::text(lang, i18n::BULK_LINK)}</a>
                    <a href="#reglas">{i18n::text(lang, i18n::RULES_LINK)}</a>
                    <a href="#taller">{i18n::text(lang, i18n::WORKSHOP_LINK)}</a>
                    <a href="#acerca">{i18n::text(lang, i18n::ABOUT)}</a>
                    <a href="#perfil">{i18n::text(lang, i18n::PROFILE_LINK)}</a>
                    <InstallButton />
                    <button type="button" class="listo-button listo-button--on-brand" on:click=toggle
                        lang=move || if lang.get() == Lang::Es { "en" } else { "es" }
                        aria-label=move || format!("{}: {}", i18n::LANGUAGE.get(lang.get()), i18n::SWITCH_LANGUAGE.get(lang.get()))>
                        {i18n::text(lang, i18n::SWITCH_LANGUAGE)}
                    </button>
                </nav>
            </div>
            <p class="listo-header__tagline">{i18n::text(lang, i18n::TAGLINE)}</p>
        </header>
    }
}
