//! "Así te verá Mercado Libre": the quality level Mercado Libre would show the seller, predicted
//! from the draft. Each of Mercado Libre's goals ([`goals::GOALS`]) is evaluated as met, not met,
//! or unknown (what a draft cannot say, such as the seller's instalment settings); unknown goals
//! are left out of the score. The score is 100 × the weight of met opportunities ÷ the weight of
//! the opportunities Listo could judge, minus the weight of each unmet warning; the level uses
//! the older health thresholds (Básica < 70 ≤ Estándar < 99 ≤ Profesional). The weights are
//! Listo's estimate: Mercado Libre does not publish them.
//!
//! Sources: Mercado Libre developers, "Calidad de publicaciones" (updated 31/01/2025) and
//! "Listings quality" for Global Selling (15/12/2025).

pub mod goals;

use crate::core::engine::{Context, QualityLevel};
use crate::core::listing::attr;
use crate::core::text::Text;
pub use goals::{Bucket, GoalDef, Kind, GOALS};
use serde::Serialize;

/// A goal's state on this draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Met,
    NotMet,
    Unknown,
}

impl GoalStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            GoalStatus::Met => "met",
            GoalStatus::NotMet => "not_met",
            GoalStatus::Unknown => "unknown",
        }
    }

    pub fn label(self) -> Text {
        match self {
            GoalStatus::Met => Text::new("cumplido", "met"),
            GoalStatus::NotMet => Text::new("pendiente", "not met"),
            GoalStatus::Unknown => Text::new("no se sabe", "unknown"),
        }
    }
}

/// One goal evaluated.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Goal {
    pub id: &'static str,
    pub bucket: Bucket,
    pub status: GoalStatus,
    /// The field to fill (more precise than the definition's when known: the first missing
    /// required attribute).
    pub field: String,
    /// The rule that checks that field, if any.
    pub rule: Option<&'static str>,
}

impl Goal {
    pub fn def(&self) -> Option<&'static GoalDef> {
        goals::by_id(self.id)
    }
}

/// The predicted quality.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MlQuality {
    /// 0–100, Listo's estimate.
    pub score: u8,
    pub level: QualityLevel,
    pub goals: Vec<Goal>,
}

/// Evaluates every goal on the listing the context holds.
pub fn evaluate(cx: &Context<'_>) -> MlQuality {
    let goals: Vec<Goal> = GOALS.iter().map(|def| judge(cx, def)).collect();
    let (score, level) = score(&goals);
    MlQuality { score, level, goals }
}

fn judge(cx: &Context<'_>, def: &'static GoalDef) -> Goal {
    use GoalStatus::{Met, NotMet, Unknown};
    let l = cx.listing;
    let mut field = def.field.to_string();
    let yes = |b: bool| if b { Met } else { NotMet };
    let status = match def.id {
        "HAS_GTIN" if l.attribute(attr::GTIN).is_some() => Met,
        // A product without a barcode, said so: the goal does not apply.
        "HAS_GTIN" if l.attribute("EMPTY_GTIN_REASON").is_some() => Unknown,
        "HAS_GTIN" => NotMet,
        "PICTURES_QUANTITY_MIN" => yes(l.pictures.len() >= 3),
        "TITLE_LENGTH_MIN" => yes(cx.title_words().len() >= 3),
        "TECHNICAL_SPECIFICATIONS_MAIN" => {
            let missing = [attr::BRAND, attr::MODEL].into_iter().find(|a| l.attribute(a).is_none());
            if let Some(a) = missing {
                field = format!("attributes.{a}");
            }
            yes(missing.is_none())
        }
        // How many attributes make a full technical sheet is not published: an editable default
        // (`limits.ts_main_min_attributes`).
        "TS_MAIN_QUANTITY" => {
            yes(l.attributes.values().filter(|v| !v.trim().is_empty()).count() >= cx.limits().ts_main_min_attributes)
        }
        "TS_MAIN_QUALITY_INCOMPLETE_REQUIRED" => match cx.category() {
            None => Unknown,
            Some(_) => {
                let missing = cx.category_settings().required.iter().find(|r| l.attribute(r.id).is_none()).map(|r| r.id);
                if let Some(id) = missing {
                    field = format!("attributes.{id}");
                }
                yes(missing.is_none())
            }
        },
        "FREE_SHIPPING" => l.shipping.free_shipping.map_or(Unknown, yes),
        "MERCADO_ENVIOS" => match l.shipping.mode.trim() {
            "" => Unknown,
            mode => yes(mode.eq_ignore_ascii_case("me2")),
        },
        "STOCK_DEPOSITO" => cx.facts.quantity.map_or(Unknown, |q| yes(q >= 2)),
        "STOCK_AVAILABILITY_TIME" => match l.sale_term("MANUFACTURING_TIME") {
            None => Met,
            Some(t) => yes(t.chars().filter(char::is_ascii_digit).all(|c| c == '0')),
        },
        // FINANCING: instalments are the seller's account settings, not in the item.
        _ => Unknown,
    };
    Goal { id: def.id, bucket: def.bucket, status, field, rule: def.rule }
}

/// Score and level from the evaluated goals (see the module docs).
pub fn score(goals: &[Goal]) -> (u8, QualityLevel) {
    let (mut met, mut known, mut penalty) = (0u32, 0u32, 0u32);
    for g in goals {
        let Some(def) = g.def() else { continue };
        match (def.kind, g.status) {
            (_, GoalStatus::Unknown) => {}
            (Kind::Opportunity, s) => {
                known += def.weight;
                met += if s == GoalStatus::Met { def.weight } else { 0 };
            }
            (Kind::Warning, GoalStatus::NotMet) => penalty += def.weight,
            (Kind::Warning, GoalStatus::Met) => {}
        }
    }
    let base = (100 * met + known / 2).checked_div(known).unwrap_or(0);
    let score = base.saturating_sub(penalty).min(100) as u8;
    let level = match score {
        0..=69 => QualityLevel::Basica,
        70..=98 => QualityLevel::Estandar,
        _ => QualityLevel::Profesional,
    };
    (score, level)
}
