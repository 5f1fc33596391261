use super::dims_field;
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::text::number;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Carriers charge the billable weight: the greater of the actual weight and the
    /// volumetric one (L × W × H / 5000). A light product in a big box pays for air, and the
    /// volumetric weight can push it over a mode's limit. A smaller box is cheaper.
    ///
    /// ## Bad example
    /// Peluche de 1 kg en una caja de 60 x 50 x 40 cm (peso volumétrico 24 kg)
    ///
    /// ## Good example
    /// El mismo peluche en una caja de 20 x 20 x 12 cm (peso volumétrico 0,96 kg)
    ///
    /// ## Source
    /// Volumetric weight L×W×H/5000 as documented for Mercado Libre Mexico (Mercado Pago
    /// shipments). "Far above" (3 times the actual weight and at least 1 kg more) is an
    /// editable assumption of the shipping profile (`oversized_box`), not a Mercado Libre rule.
    pub BoxTooBigForWeight {
        code: "SH005",
        name: "box-too-big-for-weight",
        family: Shipping,
        severity: Tip,
        message: ("La caja es muy grande para lo que pesa", "The box is far too big for its weight"),
        help: (
            "Usa una caja más pequeña: el courier cobra el peso volumétrico si es mayor que el real.",
            "Use a smaller box: the courier charges the volumetric weight when it is above the actual one.",
        ),
    }
}

impl Rule for BoxTooBigForWeight {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(b) = &cx.shipping.oversized_box else { return };
        let (vol, actual, litres) = (number(b.volumetric_weight_g / 1000.0, 1), number(b.actual_weight_g / 1000.0, 1), number(b.max_volume_l, 1));
        let (vol_es, actual_es, litres_es) = (&vol.es, &actual.es, &litres.es);
        let (vol_en, actual_en, litres_en) = (&vol.en, &actual.en, &litres.en);
        out.report(dims_field(cx))
            .message(tr!(
                "La caja pesa {vol_es} kg volumétricos y el producto {actual_es} kg: pagarías por aire",
                "The box weighs {vol_en} kg volumetric and the product {actual_en} kg: you would pay for air"
            ))
            .help(tr!(
                "Una caja de hasta {litres_es} litros (por ejemplo 20 x 20 x 12 cm son 4,8 litros) no subiría el costo.",
                "A box of up to {litres_en} litres (e.g. 20 x 20 x 12 cm is 4.8 litres) would not raise the cost."
            ));
    }
}
