use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::core::rules::title::compose;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// A title of one or two words ("Termo", "Zapatos") cannot say product, brand and model, so
    /// buyers searching for the specific product do not find it. Mercado Libre's validation
    /// also reports titles that are too short.
    ///
    /// ## Bad example
    /// `Termo`
    ///
    /// ## Good example
    /// `Termo de acero inoxidable Kallpa K750 750 ml`
    ///
    /// ## Source
    /// "Title too short" is among the validation causes third parties list for
    /// `POST /items/validate` [3p]; best practice product + brand + model + specs [doc]
    /// (reference/listing-rules.md). The minimum word count is an **editable default**
    /// (`limits.title_min_words` = 3), an assumption of Listo, not an official number.
    ///
    /// ## Fix
    /// "Armar título" builds product + brand + model + key characteristic from the category
    /// and the attributes (never invented; needs review; `src/core/rules/title/compose.rs`).
    pub TitleTooShort {
        code: "TI003",
        name: "title-too-short",
        family: Title,
        severity: Warning,
        message: ("El título es demasiado corto", "The title is too short"),
        help: (
            "Añade la marca, el modelo y la característica clave (tamaño, capacidad, color). El mínimo de palabras es una suposición de Listo que puedes cambiar.",
            "Add the brand, model and key feature (size, capacity, colour). The minimum word count is Listo's assumption and can be changed.",
        ),
    }
}

impl Rule for TitleTooShort {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let count = cx.title_words().len();
        let min = cx.limits().title_min_words;
        if count > 0 && count < min {
            let finding = out.report("title");
            if let Some(fix) = compose::build_title_fix(cx) {
                finding.fix(fix);
            }
            if count == 1 {
                finding.message(tr!("El título tiene una sola palabra; se recomiendan al menos {min}", "The title has a single word; at least {min} are recommended"));
            } else {
                finding.message(tr!("El título tiene {count} palabras; se recomiendan al menos {min}", "The title has {count} words; at least {min} are recommended"));
            }
        }
    }
}
