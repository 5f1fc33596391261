//! The shipping card: for each mode (same day, national courier, Galápagos) the core's verdict
//! with every reason or missing field, the billable weight, and the promise per destination.
//! Numbers that are assumptions rather than published Ecuador figures are marked as such.

use crate::core::shipping::{Status, Verdict};
use crate::core::text::Lang;
use crate::ui::i18n::{self, Msg};
use crate::ui::components::live_panel::field_label;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn ShippingCard() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let shipping = Memo::new(move |_| editor.report.with(|r| r.shipping.clone()));
    view! {
        <section class="listo-card listo-shipping" aria-labelledby="shipping-heading" data-testid="shipping-card">
            <h2 id="shipping-heading">{i18n::text(lang, i18n::SHIPPING_HEADING)}</h2>
            {move || {
                let s = shipping.get();
                let lang = lang.get();
                let weight = s.billable_weight_g.map(|g| {
                    let kg = g / 1000.0;
                    format!("{}: {kg:.2} kg", i18n::BILLABLE_WEIGHT.get(lang))
                });
                view! {
                    <ul class="listo-shipping__modes">
                        {mode_row(i18n::MODE_SAME_DAY, &s.same_day, lang)}
                        {mode_row(i18n::MODE_COURIER, &s.courier, lang)}
                        {mode_row(i18n::MODE_GALAPAGOS, &s.galapagos, lang)}
                    </ul>
                    {weight.map(|w| view! { <p class="listo-shipping__weight">{w}</p> })}
                    {(!s.promises.is_empty()).then(|| view! {
                        <details class="listo-shipping__promises">
                            <summary>{i18n::PROMISES.get(lang)}</summary>
                            <ul>
                                {s.promises.iter().map(|p| view! {
                                    <li><strong>{p.name.get(lang).to_string()}</strong> ": " {p.promise.get(lang).to_string()}</li>
                                }).collect_view()}
                            </ul>
                        </details>
                    })}
                    {s.arrange_with_buyer.then(|| view! { <p class="listo-notice listo-notice--info">{i18n::ARRANGE_WITH_BUYER.get(lang)}</p> })}
                    <p class="listo-field__hint">{i18n::SHIPPING_ASSUMPTIONS.get(lang)}</p>
                }
            }}
        </section>
    }
}

fn mode_row(name: Msg, verdict: &Verdict, lang: Lang) -> impl IntoView {
    let (class, status) = match verdict.status {
        Status::Eligible => ("eligible", i18n::ELIGIBLE),
        Status::NotEligible => ("not-eligible", i18n::NOT_ELIGIBLE),
        Status::Unknown => ("unknown", i18n::UNKNOWN),
    };
    let missing = verdict.missing.iter().map(|f| field_label(f, lang)).collect::<Vec<_>>().join(", ");
    view! {
        <li class=format!("listo-mode listo-mode--{class}")>
            <p class="listo-mode__head"><strong>{name.get(lang)}</strong> " · " <span>{status.get(lang)}</span></p>
            {verdict.promise.as_ref().map(|p| view! { <p class="listo-mode__promise">{p.get(lang).to_string()}</p> })}
            {(!verdict.reasons.is_empty()).then(|| view! {
                <ul class="listo-mode__reasons">
                    {verdict.reasons.iter().map(|r| view! {
                        <li>
                            {r.text.get(lang).to_string()}
                            {r.assumption.then(|| view! { " " <em>{i18n::ASSUMPTION.get(lang)}</em> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!missing.is_empty()).then(|| view! { <p class="listo-mode__missing">{i18n::MISSING.get(lang)} ": " {missing}</p> })}
        </li>
    }
}
