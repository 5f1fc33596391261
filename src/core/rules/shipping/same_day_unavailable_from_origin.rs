use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::shipping::ReasonKind;
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// Same-day delivery sells: buyers in the same metro area get the package today. It runs only
    /// when origin and destination are in an enabled metro area; the seller should know where it
    /// runs and that from elsewhere the courier (about 48 hours) applies. Listo only says so for
    /// a city it recognised: a guessed one (a typo it could correct, or a name it does not know)
    /// leaves same day undecided until the seller confirms the city (SH007).
    ///
    /// ## Bad example
    /// Ciudad de origen: `Cuenca` (no hay envío en el día)
    ///
    /// ## Good example
    /// Ciudad de origen: `Cumbayá` (área metropolitana de Quito)
    ///
    /// ## Source
    /// Mercado Libre Ecuador: same-day delivery in Quito, Guayaquil announced as next
    /// (announcement, Dec 2025). The enabled metro areas and the cut-off hour (an assumption) are
    /// editable in the shipping profile.
    pub SameDayUnavailableFromOrigin {
        code: "SH008",
        name: "same-day-unavailable-from-origin",
        family: Shipping,
        severity: Tip,
        message: ("No hay envío en el día desde tu ciudad", "No same-day delivery from your city"),
        help: (
            "Tus compradores recibirán por courier, en unas 48 horas.",
            "Your buyers will receive it by courier, in about 48 hours.",
        ),
    }
}

impl Rule for SameDayUnavailableFromOrigin {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if let Some(reason) = cx.shipping.same_day.reasons.iter().find(|r| r.kind == ReasonKind::NoSameDayFromOrigin) {
            out.report("seller_address.city").message(reason.text.clone());
        }
    }
}
