//! "Unrealistically small" packages: Mercado Libre rejects packaging that cannot hold the
//! product, e.g. a 2 cm box for a laptop. The product is recognised by the title's first words
//! (Spanish titles start with the product: "Laptop Lenovo…", but "Funda para laptop…" is a
//! sleeve) or by category id; its minimum plausible package is an editable default.

use super::places::normalize;
use crate::core::text::number;
use super::profile::Basis;
use super::restricted::find_phrase;
use crate::core::text::Text;
use serde::{Deserialize, Serialize};

/// The smallest package a kind of product plausibly ships in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinimumPackage {
    pub name: Text,
    /// Title words that name the product (matched at the start of the title, after words such
    /// as "nuevo" or "oferta").
    pub keywords: Vec<String>,
    /// Category ids or prefixes.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Sides sorted longest first, cm; each side of the package sorted the same way must reach it.
    pub min_sides_cm: [f64; 3],
    pub min_weight_g: f64,
    pub basis: Basis,
    pub source: String,
}

/// Title words that say the listing is an accessory, part or toy, not the product itself.
const NOT_THE_PRODUCT: &[&str] = &[
    "funda", "estuche", "case", "forro", "mochila", "maletin", "cargador", "repuesto", "repuestos",
    "soporte", "protector", "juguete", "miniatura", "adorno", "llavero", "sticker", "stickers",
    "skin", "cable", "control", "pantalla", "teclado", "bateria", "accesorio", "accesorios", "box",
    "stick", "antena", "presion", "arterial", "bebe",
];

/// Words a title may start with before naming the product ("Nuevo televisor…").
const QUALIFIERS: &[&str] = &["nuevo", "nueva", "oferta", "combo", "super", "gran", "excelente", "hermoso", "hermosa", "lindo", "linda", "original"];

/// A package below the plausible minimum for the product.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TooSmall {
    pub product: Text,
    pub min_sides_cm: [f64; 3],
    pub min_weight_g: f64,
    /// What is below the minimum, e.g. "2 cm < 15 cm".
    pub reasons: Vec<Text>,
}

fn sorted_desc(dims: [f64; 3]) -> [f64; 3] {
    let mut d = dims;
    d.sort_by(|a, b| b.total_cmp(a));
    d
}

/// Each minimum's keywords split into normalized words once, when the profile loads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlausibleIndex {
    keywords: Vec<Vec<Vec<String>>>,
}

impl PlausibleIndex {
    pub fn build(minimums: &[MinimumPackage]) -> PlausibleIndex {
        let split = |k: &String| normalize(k).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect::<Vec<_>>();
        PlausibleIndex { keywords: minimums.iter().map(|m| m.keywords.iter().map(split).filter(|k| !k.is_empty()).collect()).collect() }
    }
}

/// The product this listing sells, when it is one with a plausible minimum package.
pub fn product<'a>(
    minimums: &'a [MinimumPackage],
    index: &PlausibleIndex,
    title_words: &[&str],
    category_id: &str,
) -> Option<&'a MinimumPackage> {
    let category = category_id.trim();
    if !category.is_empty() {
        if let Some(m) = minimums.iter().find(|m| m.categories.iter().any(|c| !c.is_empty() && category.starts_with(c.as_str()))) {
            return Some(m);
        }
    }
    let start = title_words.iter().position(|w| !QUALIFIERS.contains(w)).unwrap_or(title_words.len());
    let head = title_words.get(start..).unwrap_or_default();
    let named = minimums
        .iter()
        .zip(&index.keywords)
        .find(|(_, keywords)| keywords.iter().any(|k| head.get(..k.len()).is_some_and(|h| find_phrase(h, k) == Some(0))))
        .map(|(m, _)| m)?;
    // Checked only when the title names a product: most titles name none, and this reads
    // every word against every entry.
    (!title_words.iter().any(|w| NOT_THE_PRODUCT.contains(w))).then_some(named)
}

/// Whether the package is below the product's minimum.
pub fn too_small(min: &MinimumPackage, dims: Option<[f64; 3]>, weight_g: Option<f64>) -> Option<TooSmall> {
    let mut reasons = Vec::new();
    if let Some(d) = dims {
        let got = sorted_desc(d);
        for (side, (g, m)) in got.iter().zip(min.min_sides_cm).enumerate() {
            if *g < m {
                let which = ["lado más largo", "lado intermedio", "lado más corto"].get(side).copied().unwrap_or("lado");
                let which_en = ["longest side", "middle side", "shortest side"].get(side).copied().unwrap_or("side");
                let (g, m) = (number(*g, 1), number(m, 1));
                let (g_es, m_es, g_en, m_en) = (&g.es, &m.es, &g.en, &m.en);
                reasons.push(crate::tr!("{which}: {g_es} cm, mínimo {m_es} cm", "{which_en}: {g_en} cm, minimum {m_en} cm"));
            }
        }
    }
    if let Some(w) = weight_g {
        let m = min.min_weight_g;
        if w < m {
            let (w, m) = (number(w, 0), number(m, 0));
            let (w_es, m_es, w_en, m_en) = (&w.es, &m.es, &w.en, &m.en);
            reasons.push(crate::tr!("peso: {w_es} g, mínimo {m_es} g", "weight: {w_en} g, minimum {m_en} g"));
        }
    }
    (!reasons.is_empty()).then(|| TooSmall { product: min.name.clone(), min_sides_cm: min.min_sides_cm, min_weight_g: min.min_weight_g, reasons })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipping::ShippingProfile;

    fn judge(title: &str, category: &str, dims: [f64; 3], weight: f64) -> Option<TooSmall> {
        let p = ShippingProfile::default();
        let n = normalize(title);
        let words: Vec<&str> = n.split(' ').collect();
        product(&p.data.plausible, &p.plausible, &words, category).and_then(|m| too_small(m, Some(dims), Some(weight)))
    }

    #[test]
    fn a_laptop_in_a_two_centimetre_box_is_flagged() {
        let flagged = judge("Laptop Lenovo IdeaPad 15 pulgadas", "", [35.0, 25.0, 2.0], 2000.0).unwrap();
        assert_eq!(flagged.reasons.len(), 1, "{flagged:?}");
        assert!(judge("Laptop Lenovo IdeaPad 15 pulgadas", "", [45.0, 32.0, 8.0], 2500.0).is_none());
        // Order of sides does not matter.
        assert!(judge("Laptop Lenovo IdeaPad", "", [8.0, 45.0, 32.0], 2500.0).is_none());
    }

    #[test]
    fn accessories_and_toys_are_not_the_product() {
        assert!(judge("Funda para laptop 15 pulgadas", "", [40.0, 30.0, 2.0], 200.0).is_none());
        assert!(judge("Refrigeradora de juguete", "", [10.0, 5.0, 5.0], 100.0).is_none());
        assert!(judge("Smart TV Samsung 50 pulgadas", "", [10.0, 5.0, 5.0], 100.0).is_some());
        assert!(judge("Mouse Logitech", "", [10.0, 5.0, 5.0], 100.0).is_none());
        // The product is named first; later words say what it is for.
        assert!(judge("Pedales de aluminio bicicleta", "", [10.0, 5.0, 5.0], 100.0).is_none());
        assert!(judge("Nuevo televisor LED 32 pulgadas", "", [10.0, 5.0, 5.0], 100.0).is_some());
    }

    #[test]
    fn category_ids_identify_the_product_too() {
        assert!(judge("Equipo portátil", "MEC1652", [10.0, 5.0, 1.0], 100.0).is_some());
    }
}
