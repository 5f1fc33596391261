//! Text for a seller: one block per listing with its score and level, then each problem with
//! the field named as the form names it, what to do, and the fix Listo can apply.

use super::Checked;
use crate::core::diagnostic::{Applicability, Diagnostic, Severity};
use crate::core::text::{Lang, Text};
use std::fmt::Write as _;

/// The field as the seller's form calls it: "price" → "Precio", "pictures[2]" → "Foto 3".
pub fn field_label(field: &str) -> Text {
    if let Some(n) = field.strip_prefix("pictures[").and_then(|r| r.strip_suffix(']')).and_then(|n| n.parse::<usize>().ok()) {
        let n = n + 1;
        return Text::new(format!("Foto {n}"), format!("Picture {n}"));
    }
    let (es, en) = match field {
        "title" => ("Título", "Title"),
        "price" => ("Precio", "Price"),
        "currency_id" => ("Moneda", "Currency"),
        "available_quantity" => ("Cantidad disponible", "Available quantity"),
        "condition" => ("Condición", "Condition"),
        "listing_type_id" => ("Tipo de publicación", "Listing type"),
        "buying_mode" => ("Modalidad de compra", "Buying mode"),
        "category_id" => ("Categoría", "Category"),
        "description" => ("Descripción", "Description"),
        "pictures" => ("Fotos", "Pictures"),
        "warranty" => ("Garantía", "Warranty"),
        "sale_terms.WARRANTY_TYPE" => ("Tipo de garantía", "Warranty type"),
        "sale_terms.WARRANTY_TIME" => ("Tiempo de garantía", "Warranty time"),
        "attributes.GTIN" => ("Código de barras (GTIN)", "Barcode (GTIN)"),
        "attributes.BRAND" => ("Marca", "Brand"),
        "attributes.MODEL" => ("Modelo", "Model"),
        "seller_address.city" => ("Ciudad de origen", "Origin city"),
        "seller_address.state" => ("Provincia", "Province"),
        "shipping.mode" => ("Modo de envío", "Shipping mode"),
        "shipping.dimensions" | "shipping.weight" | "shipping.length" | "shipping.width" | "shipping.height" => {
            ("Paquete", "Package")
        }
        other => return Text::new(other, other),
    };
    Text::new(es, en)
}

fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Tip => "·",
    }
}

/// "1 error", "2 errores": the word for `n`, from its singular and plural.
fn count_of(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn counts(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let (e, w, t) = (count(Severity::Error), count(Severity::Warning), count(Severity::Tip));
    match lang {
        Lang::Es => [count_of(e, "error", "errores"), count_of(w, "advertencia", "advertencias"), count_of(t, "sugerencia", "sugerencias")],
        Lang::En => [count_of(e, "error", "errors"), count_of(w, "warning", "warnings"), count_of(t, "tip", "tips")],
    }
    .join(", ")
}

/// The block for one listing.
pub fn listing(checked: &Checked, lang: Lang) -> String {
    let mut out = String::new();
    let n = checked.index + 1;
    let line = checked.line;
    let title: String = checked.title.trim().chars().take(70).collect();
    let head = match (lang, checked.table) {
        (Lang::Es, false) => format!("Publicación {n} (línea {line})"),
        (Lang::En, false) => format!("Listing {n} (line {line})"),
        (Lang::Es, true) => format!("Publicación de la fila {line}"),
        (Lang::En, true) => format!("Listing in row {line}"),
    };
    let id = if checked.id.trim().is_empty() { String::new() } else { format!(" · {}", checked.id.trim()) };
    let title = if title.is_empty() { String::new() } else { format!(" · «{title}»") };
    let _ = writeln!(out, "{head}{id}{title}");
    let report = &checked.report;
    let level = report.level.label();
    let score_word = Text::new("Puntaje", "Score");
    let _ = writeln!(
        out,
        "  {} {}/100 · {} · {}",
        score_word.get(lang),
        report.score,
        level.get(lang),
        counts(&report.diagnostics, lang)
    );
    // Mercado Libre's own level, predicted from its quality goals (weights: Listo's estimate).
    let q = &report.ml_quality;
    let pending: Vec<&str> = q.goals.iter().filter(|g| g.status == crate::core::quality::GoalStatus::NotMet).map(|g| g.id).collect();
    let ml = Text::new(
        format!("Así te verá Mercado Libre: {} ({}/100, pesos estimados por Listo)", q.level.label().es, q.score),
        format!("How Mercado Libre will see you: {} ({}/100, weights estimated by Listo)", q.level.label().en, q.score),
    );
    let pending_word = Text::new("pendientes", "not met");
    let tail = if pending.is_empty() { String::new() } else { format!("; {}: {}", pending_word.get(lang), pending.join(", ")) };
    let _ = writeln!(out, "  {}{tail}", ml.get(lang));
    for note in &checked.notes {
        let _ = writeln!(out, "  {} {}", Text::new("Nota:", "Note:").get(lang), note.message.get(lang));
    }
    let mut helped: Vec<&str> = Vec::new();
    for d in &report.diagnostics {
        let _ = writeln!(
            out,
            "  {} {}: {}  ({} · {})",
            severity_mark(d.severity),
            d.severity.label().get(lang),
            d.message.get(lang),
            field_label(&d.field).get(lang),
            d.code,
        );
        // The same advice under every small picture is noise: give it once per rule.
        if !helped.contains(&d.code.as_str()) {
            helped.push(&d.code);
            let _ = writeln!(out, "      {}", d.help.get(lang));
        }
        if let Some(fix) = &d.fix {
            let how = match fix.applicability {
                Applicability::Safe => Text::new("Arreglo automático", "Automatic fix"),
                Applicability::NeedsReview => Text::new("Arreglo sugerido (revísalo)", "Suggested fix (review it)"),
            };
            let _ = writeln!(out, "      {}: {}", how.get(lang), fix.label.get(lang));
        }
    }
    if report.diagnostics.is_empty() {
        let _ = writeln!(out, "  {}", Text::new("Sin problemas. ¡Lista para publicar!", "No problems. Ready to publish!").get(lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::field_label;

    #[test]
    fn fields_are_named_as_the_form_names_them() {
        assert_eq!(field_label("pictures[2]").es, "Foto 3");
        assert_eq!(field_label("seller_address.city").en, "Origin city");
        assert_eq!(field_label("shipping.weight").es, "Paquete");
        assert_eq!(field_label("attributes.COLOR").es, "attributes.COLOR");
    }
}
