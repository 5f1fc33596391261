use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// Mercado Libre asks for a cover picture with one product on a pure white background, with
    /// no logos, text or badges. Judged only when the browser measured the cover's border
    /// (`white_border`); a tip, because the measurement looks at the border only.
    ///
    /// ## Bad example
    /// The cover shows the thermos on a wooden table
    ///
    /// ## Good example
    /// The cover shows the thermos alone on a white background
    ///
    /// ## Source
    /// Mercado Libre help, pictures: cover photo with one product, pure white background, no
    /// logos, text or badges (reference/listing-rules.md, "Pictures").
    pub CoverNotWhiteBackground {
        code: "PI007",
        name: "cover-not-white-background",
        family: Pictures,
        severity: Tip,
        message: ("La portada no parece tener fondo blanco", "The cover does not seem to have a white background"),
        help: (
            "Para la primera foto, usa el producto solo sobre fondo blanco, sin logos ni textos.",
            "For the first picture, show the product alone on a white background, without logos or text.",
        ),
    }
}

impl Rule for CoverNotWhiteBackground {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.pictures.first().is_some_and(|p| p.white_border == Some(false)) {
            out.report("pictures[0]");
        }
    }
}
