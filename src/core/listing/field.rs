//! Field paths, as diagnostics and fixes name them: `title`, `attributes.BRAND`,
//! `sale_terms.WARRANTY_TIME`, `shipping.weight`, `seller_address.city`, `pictures[0]`.

use super::Listing;
use crate::core::text::Text;

/// Reads a text field by path. Pictures are not text fields and give `None`.
pub fn get(listing: &Listing, path: &str) -> Option<String> {
    let value = match path {
        "id" => &listing.id,
        "title" => &listing.title,
        "category_id" => &listing.category_id,
        "price" => &listing.price,
        "currency_id" => &listing.currency_id,
        "available_quantity" => &listing.available_quantity,
        "buying_mode" => &listing.buying_mode,
        "listing_type_id" => &listing.listing_type_id,
        "condition" => &listing.condition,
        "description" => &listing.description,
        "warranty" => &listing.warranty,
        "shipping.mode" => &listing.shipping.mode,
        "shipping.dimensions" => &listing.shipping.dimensions,
        "shipping.weight" => &listing.shipping.weight,
        "shipping.length" => &listing.shipping.length,
        "shipping.width" => &listing.shipping.width,
        "shipping.height" => &listing.shipping.height,
        "seller_address.city" => &listing.seller_address.city,
        "seller_address.state" => &listing.seller_address.state,
        _ => {
            if let Some(id) = path.strip_prefix("attributes.") {
                return Some(listing.attributes.get(id).cloned().unwrap_or_default());
            }
            if let Some(id) = path.strip_prefix("sale_terms.") {
                return Some(listing.sale_terms.get(id).cloned().unwrap_or_default());
            }
            return None;
        }
    };
    Some(value.clone())
}

/// Writes a text field by path. An empty value removes an attribute or sale term.
pub fn set(listing: &mut Listing, path: &str, value: String) -> Result<(), Text> {
    let slot = match path {
        "id" => &mut listing.id,
        "title" => &mut listing.title,
        "category_id" => &mut listing.category_id,
        "price" => &mut listing.price,
        "currency_id" => &mut listing.currency_id,
        "available_quantity" => &mut listing.available_quantity,
        "buying_mode" => &mut listing.buying_mode,
        "listing_type_id" => &mut listing.listing_type_id,
        "condition" => &mut listing.condition,
        "description" => &mut listing.description,
        "warranty" => &mut listing.warranty,
        "shipping.mode" => &mut listing.shipping.mode,
        "shipping.dimensions" => &mut listing.shipping.dimensions,
        "shipping.weight" => &mut listing.shipping.weight,
        "shipping.length" => &mut listing.shipping.length,
        "shipping.width" => &mut listing.shipping.width,
        "shipping.height" => &mut listing.shipping.height,
        "seller_address.city" => &mut listing.seller_address.city,
        "seller_address.state" => &mut listing.seller_address.state,
        _ => {
            let map = if let Some(id) = path.strip_prefix("attributes.") {
                Some((&mut listing.attributes, id))
            } else {
                path.strip_prefix("sale_terms.").map(|id| (&mut listing.sale_terms, id))
            };
            let Some((map, id)) = map.filter(|(_, id)| !id.is_empty()) else {
                return Err(Text::new(format!("Campo desconocido: {path}"), format!("Unknown field: {path}")));
            };
            if value.trim().is_empty() {
                map.remove(id);
            } else {
                map.insert(id.to_string(), value);
            }
            return Ok(());
        }
    };
    *slot = value;
    Ok(())
}

/// Applies a fix's edits in order; stops at the first unknown field.
pub fn apply(listing: &mut Listing, edits: &[crate::core::diagnostic::Edit]) -> Result<(), Text> {
    for edit in edits {
        set(listing, &edit.field, edit.value.clone())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_text_path() {
        let paths = [
            "title", "price", "attributes.BRAND", "sale_terms.WARRANTY_TIME", "shipping.weight", "seller_address.city",
        ];
        let mut listing = Listing::default();
        for path in paths {
            set(&mut listing, path, format!("v-{path}")).unwrap();
            assert_eq!(get(&listing, path).as_deref(), Some(format!("v-{path}").as_str()));
        }
        set(&mut listing, "attributes.BRAND", String::new()).unwrap();
        assert!(!listing.attributes.contains_key("BRAND"));
        assert!(set(&mut listing, "nonsense", "x".into()).is_err());
        assert!(set(&mut listing, "attributes.", "x".into()).is_err());
    }
}
