use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};
use regex_lite::Regex;
use std::sync::LazyLock;

declare_rule! {
    /// ## Why
    /// Mercado Libre descriptions are plain text: line breaks are the only formatting. HTML tags
    /// pasted from a web shop (`<p>`, `<br>`, `<b>`) show up to buyers as literal text.
    ///
    /// The fix removes the tags, turning `<br>`, paragraphs and list items into line breaks and
    /// `&nbsp;`-style entities into characters. It is safe (only formatting changes) unless the
    /// text has `<style>` or `<script>` blocks, whose contents would remain: then it asks for
    /// review.
    ///
    /// ## Bad example
    /// `<p><b>Termo</b> de acero<br>750 ml</p>`
    ///
    /// ## Good example
    /// `Termo de acero`, a line break, `750 ml`
    ///
    /// ## Source
    /// Mercado Libre developers, descriptions: "plain text only; line breaks are the only
    /// formatting" (reference/listing-rules.md, "Description").
    pub DescriptionHtml {
        code: "DE002",
        name: "description-html",
        family: Description,
        severity: Warning,
        message: ("La descripción tiene etiquetas HTML", "The description has HTML tags"),
        help: (
            "Mercado Libre solo acepta texto simple: quita las etiquetas y usa saltos de línea.",
            "Mercado Libre accepts plain text only: remove the tags and use line breaks.",
        ),
    }
}

const TAGS: &str = "p|br|b|i|u|s|em|strong|div|span|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|a|img|font|center|hr|style|script|small|big|sup|sub|blockquote|pre|code|section|article|header|footer";

static TAG: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)<\s*(/?)\s*({TAGS})\b[^<>]*?/?\s*>")).ok());

static BLANK_LINES: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\n[ \t]*\n(?:[ \t]*\n)+").ok());

/// True when `text` has at least one HTML tag.
pub fn has_html(text: &str) -> bool {
    // Every tag starts with '<': a plain description skips the regex.
    text.contains('<') && TAG.as_ref().is_some_and(|re| re.is_match(text))
}

/// Plain text from HTML-ish text: block tags become line breaks, other tags disappear.
pub fn strip_html(text: &str) -> String {
    let Some(tag) = TAG.as_ref() else { return text.to_string() };
    let replaced = tag.replace_all(text, |caps: &regex_lite::Captures<'_>| {
        let closing = caps.get(1).is_some_and(|m| !m.as_str().is_empty());
        let name = caps.get(2).map(|m| m.as_str().to_ascii_lowercase()).unwrap_or_default();
        match (name.as_str(), closing) {
            ("br", _) | ("hr", _) => "\n".to_string(),
            ("li", false) => "\n- ".to_string(),
            ("p" | "div" | "ul" | "ol" | "tr" | "table" | "blockquote" | "pre" | "section" | "article" | "header" | "footer", _) => {
                "\n".to_string()
            }
            (h, true) if h.starts_with('h') && h.len() == 2 => "\n".to_string(),
            ("td" | "th", true) => " ".to_string(),
            _ => String::new(),
        }
    });
    let decoded = replaced
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&aacute;", "á")
        .replace("&eacute;", "é")
        .replace("&iacute;", "í")
        .replace("&oacute;", "ó")
        .replace("&uacute;", "ú")
        .replace("&ntilde;", "ñ")
        .replace("&amp;", "&");
    let lines: Vec<&str> = decoded.lines().map(str::trim_end).collect();
    let joined = lines.join("\n");
    let tidy = match BLANK_LINES.as_ref() {
        Some(re) => re.replace_all(&joined, "\n\n").into_owned(),
        None => joined,
    };
    tidy.trim().to_string()
}

impl Rule for DescriptionHtml {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let text = &cx.listing.description;
        if !has_html(text) {
            return;
        }
        let lower = text.to_ascii_lowercase();
        let risky = lower.contains("<style") || lower.contains("<script");
        out.report("description").fix(Fix {
            label: tr!("Quitar las etiquetas HTML", "Remove the HTML tags"),
            applicability: if risky { Applicability::NeedsReview } else { Applicability::Safe },
            edits: vec![Edit { field: "description".into(), value: strip_html(text) }],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_keeping_line_breaks() {
        assert!(TAG.is_some() && BLANK_LINES.is_some());
        assert!(has_html("<p>Hola</p>"));
        assert!(!has_html("Medidas < 5 cm y > 2 cm; te quiero <3"));
        assert_eq!(strip_html("<p><b>Termo</b> de acero<br/>750&nbsp;ml</p><ul><li>Tapa</li><li>Asa</li></ul>"), "Termo de acero\n750 ml\n\n- Tapa\n- Asa");
    }
}
