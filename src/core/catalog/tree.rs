//! The category tree in a compact form: nodes in depth-first order, so everything below a node is
//! the contiguous range `index..end`. Only what the product needs is kept (numeric id, name,
//! parent, depth); paths are built when asked, and a node is a leaf when nothing lies below it,
//! which is exactly the tree's `is_leaf` flag (the generator checks this).

use super::tree_pack;
use crate::core::text::Text;
use std::collections::HashMap;

/// "No node" in parent links.
pub const NONE: u32 = u32::MAX;
/// The deepest level the compact form can say: its depth is one digit. Mercado Libre's tree has 7.
pub const MAX_DEPTH: u8 = 9;

/// One category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The number of the id: 1055 for MEC1055.
    pub id: u32,
    pub name: String,
    /// Index of the parent, or [`NONE`] for a top-level category.
    pub parent: u32,
    /// One past the last index of this node's subtree.
    pub end: u32,
    /// 1 for top-level categories.
    pub depth: u8,
}

/// A category before the tree is built: id number, name, parent id number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: u32,
    pub name: String,
    pub parent: Option<u32>,
}

/// The category tree of one site.
#[derive(Clone, Debug)]
pub struct Tree {
    /// Site prefix shown before ids: "MEC".
    pub site: String,
    nodes: Vec<Node>,
    by_id: HashMap<u32, u32>,
}

