use crate::core::engine::Context;
use crate::core::rules::pictures::picture_too_small::MIN_SIDE;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre recommends 1200×1200 px: smaller pictures are accepted but look blurry
    /// when zoomed (zoom needs more than 800 px) and on large screens. Pictures already under
    /// the 500 px minimum are PI002's; unknown sizes are not judged.
    ///
    /// ## Bad example
    /// A picture of 800×600 px
    ///
    /// ## Good example
    /// A picture of 1200×1200 px
    ///
    /// ## Source
    /// Mercado Libre help, pictures: recommended 1200×1200 px; zoom only above 800 px
    /// (reference/listing-rules.md, "Pictures").
    pub PictureBelowRecommended {
        code: "PI003",
        name: "picture-below-recommended",
        family: Pictures,
        severity: Warning,
        message: ("La foto es más pequeña que lo recomendado", "The picture is smaller than recommended"),
        help: (
            "Sube la foto a 1200×1200 px o más para que los compradores puedan hacer zoom.",
            "Upload the picture at 1200×1200 px or more so buyers can zoom in.",
        ),
    }
}

/// Mercado Libre's recommended side, in pixels.
pub const RECOMMENDED_SIDE: u32 = 1200;

impl Rule for PictureBelowRecommended {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (i, p) in cx.listing.pictures.iter().enumerate() {
            let (Some(w), Some(h)) = (p.width, p.height) else { continue };
            if w >= MIN_SIDE && h >= MIN_SIDE && (w < RECOMMENDED_SIDE || h < RECOMMENDED_SIDE) {
                let n = i + 1;
                out.report(format!("pictures[{i}]")).message(tr!(
                    "La foto {n} mide {w}×{h} px; se recomienda {RECOMMENDED_SIDE}×{RECOMMENDED_SIDE}",
                    "Picture {n} is {w}×{h} px; {RECOMMENDED_SIDE}×{RECOMMENDED_SIDE} is recommended"
                ));
            }
        }
    }
}
