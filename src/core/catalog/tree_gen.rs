//! The generator of `tree.gen.txt` from `../shared/data/ml-category-tree-2024.csv`
//! (columns: category_id, name, path, depth, parent_id, is_leaf). The compact file is checked in
//! so the wasm build and CI need no build script; `tests/catalog_tree_gen.rs` fails when it is out
//! of date with the CSV and rewrites it when run with `LISTO_REGEN=1`.

use super::csv;
use super::tree::{parse_id, Entry, Tree};

/// The compact tree for a category CSV, shown with the `site` prefix.
pub fn compact_from_csv(text: &str, site: &str) -> Result<String, String> {
    let tree = tree_from_csv(text, site)?;
    let mut out = String::from(HEADER);
    out.push_str(&tree.to_compact());
    Ok(out)
}

/// The tree of a category CSV, its children in the CSV's order. Checks every row: ids, parents,
/// and that the CSV's leaf flag and depth agree with the tree built from the parents.
pub fn tree_from_csv(text: &str, site: &str) -> Result<Tree, String> {
    let records = csv::parse(text).map_err(|e| format!("line {}: {}", e.line, e.message))?;
    let mut rows = records.into_iter();
    let header = rows.next().ok_or("empty CSV")?;
    let col = |name: &str| header.fields.iter().position(|f| f == name).ok_or(format!("missing column {name}"));
    let (c_id, c_name, c_parent, c_leaf, c_depth) = (col("category_id")?, col("name")?, col("parent_id")?, col("is_leaf")?, col("depth")?);
    let mut entries = Vec::new();
    let mut flags = Vec::new();
    for r in rows {
        let get = |c: usize| r.fields.get(c).map(String::as_str).unwrap_or("");
        let id = parse_id(get(c_id)).ok_or(format!("line {}: bad id {:?}", r.line, get(c_id)))?;
        let parent = match get(c_parent).trim() {
            "" => None,
            p => Some(parse_id(p).ok_or(format!("line {}: bad parent {p:?}", r.line))?),
        };
        let name = get(c_name).trim().to_string();
        if name.is_empty() || name.contains(['\t', '\n']) {
            return Err(format!("line {}: bad name {name:?}", r.line));
        }
        flags.push((id, get(c_leaf).eq_ignore_ascii_case("true"), get(c_depth).trim().parse::<u8>().ok()));
        entries.push(Entry { id, name, parent });
    }
    let tree = Tree::from_entries(site, entries).map_err(|e| e.en)?;
    for (id, leaf, depth) in flags {
        let i = tree.index_of(id).ok_or(format!("{id} lost"))?;
        if tree.is_leaf(i) != leaf {
            return Err(format!("{site}{id}: is_leaf says {leaf}, the tree says otherwise"));
        }
        if depth != tree.node(i).map(|n| n.depth) {
            return Err(format!("{site}{id}: depth {depth:?} disagrees with the tree"));
        }
    }
    Ok(tree)
}

/// The comment lines at the top of `tree.gen.txt`.
const HEADER: &str = "# Mercado Libre's Spanish category tree (as served for Argentina, MLA, Jan 2024), ids shown\n\
# with the MEC prefix. Generated from ../shared/data/ml-category-tree-2024.csv by\n\
# src/core/catalog/tree_gen.rs (run: LISTO_REGEN=1 cargo test --test catalog_tree_gen).\n\
# The ids (numbers, depth-first, on one line; each parent's children in id order, each\n\
# id as its difference from the sibling before it, or the parent's for a first child),\n\
# then one line per category in the same order: depth digit and name. The reader puts\n\
# each parent's children back in name order (src/core/catalog/tree_pack.rs).\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_and_checks_flags() {
        let csv = "category_id,name,path,depth,parent_id,is_leaf\nMLA1,\"A, b\",x,1,,False\nMLA2,B,x,2,MLA1,True\n";
        let out = compact_from_csv(csv, "MEC").unwrap();
        // MLA2 is MLA1's first child: 2 − 1 = 1.
        assert!(out.ends_with("#site MEC\n#ids by-sibling\n1 1\n1A, b\n2B\n"), "{out}");
        let wrong = csv.replace("2,MLA1,True", "2,MLA1,False");
        assert!(compact_from_csv(&wrong, "MEC").unwrap_err().contains("MEC2"));
    }
}
