//! The native command-line tool. Placeholder until the rule engine issue lands its commands.

pub mod classify;

use std::io::{BufRead, Write};

/// Runs the CLI; returns the process exit code.
pub fn run(args: &[String], stdin: &mut dyn BufRead, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    match args.first().map(String::as_str) {
        Some("--version") => {
            let _ = writeln!(stdout, "listo {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("classify") => classify::run_classify(stdin, stdout, stderr),
        Some("classify-report") => classify::run_classify_report(args.get(1..).unwrap_or(&[]), stdout, stderr),
        _ => {
            let _ = writeln!(stderr, "uso: listo check ARCHIVO | rules | explain CÓDIGO");
            2
        }
    }
}
