//! Command-line arguments: `check FILE [--format text|jsonl|csv] [--input-format csv|xlsx|json|jsonl]
//! [--sheet NAME] [--config FILE.json] [--shipping PROFILE.json] [--profile TRAINER.json] [--lang es|en]`,
//! `rules`, `explain CODE`, `--help`, `--version`. Hand-written: four flags do not justify a
//! parser crate in the download.

use crate::core::bulk::Format as BulkFormat;
use crate::core::text::{Lang, Text};

/// How `check` prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Grouped per listing, for a person.
    Text,
    /// One JSON object per listing, for tools.
    Jsonl,
    /// One CSV row per problem (row, title, code, severity, field, message), for a spreadsheet.
    Csv,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckArgs {
    /// A path, or `-` for standard input.
    pub file: String,
    pub format: Format,
    pub config: Option<String>,
    /// A shipping profile (JSON) replacing the embedded default, e.g. a trainer's edited limits.
    pub shipping: Option<String>,
    /// A trainer's profile file (`{"name", "config", "shipping"}`, see `core::share::profile`),
    /// instead of `--config` and `--shipping`.
    pub profile: Option<String>,
    /// The input's format when its name does not say it (`-`, or an odd extension).
    pub input_format: Option<BulkFormat>,
    /// A spreadsheet's sheet to read (default: the first).
    pub sheet: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
    Check(CheckArgs),
    Rules,
    Explain(String),
}

/// The command and the language to speak in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub command: Command,
    pub lang: Lang,
}

/// The language asked for with `--lang`, looked up before anything else so even argument errors
/// are reported in it. Unknown values fall back to Spanish (and `parse` reports them).
pub fn lang_of(args: &[String]) -> Lang {
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Lang::from_code(v);
        }
        if arg == "--lang" {
            return it.next().map_or(Lang::Es, |v| Lang::from_code(v));
        }
    }
    Lang::Es
}

fn error(es: String, en: String) -> Text {
    Text::new(es, en)
}

/// Splits `--flag=value` and `--flag value`; returns the flag's value or an error naming it.
fn value_of(flag: &str, inline: Option<&str>, rest: &mut std::slice::Iter<'_, String>) -> Result<String, Text> {
    match inline {
        Some(v) => Ok(v.to_string()),
        None => rest.next().cloned().ok_or_else(|| {
            error(format!("Falta el valor de {flag}."), format!("{flag} needs a value."))
        }),
    }
}

