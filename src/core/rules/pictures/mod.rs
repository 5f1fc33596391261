//! `PI`: picture rules.
pub mod cover_not_white_background;
pub mod few_pictures;
pub mod missing_pictures;
pub mod picture_below_recommended;
pub mod picture_format;
pub mod picture_too_heavy;
pub mod picture_too_small;
