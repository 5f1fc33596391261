//! A requirement with no public Mercado Libre source is an editable default: Listo reports it, says
//! it is an assumption, and never calls it an error (only a sourced rule may say Mercado Libre
//! rejects the listing).

use listo::core::diagnostic::Severity;
use listo::core::engine::Engine;
use listo::core::listing::Listing;

fn severity_of(listing: &Listing, code: &str, field: &str) -> Option<Severity> {
    Engine::default().check(listing).diagnostics.into_iter().find(|d| d.code == code && d.field == field).map(|d| d.severity)
}

fn phone() -> Listing {
    Listing { title: "Celular Samsung Galaxy A15 128 GB".into(), category_id: "MEC1055".into(), ..Listing::default() }
}

#[test]
fn a_sourced_requirement_is_an_error() {
    // Phones' IS_DUAL_SIM comes from a public report of Mercado Libre Ecuador rejections.
    assert_eq!(severity_of(&phone(), "CA005", "attributes.IS_DUAL_SIM"), Some(Severity::Error));
}

#[test]
fn an_editable_default_requirement_is_at_most_a_warning() {
    // Phones' BRAND is Listo's own default.
    assert_eq!(severity_of(&phone(), "CA005", "attributes.BRAND"), Some(Severity::Warning));
    let mut phone = phone();
    phone.attributes.insert("CARRIER".into(), "Operadora rara".into());
    // The allowed carriers are an editable list: a value outside it is a warning.
    assert_eq!(severity_of(&phone, "CA006", "attributes.CARRIER"), Some(Severity::Warning));
}