pub fn parse(args: &[String]) -> Result<Parsed, Text> {
    let mut lang = Lang::Es;
    let mut format = Format::Text;
    let mut config = None;
    let mut shipping = None;
    let mut profile = None;
    let mut input_format = None;
    let mut sheet = None;
    let mut positional: Vec<String> = Vec::new();
    let mut help = false;
    let mut version = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v)),
            _ => (arg.as_str(), None),
        };
        match flag {
            "-h" | "--help" => help = true,
            "-V" | "--version" => version = true,
            "--lang" => {
                let v = value_of(flag, inline, &mut it)?;
                lang = match v.trim().to_ascii_lowercase().as_str() {
                    "es" => Lang::Es,
                    "en" => Lang::En,
                    _ => return Err(error(format!("--lang debe ser es o en, no «{v}»."), format!("--lang must be es or en, not “{v}”."))),
                };
            }
            "--format" => {
                let v = value_of(flag, inline, &mut it)?;
                format = match v.trim().to_ascii_lowercase().as_str() {
                    "text" => Format::Text,
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    _ => {
                        return Err(error(
                            format!("--format debe ser text, jsonl o csv, no «{v}»."),
                            format!("--format must be text, jsonl or csv, not “{v}”."),
                        ))
                    }
                };
            }
            "--input-format" => {
                let v = value_of(flag, inline, &mut it)?;
                input_format = Some(BulkFormat::from_name(&v).ok_or_else(|| {
                    error(
                        format!("--input-format debe ser csv, xlsx, json o jsonl, no «{v}»."),
                        format!("--input-format must be csv, xlsx, json or jsonl, not “{v}”."),
                    )
                })?);
            }
            "--sheet" => sheet = Some(value_of(flag, inline, &mut it)?),
            "--config" => config = Some(value_of(flag, inline, &mut it)?),
            "--shipping" => shipping = Some(value_of(flag, inline, &mut it)?),
            "--profile" => profile = Some(value_of(flag, inline, &mut it)?),
            "-" => positional.push(arg.clone()),
            f if f.starts_with('-') => {
                return Err(error(format!("Opción desconocida: {arg}"), format!("Unknown option: {arg}")));
            }
            _ => positional.push(arg.clone()),
        }
    }
    let command = if help {
        Command::Help
    } else if version {
        Command::Version
    } else {
        match positional.split_first() {
            None => return Err(error("Falta la orden: check, rules o explain.".into(), "Missing command: check, rules or explain.".into())),
            Some((cmd, rest)) => match (cmd.as_str(), rest) {
                ("help", _) => Command::Help,
                ("check", [_]) if profile.is_some() && (config.is_some() || shipping.is_some()) => {
                    return Err(error(
                        "--profile ya trae la configuración y el envío: úsalo sin --config ni --shipping.".into(),
                        "--profile already carries the configuration and shipping: use it without --config or --shipping.".into(),
                    ))
                }
                ("check", [file]) => Command::Check(CheckArgs { file: file.clone(), format, config, shipping, profile, input_format, sheet }),
                ("check", []) => {
                    return Err(error(
                        "Falta el archivo: listo check ARCHIVO (o - para la entrada estándar).".into(),
                        "Missing file: listo check FILE (or - for standard input).".into(),
                    ))
                }
                ("rules", []) => Command::Rules,
                ("explain", [code]) => Command::Explain(code.clone()),
                ("explain", []) => {
                    return Err(error("Falta el código: listo explain TI002.".into(), "Missing code: listo explain TI002.".into()))
                }
                // Other subcommands (e.g. `classify`, src/cli/classify.rs) are added here.
                ("check" | "rules" | "explain", extra) => {
                    let extra = extra.join(" ");
                    return Err(error(format!("Argumentos de más: {extra}"), format!("Unexpected arguments: {extra}")));
                }
                (other, _) => {
                    return Err(error(
                        format!("Orden desconocida «{other}»: usa check, rules o explain."),
                        format!("Unknown command “{other}”: use check, rules or explain."),
                    ))
                }
            },
        }
    };
    Ok(Parsed { command, lang })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn flags_in_any_order_and_both_spellings() {
        let p = parse(&args("check --format=jsonl items.json --lang en --config c.json")).unwrap();
        assert_eq!(p.lang, Lang::En);
        assert_eq!(
            p.command,
            Command::Check(CheckArgs {
                file: "items.json".into(),
                format: Format::Jsonl,
                config: Some("c.json".into()),
                shipping: None,
                profile: None,
                input_format: None,
                sheet: None
            })
        );
        assert_eq!(
            parse(&args("check - --input-format=XLSX --sheet Hoja2 --format csv")).unwrap().command,
            Command::Check(CheckArgs {
                file: "-".into(),
                format: Format::Csv,
                config: None,
                shipping: None,
                profile: None,
                input_format: Some(BulkFormat::Spreadsheet),
                sheet: Some("Hoja2".into())
            })
        );
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        assert!(parse(&args("check")).unwrap_err().es.contains("Falta el archivo"));
        assert!(parse(&args("check a b")).unwrap_err().en.contains("Unexpected"));
        assert!(parse(&args("check a --format xml")).unwrap_err().en.contains("text, jsonl or csv"));
        assert!(parse(&args("check a --input-format pdf")).unwrap_err().es.contains("csv, xlsx, json o jsonl"));
        assert!(parse(&args("check a --lang")).unwrap_err().en.contains("needs a value"));
        assert!(parse(&args("frobnicate")).unwrap_err().es.contains("desconocida"));
        assert_eq!(lang_of(&args("x --lang=en")), Lang::En);
    }
}
