use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// Mercado Libre requires at least one picture; buyers do not buy what they cannot see.
    ///
    /// ## Bad example
    /// Fotos: none
    ///
    /// ## Good example
    /// Three or more pictures, the cover on a white background
    ///
    /// ## Source
    /// Mercado Libre developers, items: `pictures` required; validation cause "at least one
    /// picture required" (reference/listing-rules.md, "Mercado Libre listing fields").
    pub MissingPictures {
        code: "PI001",
        name: "missing-pictures",
        family: Pictures,
        severity: Error,
        message: ("No hay fotos", "There are no pictures"),
        help: (
            "Sube al menos una foto; lo ideal son 3 o más, de 1200×1200 px, con la portada en fondo blanco.",
            "Upload at least one picture; ideally 3 or more at 1200×1200 px, with the cover on a white background.",
        ),
    }
}

impl Rule for MissingPictures {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.listing.pictures.is_empty() {
            out.report("pictures");
        }
    }
}
