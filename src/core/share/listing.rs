//! A listing as it travels in a link. Its own wire type, not [`Listing`]'s serde form: postcard
//! writes fields by position, so the link format stays fixed (and versioned by the envelope)
//! whatever the editor's model gains later.
//!
//! Local photos stay behind: a picture's width, height, size, format and white-border
//! measurement travel, so the recipient's check is the same; the image and its file name do not.
//! A picture given by web address (an imported Mercado Libre item) keeps its address.

use super::envelope::{self, Kind, LinkError};
use crate::core::listing::{Address, Listing, Picture, Shipping};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct ListingWire {
    id: String,
    title: String,
    category_id: String,
    price: String,
    currency_id: String,
    available_quantity: String,
    buying_mode: String,
    listing_type_id: String,
    condition: String,
    pictures: Vec<PictureWire>,
    description: String,
    attributes: Vec<(String, String)>,
    sale_terms: Vec<(String, String)>,
    warranty: String,
    shipping: ShippingWire,
    city: String,
    state: String,
}

#[derive(Serialize, Deserialize)]
struct PictureWire {
    /// Only a web address; empty for a local photo.
    url: String,
    width: Option<u32>,
    height: Option<u32>,
    bytes: Option<u64>,
    format: Option<String>,
    white_border: Option<bool>,
}

#[derive(Serialize, Deserialize)]
struct ShippingWire {
    mode: String,
    dimensions: String,
    weight: String,
    length: String,
    width: String,
    height: String,
    free_shipping: Option<bool>,
    local_pick_up: Option<bool>,
}

/// True for a picture the recipient can fetch too (`http://`, `https://`).
fn is_web_address(source: &str) -> bool {
    let s = source.trim_start().to_ascii_lowercase();
    s.starts_with("https://") || s.starts_with("http://")
}

/// The name a travelled local photo gets: "foto-2.jpg" (its measurements are what the check uses).
fn local_name(position: usize, format: Option<&str>) -> String {
    format!("foto-{}.{}", position + 1, format.filter(|f| !f.is_empty() && f.len() <= 8).unwrap_or("jpg"))
}

/// The listing as the recipient will see it: what the link carries, and nothing else. Sealing
/// this and opening the link give back the same listing.
pub fn as_travelled(listing: &Listing) -> Listing {
    from_wire(to_wire(listing))
}

fn to_wire(l: &Listing) -> ListingWire {
    let s = &l.shipping;
    ListingWire {
        id: l.id.clone(),
        title: l.title.clone(),
        category_id: l.category_id.clone(),
        price: l.price.clone(),
        currency_id: l.currency_id.clone(),
        available_quantity: l.available_quantity.clone(),
        buying_mode: l.buying_mode.clone(),
        listing_type_id: l.listing_type_id.clone(),
        condition: l.condition.clone(),
        pictures: l
            .pictures
            .iter()
            .map(|p| PictureWire {
                url: if is_web_address(&p.source) { p.source.clone() } else { String::new() },
                width: p.width,
                height: p.height,
                bytes: p.bytes,
                format: p.format.clone(),
                white_border: p.white_border,
            })
            .collect(),
        description: l.description.clone(),
        attributes: l.attributes.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        sale_terms: l.sale_terms.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        warranty: l.warranty.clone(),
        shipping: ShippingWire {
            mode: s.mode.clone(),
            dimensions: s.dimensions.clone(),
            weight: s.weight.clone(),
            length: s.length.clone(),
            width: s.width.clone(),
            height: s.height.clone(),
            free_shipping: s.free_shipping,
            local_pick_up: s.local_pick_up,
        },
        city: l.seller_address.city.clone(),
        state: l.seller_address.state.clone(),
    }
}

fn from_wire(w: ListingWire) -> Listing {
    let s = w.shipping;
    Listing {
        id: w.id,
        title: w.title,
        category_id: w.category_id,
        price: w.price,
        currency_id: w.currency_id,
        available_quantity: w.available_quantity,
        buying_mode: w.buying_mode,
        listing_type_id: w.listing_type_id,
        condition: w.condition,
        pictures: w
            .pictures
            .into_iter()
            .enumerate()
            .map(|(i, p)| Picture {
                source: if p.url.is_empty() { local_name(i, p.format.as_deref()) } else { p.url },
                width: p.width,
                height: p.height,
                bytes: p.bytes,
                format: p.format,
                white_border: p.white_border,
            })
            .collect(),
        description: w.description,
        attributes: w.attributes.into_iter().collect(),
        sale_terms: w.sale_terms.into_iter().collect(),
        warranty: w.warranty,
        shipping: Shipping {
            mode: s.mode,
            dimensions: s.dimensions,
            weight: s.weight,
            length: s.length,
            width: s.width,
            height: s.height,
            free_shipping: s.free_shipping,
            local_pick_up: s.local_pick_up,
        },
        seller_address: Address { city: w.city, state: w.state },
    }
}

/// The link text for a listing (what follows `#compartido=`).
pub fn seal(listing: &Listing) -> String {
    envelope::seal(Kind::Listing, &postcard::to_allocvec(&to_wire(listing)).unwrap_or_default())
}

/// The listing a link text carries.
pub fn open(text: &str) -> Result<Listing, LinkError> {
    let payload = envelope::open(Kind::Listing, text)?;
    let wire: ListingWire = postcard::from_bytes(&payload).map_err(|_| LinkError::Unreadable)?;
    Ok(from_wire(wire))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing() -> Listing {
        let mut l = Listing { title: "Chompa de alpaca tejida a mano talla M".into(), price: "35,00".into(), ..Listing::default() };
        l.pictures = vec![
            Picture { source: "mi-foto-secreta.png".into(), width: Some(1200), height: Some(900), bytes: Some(250_000), format: Some("png".into()), white_border: Some(true) },
            Picture { source: "https://http2.mlstatic.com/D_123.jpg".into(), width: None, ..Picture::default() },
        ];
        l.attributes.insert("BRAND".into(), "Andina".into());
        l.seller_address.city = "Otavalo".into();
        l.shipping.weight = "0,4 kg".into();
        l
    }

    #[test]
    fn a_listing_travels_with_its_measurements_not_its_photos() {
        let original = listing();
        let text = seal(&original);
        assert!(!text.contains("secreta"));
        let opened = open(&text).unwrap();
        assert_eq!(opened.pictures[0].source, "foto-1.png");
        assert_eq!((opened.pictures[0].width, opened.pictures[0].bytes, opened.pictures[0].white_border), (Some(1200), Some(250_000), Some(true)));
        assert_eq!(opened.pictures[1].source, "https://http2.mlstatic.com/D_123.jpg");
        let mut expected = original.clone();
        expected.pictures[0].source = "foto-1.png".into();
        assert_eq!(opened, expected);
        assert_eq!(as_travelled(&original), expected);
    }

    #[test]
    fn a_profile_link_is_not_a_listing() {
        let profile = envelope::seal(Kind::Profile, b"x");
        assert_eq!(open(&profile), Err(LinkError::WrongKind));
        // Intact envelope, payload that is not a listing.
        assert_eq!(open(&envelope::seal(Kind::Listing, &[200, 200, 200])), Err(LinkError::Unreadable));
    }
}
