//! `SH`: shipping rules. They read the shipping evaluation the engine runs once per check
//! ([`crate::core::shipping::evaluate`]) through `cx.shipping`, so no rule re-evaluates.
pub mod box_too_big_for_weight;
pub mod missing_package_dimensions;
pub mod missing_package_weight;
pub mod origin_city_unknown;
pub mod package_over_courier_limits;
pub mod package_unreadable;
pub mod package_unrealistically_small;
pub mod restricted_item;
pub mod same_day_unavailable_from_origin;

use crate::core::engine::Context;

/// The field that holds the package's size: the ML string, or the length field of the form.
pub(crate) fn dims_field(cx: &Context<'_>) -> &'static str {
    if cx.facts.package_field == "shipping.dimensions" {
        "shipping.dimensions"
    } else {
        "shipping.length"
    }
}

/// The field that holds the package's weight.
pub(crate) fn weight_field(cx: &Context<'_>) -> &'static str {
    if cx.facts.package_field == "shipping.dimensions" {
        "shipping.dimensions"
    } else {
        "shipping.weight"
    }
}
