use crate::core::engine::Context;
use crate::core::fold::fold;
use crate::core::listing::attr;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::rules::title::compose;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Buyers search by brand. When the listing says its brand (attribute `BRAND`) but the title
    /// does not, the listing misses those searches. Case and accents do not matter; generic
    /// values ("Genérica", "Sin marca") are not expected in the title.
    ///
    /// ## Bad example
    /// Título `Termo de acero 750 ml azul`, marca `Kallpa`
    ///
    /// ## Good example
    /// Título `Termo de acero Kallpa 750 ml azul`, marca `Kallpa`
    ///
    /// ## Source
    /// Mercado Libre title best practice: product + brand + model + key specs [doc]
    /// (reference/listing-rules.md, "Titles").
    ///
    /// ## Fix
    /// "Armar título" builds product + brand + model + key characteristic from the category
    /// and the attributes (never invented; needs review; `src/core/rules/title/compose.rs`).
    pub TitleMissingBrand {
        code: "TI008",
        name: "title-missing-brand",
        family: Title,
        severity: Warning,
        message: ("El título no dice la marca", "The title does not name the brand"),
        help: (
            "Pon la marca después del nombre del producto: «Termo Kallpa…».",
            "Put the brand after the product name: “Termo Kallpa…”.",
        ),
    }
}

/// Attribute values that mean "no brand" or "no model".
pub fn is_generic(value: &str) -> bool {
    matches!(
        fold(value.trim()).as_str(),
        "generica" | "generico" | "sin marca" | "otra" | "otro" | "otros" | "otras" | "no aplica" | "n/a" | "na"
            | "sin modelo" | "no especificado" | "no tiene" | "-"
    )
}

impl Rule for TitleMissingBrand {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(brand) = cx.listing.attribute(attr::BRAND).filter(|b| !is_generic(b)) else { return };
        if cx.listing.title.trim().is_empty() || cx.title_words().mentions(brand) {
            return;
        }
        let finding = out.report("title");
        if let Some(fix) = compose::build_title_fix(cx) {
            finding.fix(fix);
        }
        finding.message(tr!(
            "El título no dice la marca «{brand}»",
            "The title does not name the brand “{brand}”"
        ));
    }
}
