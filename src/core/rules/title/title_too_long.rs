use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::{Context, MAX_TITLE_CHECK_CHARS};
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};

declare_rule! {
    /// ## Why
    /// Mercado Libre refuses a title longer than the category's `max_title_length`, which is 60
    /// characters in most categories. Buyers on phones see only the start of a long title anyway.
    ///
    /// ## Bad example
    /// `Celular Samsung Galaxy A15 128gb 4gb Ram Negro Dual Sim Nuevo Sellado Original Garantia`
    /// (86 characters)
    ///
    /// ## Good example
    /// `Celular Samsung Galaxy A15 128 GB 4 GB RAM Negro` (48 characters)
    ///
    /// ## Source
    /// Mercado Libre developers, category settings `max_title_length` (commonly 60); the
    /// category's own value is used when the catalog knows it. The limit is editable
    /// (`limits.title_max_chars`).
    pub TitleTooLong {
        code: "TI002",
        name: "title-too-long",
        family: Title,
        severity: Error,
        message: ("El título es demasiado largo", "The title is too long"),
        help: (
            "Deja producto, marca, modelo y la característica clave; quita lo que ya está en los atributos.",
            "Keep product, brand, model and the key feature; drop what the attributes already say.",
        ),
    }
}

/// Characters as a person counts them (Unicode scalar values; accents count once).
pub fn title_len(title: &str) -> usize {
    title.trim().chars().count()
}

impl Rule for TitleTooLong {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let max = cx.max_title_chars();
        let len = cx.title_len();
        if len <= max {
            return;
        }
        let over = len - max;
        let finding = out.report("title");
        finding.message(if len > MAX_TITLE_CHECK_CHARS {
            // The engine cut the title before the rules read it: say so, not just "too long".
            tr!(
                "El título tiene {len} caracteres; el máximo es {max}. Listo revisó solo los primeros {MAX_TITLE_CHECK_CHARS}",
                "The title has {len} characters; the maximum is {max}. Listo checked only the first {MAX_TITLE_CHECK_CHARS}"
            )
        } else {
            tr!(
                "El título tiene {len} caracteres; el máximo es {max} (sobran {over})",
                "The title has {len} characters; the maximum is {max} ({over} too many)"
            )
        });
        // Collapsing repeated spaces never changes meaning; offer it only when it is enough, and
        // never on a cut title (the fix would drop what the engine did not read).
        if len > MAX_TITLE_CHECK_CHARS {
            return;
        }
        let collapsed = cx.listing.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if title_len(&collapsed) <= max {
            finding.fix(Fix {
                label: tr!("Quitar espacios repetidos", "Remove repeated spaces"),
                applicability: Applicability::Safe,
                edits: vec![Edit { field: "title".into(), value: collapsed }],
            });
        }
    }
}
