//! `HE`: health and beauty products in Ecuador (ARCSA). Supplements and beauty are among
//! Ecuador's best sellers and where listings get moderated: health claims, medicines, and the
//! ARCSA Notificación Sanitaria. The word lists are in [`patterns`]; which products are in scope
//! is decided here, once, from the category path (or, without a category, from the title).
pub mod health_claims;
pub mod medicine_listing;
pub mod missing_sanitary_notification;
pub mod patterns;

use crate::core::engine::Context;
use crate::core::fold::fold;
use crate::core::rules::words::Words;

/// What ARCSA regulates that the listing seems to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regulated {
    /// Food supplements (suplementos alimenticios, deportivos, vitaminas).
    Supplement,
    /// Processed food and drinks.
    Food,
    /// Cosmetics and personal hygiene.
    Cosmetic,
}

/// The listing's category path, folded ("belleza y cuidado personal > perfumes"), or "" when the
/// category is missing or unknown.
pub fn category_path(cx: &Context<'_>) -> String {
    cx.category().map(|i| fold(&cx.engine.catalog.tree.path_names(i))).unwrap_or_default()
}

/// Which regulated kind the listing is, from its category when it has one (a category outside
/// these kinds means "not regulated"), else from the title's words.
pub fn regulated(cx: &Context<'_>) -> Option<Regulated> {
    let path = category_path(cx);
    if !path.is_empty() {
        return regulated_by_path(&path);
    }
    regulated_by_title(cx.title_words())
}

/// The kind a folded category path says, if any.
pub fn regulated_by_path(path: &str) -> Option<Regulated> {
    if path.contains("suplement") && !path.starts_with("animales") && !path.contains("caballos") {
        Some(Regulated::Supplement)
    } else if path.starts_with("alimentos y bebidas") {
        Some(Regulated::Food)
    } else if path.contains("belleza y cuidado personal") {
        Some(Regulated::Cosmetic)
    } else {
        None
    }
}

/// The kind the title's words say, for a draft without a category.
pub fn regulated_by_title(words: &Words) -> Option<Regulated> {
    (0..words.len()).find_map(|i| {
        let w = words.word(i);
        if patterns::SUPPLEMENT_WORDS.contains(&w) {
            Some(Regulated::Supplement)
        } else if patterns::COSMETIC_WORDS.contains(&w) {
            Some(Regulated::Cosmetic)
        } else {
            None
        }
    })
}
