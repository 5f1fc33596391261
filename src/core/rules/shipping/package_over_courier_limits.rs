use super::weight_field;
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::shipping::ReasonKind;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// A package over the courier's limits cannot go by Mercado Envíos courier: the seller must
    /// split it, use a smaller box or agree the delivery with the buyer. The weight limit applies
    /// to the billable weight, the greater of actual and volumetric (L × W × H / 5000).
    ///
    /// ## Bad example
    /// Mueble armado de 160 x 60 x 50 cm, 35 kg
    ///
    /// ## Good example
    /// Mueble desarmado en caja de 120 x 50 x 15 cm, 22 kg
    ///
    /// ## Source
    /// No Ecuador-specific limits are published. Defaults are Mercado Libre Mexico's
    /// documented ones (Mercado Pago shipments): 150 cm per side, 330 cm for
    /// length + 2×width + 2×height, 30 kg actual or volumetric, divisor 5000. They are
    /// editable in the shipping profile and the message says they are another country's figures.
    pub PackageOverCourierLimits {
        code: "SH004",
        name: "package-over-courier-limits",
        family: Shipping,
        severity: Warning,
        message: ("El paquete supera los límites del courier", "The package is over the courier limits"),
        help: (
            "Usa una caja más pequeña, divide el envío o acuerda la entrega con el comprador.",
            "Use a smaller box, split the shipment or arrange delivery with the buyer.",
        ),
    }
}

impl Rule for PackageOverCourierLimits {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let over: Vec<&str> =
            cx.shipping.courier.reasons.iter().filter(|r| r.kind == ReasonKind::OverLimit).map(|r| r.text.es.as_str()).collect();
        if over.is_empty() {
            return;
        }
        let over_en: Vec<&str> =
            cx.shipping.courier.reasons.iter().filter(|r| r.kind == ReasonKind::OverLimit).map(|r| r.text.en.as_str()).collect();
        let (es, en) = (over.join("; "), over_en.join("; "));
        out.report(weight_field(cx)).message(tr!(
            "El paquete supera los límites del courier: {es}",
            "The package is over the courier limits: {en}"
        ));
    }
}
