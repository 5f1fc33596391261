use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre does not accept picture files over 10 MB. Files of unknown size are not
    /// judged. (10 MB is read as 10 × 1024 × 1024 bytes, so only files surely over the limit are
    /// reported.)
    ///
    /// ## Bad example
    /// A 14 MB photo straight from the camera
    ///
    /// ## Good example
    /// The same photo exported as JPG at 1200×1200 px (under 1 MB)
    ///
    /// ## Source
    /// Mercado Libre help, pictures: JPG, JPEG or PNG, up to 10 MB (reference/listing-rules.md,
    /// "Pictures").
    pub PictureTooHeavy {
        code: "PI004",
        name: "picture-too-heavy",
        family: Pictures,
        severity: Error,
        message: ("La foto pesa más de 10 MB", "The picture is over 10 MB"),
        help: (
            "Reduce la foto (por ejemplo a 1200×1200 px en JPG) para que pese menos de 10 MB.",
            "Shrink the picture (e.g. to 1200×1200 px as JPG) so it is under 10 MB.",
        ),
    }
}

/// Mercado Libre's maximum file size.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

impl Rule for PictureTooHeavy {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (i, p) in cx.listing.pictures.iter().enumerate() {
            let Some(bytes) = p.bytes.filter(|b| *b > MAX_BYTES) else { continue };
            let (n, mb) = (i + 1, format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)));
            let mb_es = mb.replace('.', ",");
            out.report(format!("pictures[{i}]")).message(tr!(
                "La foto {n} pesa {mb_es} MB; el máximo es 10 MB",
                "Picture {n} is {mb} MB; the maximum is 10 MB"
            ));
        }
    }
}
