//! One component per file.
pub mod drafts_bar;
pub mod editor_form;
pub mod field;
pub mod header;
pub mod live_panel;
pub mod pictures;
pub mod rules_page;
pub mod shipping_card;
pub mod storage_notice;
