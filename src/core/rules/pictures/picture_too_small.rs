use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre rejects pictures smaller than 500 px on either side. Pictures whose size is
    /// unknown are not judged.
    ///
    /// ## Bad example
    /// A picture of 450×300 px
    ///
    /// ## Good example
    /// A picture of 1200×1200 px
    ///
    /// ## Source
    /// Mercado Libre help, pictures: minimum 500×500 px; validation cause "picture under
    /// 500 px" (reference/listing-rules.md, "Pictures").
    pub PictureTooSmall {
        code: "PI002",
        name: "picture-too-small",
        family: Pictures,
        severity: Error,
        message: ("La foto es demasiado pequeña", "The picture is too small"),
        help: (
            "Usa fotos de al menos 500×500 px; lo recomendado es 1200×1200 px.",
            "Use pictures of at least 500×500 px; 1200×1200 px is recommended.",
        ),
    }
}

/// Mercado Libre's minimum side, in pixels.
pub const MIN_SIDE: u32 = 500;

impl Rule for PictureTooSmall {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (i, p) in cx.listing.pictures.iter().enumerate() {
            let (Some(w), Some(h)) = (p.width, p.height) else { continue };
            if w < MIN_SIDE || h < MIN_SIDE {
                let n = i + 1;
                out.report(format!("pictures[{i}]")).message(tr!(
                    "La foto {n} mide {w}×{h} px; el mínimo es {MIN_SIDE}×{MIN_SIDE}",
                    "Picture {n} is {w}×{h} px; the minimum is {MIN_SIDE}×{MIN_SIDE}"
                ));
            }
        }
    }
}
