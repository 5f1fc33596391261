//! The listing as the seller edits it. Field names mirror Mercado Libre's item JSON so a real
//! exported item can be checked as is; values a seller types (price, quantity, package) are kept
//! as the text they typed, because rewriting it under the cursor loses work. Parsing happens in
//! [`crate::core::parse`] and its failures become diagnostics, never panics.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One product listing (a draft or an imported Mercado Libre item).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Listing {
    /// Mercado Libre item id when imported (e.g. "MEC123"); empty for drafts.
    pub id: String,
    pub title: String,
    pub category_id: String,
    /// As typed: "12,50", "$12.50", "USD 15".
    pub price: String,
    pub currency_id: String,
    /// As typed: "3".
    pub available_quantity: String,
    pub buying_mode: String,
    pub listing_type_id: String,
    pub condition: String,
    pub pictures: Vec<Picture>,
    /// Plain text.
    pub description: String,
    /// Attribute id (BRAND, MODEL, COLOR, SIZE, GTIN, …) → value.
    pub attributes: BTreeMap<String, String>,
    /// WARRANTY_TYPE, WARRANTY_TIME.
    pub sale_terms: BTreeMap<String, String>,
    /// Older items carry free text here instead of sale terms.
    pub warranty: String,
    pub shipping: Shipping,
    pub seller_address: Address,
}

/// What is known about one picture. Sizes are the original resolution.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Picture {
    /// File name, URL or Mercado Libre picture id.
    pub source: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub bytes: Option<u64>,
    /// Lower-case format: "jpg", "png", "webp", …
    pub format: Option<String>,
    /// True when the browser measured the cover's border as near-white.
    pub white_border: Option<bool>,
}

/// Shipping data. The package may come as Mercado Libre's `dimensions` string
/// ("LxWxH,grams") or as the four fields a seller types in the form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Shipping {
    /// me1, me2, custom, not_specified.
    pub mode: String,
    /// As the API writes it: "30x20x10,500" (cm and grams).
    pub dimensions: String,
    /// As typed: "1,2 kg", "500 g".
    pub weight: String,
    /// As typed: "30 cm", "0.3 m".
    pub length: String,
    pub width: String,
    pub height: String,
    pub free_shipping: Option<bool>,
    pub local_pick_up: Option<bool>,
}

/// Where the seller ships from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Address {
    pub city: String,
    pub state: String,
}

/// Attribute ids the core reads by name.
pub mod attr {
    pub const BRAND: &str = "BRAND";
    pub const MODEL: &str = "MODEL";
    pub const GTIN: &str = "GTIN";
    pub const WARRANTY_TYPE: &str = "WARRANTY_TYPE";
    pub const WARRANTY_TIME: &str = "WARRANTY_TIME";
}

impl Listing {
    /// A non-empty, trimmed attribute value.
    pub fn attribute(&self, id: &str) -> Option<&str> {
        self.attributes.get(id).map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    /// A non-empty, trimmed sale term value.
    pub fn sale_term(&self, id: &str) -> Option<&str> {
        self.sale_terms.get(id).map(|v| v.trim()).filter(|v| !v.is_empty())
    }
}
