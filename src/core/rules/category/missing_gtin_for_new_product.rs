use crate::core::engine::Context;
use crate::core::listing::attr;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Some categories require the product's barcode (GTIN: EAN, UPC) when the product is new
    /// (attribute tags `new_required` / `conditional_required`); without it, or without a
    /// reason (`EMPTY_GTIN_REASON`, e.g. the product has no barcode), the item is rejected.
    ///
    /// ## Bad example
    /// New All In One (`MEC126843`), condition `new`, no `GTIN`.
    ///
    /// ## Good example
    /// The same with `GTIN: 7861234567895`, or with `EMPTY_GTIN_REASON` given.
    ///
    /// ## Source
    /// Mercado Libre developers: attribute tags `new_required`, `conditional_required`; GTIN
    /// reported as conditionally required for All In One (MEC126843) in a public Ecuador
    /// sync-error report (third party). For phones and tablets it is an editable default.
    pub MissingGtinForNewProduct {
        code: "CA007",
        name: "missing-gtin-for-new-product",
        family: Category,
        severity: Error,
        message: ("Falta el código de barras (GTIN) de un producto nuevo", "The barcode (GTIN) of a new product is missing"),
        help: (
            "Copia el código EAN/UPC de la caja, o indica por qué no tiene (EMPTY_GTIN_REASON).",
            "Copy the EAN/UPC code from the box, or say why it has none (EMPTY_GTIN_REASON).",
        ),
    }
}

/// Mercado Libre's condition is "new"; sellers' drafts may say "nuevo".
fn is_new(condition: &str) -> bool {
    matches!(crate::core::fold::fold(condition.trim()).as_str(), "new" | "nuevo" | "nueva")
}

impl Rule for MissingGtinForNewProduct {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if !is_new(&cx.listing.condition) || cx.category().is_none() {
            return;
        }
        let Some(source) = cx.category_settings().gtin_when_new else { return };
        if cx.listing.attribute(attr::GTIN).is_some() || cx.listing.attribute("EMPTY_GTIN_REASON").is_some() {
            return;
        }
        let finding = out.report(format!("attributes.{}", attr::GTIN));
        if source.is_editable_default() {
            finding.assumption().message(tr!(
                "Falta el GTIN (código de barras) de este producto nuevo; Listo lo pide por defecto en esta categoría (supuesto editable)",
                "The GTIN (barcode) of this new product is missing; Listo asks for it by default in this category (an editable assumption)"
            ));
        }
    }
}
