//! One component per file.
pub mod category_attributes;
pub mod category_card;
pub mod drafts_bar;
pub mod editor_form;
pub mod field;
pub mod header;
pub mod install_button;
pub mod live_panel;
pub mod ml_error_panel;
pub mod ml_quality_card;
pub mod pictures;
pub mod rules_page;
pub mod share;
pub mod shipping_card;
pub mod storage_notice;
pub mod update_banner;
pub mod verdict_slot;
