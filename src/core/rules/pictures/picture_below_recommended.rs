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
    /// Reported once per listing, on the first such picture, naming all of them: like Mercado
    /// Libre's quality goals, "pictures at the recommended size" is one goal, so five small
    /// pictures do not weigh five times in the score.
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
        let below: Vec<(usize, u32, u32)> = cx
            .listing
            .pictures
            .iter()
            .enumerate()
            .filter_map(|(i, p)| Some((i, p.width?, p.height?)))
            .filter(|(_, w, h)| *w >= MIN_SIDE && *h >= MIN_SIDE && (*w < RECOMMENDED_SIDE || *h < RECOMMENDED_SIDE))
            .collect();
        let Some(&(first, w, h)) = below.first() else { return };
        let finding = out.report(format!("pictures[{first}]"));
        if below.len() == 1 {
            let n = first + 1;
            finding.message(tr!(
                "La foto {n} mide {w}×{h} px; se recomienda {RECOMMENDED_SIDE}×{RECOMMENDED_SIDE}",
                "Picture {n} is {w}×{h} px; {RECOMMENDED_SIDE}×{RECOMMENDED_SIDE} is recommended"
            ));
        } else {
            let items: Vec<String> = below.iter().map(|(i, _, _)| (i + 1).to_string()).collect();
            let (list_es, list_en) = match items.split_last() {
                Some((last, rest)) => (format!("{} y {last}", rest.join(", ")), format!("{} and {last}", rest.join(", "))),
                None => (String::new(), String::new()),
            };
            finding.message(tr!(
                "Las fotos {list_es} miden menos de {RECOMMENDED_SIDE}×{RECOMMENDED_SIDE} px, lo recomendado",
                "Pictures {list_en} are under the recommended {RECOMMENDED_SIDE}×{RECOMMENDED_SIDE} px"
            ));
        }
    }
}