/// Reads "MEC1055", "mla1055" or "1055" as 1055. Any three-letter site prefix is accepted because
/// the ids of Ecuador's tree share their numbers with the Spanish tree the product embeds.
pub fn parse_id(text: &str) -> Option<u32> {
    let t = text.trim();
    let digits = match t.get(..3) {
        Some(prefix) if prefix.chars().all(|c| c.is_ascii_alphabetic()) => t.get(3..)?,
        _ => t,
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Tree {
    /// A one-category tree ("Otras categorías"), the panic-free fallback should the embedded
    /// tree ever fail to parse (a test makes sure it does not).
    pub fn fallback() -> Tree {
        let node = Node { id: 1953, name: "Otras categorías".into(), parent: NONE, end: 1, depth: 1 };
        Tree { site: "MEC".into(), nodes: vec![node], by_id: HashMap::from([(1953, 0)]) }
    }

    /// Builds the tree from entries in any order. Children keep the order they were given in.
    /// Errors name the offending id: a duplicate, a parent that does not exist, or a cycle.
    pub fn from_entries(site: &str, entries: Vec<Entry>) -> Result<Tree, Text> {
        Tree::build(site, entries, false)
    }

    /// As [`Tree::from_entries`], but every parent's children (and the top level) in the byte
    /// order of their names: how the packed compact form (see `tree_pack`) gets its order back.
    pub fn from_entries_by_name(site: &str, entries: Vec<Entry>) -> Result<Tree, Text> {
        Tree::build(site, entries, true)
    }

    fn build(site: &str, entries: Vec<Entry>, by_name: bool) -> Result<Tree, Text> {
        let mut position: HashMap<u32, usize> = HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            if position.insert(e.id, i).is_some() {
                let id = format!("{site}{}", e.id);
                return Err(crate::tr!("La categoría {id} aparece dos veces.", "Category {id} appears twice."));
            }
        }
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); entries.len()];
        let mut roots = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            match e.parent {
                None => roots.push(i),
                Some(p) => match position.get(&p) {
                    Some(&pi) => children[pi].push(i),
                    None => {
                        let (id, parent) = (format!("{site}{}", e.id), format!("{site}{p}"));
                        return Err(crate::tr!(
                            "La categoría {id} tiene como padre {parent}, que no existe.",
                            "Category {id} has parent {parent}, which does not exist."
                        ));
                    }
                },
            }
        }
        if by_name {
            // An insertion sort, not `sort_by_key`: Mercado Libre's largest sibling group has 37
            // children, and std's sort linked about 1 KB more into every wasm module that reads
            // a tree (batch 23 of issue 15). Its time grows with the square of a group's size,
            // hence the cap.
            let name = |i: usize| entries.get(i).map(|e| e.name.as_bytes());
            for kids in std::iter::once(&mut roots).chain(children.iter_mut()) {
                if kids.len() > tree_pack::MAX_SIBLINGS {
                    let (count, max) = (kids.len(), tree_pack::MAX_SIBLINGS);
                    return Err(crate::tr!(
                        "Árbol compacto: una categoría tiene {count} subcategorías; el máximo es {max}.",
                        "Compact tree: a category has {count} subcategories; at most {max} are allowed."
                    ));
                }
                for k in 1..kids.len() {
                    let mut j = k;
                    while j > 0 && name(kids[j - 1]) > name(kids[j]) {
                        kids.swap(j - 1, j);
                        j -= 1;
                    }
                }
            }
        }
        let mut nodes: Vec<Node> = Vec::with_capacity(entries.len());
        // Depth-first, iteratively (a malformed file must not overflow the stack).
        let mut stack: Vec<(usize, u32, u8)> = roots.iter().rev().map(|&r| (r, NONE, 1u8)).collect();
        let mut open: Vec<u32> = Vec::new();
        while let Some((i, parent, depth)) = stack.pop() {
            while let Some(&top) = open.last() {
                if top == parent {
                    break;
                }
                close(&mut nodes, top);
                open.pop();
            }
            let Some(e) = entries.get(i) else { continue };
            let index = nodes.len() as u32;
            nodes.push(Node { id: e.id, name: e.name.clone(), parent, end: index + 1, depth });
            open.push(index);
            for &c in children[i].iter().rev() {
                stack.push((c, index, depth.saturating_add(1)));
            }
        }
        while let Some(top) = open.pop() {
            close(&mut nodes, top);
        }
        if nodes.len() != entries.len() {
            let placed: std::collections::HashSet<u32> = nodes.iter().map(|n| n.id).collect();
            let stray = entries.iter().find(|e| !placed.contains(&e.id)).map(|e| e.id).unwrap_or(0);
            let id = format!("{site}{stray}");
            return Err(crate::tr!(
                "La categoría {id} forma un ciclo: no se llega a ella desde una categoría principal.",
                "Category {id} is in a cycle: no top-level category leads to it."
            ));
        }
        if nodes.is_empty() {
            return Err(crate::tr!("El árbol no tiene categorías.", "The tree has no categories."));
        }
        let by_id = nodes.iter().enumerate().map(|(i, n)| (n.id, i as u32)).collect();
        Ok(Tree { site: site.to_string(), nodes, by_id })
    }

    /// Reads the compact text written by [`Tree::to_compact`].
    pub fn from_compact(text: &str) -> Result<Tree, Text> {
        let mut site = "MEC".to_string();
        let mut packed = false;
        let mut ids: Option<(usize, Vec<i64>)> = None;
        let mut rows: Vec<(usize, usize, &str)> = Vec::new();
        let mut depth_before = 0;
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            // `lines` drops the "\r" of a "\r\n" only, so a last line could keep one that its
            // written copy would lose. A name never ends in "\r" (found by fuzzing).
            let line = line.trim_end_matches('\r');
            if let Some(s) = line.strip_prefix("#site ") {
                site = s.trim().to_string();
                continue;
            }
            packed |= ids.is_none() && line.trim_end() == tree_pack::MARK;
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = || bad_line(line_no);
            if ids.is_none() {
                let number = |t: &str| if packed { tree_pack::read_difference(t) } else { parse_id(t).map(i64::from) };
                ids = Some((line_no, line.split(' ').map(number).collect::<Option<Vec<i64>>>().ok_or_else(bad)?));
                continue;
            }
            let depth = line.get(..1).and_then(|d| d.parse::<usize>().ok()).ok_or_else(bad)?;
            let name = line.get(1..).ok_or_else(bad)?;
            if depth == 0 || depth > depth_before + 1 {
                return Err(bad());
            }
            depth_before = depth;
            rows.push((line_no, depth, name));
        }
        let (ids_line, numbers) = ids.unwrap_or_default();
        if numbers.len() > rows.len() {
            return Err(crate::tr!("Árbol compacto: hay más ids que nombres.", "Compact tree: more ids than names."));
        }
        if numbers.len() < rows.len() {
            return Err(bad_line(rows.get(numbers.len()).map_or(ids_line, |r| r.0)));
        }
        let depths: Vec<usize> = rows.iter().map(|r| r.1).collect();
        let ids = if packed {
            tree_pack::read_ids(&numbers, &depths).ok_or_else(|| bad_line(ids_line))?
        } else {
            numbers.iter().map(|&n| u32::try_from(n).ok()).collect::<Option<Vec<u32>>>().ok_or_else(|| bad_line(ids_line))?
        };
        let mut entries = Vec::with_capacity(rows.len());
        let mut path: Vec<u32> = Vec::new();
        for ((_, depth, name), id) in rows.into_iter().zip(ids) {
            path.truncate(depth - 1);
            entries.push(Entry { id, name: name.to_string(), parent: path.last().copied() });
            path.push(id);
        }
        if packed {
            Tree::from_entries_by_name(&site, entries)
        } else {
            Tree::from_entries(&site, entries)
        }
    }

    /// Ids first, all on one line in depth-first order, then one line per category in the same
    /// order: depth digit (so at most 9 levels; Mercado Libre's tree has 7) and name. Keeping
    /// the numbers apart from the words lets brotli compress each kind better (about 3 KB less
    /// in the app than one "depth id tab name" line per category). A tree whose children are in
    /// name order, as Mercado Libre's are, is written packed (see `tree_pack`: 3.4 KB less).
    pub fn to_compact(&self) -> String {
        let mut out = format!("#site {}\n", self.site);
        if tree_pack::names_in_order(self) {
            out.push_str(tree_pack::MARK);
            out.push('\n');
            out.push_str(&tree_pack::write(self));
            return out;
        }
        let ids: Vec<String> = self.nodes.iter().map(|n| n.id.to_string()).collect();
        out.push_str(&ids.join(" "));
        out.push('\n');
        for n in &self.nodes {
            out.push_str(&format!("{}{}\n", n.depth, n.name));
        }
        out
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn node(&self, index: u32) -> Option<&Node> {
        self.nodes.get(index as usize)
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The index of a category given as "MEC1055", "MLA1055" or "1055".
    pub fn find(&self, id: &str) -> Option<u32> {
        self.index_of(parse_id(id)?)
    }

    pub fn index_of(&self, id: u32) -> Option<u32> {
        self.by_id.get(&id).copied()
    }

    pub fn is_leaf(&self, index: u32) -> bool {
        self.node(index).is_some_and(|n| n.end == index + 1)
    }

    /// "MEC1055".
    pub fn display_id(&self, index: u32) -> String {
        self.node(index).map(|n| format!("{}{}", self.site, n.id)).unwrap_or_default()
    }

    /// Indices from the top-level category down to `index`.
    pub fn path(&self, index: u32) -> Vec<u32> {
        let mut path: Vec<u32> = self.ancestors(index).collect();
        path.reverse();
        path
    }

    /// `index` and its ancestors up to the top level, without allocating (at most 65 steps, so
    /// a malformed parent chain cannot loop).
    pub fn ancestors(&self, index: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = self.node(index).map(|_| index);
        let mut steps = 0;
        std::iter::from_fn(move || {
            let i = next?;
            steps += 1;
            next = self.node(i).map(|n| n.parent).filter(|p| steps < 65 && self.node(*p).is_some());
            Some(i)
        })
    }

    /// "Celulares y Teléfonos > Celulares y Smartphones".
    pub fn path_names(&self, index: u32) -> String {
        self.path(index).iter().filter_map(|&i| self.node(i)).map(|n| n.name.as_str()).collect::<Vec<_>>().join(" > ")
    }

    /// The ancestor at `depth` (1 = top level), or the node itself when it is shallower.
    pub fn ancestor_at(&self, index: u32, depth: usize) -> u32 {
        let path = self.path(index);
        path.get(depth.saturating_sub(1)).or(path.last()).copied().unwrap_or(index)
    }

    /// Whether `index` is `ancestor` or lies below it.
    pub fn is_within(&self, index: u32, ancestor: u32) -> bool {
        self.node(ancestor).is_some_and(|a| ancestor <= index && index < a.end)
    }

    /// Direct children, in order.
    pub fn children(&self, index: u32) -> impl Iterator<Item = u32> + '_ {
        let end = self.node(index).map_or(index, |n| n.end);
        let mut next = index + 1;
        std::iter::from_fn(move || {
            if next >= end {
                return None;
            }
            let child = next;
            next = self.node(child).map_or(end, |n| n.end);
            Some(child)
        })
    }

    /// Every leaf at or below `index`, in order.
    pub fn leaves_below(&self, index: u32) -> impl Iterator<Item = u32> + '_ {
        let end = self.node(index).map_or(index, |n| n.end);
        (index..end).filter(move |&i| self.is_leaf(i))
    }

    /// Top-level categories, in order.
    pub fn top_level(&self) -> impl Iterator<Item = u32> + '_ {
        let mut next = 0u32;
        std::iter::from_fn(move || {
            let n = self.node(next)?;
            let this = next;
            next = n.end;
            Some(this)
        })
    }
}

