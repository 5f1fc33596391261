//! The native command-line tool. Placeholder until the rule engine issue lands its commands.

use std::io::{BufRead, Write};

/// Runs the CLI; returns the process exit code.
pub fn run(args: &[String], _stdin: &mut dyn BufRead, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    match args.first().map(String::as_str) {
        Some("--version") => {
            let _ = writeln!(stdout, "listo {}", env!("CARGO_PKG_VERSION"));
            0
        }
        _ => {
            let _ = writeln!(stderr, "uso: listo check ARCHIVO | rules | explain CÓDIGO");
            2
        }
    }
}
