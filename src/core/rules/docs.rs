//! A rule's docs as blocks to render: the small Markdown subset the docs use (`## ` headings,
//! paragraphs separated by blank lines, and `code`). Pure, so the rules module renders what is
//! tested here.

use crate::core::text::Text;

/// One block of a rule's docs.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading, with its Spanish name (the source writes headings in English).
    Heading(Text),
    /// A paragraph: pieces of text, each `true` when it is inline code.
    Paragraph(Vec<(bool, String)>),
}

/// Splits docs text (see [`super::rule::RuleMeta::docs_text`]) into blocks.
pub fn blocks(docs: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, blocks: &mut Vec<Block>| {
        if !paragraph.trim().is_empty() {
            blocks.push(Block::Paragraph(inline_code(paragraph.trim())));
        }
        paragraph.clear();
    };
    for line in docs.lines() {
        if let Some(heading) = line.trim().strip_prefix("## ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading(heading_names(heading)));
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else {
            paragraph.push_str(line.trim());
            paragraph.push(' ');
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// Spanish names of the docs headings.
fn heading_names(heading: &str) -> Text {
    let es = match heading.trim() {
        "Why" => "Por qué",
        "Bad example" => "Ejemplo malo",
        "Good example" => "Ejemplo bueno",
        "Source" => "Fuente",
        "Fix" => "Corrección",
        other => other,
    };
    Text::new(es, heading.trim())
}

/// Splits "a `code` b" into text and code pieces (empty pieces dropped).
fn inline_code(text: &str) -> Vec<(bool, String)> {
    text.split('`').enumerate().filter(|(_, p)| !p.is_empty()).map(|(i, p)| (i % 2 == 1, p.to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_code() {
        let b = blocks("## Why\nToo long\ntitles.\n\n## Bad example\n`AAA` is bad\n");
        assert_eq!(b.len(), 4);
        assert_eq!(b[0], Block::Heading(Text::new("Por qué", "Why")));
        assert_eq!(b[1], Block::Paragraph(vec![(false, "Too long titles.".into())]));
        assert_eq!(b[3], Block::Paragraph(vec![(true, "AAA".into()), (false, " is bad".into())]));
    }

    #[test]
    fn every_rule_has_the_four_headings() {
        for meta in super::super::registry::metas() {
            let headings: Vec<String> = blocks(&meta.docs_text())
                .into_iter()
                .filter_map(|b| if let Block::Heading(t) = b { Some(t.en.to_string()) } else { None })
                .collect();
            for h in ["Why", "Bad example", "Good example", "Source"] {
                assert!(headings.iter().any(|x| x == h), "{} lacks {h}", meta.code);
            }
        }
    }
}
