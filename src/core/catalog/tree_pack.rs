//! The compact tree's ids packed for brotli: each parent's children written in the order of
//! their ids, and each id as its difference from the sibling before it.
//!
//! Why: the ids took about 16.9 KB of the tree's 48.2 KB brotli. Mercado Libre numbers a
//! category's children close together more often than not (403004, 403005, 403006 …), but the
//! tree lists them in the order of their names, so the numbers jump about. Written in id order,
//! as differences, the same ids take about 12.1 KB, and the tree 44.9 KB. The order of names is
//! not lost: Mercado Libre's tree lists every parent's children in the byte order of their
//! names, so the reader sorts them back, and the node indices (which the classifier's ties and
//! the app's lists go by) are exactly what they were. A tree whose children are not in name
//! order, or that has a parent with more than [`MAX_SIBLINGS`] children (a tree a trainer
//! brings), is written the old way, with absolute ids, so every tree round-trips.

use super::tree::Tree;

/// The first line of the ids' section when they are packed this way.
pub const MARK: &str = "#ids by-sibling";

/// Most children one parent may have in a packed tree. The reader sorts each parent's children
/// back into name order by insertion, whose time grows with the square of a group's size:
/// Mercado Libre's largest group has 37; the cap keeps a crafted file from stalling the page.
pub const MAX_SIBLINGS: usize = 256;

/// Whether every parent's children (and the top level) are in strictly increasing byte order of
/// their names and at most [`MAX_SIBLINGS`], which the packed form needs to give the same tree
/// back.
pub fn names_in_order(tree: &Tree) -> bool {
    // Children and the top level come in index order, so each pair of neighbours is compared.
    let ordered = |kids: Vec<u32>| {
        kids.len() <= MAX_SIBLINGS
            && kids.windows(2).all(|w| match (tree.node(w[0]), tree.node(w[1])) {
            (Some(a), Some(b)) => a.name.as_bytes() < b.name.as_bytes(),
            _ => false,
        })
    };
    ordered(tree.top_level().collect()) && (0..tree.len() as u32).all(|i| ordered(tree.children(i).collect()))
}

/// The ids' line and the names' lines (depth digit and name) of the packed form, without the
/// site and mark lines. Call only when [`names_in_order`] holds.
pub fn write(tree: &Tree) -> String {
    let by_id = |mut kids: Vec<u32>| {
        kids.sort_by_key(|&i| tree.node(i).map_or(0, |n| n.id));
        kids
    };
    let mut ids: Vec<String> = Vec::with_capacity(tree.len());
    let mut names = String::new();
    // (node index, the id its difference is taken from), popped depth-first.
    let mut stack: Vec<(u32, u32)> = Vec::new();
    push_children(&mut stack, by_id(tree.top_level().collect()), 0, tree);
    while let Some((i, base)) = stack.pop() {
        let Some(n) = tree.node(i) else { continue };
        ids.push((i64::from(n.id) - i64::from(base)).to_string());
        names.push_str(&format!("{}{}\n", n.depth, n.name));
        push_children(&mut stack, by_id(tree.children(i).collect()), n.id, tree);
    }
    format!("{}\n{names}", ids.join(" "))
}

/// Pushes `kids` (in id order) so that they pop in that order, each with the id before it.
fn push_children(stack: &mut Vec<(u32, u32)>, kids: Vec<u32>, parent_id: u32, tree: &Tree) {
    let mut base = parent_id;
    let mut with_base = Vec::with_capacity(kids.len());
    for k in kids {
        with_base.push((k, base));
        base = tree.node(k).map_or(base, |n| n.id);
    }
    stack.extend(with_base.into_iter().rev());
}

/// Reads one packed difference: "-12" as −12, with the `u32` parser the ids already use (an
/// `i64` parser of its own linked a few hundred bytes more into each module that reads a tree).
pub fn read_difference(text: &str) -> Option<i64> {
    match text.strip_prefix('-') {
        Some(digits) => digits.parse::<u32>().ok().map(|n| -i64::from(n)),
        None => text.parse::<u32>().ok().map(i64::from),
    }
}

