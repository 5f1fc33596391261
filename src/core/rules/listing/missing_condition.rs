use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::fold::fold;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre requires the item's `condition`: `new`, `used` or `not_specified`. Buyers
    /// filter by it, and a missing or unknown value blocks publishing.
    ///
    /// When the seller wrote the condition in Spanish ("nuevo", "usado"), a safe fix writes the
    /// value Mercado Libre expects; it means the same.
    ///
    /// ## Bad example
    /// Condición: (vacío), or `seminuevo`
    ///
    /// ## Good example
    /// Condición: `new`
    ///
    /// ## Source
    /// Mercado Libre developers, items: required `condition`; category settings
    /// `item_conditions` (reference/listing-rules.md).
    pub MissingCondition {
        code: "LI008",
        name: "missing-condition",
        family: Listing,
        severity: Error,
        message: ("Falta la condición del producto", "The item condition is missing"),
        help: ("Indica si el producto es nuevo (new) o usado (used).", "Say whether the item is new or used."),
    }
}

const VALID: &[&str] = &["new", "used", "not_specified"];

/// Spanish and English words sellers use, and the value they mean.
fn meaning(folded: &str) -> Option<&'static str> {
    match folded {
        "nuevo" | "nueva" | "nuevos" | "new" => Some("new"),
        "usado" | "usada" | "usados" | "used" => Some("used"),
        "no especificado" | "not specified" | "not_specified" => Some("not_specified"),
        _ => None,
    }
}

impl Rule for MissingCondition {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let condition = cx.listing.condition.trim();
        if condition.is_empty() {
            out.report("condition");
            return;
        }
        if VALID.contains(&condition) {
            return;
        }
        let finding = out.report("condition");
        finding.message(tr!(
            "La condición «{condition}» no es válida; usa new, used o not_specified",
            "The condition “{condition}” is not valid; use new, used or not_specified"
        ));
        if let Some(value) = meaning(&fold(condition)) {
            finding.fix(Fix {
                label: tr!("Escribir «{value}»", "Write “{value}”"),
                applicability: Applicability::Safe,
                edits: vec![Edit { field: "condition".into(), value: value.into() }],
            });
        }
    }
}
