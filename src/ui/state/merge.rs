//! Two tabs editing at once. Each tab keeps the whole book in memory and writes it to
//! localStorage on every edit, so without care the last writer would silently drop a draft the
//! other tab had just created. When the browser tells a tab that the other one wrote (the
//! `storage` event), the tab merges that book into its own by draft id instead of ignoring it.
//!
//! Pure data, tested natively; the browser side only passes the other tab's JSON in.

use super::drafts::DraftBook;

impl DraftBook {
    /// Merges the book another tab saved into this one, by draft id:
    /// - a draft only the other tab has (it created it) is added;
    /// - a draft both have takes the other tab's version (it was written last), except the draft
    ///   open here, which the seller may be typing in: that one keeps this tab's version;
    /// - a draft only this tab has is kept (never dropped: it may be new here, and a draft the
    ///   other tab deleted is safer kept than lost);
    /// - the next id moves above both, so the next new draft here cannot reuse the other's ids.
    ///
    /// Returns true when anything changed (so the caller saves, and the other tab merges back).
    pub fn merge_from_other_tab(&mut self, theirs: DraftBook) -> bool {
        let before = self.clone();
        for draft in theirs.drafts {
            match self.drafts.iter_mut().find(|d| d.id == draft.id) {
                Some(ours) if ours.id != self.current => *ours = draft,
                Some(_) => {}
                None => self.drafts.push(draft),
            }
        }
        self.next_id = self.next_id.max(theirs.next_id);
        let max = self.drafts.iter().map(|d| d.id).max().unwrap_or(0);
        self.next_id = self.next_id.max(max + 1);
        *self != before
    }

    /// Whether the other tab saved a different version of the draft open here. The merge keeps
    /// ours (the seller may be typing), so both tabs hold their own version and the last one to
    /// save wins for that draft: the app says so instead of letting one version vanish silently.
    pub fn open_draft_differs(&self, theirs: &DraftBook) -> bool {
        let ours = self.drafts.iter().find(|d| d.id == self.current);
        let other = theirs.drafts.iter().find(|d| d.id == self.current);
        matches!((ours, other), (Some(a), Some(b)) if a.listing != b.listing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::listing::Listing;

    fn titled(title: &str) -> Listing {
        Listing { title: title.into(), ..Listing::default() }
    }

    /// Two tabs that loaded the same stored book.
    fn two_tabs() -> (DraftBook, DraftBook) {
        let mut book = DraftBook::default();
        book.set_current_listing(titled("Zapatos"));
        (book.clone(), book)
    }

    #[test]
    fn a_draft_created_in_the_other_tab_is_not_lost() {
        let (mut a, mut b) = two_tabs();
        let new_in_b = b.add("Mochila".into(), titled("Mochila escolar"));
        // Tab A edits its open draft, then hears of B's write.
        a.set_current_listing(titled("Zapatos de cuero"));
        assert!(a.merge_from_other_tab(b.clone()));
        assert!(a.drafts.iter().any(|d| d.id == new_in_b && d.listing.title == "Mochila escolar"));
        // A's edit to its open draft survives.
        assert_eq!(a.current().title, "Zapatos de cuero");
        // A's next draft gets an id B has not used.
        let next_in_a = a.new_draft();
        assert!(b.drafts.iter().all(|d| d.id != next_in_a));
    }

    #[test]
    fn a_draft_edited_in_the_other_tab_takes_their_version_unless_open_here() {
        let (mut a, mut b) = two_tabs();
        let second = a.add("Gorra".into(), titled("Gorra"));
        b.merge_from_other_tab(a.clone());
        // B edits the second draft; A has gone back to the first.
        b.open(second);
        b.set_current_listing(titled("Gorra azul"));
        let first = a.drafts[0].id;
        a.open(first);
        assert!(a.merge_from_other_tab(b.clone()));
        assert_eq!(a.drafts.iter().find(|d| d.id == second).unwrap().listing.title, "Gorra azul");
        // Now A types in the second draft while B's older write arrives: A keeps its own.
        a.open(second);
        a.set_current_listing(titled("Gorra roja"));
        a.merge_from_other_tab(b);
        assert_eq!(a.current().title, "Gorra roja");
    }

    #[test]
    fn merging_the_same_book_changes_nothing_so_tabs_stop_writing() {
        let (mut a, b) = two_tabs();
        assert!(!a.merge_from_other_tab(b));
    }

    #[test]
    fn the_same_draft_edited_in_both_tabs_is_told_apart_from_other_drafts() {
        let (mut a, mut b) = two_tabs();
        // B edits a draft A does not have open: nothing to warn about in A.
        let other = b.add("Gorra".into(), titled("Gorra"));
        assert!(!a.open_draft_differs(&b));
        // B goes back to the draft A has open and changes it: A is warned.
        b.open(a.current);
        b.set_current_listing(titled("Zapatos rojos"));
        assert!(a.open_draft_differs(&b));
        // Once A has the same text, there is no conflict.
        a.set_current_listing(titled("Zapatos rojos"));
        assert!(!a.open_draft_differs(&b));
        assert!(b.drafts.iter().any(|d| d.id == other));
    }

    #[test]
    fn a_draft_only_this_tab_has_is_kept() {
        let (mut a, b) = two_tabs();
        let mine = a.add("Solo aquí".into(), titled("Solo aquí"));
        a.merge_from_other_tab(b);
        assert!(a.drafts.iter().any(|d| d.id == mine));
    }
}
