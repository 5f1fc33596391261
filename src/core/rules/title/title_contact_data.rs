use crate::core::engine::Context;
use crate::core::rules::contact::report_contact;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

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
        let text = &cx.listing.title;
        report_contact(out, "title", text, ("El título", "The title"));
    }
}
