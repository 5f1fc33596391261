//! `listo check FILE`: reads listings from a CSV, a spreadsheet or Mercado Libre JSON (`-` is
//! standard input), checks each with the engine and prints them in input order. Exit code 0 when
//! no listing has an error, 1 when some do, 2 when the input or the configuration cannot be read
//! (a broken JSON line is reported and the other lines are still checked, then the exit is 2).
//!
//! The work runs on every core: the input is read in chunks on this thread; each chunk is parsed,
//! checked and formatted on rayon's pool; finished chunks are written in order. A bounded number
//! of chunks is in flight, so memory stays flat however big the input.

use super::args::{CheckArgs, Format};
use super::input::{Item, Source};
use super::output::{csv, jsonl, text, Checked, Summary};
use crate::core::bulk;
use crate::core::engine::{Config, Engine, QualityLevel};
use crate::core::share::profile::ProfileFile;
use crate::core::shipping::ShippingProfile;
use crate::core::text::{Lang, Text};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::{mpsc, Arc};

/// Listings per chunk: big enough that handing a chunk to the pool costs nothing next to checking
/// it, small enough that the first results appear at once.
const CHUNK: usize = 512;

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

/// What one item gave: text for stdout and stderr, and what the summary counts.
#[derive(Default)]
struct Done {
    out: String,
    err: String,
    counted: Option<(QualityLevel, bool)>,
    failed: bool,
}

/// What every worker needs, shared.
struct Job {
    engine: Engine,
    format: Format,
    lang: Lang,
}

impl Job {
    fn process(&self, item: Item) -> Done {
        let (index, row, json) = match item {
            Item::Failed(e) => return Done { err: format!("listo: {}\n", e.message.get(self.lang)), failed: true, ..Done::default() },
            Item::Row { index, row, json } => (index, *row, json),
            Item::Line { line, index, bytes } => match bulk::line_row(&bytes, line) {
                None => return Done::default(),
                Some(Err(e)) => return Done { err: format!("listo: {}\n", e.message.get(self.lang)), failed: true, ..Done::default() },
                Some(Ok(row)) => (index, row, true),
            },
        };
        let report = self.engine.check(&row.listing);
        let checked = Checked {
            index,
            line: row.row,
            table: !json,
            id: row.listing.id,
            title: row.listing.title,
            report,
            notes: row.problems,
        };
        let mut done = Done { counted: Some((checked.report.level, checked.has_error())), ..Done::default() };
        let lang = self.lang;
        match self.format {
            Format::Text => done.out = format!("{}\n", text::listing(&checked, lang)),
            Format::Jsonl => {
                if json {
                    for note in &checked.notes {
                        done.err.push_str(&format!("listo: {}\n", note.message.get(lang)));
                    }
                }
                done.out = format!("{}\n", jsonl::line(&checked, lang));
            }
            Format::Csv => done.out = csv::rows(&checked, lang),
        }
        done
    }
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
    let name = if args.file == "-" { "stdin" } else { args.file.as_str() };
    let mut source = match Source::open(&args.file, args.input_format, args.sheet.clone(), stdin) {
        Ok(s) => s,
        Err(msg) => {
            let _ = writeln!(stderr, "listo: {name}: {}", msg.get(lang));
            return 2;
        }
    };
    for notice in &source.notices {
        let _ = writeln!(stderr, "listo: {name}: {}", notice.get(lang));
    }
    let mut engine = Engine::new(config);
    if let Some(profile) = shipping {
        engine = engine.with_shipping(profile);
    }
    let job = Arc::new(Job { engine, format: args.format, lang });
    if args.format == Format::Csv {
        let _ = stdout.write_all(csv::HEADER.as_bytes());
    }
    let (summary, unreadable) = run_chunks(&mut source, &job, stdout, stderr);
    match args.format {
        Format::Text => {
            let _ = writeln!(stdout, "{}", summary.line(lang));
        }
        Format::Jsonl | Format::Csv => {
            let _ = writeln!(stderr, "{}", summary.line(lang));
        }
    }
    let _ = stdout.flush();
    if unreadable {
        2
    } else {
        i32::from(summary.with_errors > 0)
    }
}

/// Reads chunks, checks them on the pool, writes them in order. Returns the summary and whether
/// some part of the input could not be read.
fn run_chunks(source: &mut Source<'_>, job: &Arc<Job>, stdout: &mut dyn Write, stderr: &mut dyn Write) -> (Summary, bool) {
    let max_in_flight = rayon::current_num_threads() * 2 + 1;
    let (tx, rx) = mpsc::channel::<(usize, Vec<Done>)>();
    let mut summary = Summary::default();
    let mut unreadable = false;
    let mut finished: BTreeMap<usize, Vec<Done>> = BTreeMap::new();
    let (mut sent, mut written, mut broken_pipe) = (0usize, 0usize, false);
    // One write per chunk: standard output is line-buffered, and a write per listing is a system
    // call per listing.
    let mut batch = String::new();
    let mut write_ready = |finished: &mut BTreeMap<usize, Vec<Done>>, written: &mut usize, summary: &mut Summary, unreadable: &mut bool| {
        while let Some(chunk) = finished.remove(written) {
            *written += 1;
            batch.clear();
            for done in chunk {
                if let Some((level, has_error)) = done.counted {
                    summary.count(level, has_error);
                }
                *unreadable |= done.failed;
                if !done.err.is_empty() {
                    let _ = stderr.write_all(done.err.as_bytes());
                }
                batch.push_str(&done.out);
            }
            // The reader went away (e.g. `| head`): stop writing, as Unix tools do.
            if !broken_pipe && stdout.write_all(batch.as_bytes()).and_then(|()| stdout.flush()).is_err() {
                broken_pipe = true;
            }
        }
        broken_pipe
    };
    loop {
        let chunk = source.next_chunk(CHUNK);
        if chunk.is_empty() {
            break;
        }
        while sent - written >= max_in_flight {
            let Ok((k, done)) = rx.recv() else { break };
            finished.insert(k, done);
            write_ready(&mut finished, &mut written, &mut summary, &mut unreadable);
        }
        let (job, tx, k) = (Arc::clone(job), tx.clone(), sent);
        rayon::spawn(move || {
            use rayon::prelude::*;
            let done: Vec<Done> = chunk.into_par_iter().map(|item| job.process(item)).collect();
            let _ = tx.send((k, done));
        });
        sent += 1;
        while let Ok((k, done)) = rx.try_recv() {
            finished.insert(k, done);
        }
        if write_ready(&mut finished, &mut written, &mut summary, &mut unreadable) {
            break;
        }
    }
    drop(tx);
    while written < sent {
        let Ok((k, done)) = rx.recv() else { break };
        finished.insert(k, done);
        write_ready(&mut finished, &mut written, &mut summary, &mut unreadable);
    }
    (summary, unreadable)
}
