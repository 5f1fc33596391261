use super::patterns::SANITARY_ATTRIBUTES;
use super::{regulated, Regulated};
use crate::core::engine::Context;
use crate::core::fold::fold;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// In Ecuador processed food, cosmetics, hygiene products and food supplements need an ARCSA
    /// Notificación Sanitaria, printed on the label. Stating it in the listing (an attribute or
    /// the description: "Notificación Sanitaria NSOC12345-20") tells buyers the product is legal
    /// and helps when a listing is reviewed.
    ///
    /// No public Mercado Libre source says the listing must state it, so this is a **tip and an
    /// editable default**, not an official rule. The rule is satisfied by an attribute
    /// (`SANITARY_NOTIFICATION`, `REGISTRO_SANITARIO`…) or by the description mentioning
    /// "notificación sanitaria", "registro sanitario" or ARCSA.
    ///
    /// ## Bad example
    /// Category "Suplementos Alimenticios", description `Colágeno hidrolizado, 300 g.`
    ///
    /// ## Good example
    /// Description `Colágeno hidrolizado, 300 g. Notificación Sanitaria ARCSA NSA-12345-2024.`
    ///
    /// ## Source
    /// ARCSA: Notificación Sanitaria for processed foods, cosmetics, hygiene products and food
    /// supplements [doc: ARCSA] (reference/listing-rules.md, "Ecuador regulation"). Asking for
    /// it in the listing is Listo's assumption (editable: turn `HE003` off in the configuration).
    pub MissingSanitaryNotification {
        code: "HE003",
        name: "missing-sanitary-notification",
        family: Health,
        severity: Tip,
        message: ("Indica la Notificación Sanitaria de ARCSA", "State the ARCSA Notificación Sanitaria"),
        help: (
            "Escribe el número de la Notificación Sanitaria de la etiqueta en la descripción (o en su atributo). Es una sugerencia de Listo, no una regla oficial de Mercado Libre.",
            "Write the Notificación Sanitaria number from the label in the description (or its attribute). This is Listo's suggestion, not an official Mercado Libre rule.",
        ),
    }
}

/// Whether the description states a notification or registration.
fn states_notification(description: &str) -> bool {
    let d = fold(description);
    ["notificacion sanitaria", "registro sanitario", "arcsa"].iter().any(|k| d.contains(k))
}

impl Rule for MissingSanitaryNotification {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(kind) = regulated(cx) else { return };
        let l = cx.listing;
        if SANITARY_ATTRIBUTES.iter().any(|a| l.attribute(a).is_some()) || states_notification(&l.description) {
            return;
        }
        let (es, en) = match kind {
            Regulated::Supplement => ("suplementos", "Supplements"),
            Regulated::Food => ("alimentos procesados", "Processed foods"),
            Regulated::Cosmetic => ("cosméticos y productos de higiene", "Cosmetics and hygiene products"),
        };
        out.report("description").assumption().message(tr!(
            "Los {es} necesitan Notificación Sanitaria de ARCSA: indícala en la descripción (sugerencia de Listo, no regla oficial)",
            "{en} need an ARCSA Notificación Sanitaria: state it in the description (Listo's suggestion, not an official rule)"
        ));
    }
}
