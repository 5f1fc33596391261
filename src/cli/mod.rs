//! The native command-line tool: `listo check`, `listo rules`, `listo explain`. Everything goes
//! through [`run`], which takes its streams as arguments so tests call it directly.

pub mod args;
pub mod check;
pub mod classify;
pub mod explain_error;
pub mod input;
pub mod output;
pub mod rules;

use crate::core::text::Text;
use args::Command;
use std::io::{BufRead, Write};

fn help() -> Text {
    Text::new(
        "listo: revisa publicaciones de Mercado Libre Ecuador antes de publicarlas.

Uso:
  listo check ARCHIVO [--format text|jsonl|csv] [--input-format csv|xlsx|json|jsonl] [--sheet HOJA]
              [--config CONFIG.json] [--shipping PERFIL.json]
              [--profile CAPACITADOR.json] [--lang es|en]
      Revisa un CSV, una hoja de cálculo (XLSX, XLS, ODS) o JSON de Mercado Libre (un objeto, un
      arreglo o líneas JSON); el formato sale de la extensión o de --input-format (ARCHIVO - =
      entrada estándar). Encabezados y plantilla: docs/bulk.md.
      Sale con 0 si ninguna publicación tiene errores, 1 si alguna tiene, 2 si no se pudo leer.
      csv: una fila por problema (row, title, code, severity, field, message).
      jsonl: una línea por publicación con index, id, score, level, diagnostics y shipping
      (same_day, courier, galapagos: status, reasons, missing; billable_weight_g) y ml_quality
      (level; goals: id, bucket, status).
  listo rules [--lang es|en]      Lista todas las reglas.
  listo explain CÓDIGO            Explica una regla, por ejemplo: listo explain TI002
  listo classify < TÍTULOS        Sugiere categorías para cada título (una línea JSON por título).
  listo classify-report [CSV]     Mide la precisión de las sugerencias sobre títulos etiquetados.
  listo explain-error ARCHIVO|-   Explica en español el error que devolvió Mercado Libre (JSON o texto).
  listo --help | --version

Configuración (JSON): {\"rules\": [[\"TI\", \"off\"], [\"PI003\", \"tip\"]], \"limits\": {\"title_min_words\": 4}}
  Niveles: off, error, warning, tip; gana el prefijo más largo.
Perfil del capacitador (--profile, el archivo que da la app en «Perfil»): {\"name\", \"config\", \"shipping\"}.",
        "listo: checks Mercado Libre Ecuador listings before they are published.

Usage:
  listo check FILE [--format text|jsonl|csv] [--input-format csv|xlsx|json|jsonl] [--sheet SHEET]
              [--config CONFIG.json] [--shipping PROFILE.json]
              [--profile TRAINER.json] [--lang es|en]
      Checks a CSV, a spreadsheet (XLSX, XLS, ODS) or Mercado Libre JSON (one object, an array
      or JSON lines); the format comes from the extension or --input-format (FILE - = standard
      input). Headers and template: docs/bulk.md.
      Exits 0 when no listing has errors, 1 when some do, 2 when the input cannot be read.
      csv: one row per problem (row, title, code, severity, field, message).
      jsonl: one line per listing with index, id, score, level, diagnostics and shipping
      (same_day, courier, galapagos: status, reasons, missing; billable_weight_g) and ml_quality
      (level; goals: id, bucket, status).
  listo rules [--lang es|en]      Lists every rule.
  listo explain CODE              Explains a rule, e.g.: listo explain TI002
  listo classify < TITLES         Suggests categories for each title (one JSON line per title).
  listo classify-report [CSV]     Measures the suggestions' accuracy on labelled titles.
  listo explain-error FILE|-      Explains the error Mercado Libre answered (JSON or text).
  listo --help | --version

Configuration (JSON): {\"rules\": [[\"TI\", \"off\"], [\"PI003\", \"tip\"]], \"limits\": {\"title_min_words\": 4}}
  Levels: off, error, warning, tip; the longest prefix wins.
Trainer's profile (--profile, the file the app gives under “Profile”): {\"name\", \"config\", \"shipping\"}.",
    )
}

/// Runs the CLI; returns the process exit code (0 ok, 1 listings with errors, 2 usage or input
/// problems).
pub fn run(args: &[String], stdin: &mut dyn BufRead, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    // Subcommands with their own arguments go first (src/cli/classify.rs).
    match args.first().map(String::as_str) {
        Some("classify") => return classify::run_classify(stdin, stdout, stderr),
        Some("classify-report") => return classify::run_classify_report(args.get(1..).unwrap_or(&[]), stdout, stderr),
        Some("explain-error") => return explain_error::run(args, stdin, stdout, stderr),
        _ => {}
    }
    let lang = args::lang_of(args);
    let parsed = match args::parse(args) {
        Ok(p) => p,
        Err(msg) => {
            let more = Text::new("Ayuda: listo --help", "Help: listo --help");
            let _ = writeln!(stderr, "listo: {}\n{}", msg.get(lang), more.get(lang));
            return 2;
        }
    };
    let lang = parsed.lang;
    match parsed.command {
        Command::Help => {
            let _ = writeln!(stdout, "{}", help().get(lang));
            0
        }
        Command::Version => {
            let _ = writeln!(stdout, "listo {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Command::Check(check_args) => check::run(&check_args, lang, stdin, stdout, stderr),
        Command::Rules => rules::list(lang, stdout),
        Command::Explain(code) => rules::explain(&code, lang, stdout, stderr),
        // Further subcommands get their arm here and in `args::Command`, or, when they parse
        // their own arguments like `classify`, in the early match at the top of `run`.
    }
}
