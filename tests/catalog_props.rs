//! Property tests: the catalog's parsers and the classifier never panic, whatever the input (a
//! panic in wasm kills the page), and their outputs keep their invariants.

use listo::core::catalog::tree::{Entry, Tree};
use listo::core::catalog::{branch, csv, lexicon, mec_json, normalize, tree_pack, work_signs, Catalog};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn classify_never_panics_and_ranks_leaves(text in "\\PC{0,120}") {
        let catalog = Catalog::embedded();
        let c = catalog.classify(&text);
        let mut last = f32::INFINITY;
        for s in &c.ranked {
            prop_assert!(catalog.tree.is_leaf(s.index));
            prop_assert!(s.score <= last);
            prop_assert!((0.0..=1.0).contains(&s.confidence));
            last = s.score;
        }
        let total: f32 = c.ranked.iter().map(|s| s.confidence).sum();
        prop_assert!(total <= 1.0001);
    }

    /// Titles of product words mixed at random often leave the leaf unsure: whenever a branch
    /// is named, it is below a department, above the first suggestion, holds the confidence it
    /// claims, and lists distinct leaves of its own.
    #[test]
    fn a_named_branch_keeps_its_invariants(words in proptest::collection::vec(proptest::sample::select(PRODUCT_WORDS), 1..6)) {
        let catalog = Catalog::embedded();
        let t = &catalog.tree;
        let c = catalog.classify(&words.join(" "));
        if let Some(b) = c.branch(t) {
            let first = c.ranked[0].index;
            prop_assert!(c.ranked[0].confidence < branch::LEAF_SURE);
            prop_assert!(t.is_within(first, b.node) && first != b.node);
            prop_assert!(t.ancestor_at(b.node, 1) != b.node, "never a whole department");
            let held: f32 = c.ranked.iter().filter(|s| t.is_within(s.index, b.node)).map(|s| s.confidence).sum();
            prop_assert!((held - b.confidence).abs() < 1e-4 && b.confidence >= branch::BRANCH_SURE);
            prop_assert!(!b.leaves.is_empty() && b.leaves.len() <= branch::MAX_LEAVES && b.leaves.len() <= b.total);
            prop_assert_eq!(b.leaves[0], first);
            let mut seen = b.leaves.clone();
            seen.sort_unstable();
            seen.dedup();
            prop_assert_eq!(seen.len(), b.leaves.len());
            prop_assert!(b.leaves.iter().all(|&l| t.is_leaf(l) && t.is_within(l, b.node)));
        }
    }

    #[test]
    fn normalisation_never_panics(text in "\\PC{0,80}") {
        for t in normalize::tokens(&text) {
            prop_assert!(!t.key.is_empty());
        }
        // Each sign counts words of the text, so none can exceed its word count.
        let words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
        prop_assert!(work_signs::article_count(&text) <= words);
        prop_assert!(work_signs::sentence_words(&text) <= words);
        let _ = work_signs::inverted_article(&text);
        let _ = work_signs::leading_article(&text);
        // An author needs a dash or a slash before the name.
        if work_signs::author_after_dash(&text) {
            prop_assert!(text.contains(['-', '–', '—', '/']));
        }
    }

    #[test]
    fn parsers_never_panic(text in "\\PC{0,200}") {
        let _ = mec_json::load(&text);
        let _ = csv::parse(&text);
        let _ = lexicon::parse_lenient(&text);
        let _ = Tree::from_compact(&text);
    }

    /// A packed lexicon's numbers are differences (`lexicon_pack::RELATIVE`): whatever the
    /// numbers, no sum overflows into a panic, and each entry's number is the running sum.
    #[test]
    fn relative_numbers_never_panic(lines in proptest::collection::vec((any::<u32>(), "[a-z]{1,8}"), 0..20)) {
        let text: String = std::iter::once("!relative".to_string())
            .chain(lines.iter().map(|(d, w)| format!("{d} {w}")))
            .collect::<Vec<_>>()
            .join("\n");
        let (entries, _errors) = lexicon::parse_lenient(&text);
        // A line whose sum would overflow is an error and leaves the running number as it was.
        let mut previous = 0u32;
        let expected: Vec<u32> = lines
            .iter()
            .filter_map(|(d, _)| previous.checked_add(*d).inspect(|id| previous = *id))
            .collect();
        let got: Vec<u32> = entries.iter().map(|e| e.id).collect();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn export_shaped_json_never_panics(ids in proptest::collection::vec((0u32..50, proptest::option::of(0u32..50)), 0..30)) {
        let items: Vec<String> = ids
            .iter()
            .map(|(id, parent)| match parent {
                Some(p) => format!("{{\"id\": \"MEC{id}\", \"name\": \"c{id}\", \"parent_id\": \"MEC{p}\"}}"),
                None => format!("{{\"id\": \"MEC{id}\", \"name\": \"c{id}\"}}"),
            })
            .collect();
        let text = format!("[{}]", items.join(","));
        if let Ok(loaded) = mec_json::load(&text) {
            for i in 0..loaded.tree.len() as u32 {
                let path = loaded.tree.path(i);
                prop_assert_eq!(path.last().copied(), Some(i));
                prop_assert!(loaded.tree.leaves_below(i).all(|l| loaded.tree.is_within(l, i)));
            }
        }
    }

    /// Any tree comes back node for node from its compact text: packed (`tree_pack`) when its
    /// children are in name order, with absolute ids when short random names leave them out of
    /// order or tie. And a packed text of any numbers is refused or read, never a panic.
    #[test]
    fn compact_trees_round_trip(nodes in proptest::collection::vec((0u32..100_000, 0usize..64, "[a-c]{1,3}"), 1..40), diffs in proptest::collection::vec(any::<i64>(), 0..6)) {
        let mut entries: Vec<Entry> = Vec::new();
        let mut depths: Vec<usize> = Vec::new();
        for (k, (number, parent, name)) in nodes.iter().enumerate() {
            // Unique ids; every fifth node (by its parent pick) starts a new top level, and so
            // does one that would be deeper than the compact form's one depth digit can say.
            let id = number * 64 + k as u32;
            let parent = (k > 0 && parent % 5 != 0).then(|| parent % k).filter(|&p| depths[p] < 9);
            depths.push(parent.map_or(1, |p| depths[p] + 1));
            entries.push(Entry { id, name: name.clone(), parent: parent.map(|p| entries[p].id) });
        }
        let tree = Tree::from_entries("MEC", entries).expect("parents come first, ids are unique");
        let compact = tree.to_compact();
        prop_assert_eq!(compact.contains(tree_pack::MARK), tree_pack::names_in_order(&tree));
        let back = Tree::from_compact(&compact).expect("a written tree reads back");
        prop_assert_eq!(back.nodes(), tree.nodes());
        let numbers: Vec<String> = diffs.iter().map(i64::to_string).collect();
        let lines: String = (0..diffs.len()).map(|i| format!("{}x{i}\n", 1 + i % 3)).collect();
        let _ = Tree::from_compact(&format!("{}\n{}\n{lines}", tree_pack::MARK, numbers.join(" ")));
    }
}

/// Found by fuzzing (`fuzz/fuzz_targets/catalog_data.rs`): a last line that ends in "\r" kept
/// it in the name, and the tree's written copy ("…\r\n") read back without it.
#[test]
fn a_compact_tree_reads_back_the_same_from_its_written_copy() {
    let tree = Tree::from_compact("#\n2\n10%\0\r").expect("one category");
    assert_eq!(tree.nodes()[0].name, "0%\0");
    let again = Tree::from_compact(&tree.to_compact()).expect("a written tree reads back");
    assert_eq!(again.nodes(), tree.nodes());
}

/// Product words of several departments, so mixed titles are often unsure of their leaf.
const PRODUCT_WORDS: &[&str] = &[
    "funda", "celular", "cargador", "cable", "mica", "audífonos", "parlante", "calza", "buzo", "short",
    "deportivo", "medias", "gorra", "bebé", "chompa", "zapatos", "perro", "gato", "collar", "cama",
    "juguete", "shampoo", "crema", "barba", "licuadora", "repuesto", "vaso", "tapa", "olla", "sartén",
    "taladro", "broca", "pintura", "pincel", "lámpara", "led", "auto", "moto", "freno", "filtro",
];
