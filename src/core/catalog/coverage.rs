//! Which leaves the suggestion can hardly tell apart: a leaf with no distinctive word (no word of
//! its name or of the lexicon that points to it and to at most [`DISTINCT_LEAVES`] leaves in
//! all) is only ever suggested through its parent's words, so its siblings win or tie. The
//! report lists them, so the lexicon's editors know where knowledge is missing.

use super::classify::{is_other, Classifier};
use super::tree::Tree;

/// A word is distinctive for a leaf when it points to this many leaves at most.
pub const DISTINCT_LEAVES: usize = 3;

/// The leaves without a distinctive word, split into catch-alls ("Otros", which name no product
/// and need none) and the others, in tree order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    pub leaves: usize,
    pub catch_alls: Vec<u32>,
    pub without: Vec<u32>,
}

/// Measures the coverage of `classifier`'s words over the leaves of `tree`.
pub fn coverage(tree: &Tree, classifier: &Classifier) -> Coverage {
    let mut marked = vec![false; tree.len()];
    for list in classifier.postings() {
        let leaves = list.iter().filter(|(n, _)| tree.is_leaf(*n)).count();
        if leaves <= DISTINCT_LEAVES {
            for (n, _) in list {
                if let Some(m) = marked.get_mut(*n as usize) {
                    *m = true;
                }
            }
        }
    }
    let mut out = Coverage::default();
    for i in (0..tree.len() as u32).filter(|&i| tree.is_leaf(i)) {
        out.leaves += 1;
        if marked.get(i as usize).copied().unwrap_or(false) {
            continue;
        }
        match tree.node(i).is_some_and(|n| is_other(&n.name)) {
            true => out.catch_alls.push(i),
            false => out.without.push(i),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::Catalog;

    #[test]
    fn named_leaves_are_covered_and_catch_alls_are_apart() {
        let c = Catalog::embedded();
        let cov = coverage(&c.tree, c.classifier());
        assert_eq!(cov.leaves, 5692);
        let phones = c.tree.find("MEC1055").unwrap();
        assert!(!cov.without.contains(&phones) && !cov.catch_alls.contains(&phones));
        assert!(cov.catch_alls.iter().all(|&i| c.tree.node(i).is_some_and(|n| is_other(&n.name))));
    }
}
