//! `TI`: title rules.
pub mod compose;
pub mod missing_title;
pub mod title_all_caps;
pub mod title_contact_data;
pub mod title_missing_brand;
pub mod title_missing_model;
pub mod title_promotional_words;
pub mod title_repeated_punctuation_or_emoji;
pub mod title_too_long;
pub mod title_too_short;
