//! Backing off to a branch: when the suggestions are unsure of the leaf but agree on the branch
//! above it ("Ropa Deportiva" rather than "Calzas" or "Shorts"), Listo names the branch and lists
//! its leaves, best first, and asks the seller to pick the most specific one ("elige la más
//! específica"). It changes no ranking: re-ranking the three suggestions towards the branch's
//! leaves lost on both halves of the development titles (docs/catalog-history-early.md, batch 4), while naming
//! the branch beside them adds the leaves the three could not show.

use super::classify::Classification;
use super::tree::Tree;

/// Below this confidence the first suggestion's leaf counts as unsure.
pub const LEAF_SURE: f32 = 0.5;

/// The share of the confidence the branch's leaves must hold together.
pub const BRANCH_SURE: f32 = 0.7;

/// How many of the branch's leaves are listed (the suggested ones first); a seller finds the
/// others with the category search.
pub const MAX_LEAVES: usize = 8;

/// The branch the suggestions agree on.
#[derive(Clone, Debug, PartialEq)]
pub struct Branch {
    /// Node index of the branch (never a top level: a department is too broad to browse).
    pub node: u32,
    /// The summed confidence of the suggested leaves below it.
    pub confidence: f32,
    /// Up to [`MAX_LEAVES`] of its leaves: the suggested ones best first, then the others in
    /// tree order.
    pub leaves: Vec<u32>,
    /// How many leaves the branch has in all.
    pub total: usize,
}

impl Branch {
    /// A listed leaf's name as seen from the branch: the names below the branch, joined by " > "
    /// ("Carcasas, Fundas y Protectores > Fundas para Celulares"), so two "Otros" of different
    /// sub-branches read apart.
    pub fn leaf_name(&self, tree: &Tree, leaf: u32) -> String {
        let path = tree.path(leaf);
        let below = path.iter().position(|&n| n == self.node).map_or(&path[..], |i| &path[i + 1..]);
        below.iter().filter_map(|&n| tree.node(n)).map(|n| n.name.as_str()).collect::<Vec<_>>().join(" > ")
    }
}

impl Classification {
    /// The deepest branch (second level or below) above the first suggestion whose leaves hold
    /// at least [`BRANCH_SURE`] of the confidence, when the first suggestion holds less than
    /// [`LEAF_SURE`]. `None` when the leaf is sure, the suggestions are spread, or the branch
    /// would offer no choice (one leaf).
    pub fn branch(&self, tree: &Tree) -> Option<Branch> {
        self.branch_at(tree, LEAF_SURE, BRANCH_SURE)
    }

    /// [`Classification::branch`] with other thresholds (those measured are in docs/catalog-branch.md,
    /// "Backing off to a branch").
    pub fn branch_at(&self, tree: &Tree, leaf_sure: f32, branch_sure: f32) -> Option<Branch> {
        let first = self.ranked.first()?;
        if first.confidence >= leaf_sure {
            return None;
        }
        // Ancestors from the leaf's parent up, stopping before the top level.
        let path = tree.path(first.index);
        let inner = path.get(1..path.len().saturating_sub(1)).unwrap_or(&[]);
        inner.iter().rev().find_map(|&node| {
            let confidence: f32 = self.ranked.iter().filter(|s| tree.is_within(s.index, node)).map(|s| s.confidence).sum();
            // Counted only for a branch sure enough: a big branch has thousands of nodes.
            let total = if confidence >= branch_sure { tree.leaves_below(node).count() } else { 0 };
            (total > 1).then(|| {
                let mut leaves: Vec<u32> = self.ranked.iter().map(|s| s.index).filter(|&i| tree.is_within(i, node)).take(MAX_LEAVES).collect();
                for leaf in tree.leaves_below(node) {
                    if leaves.len() == MAX_LEAVES {
                        break;
                    }
                    if !leaves.contains(&leaf) {
                        leaves.push(leaf);
                    }
                }
                Branch { node, confidence, leaves, total }
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::classify::Suggestion;
    use crate::core::catalog::Catalog;

    fn suggestion(index: u32, confidence: f32) -> Suggestion {
        Suggestion { index, score: confidence, confidence, because: Vec::new() }
    }

    /// Two sibling leaves of one branch, and a leaf of another department.
    fn siblings(c: &Catalog) -> (u32, u32, u32) {
        let t = &c.tree;
        let buzos = t.find("MEC417398").expect("Deportes > Ropa Deportiva > Buzos");
        let calzas = t.find("MEC417403").expect("Deportes > Ropa Deportiva > Calzas");
        let phones = t.find("MEC1055").expect("Celulares y Smartphones");
        (buzos, calzas, phones)
    }

    #[test]
    fn names_the_branch_when_the_leaf_is_unsure_and_the_branch_is_sure() {
        let c = Catalog::embedded();
        let (buzos, calzas, phones) = siblings(&c);
        let ranked = Classification { ranked: vec![suggestion(buzos, 0.4), suggestion(calzas, 0.35), suggestion(phones, 0.1)] };
        let b = ranked.branch(&c.tree).expect("75% of the confidence is under Ropa Deportiva");
        assert_eq!(c.tree.node(b.node).map(|n| n.name.as_str()), Some("Ropa Deportiva"));
        assert!((b.confidence - 0.75).abs() < 1e-6);
        assert_eq!(&b.leaves[..2], &[buzos, calzas], "the suggested leaves come first, best first");
        assert_eq!(b.leaves.len(), MAX_LEAVES.min(b.total));
        assert!(b.leaves.iter().all(|&l| c.tree.is_leaf(l) && c.tree.is_within(l, b.node)));
        let mut unique = b.leaves.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), b.leaves.len(), "no leaf is listed twice");
        assert_eq!(b.leaf_name(&c.tree, calzas), "Calzas");
        let phones_names = c.tree.path_names(phones);
        assert_eq!(b.leaf_name(&c.tree, phones), phones_names, "a leaf outside the branch keeps its whole path");
    }

    #[test]
    fn says_nothing_when_the_leaf_is_sure_or_the_branch_is_not() {
        let c = Catalog::embedded();
        let (buzos, calzas, phones) = siblings(&c);
        let sure = Classification { ranked: vec![suggestion(buzos, 0.6), suggestion(calzas, 0.3)] };
        assert_eq!(sure.branch(&c.tree), None);
        let spread = Classification { ranked: vec![suggestion(buzos, 0.35), suggestion(phones, 0.3), suggestion(calzas, 0.3)] };
        assert_eq!(spread.branch(&c.tree), None, "65% under the branch is below BRANCH_SURE");
        assert_eq!(Classification::default().branch(&c.tree), None);
    }

    #[test]
    fn never_offers_a_whole_department() {
        let c = Catalog::embedded();
        let t = &c.tree;
        // "Celulares y Smartphones" sits right under its department: above it there is only
        // the department, which is too broad to browse, so even a sure department names nothing.
        let phones = t.find("MEC1055").expect("phones");
        let other = t.find("MEC3813").and_then(|parts| t.leaves_below(parts).next()).expect("a phone part");
        let ranked = Classification { ranked: vec![suggestion(phones, 0.45), suggestion(other, 0.45)] };
        assert_eq!(ranked.branch(t), None);
        // One level deeper, the same confidences name the branch.
        let ranked = Classification { ranked: vec![suggestion(other, 0.45), suggestion(phones, 0.45)] };
        let b = ranked.branch_at(t, LEAF_SURE, 0.4).expect("the part's branch holds 45%");
        assert_eq!(Some(&b.node), t.path(other).iter().rev().nth(1), "the deepest branch: the part's parent");
    }
}
