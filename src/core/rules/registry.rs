//! Every rule, in code order. One line per rule.

use super::rule::Rule;
use super::{category, listing, shipping, title};

static RULES: &[&dyn Rule] = &[
    &category::missing_category::MissingCategory,
    &category::unknown_category::UnknownCategory,
    &category::category_not_leaf::CategoryNotLeaf,
    &category::category_mismatch::CategoryMismatch,
    &category::missing_required_attribute::MissingRequiredAttribute,
    &category::attribute_value_not_allowed::AttributeValueNotAllowed,
    &category::missing_gtin_for_new_product::MissingGtinForNewProduct,
    &listing::missing_price::MissingPrice,
    &shipping::missing_package_weight::MissingPackageWeight,
    &shipping::missing_package_dimensions::MissingPackageDimensions,
    &shipping::package_unreadable::PackageUnreadable,
    &shipping::package_over_courier_limits::PackageOverCourierLimits,
    &shipping::box_too_big_for_weight::BoxTooBigForWeight,
    &shipping::restricted_item::RestrictedItem,
    &shipping::origin_city_unknown::OriginCityUnknown,
    &shipping::same_day_unavailable_from_origin::SameDayUnavailableFromOrigin,
    &shipping::package_unrealistically_small::PackageUnrealisticallySmall,
    &title::title_too_long::TitleTooLong,
];

/// All rules, in code order.
pub fn all() -> &'static [&'static dyn Rule] {
    RULES
}

/// The rule with this code (case-insensitive).
pub fn by_code(code: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().code.eq_ignore_ascii_case(code.trim()))
}
