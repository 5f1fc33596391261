//! Every rule, in code order. One line per rule.

use super::rule::{Describe, Rule, RuleMeta};
use super::{attributes, category, description, health, listing, pictures, shipping, title, warranty};

/// Declares the list once: the rules with their checks (for the engine) and their metadata alone
/// (for the rules module, which lists the rules without carrying every check's code). The rules
/// after `late:` are the category (CA) and shipping (SH) rules: the app's first load is built
/// without them (feature `verdicts`) and they arrive with the verdicts module.
macro_rules! rules {
    ($($rule:path),* ; late: $($late:path),* $(,)?) => {
        /// The rules every build checks at once.
        static EARLY: &[&dyn Rule] = &[$(&$rule),*];
        #[cfg(feature = "verdicts")]
        static LATE: &[&dyn Rule] = &[$(&$late),*];
        #[cfg(not(feature = "verdicts"))]
        static LATE: &[&dyn Rule] = &[];

        /// Every rule's metadata, in code order, without the checks (the late ones included: the
        /// rules page lists them all).
        pub fn metas() -> Vec<&'static RuleMeta> {
            let mut metas = vec![$(Describe::meta(&$rule),)* $(Describe::meta(&$late)),*];
            metas.sort_by_key(|m| m.code);
            metas
        }
    };
}

rules![
    attributes::invalid_gtin::InvalidGtin,
    description::missing_description::MissingDescription,
    description::description_html::DescriptionHtml,
    description::description_contact_data::DescriptionContactData,
    description::description_too_short::DescriptionTooShort,
    description::description_copies_title::DescriptionCopiesTitle,
    health::health_claims::HealthClaims,
    health::medicine_listing::MedicineListing,
    health::missing_sanitary_notification::MissingSanitaryNotification,
    listing::missing_price::MissingPrice,
    listing::price_unreadable::PriceUnreadable,
    listing::price_not_positive::PriceNotPositive,
    listing::price_implausible::PriceImplausible,
    listing::currency_not_usd::CurrencyNotUsd,
    listing::missing_quantity::MissingQuantity,
    listing::quantity_invalid::QuantityInvalid,
    listing::missing_condition::MissingCondition,
    listing::missing_listing_type::MissingListingType,
    listing::missing_buying_mode::MissingBuyingMode,
    pictures::missing_pictures::MissingPictures,
    pictures::picture_too_small::PictureTooSmall,
    pictures::picture_below_recommended::PictureBelowRecommended,
    pictures::picture_too_heavy::PictureTooHeavy,
    pictures::picture_format::PictureFormat,
    pictures::few_pictures::FewPictures,
    pictures::cover_not_white_background::CoverNotWhiteBackground,
    title::missing_title::MissingTitle,
    title::title_too_long::TitleTooLong,
    title::title_too_short::TitleTooShort,
    title::title_all_caps::TitleAllCaps,
    title::title_promotional_words::TitlePromotionalWords,
    title::title_contact_data::TitleContactData,
    title::title_repeated_punctuation_or_emoji::TitleRepeatedPunctuationOrEmoji,
    title::title_missing_brand::TitleMissingBrand,
    title::title_missing_model::TitleMissingModel,
    warranty::missing_warranty::MissingWarranty,
    warranty::warranty_time_unreadable::WarrantyTimeUnreadable,
    warranty::warranty_type_without_time::WarrantyTypeWithoutTime;
    late:
    category::missing_category::MissingCategory,
    category::unknown_category::UnknownCategory,
    category::category_not_leaf::CategoryNotLeaf,
    category::category_mismatch::CategoryMismatch,
    category::missing_required_attribute::MissingRequiredAttribute,
    category::attribute_value_not_allowed::AttributeValueNotAllowed,
    category::missing_gtin_for_new_product::MissingGtinForNewProduct,
    shipping::missing_package_weight::MissingPackageWeight,
    shipping::missing_package_dimensions::MissingPackageDimensions,
    shipping::package_unreadable::PackageUnreadable,
    shipping::package_over_courier_limits::PackageOverCourierLimits,
    shipping::box_too_big_for_weight::BoxTooBigForWeight,
    shipping::restricted_item::RestrictedItem,
    shipping::origin_city_unknown::OriginCityUnknown,
    shipping::same_day_unavailable_from_origin::SameDayUnavailableFromOrigin,
    shipping::package_unrealistically_small::PackageUnrealisticallySmall,
];

/// Every rule this build checks, in code order.
pub fn all() -> Vec<&'static dyn Rule> {
    let mut rules: Vec<&'static dyn Rule> = EARLY.iter().chain(LATE).copied().collect();
    rules.sort_by_key(|r| r.meta().code);
    rules
}

/// The rule with this code (case-insensitive).
pub fn by_code(code: &str) -> Option<&'static dyn Rule> {
    EARLY.iter().chain(LATE).copied().find(|r| r.meta().code.eq_ignore_ascii_case(code.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_in_order() {
        let codes: Vec<&str> = all().iter().map(|r| r.meta().code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted);
    }

    #[test]
    fn metas_list_every_rule_in_order() {
        let codes: Vec<&str> = metas().iter().map(|m| m.code).collect();
        let checked: Vec<&str> = all().iter().map(|r| r.meta().code).collect();
        assert_eq!(codes, checked);
    }
}