fn bad_line(line_no: usize) -> Text {
    crate::tr!("Árbol compacto, línea {line_no}: formato inválido.", "Compact tree, line {line_no}: bad format.")
}

fn close(nodes: &mut [Node], index: u32) {
    let end = nodes.len() as u32;
    if let Some(n) = nodes.get_mut(index as usize) {
        n.end = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Tree {
        let e = |id, name: &str, parent| Entry { id, name: name.into(), parent };
        Tree::from_entries(
            "MEC",
            vec![e(2, "B", Some(1)), e(1, "A", None), e(3, "C", Some(1)), e(4, "D", Some(2)), e(9, "Z", None)],
        )
        .unwrap()
    }

    #[test]
    fn compact_ids_and_names_must_pair_up() {
        let t = Tree::from_compact("#site MEC\n1 2\n1A\n2B\n").unwrap();
        assert_eq!(t.path_names(t.find("MEC2").unwrap()), "A > B");
        let more_ids = Tree::from_compact("1 2 3\n1A\n2B\n").unwrap_err();
        assert!(more_ids.en.contains("more ids than names"), "{}", more_ids.en);
        let more_names = Tree::from_compact("1 2\n1A\n2B\n2C\n").unwrap_err();
        assert!(more_names.en.contains("line 4"), "{}", more_names.en);
        assert!(Tree::from_compact("1 x\n1A\n2B\n").unwrap_err().en.contains("line 1"));
    }

    #[test]
    fn depth_first_with_ranges() {
        let t = small();
        let a = t.find("MEC1").unwrap();
        assert_eq!(t.children(a).map(|i| t.node(i).unwrap().id).collect::<Vec<_>>(), vec![2, 3]);
        assert_eq!(t.leaves_below(a).map(|i| t.node(i).unwrap().id).collect::<Vec<_>>(), vec![4, 3]);
        assert_eq!(t.path_names(t.find("4").unwrap()), "A > B > D");
        assert_eq!(t.top_level().count(), 2);
        assert!(!t.is_leaf(a) && t.is_leaf(t.find("mla3").unwrap()));
        let again = Tree::from_compact(&t.to_compact()).unwrap();
        assert_eq!(again.nodes(), t.nodes());
    }

    #[test]
    fn errors_name_the_category() {
        let e = |id, parent| Entry { id, name: "x".into(), parent };
        let dup = Tree::from_entries("MEC", vec![e(1, None), e(1, None)]).unwrap_err();
        assert!(dup.es.contains("MEC1"), "{dup:?}");
        let orphan = Tree::from_entries("MEC", vec![e(1, None), e(2, Some(7))]).unwrap_err();
        assert!(orphan.en.contains("MEC7"), "{orphan:?}");
        let cycle = Tree::from_entries("MEC", vec![e(1, None), e(2, Some(3)), e(3, Some(2))]).unwrap_err();
        assert!(cycle.en.contains("cycle"), "{cycle:?}");
    }

    #[test]
    fn ids_parse() {
        assert_eq!(parse_id("MEC1055"), Some(1055));
        assert_eq!(parse_id(" 1055 "), Some(1055));
        assert_eq!(parse_id("MEC"), None);
        assert_eq!(parse_id("MEC10x"), None);
    }
}
