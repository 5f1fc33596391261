//! "Así te verá Mercado Libre": beside Listo's own score, the level Mercado Libre would show,
//! predicted by the core (`core::quality`), and its goals in Mercado Libre's two buckets. A goal
//! not met names its field and links to the rule that checks it. The weights are Listo's
//! estimate, and the card says so. Each goal is one line of text plus an optional link: every
//! extra element costs bytes on a phone's download.

use crate::core::quality::{Bucket, GoalStatus};
use crate::ui::components::live_panel::field_label;
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn MlQualityCard() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let quality = Memo::new(move |_| editor.report.with(|r| r.ml_quality.clone()));
    let goals = move || {
        let lang = lang.get();
        quality.with(|q| {
            [Bucket::Characteristics, Bucket::Offer]
                .into_iter()
                .map(|b| {
                    let items = q.goals.iter().filter(|g| g.bucket == b).map(|g| {
                        let (mark, class) = match g.status {
                            GoalStatus::Met => ("✓", "met"),
                            GoalStatus::NotMet => ("✗", "not-met"),
                            GoalStatus::Unknown => ("?", "unknown"),
                        };
                        let label = g.def().map(|d| d.label().get(lang).to_string()).unwrap_or_default();
                        let mut text = format!("{label} — {}", g.status.label().get(lang));
                        if g.status == GoalStatus::NotMet && !g.field.is_empty() {
                            text.push_str(&format!(" · {}: {}", i18n::ML_ERROR_FIELD.get(lang), field_label(&g.field, lang)));
                        }
                        let why = (g.status == GoalStatus::NotMet).then_some(g.rule).flatten().map(|code| {
                            view! { " " <a class="listo-diag__why" href=format!("#regla-{code}")>{i18n::WHY.get(lang)} " (" {code} ")"</a> }
                        });
                        view! {
                            <li class=format!("listo-ml__goal listo-ml__goal--{class}") data-goal=g.id>
                                <span aria-hidden="true">{mark}</span> " " {text} {why}
                            </li>
                        }
                    });
                    view! { <h4>{b.label().get(lang).to_string()}</h4> <ul class="listo-ml__goals">{items.collect_view()}</ul> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="listo-ml" aria-labelledby="ml-quality-heading" data-testid="ml-quality">
            <h3 id="ml-quality-heading">{move || i18n::ML_QUALITY_HEADING.get(lang.get())}</h3>
            <p data-testid="ml-level">
                {move || i18n::ML_QUALITY_LEVEL.get(lang.get())} ": "
                <strong>{move || quality.with(|q| q.level.label().get(lang.get()).to_string())}</strong>
                {move || quality.with(|q| format!(" ({}/100)", q.score))}
            </p>
            <p class="listo-field__hint">{move || i18n::ML_QUALITY_ESTIMATE.get(lang.get())}</p>
            <details class="listo-ml__details">
                <summary>{move || i18n::ML_QUALITY_GOALS.get(lang.get())}</summary>
                {goals}
            </details>
        </section>
    }
}
