use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

/// How many leaves the message names.
const SHOWN: usize = 5;

declare_rule! {
    /// ## Why
    /// Items can only be published in a leaf category (one with `listing_allowed`): a category
    /// with subcategories, such as "Celulares y Teléfonos", is refused. The message names the
    /// leaves below, those the title points to first.
    ///
    /// ## Bad example
    /// Categoría: `MEC1051` (Celulares y Teléfonos)
    ///
    /// ## Good example
    /// Categoría: `MEC1055` (Celulares y Teléfonos > Celulares y Smartphones)
    ///
    /// ## Source
    /// Mercado Libre developers, categories: publish in a leaf category (`listing_allowed`).
    pub CategoryNotLeaf {
        code: "CA003",
        name: "category-not-leaf",
        family: Category,
        severity: Error,
        message: ("La categoría no es final: tiene subcategorías", "The category is not a leaf: it has subcategories"),
        help: (
            "Elige una de las categorías finales que están debajo.",
            "Choose one of the leaf categories below it.",
        ),
    }
}

impl Rule for CategoryNotLeaf {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(index) = cx.category() else { return };
        let tree = &cx.engine.catalog.tree;
        if tree.is_leaf(index) {
            return;
        }
        // The leaves the title points to come first, then the rest in tree order.
        let mut leaves: Vec<u32> =
            cx.classification().ranked.iter().map(|s| s.index).filter(|&l| tree.is_within(l, index)).take(SHOWN).collect();
        let total = tree.leaves_below(index).count();
        for l in tree.leaves_below(index) {
            if leaves.len() >= SHOWN {
                break;
            }
            if !leaves.contains(&l) {
                leaves.push(l);
            }
        }
        let shown = leaves
            .iter()
            .map(|&l| format!("{} ({})", tree.path_names(l), tree.display_id(l)))
            .collect::<Vec<_>>()
            .join("; ");
        let more = total.saturating_sub(SHOWN);
        let name = tree.path_names(index);
        let finding = out.report("category_id");
        if more > 0 {
            finding.message(tr!(
                "«{name}» no es una categoría final; debajo hay {total} categorías finales, por ejemplo: {shown} (y {more} más)",
                "“{name}” is not a leaf category; {total} leaf categories lie below it, for example: {shown} (and {more} more)"
            ));
        } else {
            finding.message(tr!(
                "«{name}» no es una categoría final; las categorías finales debajo son: {shown}",
                "“{name}” is not a leaf category; the leaf categories below it are: {shown}"
            ));
        }
    }
}
