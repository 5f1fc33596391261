//! The seller's drafts: several listings, one open. Pure data so it is tested natively; the
//! browser side ([`super::storage`]) only moves the JSON in and out of localStorage.
//!
//! Never lose a draft: a stored value that cannot be read is not thrown away but returned as
//! `set_aside` so the app can keep it under another key and tell the seller.

use crate::core::listing::Listing;
use crate::core::text::Text;
use serde::{Deserialize, Serialize};

/// One draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub id: u64,
    pub name: String,
    pub listing: Listing,
}

/// A deleted draft kept for undo, with where it stood.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deleted {
    pub draft: Draft,
    pub position: usize,
}

/// All drafts and which one is open. Always holds at least one draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftBook {
    /// Format version of the stored JSON.
    pub version: u32,
    pub drafts: Vec<Draft>,
    pub current: u64,
    pub next_id: u64,
    /// The last deleted draft, for "Deshacer".
    #[serde(default)]
    pub deleted: Option<Deleted>,
}

pub const FORMAT_VERSION: u32 = 1;

/// What loading stored drafts gave.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub book: DraftBook,
    /// The stored text that could not be read, to keep aside and tell the seller about.
    pub set_aside: Option<String>,
    /// True when the set-aside text was written by a newer Listo (its `version` is above ours):
    /// reading it with this version could drop what it added, so it is kept untouched.
    pub newer: bool,
}

/// Just the format version of stored drafts, read even when the rest does not parse.
#[derive(Deserialize)]
struct VersionOnly {
    #[serde(default)]
    version: u32,
}

impl Default for DraftBook {
    fn default() -> Self {
        DraftBook {
            version: FORMAT_VERSION,
            drafts: vec![Draft { id: 1, name: default_name(1), listing: fresh_listing() }],
            current: 1,
            next_id: 2,
            deleted: None,
        }
    }
}

fn default_name(n: u64) -> String {
    format!("Borrador {n}")
}

/// A new draft: empty, but priced in US dollars (Ecuador's currency) and sold as "buy it now",
/// the only values a seller in Ecuador would choose.
pub fn fresh_listing() -> Listing {
    Listing { currency_id: "USD".into(), buying_mode: "buy_it_now".into(), ..Listing::default() }
}

impl DraftBook {
    /// Reads the stored JSON; anything unreadable starts a fresh book and is set aside.
    pub fn load(stored: Option<&str>) -> Loaded {
        let Some(text) = stored.filter(|t| !t.trim().is_empty()) else {
            return Loaded { book: DraftBook::default(), set_aside: None, newer: false };
        };
        let newer = serde_json::from_str::<VersionOnly>(text).is_ok_and(|v| v.version > FORMAT_VERSION);
        match serde_json::from_str::<DraftBook>(text) {
            Ok(book) if !newer => Loaded { book: book.repaired(), set_aside: None, newer },
            _ => Loaded { book: DraftBook::default(), set_aside: Some(text.to_string()), newer },
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Makes a book read from storage consistent: at least one draft, a valid current id, unique
    /// ids, and a next id above all of them.
    fn repaired(mut self) -> DraftBook {
        self.version = FORMAT_VERSION;
        let mut seen = std::collections::BTreeSet::new();
        let mut max = 0;
        for d in &mut self.drafts {
            while !seen.insert(d.id) {
                d.id += 1_000_000;
            }
            max = max.max(d.id);
        }
        if let Some(del) = &self.deleted {
            max = max.max(del.draft.id);
        }
        self.next_id = self.next_id.max(max + 1);
        if self.drafts.is_empty() {
            let id = self.next_id;
            self.next_id += 1;
            self.drafts.push(Draft { id, name: default_name(id), listing: fresh_listing() });
        }
        if !self.drafts.iter().any(|d| d.id == self.current) {
            self.current = self.drafts[0].id;
        }
        self
    }

    pub fn current(&self) -> &Listing {
        self.drafts.iter().find(|d| d.id == self.current).map(|d| &d.listing).unwrap_or(&EMPTY)
    }

    pub fn current_draft(&self) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == self.current)
    }

    pub fn set_current_listing(&mut self, listing: Listing) {
        if let Some(d) = self.drafts.iter_mut().find(|d| d.id == self.current) {
            d.listing = listing;
        }
    }

    fn take_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Adds an empty draft and opens it.
    pub fn new_draft(&mut self) -> u64 {
        let id = self.take_id();
        self.drafts.push(Draft { id, name: default_name(id), listing: fresh_listing() });
        self.current = id;
        id
    }

    /// Adds a draft holding `listing` (e.g. imported) and opens it.
    pub fn add(&mut self, name: String, listing: Listing) -> u64 {
        let id = self.take_id();
        let name = if name.trim().is_empty() { default_name(id) } else { name };
        self.drafts.push(Draft { id, name, listing });
        self.current = id;
        id
    }

    /// Copies the open draft, opens the copy.
    pub fn duplicate(&mut self, copy_suffix: &Text) -> Option<u64> {
        let original = self.current_draft()?.clone();
        let id = self.take_id();
        let name = format!("{} ({})", original.name, copy_suffix.es);
        let at = self.drafts.iter().position(|d| d.id == original.id).map_or(self.drafts.len(), |p| p + 1);
        self.drafts.insert(at, Draft { id, name, listing: original.listing });
        self.current = id;
        Some(id)
    }

