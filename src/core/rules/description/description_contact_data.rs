use crate::core::engine::Context;
use crate::core::rules::contact::report_contact;
use crate::core::rules::rule::{Findings, Rule};
use crate::declare_rule;

declare_rule! {
    /// ## Why
    /// Mercado Libre's listing policies forbid contact data (phones, e-mails, links, social
    /// networks, messaging apps) in listings, descriptions included: buyers must ask and buy
    /// through the site. Listings that carry it are moderated or removed.
    ///
    /// Uses the same detector as TI006 (Ecuadorian phones `09` + 8 digits, `+593 9` + 8 digits,
    /// landlines `0[2-7]` + 7 digits, e-mails, links, WhatsApp, social networks, @handles). The
    /// fix removes what was found, for review.
    ///
    /// ## Bad example
    /// `Termo de acero. Más información al WhatsApp 0991234567 o ventas@correo.ec`
    ///
    /// ## Good example
    /// `Termo de acero. Escríbenos por Preguntas y te respondemos.`
    ///
    /// ## Source
    /// Mercado Libre listing policies: contact data is not allowed in listings; Ecuador's phone
    /// formats (reference/listing-rules.md).
    pub DescriptionContactData {
        code: "DE003",
        name: "description-contact-data",
        family: Description,
        severity: Error,
        message: ("La descripción tiene datos de contacto", "The description has contact data"),
        help: (
            "Quita teléfonos, correos, enlaces y redes sociales: Mercado Libre no los permite; los compradores te escriben por Preguntas.",
            "Remove phones, e-mails, links and social networks: Mercado Libre does not allow them; buyers reach you through Questions.",
        ),
    }
}

impl Rule for DescriptionContactData {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let text = &cx.listing.description;
        report_contact(out, "description", text, ("La descripción", "The description"));
    }
}
