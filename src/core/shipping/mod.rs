//! Shipping eligibility for Ecuador: which of same day, national courier and Galápagos a
//! package can use, why not, and what each destination region can expect. The numbers live in
//! a [`ShippingProfile`] (embedded default, loadable JSON) that says which are documented, which
//! are another country's figures and which are assumptions.

pub mod distance;
pub mod evaluate;
pub mod fields;
pub mod letter_columns;
pub mod places;
pub mod plausible;
pub mod profile;
pub mod restricted;
pub mod sketch;

pub use evaluate::{evaluate, OversizedBox, Package, Reason, ReasonKind, RegionPromise, ShippingReport, Status, Verdict};
pub use places::{MatchKind, OriginMatch};
pub use profile::{Basis, Limit, Mode, ModeLimits, ShippingProfile};
pub use restricted::RestrictedHit;
