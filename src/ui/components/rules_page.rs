//! Every rule with its explanation: code, severity, message, help and its docs (why, a bad and a
//! good example, the source). Diagnostics link here with `#regla-CODE`.

use crate::core::rules::registry;
use crate::core::text::Text;
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;

#[component]
pub fn RulesPage(
    /// The rule to scroll to, if any.
    focus: Option<String>,
) -> impl IntoView {
    let lang = use_editor().lang;
    if let Some(code) = focus {
        // Scroll once the page is in the DOM.
        request_animation_frame(move || {
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&format!("regla-{code}"))) {
                el.scroll_into_view();
            }
        });
    }
    view! {
        <main class="listo-main listo-rules">
            <p><a href="#">{move || i18n::BACK_TO_EDITOR.get(lang.get())}</a></p>
            <h2>{move || i18n::RULES_HEADING.get(lang.get())}</h2>
            {registry::all().iter().map(|rule| {
                let meta = rule.meta();
                let docs = meta.docs_text();
                view! {
                    <article class="listo-card listo-rule" id=format!("regla-{}", meta.code)>
                        <h3>
                            <span class="listo-diag__code">{meta.code}</span> " "
                            {move || meta.message().get(lang.get()).to_string()}
                        </h3>
                        <p class="listo-rule__meta">
                            <code>{meta.name}</code> " · " {move || i18n::SEVERITY.get(lang.get())} ": "
                            {move || meta.severity.label().get(lang.get()).to_string()} " · "
                            {move || meta.family.label().get(lang.get()).to_string()}
                        </p>
                        <p>{move || meta.help().get(lang.get()).to_string()}</p>
                        <div class="listo-rule__docs">{render_docs(&docs)}</div>
                    </article>
                }
            }).collect_view()}
        </main>
    }
}

/// Renders the small Markdown subset rule docs use: `## ` headings, paragraphs separated by
/// blank lines, and `code`.
fn render_docs(docs: &str) -> impl IntoView {
    let mut blocks: Vec<(bool, String)> = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, blocks: &mut Vec<(bool, String)>| {
        if !paragraph.trim().is_empty() {
            blocks.push((false, paragraph.trim().to_string()));
        }
        paragraph.clear();
    };
    for line in docs.lines() {
        if let Some(heading) = line.trim().strip_prefix("## ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push((true, heading.to_string()));
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else {
            paragraph.push_str(line.trim());
            paragraph.push(' ');
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
        .into_iter()
        .map(|(heading, text)| {
            if heading {
                let names = docs_heading(&text);
                view! { <h4>{names.es} " / " {names.en}</h4> }.into_any()
            } else {
                view! { <p>{inline_code(&text)}</p> }.into_any()
            }
        })
        .collect_view()
}

/// Spanish names of the docs headings, which are written in English in the source.
fn docs_heading(heading: &str) -> Text {
    let es = match heading.trim() {
        "Why" => "Por qué",
        "Bad example" => "Ejemplo malo",
        "Good example" => "Ejemplo bueno",
        "Source" => "Fuente",
        "Fix" => "Corrección",
        other => other,
    };
    Text::new(es, heading)
}

/// Splits `a `code` b` into text and <code> pieces.
fn inline_code(text: &str) -> impl IntoView {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                view! { <code>{part.to_string()}</code> }.into_any()
            } else {
                part.to_string().into_any()
            }
        })
        .collect_view()
}

/// What Listo is, where its data comes from, and what it never does.
#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_editor().lang;
    view! {
        <main class="listo-main listo-about">
            <p><a href="#">{move || i18n::BACK_TO_EDITOR.get(lang.get())}</a></p>
            <article class="listo-card">
                <h2>{move || i18n::ABOUT.get(lang.get())}</h2>
                <p>{move || i18n::ABOUT_TEXT.get(lang.get())}</p>
                <p>{move || i18n::ABOUT_RULES.get(lang.get())}</p>
            </article>
        </main>
    }
}
