//! "Así te verá Mercado Libre": beside Listo's own score, the level Mercado Libre would show,
//! predicted by the core (`core::quality`), and its goals in Mercado Libre's two buckets. A goal
//! not met links to its field and to the rule that checks it. The weights are Listo's estimate,
//! and the card says so.

use crate::core::quality::{Bucket, GoalStatus};
use crate::ui::components::live_panel::{field_label, focus_field};
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

/// Goal fields the form has no input for (set in the seller's Mercado Libre account or by an
/// import): no "Ir al campo" button.
const NOT_IN_FORM: &[&str] = &["attributes", "shipping.free_shipping", "shipping.mode", "sale_terms.MANUFACTURING_TIME"];

#[component]
pub fn MlQualityCard() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let quality = Memo::new(move |_| editor.report.with(|r| r.ml_quality.clone()));
    let bucket = move |b: Bucket| {
        move || {
            let lang = lang.get();
            let goals: Vec<_> = quality.with(|q| q.goals.iter().filter(|g| g.bucket == b).cloned().collect());
            view! {
                <h4>{b.label().get(lang).to_string()}</h4>
                <ul class="listo-ml__goals">
                    {goals.into_iter().map(|g| {
                        let (mark, class) = match g.status {
                            GoalStatus::Met => ("✓", "met"),
                            GoalStatus::NotMet => ("✗", "not-met"),
                            GoalStatus::Unknown => ("?", "unknown"),
                        };
                        let label = g.def().map(|d| d.label().get(lang).to_string()).unwrap_or_default();
                        let field = g.field.clone();
                        let todo = (g.status == GoalStatus::NotMet && !field.is_empty()).then(|| {
                            let name = field_label(&field, lang);
                            let in_form = !NOT_IN_FORM.contains(&field.as_str());
                            view! {
                                " "
                                {in_form.then(|| view! {
                                    <button type="button" class="listo-button listo-button--quiet listo-button--small"
                                        on:click=move |_| focus_field(&field)>
                                        {i18n::GO_TO_FIELD.get(lang)} ": " {name}
                                    </button>
                                })}
                                {g.rule.map(|code| view! {
                                    " " <a class="listo-diag__why" href=format!("#regla-{code}")>{i18n::WHY.get(lang)} " (" {code} ")"</a>
                                })}
                            }
                        });
                        view! {
                            <li class=format!("listo-ml__goal listo-ml__goal--{class}") data-goal=g.id>
                                <span aria-hidden="true">{mark}</span> " " {label} " — " {g.status.label().get(lang).to_string()}
                                {todo}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        }
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
                {bucket(Bucket::Characteristics)}
                {bucket(Bucket::Offer)}
            </details>
        </section>
    }
}
