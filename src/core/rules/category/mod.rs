//! `CA`: category fit. The listing must name a leaf category of the tree, the title must fit it,
//! and the category's required attributes (and GTIN for new products) must be there.
pub mod attribute_value_not_allowed;
pub mod category_mismatch;
pub mod category_not_leaf;
pub mod missing_category;
pub mod missing_gtin_for_new_product;
pub mod missing_required_attribute;
pub mod unknown_category;
