use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Each category has attributes tagged `required` (and `catalog_required`,
    /// `conditional_required`); Mercado Libre rejects an item without them ("missing required
    /// attributes"). Phones in Ecuador, for example, were rejected without COLOR, IS_DUAL_SIM
    /// and CARRIER.
    ///
    /// ## Bad example
    /// Categoría `MEC1055` (Celulares y Smartphones) without `IS_DUAL_SIM`.
    ///
    /// ## Good example
    /// Categoría `MEC1055` with `COLOR: Negro`, `IS_DUAL_SIM: Sí`, `CARRIER: Liberado`.
    ///
    /// ## Source
    /// Mercado Libre developers: category attributes and their tags. Per-category requirements
    /// in `src/core/catalog/settings.rs`, each with its source: phones (MEC1055), monitors
    /// (MEC1656), PCs (MEC1649), processors (MEC1693) and All In One (MEC126843) from a public
    /// report of Mercado Libre Ecuador sync errors (third party); the rest (fashion size, gender
    /// and colour; perfume volume; pet-food weight; supplements; brand and model) are editable
    /// defaults: the message says so and they are reported as warnings, never errors.
    pub MissingRequiredAttribute {
        code: "CA005",
        name: "missing-required-attribute",
        family: Category,
        severity: Error,
        message: ("Falta un atributo obligatorio de la categoría", "A required attribute of the category is missing"),
        help: (
            "Completa el atributo en la ficha técnica.",
            "Fill in the attribute in the technical sheet.",
        ),
    }
}

impl Rule for MissingRequiredAttribute {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.category().is_none() {
            return;
        }
        for a in cx.category_settings().required {
            if cx.listing.attribute(a.id).is_some() {
                continue;
            }
            let (es, en, id) = (a.name_es, a.name_en, a.id);
            let finding = out.report(format!("attributes.{id}"));
            if a.source.is_editable_default() {
                finding.assumption().message(tr!(
                    "Falta «{es}» ({id}); Listo lo pide por defecto (supuesto editable, no es una regla publicada de Mercado Libre)",
                    "“{en}” ({id}) is missing; Listo asks for it by default (an editable assumption, not a published Mercado Libre rule)"
                ));
            } else {
                let source = a.source.cite();
                finding.message(tr!(
                    "Falta «{es}» ({id}), obligatorio en esta categoría (fuente: {source})",
                    "“{en}” ({id}) is missing; this category requires it (source: {source})"
                ));
            }
        }
    }
}
