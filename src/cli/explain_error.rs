//! `listo explain-error FILE|-`: Mercado Libre's error answer (JSON body or text) explained in
//! plain Spanish (or English with `--lang en`): per code, the field, what to do, and the rule
//! that checks it. Exit code 0 when some code was found, 1 when none, 2 when the input cannot
//! be read.

use super::args::lang_of;
use crate::core::ml_errors;
use crate::core::text::{Lang, Text};
use std::io::{BufRead, Write};

pub fn run(args: &[String], stdin: &mut dyn BufRead, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let lang = lang_of(args);
    // The file is the first argument that is not `--lang`, its value, or `--lang=…`.
    let mut file = None;
    let mut it = args.iter().skip(1);
    while let Some(arg) = it.next() {
        if arg == "--lang" {
            it.next();
        } else if !arg.starts_with("--lang=") && file.is_none() {
            file = Some(arg.as_str());
        }
    }
    let Some(file) = file else {
        let msg = Text::new("Falta el archivo: listo explain-error ARCHIVO (o - para la entrada estándar).", "Missing file: listo explain-error FILE (or - for standard input).");
        let _ = writeln!(stderr, "listo: {}", msg.get(lang));
        return 2;
    };
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        stdin.read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(file)
    };
    let text = match bytes {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let msg = Text::new(format!("No se pudo leer «{file}»: {e}"), format!("Could not read “{file}”: {e}"));
            let _ = writeln!(stderr, "listo: {}", msg.get(lang));
            return 2;
        }
    };
    let explained = ml_errors::explain(&text);
    if explained.is_empty() {
        let msg = Text::new("No encontré ningún código de error de Mercado Libre en el texto.", "No Mercado Libre error code found in the text.");
        let _ = writeln!(stdout, "{}", msg.get(lang));
        return 1;
    }
    for e in &explained {
        let _ = writeln!(stdout, "{}", render(e, lang));
    }
    0
}

/// One code, as a few lines a seller can read.
pub fn render(e: &ml_errors::Explained, lang: Lang) -> String {
    let t = |es: &str, en: &str| Text::new(es, en).get(lang).to_string();
    let mut out = e.code.clone();
    if !e.known {
        out.push_str(&format!(" ({})", t("código desconocido", "unknown code")));
    }
    let field = match e.field.as_str() {
        "" => t("no se sabe", "unknown"),
        path => {
            let label = super::output::text::field_label(path);
            if label.get(lang) == path { path.to_string() } else { format!("{} ({path})", label.get(lang)) }
        }
    };
    out.push_str(&format!("\n  {}: {field}", t("Campo", "Field")));
    out.push_str(&format!("\n  {}: {}", t("Qué hacer", "What to do"), e.what_to_do.get(lang)));
    if let Some(rule) = e.rule {
        out.push_str(&format!("\n  {}: {rule} (listo explain {rule})", t("Regla de Listo", "Listo rule")));
    }
    if !e.message.is_empty() {
        out.push_str(&format!("\n  {}: {}", t("Mercado Libre dijo", "Mercado Libre said"), e.message));
    }
    out
}
