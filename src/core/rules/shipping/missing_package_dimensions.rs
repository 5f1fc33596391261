use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::shipping::fields::field_names;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Carriers charge and limit by size as well as weight: the billable weight is the greater
    /// of the actual weight and the volumetric one (L × W × H / 5000). Without the three
    /// measures Listo cannot tell whether the package fits any mode.
    ///
    /// ## Bad example
    /// Largo `30`, ancho (vacío), alto `10`
    ///
    /// ## Good example
    /// Largo `30 cm`, ancho `20 cm`, alto `10 cm` (o `30x20x10,500`)
    ///
    /// ## Source
    /// Mercado Libre developers, shipping: package dimensions in cm (`shipping.dimensions`);
    /// volumetric weight L×W×H/5000 as documented for Mercado Libre Mexico.
    pub MissingPackageDimensions {
        code: "SH002",
        name: "missing-package-dimensions",
        family: Shipping,
        severity: Warning,
        message: ("Faltan las medidas del paquete", "The package dimensions are missing"),
        help: (
            "Mide la caja ya cerrada: largo, ancho y alto en centímetros.",
            "Measure the closed box: length, width and height in centimetres.",
        ),
    }
}

impl Rule for MissingPackageDimensions {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.facts.dims_cm.is_some() {
            return;
        }
        if cx.facts.package_field == "shipping.dimensions" {
            if cx.facts.error("shipping.dimensions").is_none() {
                out.report("shipping.dimensions");
            }
            return;
        }
        let s = &cx.listing.shipping;
        let empty: Vec<&str> = [("shipping.length", &s.length), ("shipping.width", &s.width), ("shipping.height", &s.height)]
            .into_iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(f, _)| f)
            .collect();
        let Some(first) = empty.first() else { return };
        if empty.len() < 3 {
            let names = field_names(&empty);
            let (names_es, names_en) = (&names.es, &names.en);
            out.report(*first).message(tr!("Faltan medidas del paquete: {names_es}", "Package measures missing: {names_en}"));
        } else {
            out.report(*first);
        }
    }
}
