use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// A one-line description ("Termo nuevo") answers none of the questions buyers have about
    /// materials, sizes or what is included, so they ask, wait, or buy elsewhere.
    ///
    /// ## Bad example
    /// `Termo nuevo, buen precio.`
    ///
    /// ## Good example
    /// `Termo de acero inoxidable de doble pared. Mantiene bebidas calientes 12 horas y frías
    /// 24 horas. Capacidad 750 ml; incluye tapa con rosca.`
    ///
    /// ## Source
    /// Mercado Libre publishes no minimum length. The minimum is an **editable default**
    /// (`limits.description_min_chars` = 80 characters), an assumption of Listo, not an official
    /// rule (reference/listing-rules.md, "[assumption]").
    pub DescriptionTooShort {
        code: "DE004",
        name: "description-too-short",
        family: Description,
        severity: Warning,
        message: ("La descripción es muy corta", "The description is very short"),
        help: (
            "Cuenta materiales, medidas, qué incluye y cómo se usa. El mínimo es una suposición de Listo que puedes cambiar.",
            "Tell materials, sizes, what is included and how it is used. The minimum is Listo's assumption and can be changed.",
        ),
    }
}

impl Rule for DescriptionTooShort {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let len = cx.listing.description.trim().chars().count();
        let min = cx.limits().description_min_chars;
        if len > 0 && len < min {
            out.report("description").message(tr!(
                "La descripción tiene {len} caracteres; se recomiendan al menos {min}",
                "The description has {len} characters; at least {min} are recommended"
            ));
        }
    }
}
