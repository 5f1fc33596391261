//! `DE`: description rules.
pub mod description_contact_data;
pub mod description_copies_title;
pub mod description_html;
pub mod description_too_short;
pub mod missing_description;
