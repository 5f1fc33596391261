//! The app shell: header, the first screen, and the language in context.

use crate::core::text::Lang;
use crate::ui::components::title_field::TitleField;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Lang::Es);
    provide_context(lang);
    view! {
        <header class="listo-header">
            <h1 class="listo-header__name">"Listo"</h1>
            <p class="listo-header__tagline">
                "Revisa tu publicación de Mercado Libre antes de publicarla: qué falta, si la categoría calza y cómo puede viajar tu paquete."
            </p>
        </header>
        <main class="listo-main">
            <TitleField/>
        </main>
    }
}
