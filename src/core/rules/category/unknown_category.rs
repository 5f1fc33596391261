use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre rejects an item whose `category_id` is not a category of the site
    /// ("invalid category"). A typo in the id, or an id from another country's site, causes it.
    ///
    /// ## Bad example
    /// Categoría: `MEC99999999`
    ///
    /// ## Good example
    /// Categoría: `MEC1055`
    ///
    /// ## Source
    /// Mercado Libre developers, `POST /items/validate` causes (invalid category) [third-party
    /// list of codes]. Listo checks against its catalog: the embedded tree (Mercado Libre's
    /// Spanish tree as observed for Argentina, January 2024) or a fresh `/sites/MEC/categories`
    /// export the user loaded; a category created later is unknown to an old tree, so this is a
    /// warning.
    pub UnknownCategory {
        code: "CA002",
        name: "unknown-category",
        family: Category,
        severity: Warning,
        message: ("La categoría no existe en el catálogo", "The category is not in the catalog"),
        help: (
            "Revisa el id (por ejemplo MEC1055) o carga un árbol de categorías actual.",
            "Check the id (e.g. MEC1055) or load a current category tree.",
        ),
    }
}

impl Rule for UnknownCategory {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let id = cx.listing.category_id.trim();
        if id.is_empty() || cx.category().is_some() {
            return;
        }
        out.report("category_id").message(tr!(
            "La categoría «{id}» no existe en el catálogo de categorías",
            "Category “{id}” is not in the category catalog"
        ));
    }
}
