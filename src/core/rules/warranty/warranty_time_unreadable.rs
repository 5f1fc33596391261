use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// The warranty time must say how long: "6 meses", "1 año", "90 días". Vague text ("de
    /// fábrica", "total") leaves buyers guessing and Mercado Libre expects `WARRANTY_TIME` as a
    /// number and a unit. For older items the free-text `warranty` is read the same way.
    ///
    /// ## Bad example
    /// Tiempo de garantía: `de fábrica`
    ///
    /// ## Good example
    /// Tiempo de garantía: `6 meses`
    ///
    /// ## Source
    /// Mercado Libre developers, sale_terms: `WARRANTY_TIME` as a number and unit, e.g. "6 meses"
    /// (reference/listing-rules.md, "Mercado Libre listing fields and validation").
    pub WarrantyTimeUnreadable {
        code: "WA002",
        name: "warranty-time-unreadable",
        family: Warranty,
        severity: Warning,
        message: ("No se entiende el tiempo de garantía", "The warranty time cannot be read"),
        help: (
            "Escribe el tiempo con número y unidad: «6 meses», «1 año», «90 días», o «Sin garantía».",
            "Write the time as a number and a unit: “6 meses”, “1 año”, “90 días”, or “Sin garantía”.",
        ),
    }
}

impl Rule for WarrantyTimeUnreadable {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let field = cx.facts.warranty_field;
        if let Some(err) = cx.facts.error(field) {
            let mut shown: String = err.input.chars().take(40).collect::<String>().trim_end().to_string();
            if err.input.chars().count() > 40 {
                shown.push('…');
            }
            out.report(field).message(tr!(
                "La garantía «{shown}» no dice cuánto dura",
                "The warranty “{shown}” does not say how long it lasts"
            ));
        }
    }
}