    pub fn rename(&mut self, id: u64, name: &str) {
        let name = name.trim();
        if let Some(d) = self.drafts.iter_mut().find(|d| d.id == id) {
            d.name = if name.is_empty() { default_name(id) } else { name.chars().take(80).collect() };
        }
    }

    pub fn open(&mut self, id: u64) {
        if self.drafts.iter().any(|d| d.id == id) {
            self.current = id;
        }
    }

    /// Deletes a draft, keeping it for undo. The last draft is replaced by an empty one.
    pub fn delete(&mut self, id: u64) {
        let Some(position) = self.drafts.iter().position(|d| d.id == id) else { return };
        let draft = self.drafts.remove(position);
        self.deleted = Some(Deleted { draft, position });
        if self.drafts.is_empty() {
            self.new_draft();
        } else if self.current == id {
            self.current = self.drafts[position.min(self.drafts.len() - 1)].id;
        }
    }

    /// Brings back the last deleted draft and opens it.
    pub fn undo_delete(&mut self) -> bool {
        let Some(Deleted { draft, position }) = self.deleted.take() else { return false };
        let id = draft.id;
        self.drafts.insert(position.min(self.drafts.len()), draft);
        self.current = id;
        true
    }

    /// The drafts as an export file: a JSON array of `{name, listing}`.
    pub fn export_json(&self) -> String {
        let items: Vec<_> =
            self.drafts.iter().map(|d| serde_json::json!({"name": d.name, "listing": d.listing})).collect();
        serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
    }
}

/// What `current()` returns if the book were ever without its open draft (it never is).
static EMPTY: std::sync::LazyLock<Listing> = std::sync::LazyLock::new(Listing::default);

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(title: &str) -> Listing {
        Listing { title: title.into(), ..Listing::default() }
    }

    #[test]
    fn survives_a_round_trip_through_storage() {
        let mut book = DraftBook::default();
        book.set_current_listing(titled("Celular"));
        book.new_draft();
        book.set_current_listing(titled("Zapatos"));
        let loaded = DraftBook::load(Some(&book.to_json()));
        assert_eq!(loaded.set_aside, None);
        assert_eq!(loaded.book, book);
        assert_eq!(loaded.book.current().title, "Zapatos");
    }

    #[test]
    fn drafts_from_a_newer_version_are_set_aside_untouched() {
        let mut book = DraftBook::default();
        book.set_current_listing(titled("Celular"));
        let future = book.to_json().replacen("\"version\":1", "\"version\":2", 1);
        assert!(future.contains("\"version\":2"));
        let loaded = DraftBook::load(Some(&future));
        assert!(loaded.newer);
        assert_eq!(loaded.set_aside.as_deref(), Some(future.as_str()));
        assert_eq!(loaded.book, DraftBook::default());
        // Even when the newer format no longer parses as ours, it is flagged as newer.
        let other = DraftBook::load(Some(r#"{"version":7,"drafts":"elsewhere"}"#));
        assert!(other.newer && other.set_aside.is_some());
        // Our own version is read normally.
        assert!(!DraftBook::load(Some(&book.to_json())).newer);
    }

    #[test]
    fn unreadable_storage_is_set_aside_not_lost() {
        let loaded = DraftBook::load(Some("{not json"));
        assert_eq!(loaded.set_aside.as_deref(), Some("{not json"));
        assert_eq!(loaded.book.drafts.len(), 1);
        let foreign = DraftBook::load(Some(r#"{"something": "else"}"#));
        assert!(foreign.set_aside.is_some());
    }

    #[test]
    fn repairs_inconsistent_books() {
        let text = r#"{"version": 1, "drafts": [], "current": 9, "next_id": 0}"#;
        let book = DraftBook::load(Some(text)).book;
        assert_eq!(book.drafts.len(), 1);
        assert_eq!(book.current, book.drafts[0].id);
        let dup = r#"{"version":1,"drafts":[{"id":1,"name":"a","listing":{}},{"id":1,"name":"b","listing":{}}],"current":1,"next_id":2}"#;
        let book = DraftBook::load(Some(dup)).book;
        assert_ne!(book.drafts[0].id, book.drafts[1].id);
        assert!(book.next_id > book.drafts[1].id);
    }

    #[test]
    fn delete_then_undo_restores_the_draft_in_place() {
        let mut book = DraftBook::default();
        book.set_current_listing(titled("uno"));
        let second = book.new_draft();
        book.set_current_listing(titled("dos"));
        book.new_draft();
        book.delete(second);
        assert_eq!(book.drafts.len(), 2);
        assert!(book.undo_delete());
        assert_eq!(book.drafts[1].listing.title, "dos");
        assert_eq!(book.current, second);
        assert!(!book.undo_delete());
    }

    #[test]
    fn deleting_the_last_draft_leaves_an_empty_one() {
        let mut book = DraftBook::default();
        book.delete(book.current);
        assert_eq!(book.drafts.len(), 1);
        assert_eq!(book.current().title, "");
    }

    #[test]
    fn duplicate_and_rename() {
        let mut book = DraftBook::default();
        book.set_current_listing(titled("Perfume"));
        let copy = book.duplicate(&Text::new("copia", "copy")).unwrap();
        assert_eq!(book.current, copy);
        assert_eq!(book.current().title, "Perfume");
        assert_eq!(book.current_draft().unwrap().name, "Borrador 1 (copia)");
        book.rename(copy, "  Perfume 100 ml ");
        assert_eq!(book.current_draft().unwrap().name, "Perfume 100 ml");
        book.rename(copy, "   ");
        assert_eq!(book.current_draft().unwrap().name, format!("Borrador {copy}"));
    }
}
