use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// A weight or measure Listo cannot read cannot be checked against any limit, and Mercado
    /// Libre would refuse it too. The message quotes what was typed and what was expected.
    ///
    /// ## Bad example
    /// Peso: `pesado`; medidas: `30x20`
    ///
    /// ## Good example
    /// Peso: `1,2 kg`; medidas: `30 x 20 x 10 cm` (o `30x20x10,500` como Mercado Libre)
    ///
    /// ## Source
    /// Mercado Libre developers, shipping: `dimensions` as "LxWxH,grams" (cm and grams).
    pub PackageUnreadable {
        code: "SH003",
        name: "package-unreadable",
        family: Shipping,
        severity: Error,
        message: ("No se entienden los datos del paquete", "The package data cannot be read"),
        help: (
            "Escribe el peso como 1,2 kg o 500 g y las medidas como 30 x 20 x 10 cm.",
            "Type the weight as 1.2 kg or 500 g and the size as 30 x 20 x 10 cm.",
        ),
    }
}

const PACKAGE_FIELDS: [&str; 5] = ["shipping.dimensions", "shipping.weight", "shipping.length", "shipping.width", "shipping.height"];

impl Rule for PackageUnreadable {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for field in PACKAGE_FIELDS {
            if let Some(err) = cx.facts.error(field) {
                out.report(field).message(err.error.message(&err.input));
            }
        }
    }
}
