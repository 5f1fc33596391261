use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::shipping::Mode;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Carriers refuse or restrict dangerous goods (loose lithium batteries, aerosols,
    /// flammable liquids, perfumes with alcohol, corrosives) and live animals; Galápagos'
    /// biosecurity agency restricts plants, seeds, soil and fresh food; perishables spoil on a
    /// courier trip of days. The seller should know before publishing which modes are closed.
    ///
    /// ## Bad example
    /// `Batería de Litio 18650 3400 mAh Recargable` (no viaja por courier)
    ///
    /// ## Good example
    /// `Linterna LED recargable con batería incluida` (batería instalada en el equipo)
    ///
    /// ## Source
    /// Carriers' dangerous-goods practice [third-party summary; confirm per carrier];
    /// Agencia de Regulación y Control de la Bioseguridad y Cuarentena para Galápagos, public
    /// lists of restricted goods. The keyword lists are editable in the shipping profile.
    pub RestrictedItem {
        code: "SH006",
        name: "restricted-item",
        family: Shipping,
        severity: Warning,
        message: ("Producto restringido para algunos envíos", "Item restricted for some shipping modes"),
        help: (
            "Confirma con el transportista o acuerda la entrega con el comprador.",
            "Check with the carrier or arrange delivery with the buyer.",
        ),
    }
}

impl Rule for RestrictedItem {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for hit in &cx.shipping.restricted {
            let modes_es: Vec<String> = hit.modes.iter().map(|m| m.label().es.to_lowercase()).collect();
            let modes_en: Vec<String> = hit.modes.iter().map(|m| m.label().en.to_lowercase()).collect();
            let (modes_es, modes_en) = (modes_es.join(", "), modes_en.join(", "));
            let (name_es, name_en, why_es, why_en) = (&hit.name.es, &hit.name.en, &hit.reason.es, &hit.reason.en);
            let finding = out.report(hit.field.clone());
            finding.message(tr!("{name_es}: no disponible para {modes_es}", "{name_en}: not available for {modes_en}"));
            if hit.modes.contains(&Mode::SameDay) {
                finding.help(tr!("{why_es}.", "{why_en}."));
            } else {
                finding.help(tr!(
                    "{why_es}. Puedes venderlo con envío en el día dentro del área donde está disponible.",
                    "{why_en}. You can sell it with same-day delivery within the area where it runs."
                ));
            }
        }
    }
}
