use crate::core::catalog::settings::{is_allowed, Allowed};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Many category attributes take a value from a list (`values`) or a number with a unit;
    /// Mercado Libre rejects or ignores other values, and buyers' filters miss the item.
    ///
    /// ## Bad example
    /// `IS_DUAL_SIM: tal vez`; perfume `VOLUME: grande`
    ///
    /// ## Good example
    /// `IS_DUAL_SIM: Sí`; perfume `VOLUME: 100 ml`
    ///
    /// ## Source
    /// Mercado Libre developers: category attributes list their allowed `values` and units.
    /// Listo's lists are in `src/core/catalog/settings.rs`; none is published for Ecuador, so
    /// every list (Sí/No, Ecuadorian carriers, genders, units) is an editable default.
    pub AttributeValueNotAllowed {
        code: "CA006",
        name: "attribute-value-not-allowed",
        family: Category,
        severity: Error,
        message: ("El valor del atributo no está entre los permitidos", "The attribute's value is not one of the allowed values"),
        help: ("Elige uno de los valores de la lista.", "Choose one of the listed values."),
    }
}

impl Rule for AttributeValueNotAllowed {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.category().is_none() {
            return;
        }
        for a in cx.category_settings().required {
            let Some(value) = cx.listing.attribute(a.id) else { continue };
            if is_allowed(a.allowed, value) {
                continue;
            }
            let (es, en) = (a.name_es, a.name_en);
            let finding = out.report(format!("attributes.{}", a.id));
            if a.allowed_source.is_editable_default() {
                finding.assumption();
            }
            match a.allowed {
                Allowed::OneOf(list) => {
                    let list = list.join(", ");
                    finding.message(tr!(
                        "«{value}» no es un valor permitido para «{es}»; usa uno de: {list} (lista por defecto editable)",
                        "“{value}” is not an allowed value for “{en}”; use one of: {list} (editable default list)"
                    ));
                }
                Allowed::Quantity(units) => {
                    let units = units.join(", ");
                    finding.message(tr!(
                        "«{value}» no es una cantidad para «{es}»; escribe un número y una unidad ({units}), por ejemplo «100 ml»",
                        "“{value}” is not a quantity for “{en}”; write a number and a unit ({units}), e.g. “100 ml”"
                    ));
                }
                Allowed::Any => {}
            }
        }
    }
}
