//! "Armar título" on invented listings from each of Ecuador's best-selling categories
//! (technology, pets, fashion, beauty, supplements): product word of the category + brand +
//! model + one key attribute, within the maximum, only from the listing's data, offered as a fix
//! that needs review. Invented for this test, not measurement data.

use listo::core::diagnostic::Applicability;
use listo::core::engine::Engine;
use listo::core::listing::Listing;

fn listing(title: &str, category: &str, attrs: &[(&str, &str)]) -> Listing {
    let mut l = Listing { title: title.into(), category_id: category.into(), ..Listing::default() };
    for (k, v) in attrs {
        l.attributes.insert((*k).into(), (*v).into());
    }
    l
}

/// The built title offered on the title field, if any.
fn built(l: &Listing) -> Option<String> {
    let report = Engine::default().check(l);
    let fixes: Vec<_> = report.diagnostics.iter().filter(|d| d.field == "title").filter_map(|d| d.fix.as_ref()).filter(|f| f.label.es.starts_with("Armar título")).collect();
    let fix = fixes.first()?;
    assert_eq!(fix.applicability, Applicability::NeedsReview);
    assert!(fixes.iter().all(|f| f.edits == fix.edits), "one built title per listing");
    Some(fix.edits[0].value.clone())
}

#[test]
fn best_selling_categories_get_product_brand_model_key() {
    let cases = [
        // Technology: a phone's key attribute is its memory.
        (listing("Celular", "MEC1055", &[("BRAND", "Samsung"), ("MODEL", "Galaxy A15"), ("INTERNAL_MEMORY", "128 GB"), ("COLOR", "Negro")]), "Celular Samsung Galaxy A15 128 GB"),
        // Pets: food by weight.
        (listing("Balanceado", "MEC1077", &[("BRAND", "Pro Plan"), ("MODEL", "Adulto raza mediana"), ("NET_WEIGHT", "15 kg")]), "Alimento Pro Plan Adulto raza mediana 15 kg"),
        // Fashion: shoes by size.
        (listing("", "MEC109027", &[("BRAND", "Nike"), ("MODEL", "Revolution 6"), ("SIZE", "42"), ("COLOR", "Negro")]), "Zapatilla Nike Revolution 6 42"),
        // Beauty: perfume by volume.
        (listing("Perfume hombre", "MEC1271", &[("BRAND", "Carolina Herrera"), ("MODEL", "212 VIP Men"), ("VOLUME", "100 ml")]), "Perfume Carolina Herrera 212 VIP Men 100 ml"),
        // Supplements: by weight.
        (listing("Proteína", "MEC3551", &[("BRAND", "Optimum Nutrition"), ("MODEL", "Gold Standard Whey"), ("NET_WEIGHT", "2 lb")]), "Suplemento Optimum Nutrition Gold Standard Whey 2 lb"),
    ];
    for (l, expected) in cases {
        assert_eq!(built(&l).as_deref(), Some(expected), "{:?}", l.title);
    }
}

#[test]
fn it_never_invents_and_fits_the_maximum() {
    // No brand: nothing to build.
    assert_eq!(built(&listing("Celular", "MEC1055", &[("MODEL", "Galaxy A15")])), None);
    // A generic brand is not a brand.
    assert_eq!(built(&listing("Celular", "MEC1055", &[("BRAND", "Genérica")])), None);
    // Without a category the seller's first word is the product.
    assert_eq!(built(&listing("Termo", "", &[("BRAND", "Kallpa"), ("MODEL", "K750"), ("CAPACITY", "750 ml")])).as_deref(), Some("Termo Kallpa K750 750 ml"));
    // Too long for 60 characters: the key attribute goes first, then the model.
    let long_model = "Edición Especial Aniversario Cuarenta Años";
    let l = listing("Celular", "MEC1055", &[("BRAND", "Samsung"), ("MODEL", long_model), ("INTERNAL_MEMORY", "128 GB")]);
    assert_eq!(built(&l).as_deref(), Some(format!("Celular Samsung {long_model}").as_str()));
    // A model that repeats the brand is not written twice.
    let l = listing("Celular", "MEC1055", &[("BRAND", "Samsung"), ("MODEL", "Samsung Galaxy A15")]);
    assert_eq!(built(&l).as_deref(), Some("Celular Samsung Galaxy A15"));
    // A title that already says it all gets no fix.
    let l = listing("Celular Samsung Galaxy A15 128 GB", "MEC1055", &[("BRAND", "Samsung"), ("MODEL", "Galaxy A15"), ("INTERNAL_MEMORY", "128 GB")]);
    assert_eq!(built(&l), None);
}
