use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::shipping::MatchKind;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// The origin city decides whether same-day delivery is possible (Quito's metro area) and
    /// how long the courier takes. Listo matches what sellers type ignoring accents and case
    /// ("cumbaya" is Cumbayá) and proposes a correction only for a plausible typo (at most one
    /// edit in four letters of the typed name, and one name clearly closest: "Guayakil" →
    /// Guayaquil). Otherwise it says the city is not recognised and lists the closest known
    /// names without proposing one; a guessed city is never used to decide same-day delivery.
    ///
    /// ## Bad example
    /// Ciudad: `Guayakil`, or empty
    ///
    /// ## Good example
    /// Ciudad: `Guayaquil`
    ///
    /// ## Source
    /// Ecuador's 24 provinces and their main cities (the shipping profile's place list, which
    /// a trainer can extend); Mercado Libre Ecuador offers same day in Quito and courier to other
    /// cities in about 48 hours (announcement, Dec 2025).
    pub OriginCityUnknown {
        code: "SH007",
        name: "origin-city-unknown",
        family: Shipping,
        severity: Warning,
        message: ("No se reconoce la ciudad de origen", "The origin city is not recognised"),
        help: (
            "Escribe la ciudad desde donde envías, por ejemplo Quito, Cumbayá o Guayaquil.",
            "Type the city you ship from, e.g. Quito, Cumbayá or Guayaquil.",
        ),
    }
}

impl Rule for OriginCityUnknown {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(origin) = &cx.shipping.origin else { return };
        let input = &origin.input;
        let field = "seller_address.city";
        // The closest names are only worked out here, when a message shows them.
        let closest = || {
            let address = &cx.listing.seller_address;
            cx.closest_places(&address.city, &address.state).join(", ")
        };
        match origin.kind {
            MatchKind::Exact => {}
            MatchKind::Missing => {
                out.report(field).message(tr!("Falta la ciudad de origen", "The origin city is missing"));
            }
            MatchKind::Corrected => {
                let guess = origin.city.clone().or_else(|| origin.province.clone()).unwrap_or_default();
                out.report(field)
                    .message(tr!("No se reconoce «{input}»; ¿quisiste decir {guess}?", "“{input}” is not recognised; did you mean {guess}?"))
                    .fix(Fix {
                        label: tr!("Cambiar a {guess}", "Change to {guess}"),
                        applicability: Applicability::NeedsReview,
                        edits: vec![Edit { field: field.into(), value: guess.clone() }],
                    });
            }
            MatchKind::ProvinceOnly => {
                let province = origin.province.clone().unwrap_or_default();
                let names = if input.is_empty() { String::new() } else { closest() };
                let message = if names.is_empty() {
                    tr!("Solo se reconoce la provincia ({province}); escribe la ciudad", "Only the province is recognised ({province}); type the city")
                } else {
                    tr!(
                        "Solo se reconoce la provincia ({province}); escribe la ciudad (nombres conocidos más parecidos: {names})",
                        "Only the province is recognised ({province}); type the city (closest known names: {names})"
                    )
                };
                out.report(field).message(message);
            }
            MatchKind::Unknown => {
                // Nothing is close enough to be a typo: list names, propose no fix.
                let names = closest();
                let message = if names.is_empty() {
                    tr!("No se reconoce la ciudad «{input}»", "The city “{input}” is not recognised")
                } else {
                    tr!(
                        "No se reconoce la ciudad «{input}»; nombres conocidos más parecidos: {names}",
                        "The city “{input}” is not recognised; closest known names: {names}"
                    )
                };
                out.report(field).message(message);
            }
        }
    }
}
