use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::contact::{describe, find_contact};
use crate::core::rules::rule::{Findings, Rule};
use crate::core::rules::words::remove_spans;
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre's listing policies forbid contact data (phones, e-mails, links, social
    /// networks, messaging apps) anywhere in a listing: buyers must ask and buy through the site.
    /// Listings that carry it are moderated or removed.
    ///
    /// Phones are recognised by Ecuador's numbering plan: mobiles `09` + 8 digits or
    /// `+593 9` + 8 digits, landlines `0[2-7]` + 7 digits. The same detector checks the
    /// description (DE003). The fix removes what was found, for review.
    ///
    /// ## Bad example
    /// `Termo Kallpa 750 ml WhatsApp 0991234567`
    ///
    /// ## Good example
    /// `Termo Kallpa K750 750 ml azul`
    ///
    /// ## Source
    /// Mercado Libre listing policies: contact data is not allowed in listings; Ecuador's phone
    /// formats (reference/listing-rules.md, "Titles" and "Ecuador regulation").
    pub TitleContactData {
        code: "TI006",
        name: "title-contact-data",
        family: Title,
        severity: Error,
        message: ("El título tiene datos de contacto", "The title has contact data"),
        help: (
            "Quita teléfonos, correos, enlaces y redes sociales: Mercado Libre no los permite; los compradores te escriben por Preguntas.",
            "Remove phones, e-mails, links and social networks: Mercado Libre does not allow them; buyers reach you through Questions.",
        ),
    }
}

impl Rule for TitleContactData {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let title = &cx.listing.title;
        let found = find_contact(title);
        if found.is_empty() {
            return;
        }
        let what = describe(&found);
        let (es, en) = (&what.es, &what.en);
        let spans: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
        out.report("title")
            .message(tr!("El título tiene {es}; Mercado Libre no permite datos de contacto", "The title has {en}; Mercado Libre does not allow contact data"))
            .fix(Fix {
                label: tr!("Quitar los datos de contacto", "Remove the contact data"),
                applicability: Applicability::NeedsReview,
                edits: vec![Edit { field: "title".into(), value: remove_spans(title, &spans) }],
            });
    }
}