/// Turns the packed differences back into ids, given each line's depth: `None` when an id falls
/// outside `u32` or a depth skips a level. Never panics.
pub fn read_ids(diffs: &[i64], depths: &[usize]) -> Option<Vec<u32>> {
    // The last id written at each open depth: the parent's, then each sibling's.
    let mut path: Vec<u32> = Vec::new();
    let mut ids = Vec::with_capacity(diffs.len());
    for (&diff, &depth) in diffs.iter().zip(depths) {
        let base = if path.len() >= depth {
            path.get(depth.checked_sub(1)?).copied()?
        } else {
            depth.checked_sub(2).map_or(Some(0), |p| path.get(p).copied())?
        };
        let id = u32::try_from(i64::from(base).checked_add(diff)?).ok()?;
        path.truncate(depth.checked_sub(1)?);
        path.push(id);
        ids.push(id);
    }
    Some(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::tree::Entry;

    fn tree(entries: &[(u32, &str, Option<u32>)]) -> Tree {
        let e = entries.iter().map(|&(id, name, parent)| Entry { id, name: name.into(), parent }).collect();
        Tree::from_entries("MEC", e).unwrap()
    }

    #[test]
    fn siblings_go_in_id_order_as_differences() {
        // A's children by name are B (7), C (5); by id C comes first: 5 − 1 = 4, then 7 − 5 = 2.
        let t = tree(&[(1, "A", None), (7, "B", Some(1)), (5, "C", Some(1)), (3, "Z", None)]);
        assert!(names_in_order(&t));
        assert_eq!(write(&t), "1 4 2 2\n1A\n2C\n2B\n1Z\n");
        let back = Tree::from_compact(&t.to_compact()).unwrap();
        assert_eq!(back.nodes(), t.nodes());
    }

    #[test]
    fn a_first_child_below_its_parent_is_a_negative_difference() {
        let t = tree(&[(100, "A", None), (40, "B", Some(100)), (60, "C", Some(40))]);
        assert_eq!(write(&t), "100 -60 20\n1A\n2B\n3C\n");
        assert_eq!(read_ids(&[100, -60, 20], &[1, 2, 3]), Some(vec![100, 40, 60]));
        assert_eq!(read_ids(&[1, -2], &[1, 2]), None, "an id below zero is refused");
        assert_eq!(read_ids(&[1, 1], &[1, 3]), None, "a depth that skips a level is refused");
        assert_eq!(read_difference("-60"), Some(-60));
        assert_eq!(read_difference("--6"), None);
        assert_eq!(read_difference("4294967296"), None, "beyond u32");
    }

    #[test]
    fn a_parent_with_too_many_children_is_not_packed_and_not_read_packed() {
        let names: Vec<String> = (0..=MAX_SIBLINGS).map(|i| format!("c{i:04}")).collect();
        let entries: Vec<(u32, &str, Option<u32>)> =
            names.iter().enumerate().map(|(i, n)| (i as u32 + 1, n.as_str(), None)).collect();
        let t = tree(&entries);
        assert!(!names_in_order(&t), "{} top-level categories are more than the cap", t.len());
        assert_eq!(Tree::from_compact(&t.to_compact()).unwrap().nodes(), t.nodes());
        // The same tree written packed by hand is refused, with a message in both languages.
        let packed = format!("{MARK}\n{}\n{}", vec!["1"; t.len()].join(" "), names.iter().map(|n| format!("1{n}\n")).collect::<String>());
        let err = Tree::from_compact(&packed).unwrap_err();
        assert!(err.es.contains("257") && err.en.contains("257"), "{err:?}");
    }

    #[test]
    fn a_tree_out_of_name_order_is_written_with_absolute_ids() {
        let t = tree(&[(1, "Z", None), (2, "A", None)]);
        assert!(!names_in_order(&t));
        let compact = t.to_compact();
        assert!(!compact.contains(MARK), "{compact}");
        assert_eq!(Tree::from_compact(&compact).unwrap().nodes(), t.nodes());
    }
}
