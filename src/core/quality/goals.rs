//! Mercado Libre's quality goals, as its listing-quality API (`/item/{id}/performance`, which
//! replaced `/health` in 2025) names them, in its two buckets. Each goal names the field a
//! seller fills to meet it and, where Listo has one, the rule that checks that field: one source
//! of truth, so the live panel's "Ir al campo" and "¿Por qué?" lead to the same places as the
//! diagnostics.
//!
//! The weights are **Listo's estimate**: Mercado Libre does not publish them.

use crate::core::text::Text;
use serde::Serialize;

/// Mercado Libre's buckets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Bucket {
    /// "Datos del producto".
    Characteristics,
    /// "Condiciones de venta".
    Offer,
}

impl Bucket {
    pub fn as_str(self) -> &'static str {
        match self {
            Bucket::Characteristics => "CHARACTERISTICS",
            Bucket::Offer => "OFFER",
        }
    }

    /// Mercado Libre's own Spanish wording; English second.
    pub fn label(self) -> Text {
        match self {
            Bucket::Characteristics => Text::new("Datos del producto", "Product data"),
            Bucket::Offer => Text::new("Condiciones de venta", "Sale conditions"),
        }
    }
}

/// Whether meeting a goal raises the score or missing it lowers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Raises the score when met.
    Opportunity,
    /// Lowers the score until fixed.
    Warning,
}

/// One goal: Mercado Libre's id, where it lives, and what fixes it.
#[derive(Debug)]
pub struct GoalDef {
    /// Mercado Libre's goal id ("PICTURES_QUANTITY_MIN").
    pub id: &'static str,
    pub bucket: Bucket,
    pub kind: Kind,
    pub label_es: &'static str,
    pub label_en: &'static str,
    /// Listo's estimate of the goal's weight (points of 100 for opportunities, points lost for
    /// a warning).
    pub weight: u32,
    /// The field that meets the goal (the default; an evaluation may name a more precise one).
    pub field: &'static str,
    /// The rule that checks that field, when Listo has one.
    pub rule: Option<&'static str>,
}

impl GoalDef {
    pub fn label(&self) -> Text {
        Text::new(self.label_es, self.label_en)
    }
}

const fn goal(
    id: &'static str,
    bucket: Bucket,
    kind: Kind,
    (label_es, label_en): (&'static str, &'static str),
    weight: u32,
    field: &'static str,
    rule: Option<&'static str>,
) -> GoalDef {
    GoalDef { id, bucket, kind, label_es, label_en, weight, field, rule }
}

use Bucket::{Characteristics as C, Offer as O};
use Kind::{Opportunity as Opp, Warning as Warn};

/// Every goal, in the order Mercado Libre lists them.
pub static GOALS: &[GoalDef] = &[
    goal("HAS_GTIN", C, Opp, ("Código universal de producto (GTIN)", "Universal product code (GTIN)"), 15, "attributes.GTIN", Some("CA007")),
    goal("PICTURES_QUANTITY_MIN", C, Opp, ("Al menos 3 fotos", "At least 3 pictures"), 15, "pictures", Some("PI006")),
    goal("TITLE_LENGTH_MIN", C, Opp, ("Título de al menos 3 palabras", "Title of at least 3 words"), 10, "title", Some("TI003")),
    goal("TECHNICAL_SPECIFICATIONS_MAIN", C, Opp, ("Ficha técnica: marca y modelo", "Technical sheet: brand and model"), 15, "attributes.BRAND", Some("CA005")),
    goal("TS_MAIN_QUANTITY", C, Opp, ("Ficha técnica con varias características", "Technical sheet with several attributes"), 10, "attributes", Some("CA005")),
    goal("TS_MAIN_QUALITY_INCOMPLETE_REQUIRED", C, Warn, ("Faltan características obligatorias", "Required attributes missing"), 20, "attributes", Some("CA005")),
    goal("FREE_SHIPPING", O, Opp, ("Envío gratis", "Free shipping"), 10, "shipping.free_shipping", None),
    goal("MERCADO_ENVIOS", O, Opp, ("Mercado Envíos", "Mercado Envíos"), 10, "shipping.mode", None),
    goal("FINANCING", O, Opp, ("Cuotas", "Instalments"), 5, "", None),
    goal("STOCK_DEPOSITO", O, Opp, ("Stock de 2 o más unidades", "Stock of 2 or more units"), 5, "available_quantity", Some("LI006")),
    goal("STOCK_AVAILABILITY_TIME", O, Opp, ("Disponible de inmediato", "Available at once"), 5, "sale_terms.MANUFACTURING_TIME", None),
];

/// The goal with this id.
pub fn by_id(id: &str) -> Option<&'static GoalDef> {
    GOALS.iter().find(|g| g.id == id)
}
