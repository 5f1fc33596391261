use super::dims_field;
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre rejects packaging that is unrealistically small for the product (a 2 cm
    /// box for a laptop), and a wrong package makes every shipping quote wrong. Listo recognises
    /// the product by the title's first words (or category) and compares the package with the
    /// smallest plausible one.
    ///
    /// ## Bad example
    /// `Laptop HP 15 pulgadas 8 GB RAM` en un paquete de 35 x 25 x 2 cm
    ///
    /// ## Good example
    /// `Laptop HP 15 pulgadas 8 GB RAM` en un paquete de 45 x 32 x 8 cm, 2,5 kg
    ///
    /// ## Source
    /// Mercado Libre developers, shipping: package dimensions in cm and weight in grams;
    /// unrealistically small packaging is rejected. The minimum package per product is an
    /// editable assumption of the shipping profile (`plausible`), not a Mercado Libre figure.
    pub PackageUnrealisticallySmall {
        code: "SH009",
        name: "package-unrealistically-small",
        family: Shipping,
        severity: Warning,
        message: ("El paquete es demasiado pequeño para el producto", "The package is too small for the product"),
        help: (
            "Mide y pesa el producto ya embalado; Mercado Libre rechaza paquetes irreales.",
            "Measure and weigh the packed product; Mercado Libre rejects unrealistic packages.",
        ),
    }
}

impl Rule for PackageUnrealisticallySmall {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(small) = &cx.shipping.too_small else { return };
        let product_es = small.product.es.to_lowercase();
        let product_en = small.product.en.to_lowercase();
        let es = small.reasons.iter().map(|r| r.es.as_str()).collect::<Vec<_>>().join("; ");
        let en = small.reasons.iter().map(|r| r.en.as_str()).collect::<Vec<_>>().join("; ");
        out.report(dims_field(cx)).message(tr!(
            "Paquete demasiado pequeño para un(a) {product_es}: {es} (mínimos supuestos, editables)",
            "Package too small for a {product_en}: {en} (assumed, editable minimums)"
        ));
    }
}
