//! `listo rules` (every rule, one line each) and `listo explain CODE` (a rule's docs).

use crate::core::rules::registry;
use crate::core::text::{Lang, Text};
use std::io::Write;

pub fn list(lang: Lang, stdout: &mut dyn Write) -> i32 {
    for rule in registry::all() {
        let m = rule.meta();
        let _ = writeln!(stdout, "{}  {:<8} {:<36} {}", m.code, m.severity.as_str(), m.name, m.message().get(lang));
    }
    0
}

pub fn explain(code: &str, lang: Lang, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let Some(rule) = registry::by_code(code) else {
        let prefix: String = code.trim().chars().take(2).collect::<String>().to_ascii_uppercase();
        let similar: Vec<&str> = registry::all().iter().map(|r| r.meta().code).filter(|c| c.starts_with(&prefix)).collect();
        let hint = if similar.is_empty() {
            Text::new("Usa «listo rules» para ver todos los códigos.", "Run “listo rules” to see every code.")
        } else {
            let list = similar.join(", ");
            Text::new(format!("Códigos parecidos: {list}."), format!("Similar codes: {list}."))
        };
        let _ = writeln!(
            stderr,
            "listo: {} {}",
            Text::new(format!("no hay ninguna regla «{code}»."), format!("there is no rule “{code}”.")).get(lang),
            hint.get(lang)
        );
        return 2;
    };
    let m = rule.meta();
    let labels = (Text::new("Mensaje", "Message"), Text::new("Qué hacer", "What to do"));
    let _ = writeln!(stdout, "{} {} ({}, {})", m.code, m.name, m.severity.label().get(lang), m.family.label().get(lang));
    let _ = writeln!(stdout);
    let _ = writeln!(stdout, "{}: {}", labels.0.get(lang), m.message().get(lang));
    let _ = writeln!(stdout, "{}: {}", labels.1.get(lang), m.help().get(lang));
    let _ = writeln!(stdout);
    let _ = writeln!(stdout, "{}", m.docs_text());
    0
}
