//! The listing form: every field labelled, grouped the way a seller thinks about a product.

use crate::ui::components::field::{Kind, SelectField, TextField};
use crate::ui::components::pictures::PicturesField;
use crate::ui::components::verdict_slot::{Slot, VerdictSlot};
use crate::ui::i18n::{self, Msg};
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn EditorForm() -> impl IntoView {
    let lang = use_editor().lang;
    let heading = move |m: Msg| move || m.get(lang.get());
    view! {
        <form class="listo-card listo-form" aria-labelledby="form-heading" on:submit=|ev| ev.prevent_default()>
            <h2 id="form-heading">{heading(i18n::FORM_HEADING)}</h2>
            <TextField path="title" label=i18n::TITLE hint=i18n::TITLE_HINT counter=true />
            <TextField path="category_id" label=i18n::CATEGORY hint=i18n::CATEGORY_HINT />
            <VerdictSlot which=Slot::Category />
            <div class="listo-form__row">
                <TextField path="price" label=i18n::PRICE hint=i18n::PRICE_HINT kind=Kind::Decimal />
                <TextField path="available_quantity" label=i18n::QUANTITY kind=Kind::Decimal />
            </div>
            <div class="listo-form__row">
                <SelectField path="condition" label=i18n::CONDITION options=vec![
                    ("new", i18n::CONDITION_NEW), ("used", i18n::CONDITION_USED), ("not_specified", i18n::CONDITION_UNSPECIFIED),
                ] />
                <SelectField path="listing_type_id" label=i18n::LISTING_TYPE options=vec![
                    ("gold_special", i18n::LISTING_CLASSIC), ("gold_pro", i18n::LISTING_PREMIUM), ("free", i18n::LISTING_FREE),
                ] />
            </div>
            <TextField path="description" label=i18n::DESCRIPTION hint=i18n::DESCRIPTION_HINT kind=Kind::LongText />
            <PicturesField />
            <fieldset class="listo-form__group">
                <legend>{heading(i18n::ATTRIBUTES_HEADING)}</legend>
                <div class="listo-form__row">
                    <TextField path="attributes.BRAND" label=i18n::BRAND />
                    <TextField path="attributes.MODEL" label=i18n::MODEL />
                </div>
                <TextField path="attributes.GTIN" label=i18n::GTIN kind=Kind::Decimal />
                <VerdictSlot which=Slot::Attributes />
            </fieldset>
            <fieldset class="listo-form__group">
                <legend>{heading(i18n::WARRANTY_HEADING)}</legend>
                <div class="listo-form__row">
                    <SelectField path="sale_terms.WARRANTY_TYPE" label=i18n::WARRANTY_TYPE options=vec![
                        ("Garantía del vendedor", i18n::WARRANTY_SELLER),
                        ("Garantía de fábrica", i18n::WARRANTY_FACTORY),
                        ("Sin garantía", i18n::WARRANTY_NONE),
                    ] />
                    <TextField path="sale_terms.WARRANTY_TIME" label=i18n::WARRANTY_TIME hint=i18n::WARRANTY_TIME_HINT />
                </div>
            </fieldset>
            <fieldset class="listo-form__group">
                <legend>{heading(i18n::PACKAGE_HEADING)}</legend>
                <TextField path="shipping.weight" label=i18n::WEIGHT hint=i18n::WEIGHT_HINT />
                <div class="listo-form__row listo-form__row--three">
                    <TextField path="shipping.length" label=i18n::LENGTH hint=i18n::SIZE_HINT kind=Kind::Decimal />
                    <TextField path="shipping.width" label=i18n::WIDTH hint=i18n::SIZE_HINT kind=Kind::Decimal />
                    <TextField path="shipping.height" label=i18n::HEIGHT hint=i18n::SIZE_HINT kind=Kind::Decimal />
                </div>
                <TextField path="seller_address.city" label=i18n::ORIGIN_CITY hint=i18n::ORIGIN_HINT />
            </fieldset>
        </form>
    }
}
