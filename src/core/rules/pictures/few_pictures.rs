use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// One picture rarely shows enough: buyers want the product from several sides, its size in
    /// hand, the label, what is in the box. Listings with several pictures sell better.
    ///
    /// ## Bad example
    /// One picture
    ///
    /// ## Good example
    /// Front, back and detail pictures (3 or more)
    ///
    /// ## Source
    /// Mercado Libre's quality score rewards pictures (performance buckets include pictures)
    /// (reference/listing-rules.md, "Quality"). The number is an **editable default**
    /// (`limits.pictures_min_useful` = 3), an assumption of Listo, not an official rule.
    pub FewPictures {
        code: "PI006",
        name: "few-pictures",
        family: Pictures,
        severity: Warning,
        message: ("Hay pocas fotos", "There are few pictures"),
        help: (
            "Añade fotos de frente, de lado, de detalle y de lo que incluye. El mínimo es una suposición de Listo que puedes cambiar.",
            "Add pictures of the front, side, details and what is included. The minimum is Listo's assumption and can be changed.",
        ),
    }
}

impl Rule for FewPictures {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let count = cx.listing.pictures.len();
        let min = cx.limits().pictures_min_useful;
        if count > 0 && count < min {
            let finding = out.report("pictures");
            if count == 1 {
                finding.message(tr!("Hay una sola foto; se recomiendan al menos {min}", "There is only one picture; at least {min} are recommended"));
            } else {
                finding.message(tr!("Hay {count} fotos; se recomiendan al menos {min}", "There are {count} pictures; at least {min} are recommended"));
            }
        }
    }
}
