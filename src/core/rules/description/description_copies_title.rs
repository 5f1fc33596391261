use crate::core::engine::Context;
use crate::core::rules::words::each_word;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// A description that only repeats the title tells buyers nothing new. The description is
    /// where details go: materials, sizes, contents, use, care.
    ///
    /// Detected when every word of the description (ignoring case and accents) is already in
    /// the title.
    ///
    /// ## Bad example
    /// Título and descripción both `Termo de acero Kallpa 750 ml`
    ///
    /// ## Good example
    /// Descripción: `Termo de acero inoxidable de doble pared; mantiene bebidas calientes 12
    /// horas. Incluye tapa con rosca.`
    ///
    /// ## Source
    /// Mercado Libre's item model separates title (product + brand + model + specs) from the
    /// description (details) (reference/listing-rules.md, "Titles" and "Description").
    pub DescriptionCopiesTitle {
        code: "DE005",
        name: "description-copies-title",
        family: Description,
        severity: Warning,
        message: ("La descripción solo repite el título", "The description only repeats the title"),
        help: (
            "Añade lo que el título no dice: materiales, medidas, qué incluye y cómo se usa.",
            "Add what the title does not say: materials, sizes, what is included and how it is used.",
        ),
    }
}

impl Rule for DescriptionCopiesTitle {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let description = &cx.listing.description;
        if !description.chars().any(char::is_alphanumeric) {
            return;
        }
        let title = cx.title_words();
        // Stops at the first description word the title lacks: usually the first few.
        if each_word(description, |w| (0..title.len()).any(|i| title.word(i) == w)) {
            out.report("description");
        }
    }
}
