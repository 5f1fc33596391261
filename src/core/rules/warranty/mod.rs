//! `WA`: warranty rules.
pub mod missing_warranty;
pub mod warranty_time_unreadable;
pub mod warranty_type_without_time;
