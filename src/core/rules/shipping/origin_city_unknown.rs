use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::shipping::MatchKind;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// The origin city decides whether same-day delivery is possible (Quito's metro area) and
    /// how long the courier takes. Listo matches what sellers type ignoring accents and case
    /// ("cumbaya" is Cumbayá) and corrects small typos; when it cannot, it suggests the closest
    /// known names.
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
        let best = origin.city.clone().or_else(|| origin.suggestions.first().cloned());
        let fix = |value: String| Fix {
            label: tr!("Cambiar a {value}", "Change to {value}"),
            applicability: Applicability::NeedsReview,
            edits: vec![Edit { field: field.into(), value }],
        };
        match origin.kind {
            MatchKind::Exact => {}
            MatchKind::Missing => {
                out.report(field).message(tr!("Falta la ciudad de origen", "The origin city is missing"));
            }
            MatchKind::Corrected => {
                let city = best.unwrap_or_default();
                out.report(field)
                    .message(tr!("No se reconoce «{input}»; ¿quisiste decir {city}?", "“{input}” is not recognised; did you mean {city}?"))
                    .fix(fix(city));
            }
            MatchKind::ProvinceOnly => {
                let province = origin.province.clone().unwrap_or_default();
                let finding = out.report(field);
                finding.message(tr!(
                    "Solo se reconoce la provincia ({province}); escribe la ciudad",
                    "Only the province is recognised ({province}); type the city"
                ));
                if let Some(city) = origin.suggestions.first().filter(|_| !input.is_empty()) {
                    finding.fix(fix(city.clone()));
                }
            }
            MatchKind::Unknown => {
                let finding = out.report(field);
                if origin.suggestions.is_empty() {
                    finding.message(tr!("No se reconoce la ciudad «{input}»", "The city “{input}” is not recognised"));
                } else {
                    let names = origin.suggestions.join(", ");
                    finding.message(tr!(
                        "No se reconoce la ciudad «{input}»; las más parecidas: {names}",
                        "The city “{input}” is not recognised; closest: {names}"
                    ));
                }
                if let Some(city) = best {
                    finding.fix(fix(city));
                }
            }
        }
    }
}
