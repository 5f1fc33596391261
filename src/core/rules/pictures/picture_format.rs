use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre accepts JPG, JPEG and PNG pictures only; other formats (WEBP, GIF, HEIC
    /// from iPhones, BMP) are refused. Pictures of unknown format are not judged.
    ///
    /// ## Bad example
    /// `termo.heic`
    ///
    /// ## Good example
    /// `termo.jpg`
    ///
    /// ## Source
    /// Mercado Libre help, pictures: JPG, JPEG or PNG (reference/listing-rules.md, "Pictures").
    pub PictureFormat {
        code: "PI005",
        name: "picture-format",
        family: Pictures,
        severity: Error,
        message: ("El formato de la foto no es JPG ni PNG", "The picture format is not JPG or PNG"),
        help: (
            "Guarda o exporta la foto como JPG o PNG antes de subirla.",
            "Save or export the picture as JPG or PNG before uploading it.",
        ),
    }
}

const ACCEPTED: &[&str] = &["jpg", "jpeg", "png"];

impl Rule for PictureFormat {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (i, p) in cx.listing.pictures.iter().enumerate() {
            let Some(format) = p.format.as_deref().map(str::trim).filter(|f| !f.is_empty()) else { continue };
            if ACCEPTED.iter().any(|a| a.eq_ignore_ascii_case(format)) {
                continue;
            }
            let (n, upper) = (i + 1, format.to_uppercase());
            out.report(format!("pictures[{i}]")).message(tr!(
                "La foto {n} es {upper}; Mercado Libre acepta JPG, JPEG o PNG",
                "Picture {n} is {upper}; Mercado Libre accepts JPG, JPEG or PNG"
            ));
        }
    }
}
