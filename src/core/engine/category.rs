//! What the category rules (and the title-length rule) read about the listing's category, through
//! [`Context`]: the category's node in the catalog, its settings, and the suggestions for the
//! title, computed once per check and only when a rule asks.

use super::Context;
use crate::core::catalog::classify::Classification;
use crate::core::catalog::settings::Settings;
use crate::core::listing::attr;

impl Context<'_> {
    /// The node of the listing's `category_id` in the catalog, if it is there.
    pub fn category(&self) -> Option<u32> {
        let id = self.listing.category_id.trim();
        if id.is_empty() {
            return None;
        }
        self.engine.catalog.tree.find(id)
    }

    /// The settings of the listing's category (empty when the category is unknown).
    pub fn category_settings(&self) -> Settings {
        self.category().map(|i| self.engine.catalog.settings(i)).unwrap_or_default()
    }

    /// Category suggestions for the title, with brand and model (they often name the product
    /// line). The UI's category card reads the same text.
    pub fn classification(&self) -> &Classification {
        self.classification.get_or_init(|| {
            let mut text = self.listing.title.clone();
            for id in [attr::BRAND, attr::MODEL] {
                if let Some(v) = self.listing.attribute(id) {
                    text.push(' ');
                    text.push_str(v);
                }
            }
            self.engine.catalog.classify(&text)
        })
    }
}
