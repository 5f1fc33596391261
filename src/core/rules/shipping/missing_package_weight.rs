use super::weight_field;
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// Mercado Envíos needs the package's weight to choose a mode and quote the shipping; without
    /// it Listo cannot say whether the package can travel same day, by courier or to Galápagos.
    /// Weight is given in grams to Mercado Libre; Listo accepts "1,2 kg", "500 g" or "2 lb".
    ///
    /// ## Bad example
    /// Peso del paquete: (vacío); medidas 30 x 20 x 10 cm
    ///
    /// ## Good example
    /// Peso del paquete: `1,2 kg`
    ///
    /// ## Source
    /// Mercado Libre developers, shipping: package dimensions in cm and weight in grams
    /// (`shipping.dimensions` "LxWxH,grams"); ME2 needs them to quote.
    pub MissingPackageWeight {
        code: "SH001",
        name: "missing-package-weight",
        family: Shipping,
        severity: Warning,
        message: ("Falta el peso del paquete", "The package weight is missing"),
        help: (
            "Pesa el producto ya embalado y escríbelo, por ejemplo 1,2 kg o 500 g.",
            "Weigh the packed product and type it, e.g. 1.2 kg or 500 g.",
        ),
    }
}

impl Rule for MissingPackageWeight {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let field = weight_field(cx);
        if cx.facts.weight_g.is_none() && cx.facts.error(field).is_none() {
            out.report(field);
        }
    }
}
