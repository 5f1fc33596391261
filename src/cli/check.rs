//! `listo check FILE`: reads listings (one object, an array or JSON lines; `-` is standard
//! input), checks each with the engine and prints them. Exit code 0 when no listing has an
//! error, 1 when some do, 2 when the input or the configuration cannot be read.

use super::args::{CheckArgs, Format};
use super::output::{jsonl, text, Checked, Summary};
use crate::core::engine::{Config, Engine};
use crate::core::listing::import::parse_items;
use crate::core::share::profile::ProfileFile;
use crate::core::shipping::ShippingProfile;
use crate::core::text::{Lang, Text};
use std::io::{BufRead, Write};

/// Reads the input as UTF-8 text, from a file or standard input.
fn read_input(file: &str, stdin: &mut dyn BufRead) -> Result<String, Text> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        stdin
            .read_to_end(&mut buf)
            .map_err(|e| Text::new(format!("No se pudo leer la entrada estándar: {e}"), format!("Could not read standard input: {e}")))?;
        buf
    } else {
        std::fs::read(file).map_err(|e| Text::new(format!("No se pudo leer «{file}»: {e}"), format!("Could not read “{file}”: {e}")))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Text::new(
            format!("«{file}» no es texto UTF-8 (byte {at}); guárdalo como UTF-8."),
            format!("“{file}” is not UTF-8 text (byte {at}); save it as UTF-8."),
        )
    })
}

fn read_config(path: Option<&str>) -> Result<Config, Text> {
    let Some(path) = path else { return Ok(Config::default()) };
    let text = std::fs::read_to_string(path)
        .map_err(|e| Text::new(format!("No se pudo leer la configuración «{path}»: {e}"), format!("Could not read the configuration “{path}”: {e}")))?;
    Config::from_json(&text).map_err(|e| {
        Text::new(format!("La configuración «{path}» no es válida: {}", e.es), format!("The configuration “{path}” is not valid: {}", e.en))
    })
}

fn read_shipping(path: Option<&str>) -> Result<Option<ShippingProfile>, Text> {
    let Some(path) = path else { return Ok(None) };
    let text = std::fs::read_to_string(path).map_err(|e| {
        Text::new(format!("No se pudo leer el perfil de envío «{path}»: {e}"), format!("Could not read the shipping profile “{path}”: {e}"))
    })?;
    ShippingProfile::from_json(&text).map(Some).map_err(|e| {
        Text::new(format!("El perfil de envío «{path}» no es válido: {e}"), format!("The shipping profile “{path}” is not valid: {e}"))
    })
}

/// A trainer's profile file: `{"name", "config", "shipping"}` (what the app's "Descargar archivo" gives).
fn read_profile(path: &str) -> Result<ProfileFile, Text> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Text::new(format!("No se pudo leer el perfil «{path}»: {e}"), format!("Could not read the profile “{path}”: {e}")))?;
    ProfileFile::from_json(&text)
        .map_err(|e| Text::new(format!("El perfil «{path}» no es válido: {}", e.es), format!("The profile “{path}” is not valid: {}", e.en)))
}

pub fn run(args: &CheckArgs, lang: Lang, stdin: &mut dyn BufRead, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let fail = |stderr: &mut dyn Write, msg: Text| {
        let _ = writeln!(stderr, "listo: {}", msg.get(lang));
        2
    };
    let settings = match &args.profile {
        Some(path) => read_profile(path).map(|p| (p.config, Some(p.shipping))),
        None => read_config(args.config.as_deref()).and_then(|c| Ok((c, read_shipping(args.shipping.as_deref())?))),
    };
    let (config, shipping) = match settings {
        Ok(s) => s,
        Err(msg) => return fail(stderr, msg),
    };
    let input = match read_input(&args.file, stdin) {
        Ok(t) => t,
        Err(msg) => return fail(stderr, msg),
    };
    let items = match parse_items(&input) {
        Ok(items) => items,
        Err(err) => {
            let name = if args.file == "-" { "stdin" } else { args.file.as_str() };
            let _ = writeln!(stderr, "listo: {name}: {}", err.message.get(lang));
            return 2;
        }
    };
    let mut engine = Engine::new(config);
    if let Some(profile) = shipping {
        engine = engine.with_shipping(profile);
    }
    let mut summary = Summary::default();
    for (index, item) in items.into_iter().enumerate() {
        let report = engine.check(&item.listing);
        let checked = Checked {
            index,
            line: item.line,
            id: item.listing.id,
            title: item.listing.title,
            report,
            notes: item.notes,
        };
        summary.add(&checked);
        let written = match args.format {
            Format::Text => writeln!(stdout, "{}", text::listing(&checked, lang)),
            Format::Jsonl => {
                for note in &checked.notes {
                    let _ = writeln!(stderr, "listo: {} {}: {}", Text::new("línea", "line").get(lang), checked.line, note.message.get(lang));
                }
                writeln!(stdout, "{}", jsonl::line(&checked, lang))
            }
        };
        if written.is_err() {
            // The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
            break;
        }
    }
    match args.format {
        Format::Text => {
            let _ = writeln!(stdout, "{}", summary.line(lang));
        }
        Format::Jsonl => {
            let _ = writeln!(stderr, "{}", summary.line(lang));
        }
    }
    i32::from(summary.with_errors > 0)
}
