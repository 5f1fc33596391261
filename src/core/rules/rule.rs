//! How a rule is declared. Like a linter's: a stable code, a kebab-case name naming the bad
//! pattern, a family, a default severity, a message and help in Spanish and English, and docs
//! (the rule's own doc comment, with the headings Why / Bad example / Good example / Source).

use crate::core::diagnostic::{Fix, Severity};
use crate::core::engine::Context;
use crate::core::text::Text;

/// Rule families; the code prefix says the family at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// `LI`: the listing's required fields (price, quantity, condition…).
    Listing,
    /// `TI`: the title.
    Title,
    /// `DE`: the description.
    Description,
    /// `PI`: pictures.
    Pictures,
    /// `AT`: attributes and product identifiers.
    Attributes,
    /// `WA`: warranty.
    Warranty,
    /// `CA`: category fit.
    Category,
    /// `SH`: shipping.
    Shipping,
    /// `HE`: health and beauty products (ARCSA).
    Health,
}

impl Family {
    pub fn label(self) -> Text {
        match self {
            Family::Listing => Text::new("Datos de la publicación", "Listing data"),
            Family::Title => Text::new("Título", "Title"),
            Family::Description => Text::new("Descripción", "Description"),
            Family::Pictures => Text::new("Fotos", "Pictures"),
            Family::Attributes => Text::new("Atributos", "Attributes"),
            Family::Warranty => Text::new("Garantía", "Warranty"),
            Family::Category => Text::new("Categoría", "Category"),
            Family::Shipping => Text::new("Envío", "Shipping"),
            Family::Health => Text::new("Salud y belleza (ARCSA)", "Health and beauty (ARCSA)"),
        }
    }
}

/// Everything about a rule that is not its check.
#[derive(Debug)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub message_es: &'static str,
    pub message_en: &'static str,
    pub help_es: &'static str,
    pub help_en: &'static str,
    /// The rule's doc comment (Markdown): Why / Bad example / Good example / Source.
    pub docs: &'static str,
}

impl RuleMeta {
    pub fn message(&self) -> Text {
        Text::new(self.message_es, self.message_en)
    }

    pub fn help(&self) -> Text {
        Text::new(self.help_es, self.help_en)
    }

    /// The docs with the one leading space rustdoc leaves on every line removed.
    pub fn docs_text(&self) -> String {
        self.docs
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
}

/// Gives a rule's metadata; implemented by [`declare_rule!`].
pub trait Describe {
    fn meta(&self) -> &'static RuleMeta;
}

/// A rule: metadata plus a check. Checks must not panic on any input.
pub trait Rule: Describe + Send + Sync {
    fn check(&self, cx: &Context<'_>, out: &mut Findings);
}

/// One problem a rule found, before the engine applies configuration and renders it.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub field: String,
    /// Overrides the rule's default message (e.g. to say "72 of 60 characters").
    pub message: Option<Text>,
    /// Overrides the rule's default help.
    pub help: Option<Text>,
    pub fix: Option<Fix>,
    /// The finding rests on an editable default (no public Mercado Libre source), so the
    /// engine never reports it as an error: Listo cannot claim Mercado Libre would reject it.
    pub assumption: bool,
}

/// Where a rule puts what it finds.
#[derive(Debug, Default)]
pub struct Findings {
    pub(crate) items: Vec<Finding>,
}

impl Findings {
    /// Reports the rule's default message on `field`.
    pub fn report(&mut self, field: impl Into<String>) -> &mut Finding {
        self.items.push(Finding { field: field.into(), message: None, help: None, fix: None, assumption: false });
        self.items.last_mut().expect("just pushed")
    }
}

impl Finding {
    pub fn message(&mut self, text: Text) -> &mut Self {
        self.message = Some(text);
        self
    }

    pub fn help(&mut self, text: Text) -> &mut Self {
        self.help = Some(text);
        self
    }

    pub fn fix(&mut self, fix: Fix) -> &mut Self {
        self.fix = Some(fix);
        self
    }

    /// Marks the finding as resting on an editable default: reported as a warning at most.
    pub fn assumption(&mut self) -> &mut Self {
        self.assumption = true;
        self
    }
}

/// Declares a rule's struct and metadata; the doc comment becomes the rule's docs.
///
/// ```ignore
/// declare_rule! {
///     /// ## Why
///     /// …
///     pub TitleTooLong {
///         code: "TI003", name: "title-too-long", family: Title, severity: Error,
///         message: ("El título es demasiado largo", "The title is too long"),
///         help: ("Acórtalo…", "Shorten it…"),
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub $name:ident {
            code: $code:literal,
            name: $kebab:literal,
            family: $family:ident,
            severity: $severity:ident,
            message: ($mes:literal, $men:literal $(,)?),
            help: ($hes:literal, $hen:literal $(,)?) $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default, Clone, Copy)]
        pub struct $name;

        impl $crate::core::rules::rule::Describe for $name {
            fn meta(&self) -> &'static $crate::core::rules::rule::RuleMeta {
                static META: $crate::core::rules::rule::RuleMeta = $crate::core::rules::rule::RuleMeta {
                    code: $code,
                    name: $kebab,
                    family: $crate::core::rules::rule::Family::$family,
                    severity: $crate::core::diagnostic::Severity::$severity,
                    message_es: $mes,
                    message_en: $men,
                    help_es: $hes,
                    help_en: $hen,
                    // Without `rule-docs` (the app's first load) the docs ship with the rules module.
                    #[cfg(feature = "rule-docs")]
                    docs: concat!($($doc, "\n"),*),
                    #[cfg(not(feature = "rule-docs"))]
                    docs: "",
                };
                &META
            }
        }
    };
}
