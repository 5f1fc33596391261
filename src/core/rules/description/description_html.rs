use crate::core::diagnostic::{Applicability, Edit, Fix};
use crate::core::engine::Context;
use crate::core::rules::rule::{Findings, Rule};
use crate::{declare_rule, tr};
use crate::core::rules::scan::{boundary, find_all, is_space, literal};

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

/// The tags recognised, in the order the regex `(?i)<\s*(/?)\s*(NAMES)\b[^<>]*?/?\s*>` tries
/// them (the tests keep that regex as the oracle).
const TAGS: [&str; 44] = [
    "p", "br", "b", "i", "u", "s", "em", "strong", "div", "span", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "thead", "tbody", "tr", "td", "th", "a", "img", "font", "center", "hr", "style", "script", "small", "big", "sup", "sub",
    "blockquote", "pre", "code", "section", "article", "header", "footer", "",
];

/// A tag found in the text.
struct Tag {
    start: usize,
    end: usize,
    closing: bool,
    name: String,
}

/// Every tag, leftmost first: `<`, spaces, an optional `/`, spaces, a known name ending at a word
/// boundary, then anything but `<` and `>` up to the first `>`.
fn tags(text: &str) -> Vec<Tag> {
    let t = text.as_bytes();
    let skip = |j: usize| j + t[j..].iter().take_while(|&&b| is_space(b)).count();
    // Where the name starts (after `<`, spaces, an optional `/`, spaces), and whether it closes.
    let name_at = |i: usize| {
        let j = skip(i + 1);
        match t.get(j) {
            Some(b'/') => (skip(j + 1), true),
            _ => (j, false),
        }
    };
    let name_of = |j: usize| TAGS.iter().filter(|n| !n.is_empty()).find_map(|n| literal(t, j, n).filter(|&e| boundary(t, e)).map(|e| (*n, e)));
    find_all(t, |t, i| {
        if t.get(i) != Some(&b'<') {
            return None;
        }
        let (_, after) = name_of(name_at(i).0)?;
        let close = after + t[after..].iter().position(|&b| b == b'<' || b == b'>')?;
        (t[close] == b'>').then_some((close + 1, (i, close + 1)))
    })
    .into_iter()
    .map(|(start, end)| {
        let (j, closing) = name_at(start);
        let name = name_of(j).map_or("", |(n, _)| n).to_string();
        Tag { start, end, closing, name }
    })
    .collect()
}

/// `\n[ \t]*\n(?:[ \t]*\n)+`: three or more line breaks with only blanks between them.
fn blank_lines(text: &str) -> Vec<(usize, usize)> {
    let blank = |t: &[u8], j: usize| j + t[j..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    find_all(text.as_bytes(), |t, i| {
        if t.get(i) != Some(&b'\n') {
            return None;
        }
        let j = blank(t, i + 1);
        if t.get(j) != Some(&b'\n') {
            return None;
        }
        let (mut end, mut more) = (j + 1, 0);
        loop {
            let k = blank(t, end);
            if t.get(k) != Some(&b'\n') {
                break;
            }
            end = k + 1;
            more += 1;
        }
        (more > 0).then_some((end, (i, end)))
    })
}

/// `text` with each span replaced by what `with` says.
fn replace_spans(text: &str, spans: &[(usize, usize)], mut with: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (n, &(start, end)) in spans.iter().enumerate() {
        out.push_str(text.get(last..start).unwrap_or(""));
        out.push_str(&with(n));
        last = end;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    out
}

/// True when `text` has at least one HTML tag.
pub fn has_html(text: &str) -> bool {
    // Every tag starts with '<': a plain description skips the scan.
    text.contains('<') && !tags(text).is_empty()
}

/// Plain text from HTML-ish text: block tags become line breaks, other tags disappear.
pub fn strip_html(text: &str) -> String {
    let found = tags(text);
    let spans: Vec<(usize, usize)> = found.iter().map(|t| (t.start, t.end)).collect();
    let replaced = replace_spans(text, &spans, |n| {
        let tag = &found[n];
        let name = tag.name.to_ascii_lowercase();
        match (name.as_str(), tag.closing) {
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
    let tidy = replace_spans(&joined, &blank_lines(&joined), |_| "\n\n".to_string());
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
        assert!(has_html("<p>Hola</p>"));
        assert!(!has_html("Medidas < 5 cm y > 2 cm; te quiero <3"));
        assert_eq!(strip_html("<p><b>Termo</b> de acero<br/>750&nbsp;ml</p><ul><li>Tapa</li><li>Asa</li></ul>"), "Termo de acero\n750 ml\n\n- Tapa\n- Asa");
    }

    /// Tags (start, end, closing, name) and runs of blank lines, as both sides report them.
    type Found = (Vec<(usize, usize, bool, String)>, Vec<(usize, usize)>);

    /// What the regexes the scanner implements find: tags (whole match, slash, name) and runs
    /// of blank lines.
    fn oracle(text: &str) -> Found {
        let names = TAGS.iter().filter(|n| !n.is_empty()).copied().collect::<Vec<_>>().join("|");
        let tag = regex_lite::Regex::new(&format!(r"(?i)<\s*(/?)\s*({names})\b[^<>]*?/?\s*>")).expect("compiles");
        let blank = regex_lite::Regex::new(r"\n[ \t]*\n(?:[ \t]*\n)+").expect("compiles");
        let tags = tag
            .captures_iter(text)
            .filter_map(|c| {
                let m = c.get(0)?;
                Some((m.start(), m.end(), c.get(1).is_some_and(|s| !s.as_str().is_empty()), c.get(2)?.as_str().to_ascii_lowercase()))
            })
            .collect();
        (tags, blank.find_iter(text).map(|m| (m.start(), m.end())).collect())
    }

    fn scanned(text: &str) -> Found {
        let tags = tags(text).into_iter().map(|t| (t.start, t.end, t.closing, t.name.to_ascii_lowercase())).collect();
        (tags, blank_lines(text))
    }

    #[test]
    fn the_scanner_agrees_with_the_regexes_on_the_examples() {
        for text in ["<P class=x>a</p >", "< / B>", "<pre>x</pre>", "<tbody><th>", "<b <i>", "<br/>", "a\n \n\t\n\nb", "<h7>", "<script>x</script>"] {
            assert_eq!(scanned(text), oracle(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_scanner_agrees_with_the_regexes(text in "(<|>|/| |\\t|\\n|p|br|b|h[0-9]|li|td|th|pre|strong|x|=|\"|ñ){0,20}") {
            proptest::prop_assert_eq!(scanned(&text), oracle(&text));
        }
    }
}
