//! What the engine reports: a diagnostic names the rule, the field, the problem and, where it is
//! safe to do so, a fix the UI can apply with one click.

use crate::core::text::Text;
use serde::{Deserialize, Serialize};

/// How much a problem matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Mercado Libre would reject the listing, or the buyer cannot buy.
    Error,
    /// Hurts quality or sales.
    Warning,
    /// A suggestion.
    Tip,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Tip => "tip",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Severity::Error => Text::new("Error", "Error"),
            Severity::Warning => Text::new("Advertencia", "Warning"),
            Severity::Tip => Text::new("Sugerencia", "Tip"),
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" | "advertencia" => Some(Severity::Warning),
            "tip" | "info" | "sugerencia" => Some(Severity::Tip),
            _ => None,
        }
    }
}

/// Whether a fix can be applied without the seller reading it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Cannot change the meaning of the listing (e.g. trimming spaces).
    Safe,
    /// Probably right, but the seller must look (e.g. changing the category).
    NeedsReview,
}

/// One change to a listing, addressed by field path (see [`crate::core::listing::field`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub field: String,
    pub value: String,
}

/// A fix is data: a label and the edits, so the UI and the CLI apply it the same way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub label: Text,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

/// One problem found in one listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable rule code, e.g. "TI001".
    pub code: String,
    /// Kebab-case rule name naming the bad pattern, e.g. "title-too-long".
    pub name: String,
    pub severity: Severity,
    /// Field path, e.g. "title", "attributes.BRAND", "pictures[0]".
    pub field: String,
    pub message: Text,
    pub help: Text,
    pub fix: Option<Fix>,
}
