//! "Armar título": a title built the way Mercado Libre recommends, product + brand + model + key
//! characteristic, within the category's maximum, from the listing's own data only: the
//! category's product word (or, without a category, the first word the seller typed), the
//! `BRAND` and `MODEL` attributes, and one key attribute (capacity, volume, weight, size or
//! colour). It never invents a value: when the product or the brand is unknown there is no
//! title to offer. The title rules (TI001, TI003, TI008, TI009) offer it as a fix that needs
//! review.

use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::fold::fold;
use crate::core::listing::{attr, Listing};
use crate::core::rules::title::title_missing_brand::is_generic;
use crate::core::rules::words::Words;
use crate::tr;

/// Key attributes, in the order one is chosen: what buyers compare first (a phone's memory, a
/// perfume's volume, a bag of food's weight), then size and colour.
pub const KEY_ATTRIBUTES: &[&str] = &[
    "CAPACITY", "INTERNAL_MEMORY", "VOLUME", "NET_VOLUME", "NET_WEIGHT", "WEIGHT", "SIZE", "COLOR", "MAIN_COLOR",
];

/// Leaf names that are not a product ("Otros", "Accesorios").
const NOT_A_PRODUCT: &[&str] = &["otros", "otras", "accesorios", "repuestos", "kits", "sets", "combos"];

/// The product word of a category name, in the singular: "Celulares y Smartphones" → "Celular",
/// "Perfumes" → "Perfume", "Pantalones" → "Pantalón", "Alimento" → "Alimento".
pub fn product_word(category_name: &str) -> Option<String> {
    let first = category_name.split_whitespace().next()?.trim_matches(|c: char| !c.is_alphanumeric());
    if first.is_empty() || NOT_A_PRODUCT.contains(&fold(first).as_str()) {
        return None;
    }
    Some(singular(first))
}

/// Spanish plural to singular for the common endings of category names.
fn singular(word: &str) -> String {
    let lower = word.to_lowercase();
    let cut = |n: usize| word.get(..word.len() - n).unwrap_or(word).to_string();
    if let Some(stem) = lower.strip_suffix("ones") {
        if !stem.is_empty() {
            return format!("{}ón", cut(4));
        }
    }
    if lower.ends_with("ces") {
        return format!("{}z", cut(3));
    }
    if lower.ends_with("es") && lower.len() > 3 && matches!(lower.chars().rev().nth(2), Some('l' | 'r' | 'n' | 'd' | 'j')) {
        return cut(2);
    }
    if lower.ends_with('s') && matches!(lower.chars().rev().nth(1), Some('a' | 'e' | 'i' | 'o' | 'u')) {
        return cut(1);
    }
    word.to_string()
}

/// The first key attribute the listing has.
pub fn key_attribute(listing: &Listing) -> Option<&str> {
    KEY_ATTRIBUTES.iter().find_map(|id| listing.attribute(id)).filter(|v| !is_generic(v))
}

/// Product + brand + model + key attribute, without repeating what an earlier part already
/// says, dropping the key attribute and then the model to fit `max_chars`. `None` without a
/// product or a brand, or when even product + brand do not fit.
pub fn compose(product: &str, listing: &Listing, max_chars: usize) -> Option<String> {
    let brand = listing.attribute(attr::BRAND).filter(|b| !is_generic(b))?;
    let product = product.trim();
    if product.is_empty() {
        return None;
    }
    let model = listing.attribute(attr::MODEL).filter(|m| !is_generic(m));
    // A model that already names the brand ("Samsung Galaxy A15") stands for both.
    let brand = if model.is_some_and(|m| Words::of(m).mentions(brand)) { model.unwrap_or(brand) } else { brand };
    let key = key_attribute(listing);
    let build = |parts: &[Option<&str>]| {
        let mut title = String::new();
        for part in parts.iter().flatten() {
            if title.is_empty() || !Words::of(&title).mentions(part) {
                if !title.is_empty() {
                    title.push(' ');
                }
                title.push_str(part);
            }
        }
        title
    };
    [vec![Some(product), Some(brand), model, key], vec![Some(product), Some(brand), model], vec![Some(product), Some(brand)]]
        .iter()
        .map(|parts| build(parts))
        .find(|t| t.chars().count() <= max_chars)
}

/// The product word for this listing: its category's, else the first word of its title.
fn product_for(cx: &Context<'_>) -> Option<String> {
    let from_category = cx.category().and_then(|i| cx.engine.catalog.tree.node(i)).and_then(|n| product_word(&n.name));
    from_category.or_else(|| {
        let title = cx.listing.title.trim();
        let first = title.split_whitespace().next()?;
        let brand = cx.listing.attribute(attr::BRAND).unwrap_or("");
        (fold(first) != fold(brand)).then(|| first.to_string())
    })
}

/// The "Armar título" fix, when a built title differs from the one typed.
pub fn build_title_fix(cx: &Context<'_>) -> Option<Fix> {
    let product = product_for(cx)?;
    let title = compose(&product, cx.listing, cx.max_title_chars())?;
    if fold(&title) == fold(cx.listing.title.trim()) {
        return None;
    }
    Some(Fix {
        label: tr!("Armar título: «{title}»", "Build title: “{title}”"),
        applicability: Applicability::NeedsReview,
        edits: vec![Edit { field: "title".into(), value: title }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_names_give_a_singular_product_word() {
        let cases = [
            ("Celulares y Smartphones", "Celular"),
            ("Perfumes", "Perfume"),
            ("Pantalones", "Pantalón"),
            ("Alimento", "Alimento"),
            ("Labiales", "Labial"),
            ("Zapatillas", "Zapatilla"),
            ("Auriculares", "Auricular"),
            ("Luces", "Luz"),
            ("Té", "Té"),
        ];
        for (name, word) in cases {
            assert_eq!(product_word(name).as_deref(), Some(word), "{name}");
        }
        assert_eq!(product_word("Otros"), None);
    }
}
