use crate::core::engine::Context;
use crate::core::listing::attr;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::rules::title::compose;
use crate::core::rules::title::title_missing_brand::is_generic;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Buyers who know what they want search by model ("K750", "A15"). When the listing has a
    /// `MODEL` attribute that the title does not mention, adding it usually helps, if it fits.
    /// A tip, because some models are internal codes buyers never type.
    ///
    /// ## Bad example
    /// Título `Termo de acero Kallpa 750 ml`, modelo `K750`
    ///
    /// ## Good example
    /// Título `Termo de acero Kallpa K750 750 ml`, modelo `K750`
    ///
    /// ## Source
    /// Mercado Libre title best practice: product + brand + model + key specs [doc]
    /// (reference/listing-rules.md, "Titles").
    ///
    /// ## Fix
    /// "Armar título" builds product + brand + model + key characteristic from the category
    /// and the attributes (never invented; needs review; `src/core/rules/title/compose.rs`).
    pub TitleMissingModel {
        code: "TI009",
        name: "title-missing-model",
        family: Title,
        severity: Tip,
        message: ("El título no dice el modelo", "The title does not name the model"),
        help: (
            "Si el modelo es lo que buscan los compradores, ponlo después de la marca.",
            "If buyers search for the model, put it after the brand.",
        ),
    }
}

impl Rule for TitleMissingModel {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(model) = cx.listing.attribute(attr::MODEL).filter(|m| !is_generic(m)) else { return };
        if cx.listing.title.trim().is_empty() || cx.title_words().mentions(model) {
            return;
        }
        let finding = out.report("title");
        if let Some(fix) = compose::build_title_fix(cx) {
            finding.fix(fix);
        }
        finding.message(tr!(
            "El título no dice el modelo «{model}»",
            "The title does not name the model “{model}”"
        ));
    }
}
