//! Class results: a trainer gathers the participants' listings, as the files they exported
//! ("Exportar borradores", CSV, XLSX or Mercado Libre JSON) and as the links they shared
//! (`#compartido=…`, pasted from a chat), into one catalogue the bulk check reads. The class's
//! most common problems then show in the bulk page's charts.
//!
//! Everything gathered becomes one JSON-lines file of Listo's own export entries
//! (`{"name", "listing"}`): the bulk page and `listo check` already read that shape, so the
//! table, the charts, the exports and "open in the editor" work unchanged. What could not be read
//! (a damaged link, a file that is not a table, a cell) is listed with where it was.

use super::{read_table, CellProblem, ReadOptions};
use crate::core::listing::Listing;
use crate::core::share::{self, LISTING_FRAGMENT, PROFILE_FRAGMENT};
use crate::core::text::Text;

/// One participant's file.
pub struct ClassFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// The class gathered into one catalogue.
#[derive(Debug, Default)]
pub struct Gathered {
    /// JSON lines, one export entry per listing, named after where it came from.
    pub jsonl: Vec<u8>,
    /// How many listings came from files and from links.
    pub from_files: usize,
    pub from_links: usize,
    /// What could not be read, each naming the file (and its row and column) or the link's line.
    pub problems: Vec<CellProblem>,
    /// Facts for the trainer: repeated links counted once, a profile link pasted by mistake.
    pub notices: Vec<Text>,
}

impl Gathered {
    pub fn listings(&self) -> usize {
        self.from_files + self.from_links
    }

    fn push(&mut self, name: String, listing: &Listing) {
        let entry = serde_json::json!({ "name": name, "listing": listing });
        if let Ok(line) = serde_json::to_string(&entry) {
            self.jsonl.extend_from_slice(line.as_bytes());
            self.jsonl.push(b'\n');
        }
    }
}

fn problem(row: usize, column: String, message: Text) -> CellProblem {
    CellProblem { row, column, letter: String::new(), field: String::new(), message }
}

/// Reads every file and every link in `pasted` (any text: one link per line, or a chat with links
/// among other words). Never fails: what cannot be read is a problem in the result.
pub fn gather(files: &[ClassFile], pasted: &str) -> Gathered {
    let mut out = Gathered::default();
    for file in files {
        add_file(&mut out, file);
    }
    add_links(&mut out, pasted);
    out
}

fn add_file(out: &mut Gathered, file: &ClassFile) {
    let table = match read_table(file.bytes, file.name, &ReadOptions::default()) {
        Ok(table) => table,
        Err(e) => {
            let message = Text::new(format!("{}: {}", file.name, e.message.es), format!("{}: {}", file.name, e.message.en));
            out.problems.push(problem(0, file.name.to_string(), message));
            return;
        }
    };
    for row in table.rows {
        for p in row.problems {
            out.problems.push(CellProblem {
                message: Text::new(format!("{}: {}", file.name, p.message.es), format!("{}: {}", file.name, p.message.en)),
                column: format!("{} · {}", file.name, p.column),
                ..p
            });
        }
        out.push(format!("{} · {}", file.name, row.row), &row.listing);
        out.from_files += 1;
    }
}

/// The links in pasted text: each word that carries `#compartido=` (quotes, brackets and
/// trailing punctuation from a chat trimmed off), with its 1-based line.
pub fn links_in(pasted: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for (i, line) in pasted.lines().enumerate() {
        for word in line.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']')) {
            let word = word.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if word.contains(&format!("#{LISTING_FRAGMENT}=")) || word.contains(&format!("#{PROFILE_FRAGMENT}=")) {
                out.push((i + 1, word));
            }
        }
    }
    out
}

fn add_links(out: &mut Gathered, pasted: &str) {
    let mut seen = std::collections::HashSet::new();
    let (mut repeated, mut profiles) = (0, 0);
    for (n, (line, word)) in links_in(pasted).into_iter().enumerate() {
        let Some((_, text)) = word.split_once(&format!("#{LISTING_FRAGMENT}=")) else {
            profiles += 1;
            continue;
        };
        if !seen.insert(text) {
            repeated += 1;
            continue;
        }
        match share::listing::open(text) {
            Ok(listing) => {
                out.push(format!("Enlace {} · línea {line}", n + 1), &listing);
                out.from_links += 1;
            }
            Err(e) => {
                let why = e.message();
                out.problems.push(problem(
                    line,
                    format!("Enlace {}", n + 1),
                    Text::new(format!("Enlace {} (línea {line}): {}", n + 1, why.es), format!("Link {} (line {line}): {}", n + 1, why.en)),
                ));
            }
        }
    }
    if repeated > 0 {
        out.notices.push(Text::new(
            format!("{repeated} enlace(s) repetido(s) se contaron una sola vez."),
            format!("{repeated} repeated link(s) counted once."),
        ));
    }
    if profiles > 0 {
        out.notices.push(Text::new(
            format!("{profiles} enlace(s) de perfil del capacitador no son publicaciones: no se revisaron."),
            format!("{profiles} trainer's profile link(s) are not listings: not checked."),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::listing::import::parse_items;

    fn link_to(title: &str) -> String {
        let listing = Listing { title: title.into(), price: "12".into(), ..Listing::default() };
        share::link("https://listo.example/", LISTING_FRAGMENT, &share::listing::seal(&listing))
    }

    #[test]
    fn links_pasted_from_a_chat_become_listings_and_broken_ones_are_named_by_line() {
        let (a, b) = (link_to("Balanceado para perro 15 kg"), link_to("Funda de celular"));
        let damaged = format!("{}x", &a[..a.len() - 6]);
        let chat = format!("[10:02] Ana: mi publicación {a}\n[10:03] Luis: <{b}>.\nhola a todos\n[10:05] Ana: {a}\n[10:06] Eva: {damaged}\n");
        let g = gather(&[], &chat);
        assert_eq!(g.from_links, 2, "{:?}", g.problems);
        let items = parse_items(std::str::from_utf8(&g.jsonl).unwrap()).unwrap();
        let titles: Vec<&str> = items.iter().map(|i| i.listing.title.as_str()).collect();
        assert_eq!(titles, ["Balanceado para perro 15 kg", "Funda de celular"]);
        assert_eq!(g.problems.len(), 1);
        assert_eq!(g.problems[0].row, 5);
        assert!(g.problems[0].message.es.starts_with("Enlace 4 (línea 5):"), "{}", g.problems[0].message.es);
        assert!(g.notices.iter().any(|n| n.es.contains("1 enlace(s) repetido")));
    }

    #[test]
    fn exported_drafts_and_csv_files_are_read_with_problems_named_by_file() {
        let listing = Listing { title: "Chompa de lana".into(), price: "25".into(), ..Listing::default() };
        let export = serde_json::json!([{"name": "Borrador 1", "listing": listing}]).to_string();
        let csv = "Título;Precio\nTaza de cerámica;doce\n";
        let files = [
            ClassFile { name: "ana.json", bytes: export.as_bytes() },
            ClassFile { name: "luis.csv", bytes: csv.as_bytes() },
            ClassFile { name: "foto.csv", bytes: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" },
        ];
        let g = gather(&files, "");
        assert_eq!((g.from_files, g.from_links), (2, 0));
        // Read back as the bulk page reads it: streamed, one JSON line at a time.
        let (rows, _) = crate::core::bulk::stream_rows(&g.jsonl[..], crate::core::bulk::Format::JsonLines, &ReadOptions::default()).unwrap();
        let rows: Vec<_> = rows.map(Result::unwrap).collect();
        assert_eq!(rows[0].listing, listing);
        assert_eq!(rows[1].listing.title, "Taza de cerámica");
        assert_eq!(parse_items(std::str::from_utf8(&g.jsonl).unwrap()).unwrap()[0].listing, listing);
        assert!(g.problems.iter().any(|p| p.message.es.starts_with("luis.csv: ") && p.row == 2), "{:?}", g.problems);
        assert!(g.problems.iter().any(|p| p.message.es.starts_with("foto.csv: ")));
    }

    #[test]
    fn a_profile_link_is_not_a_listing_and_nothing_is_no_listing() {
        let g = gather(&[], "https://listo.example/#perfil=AAAA\n");
        assert_eq!(g.listings(), 0);
        assert!(g.jsonl.is_empty());
        assert_eq!(g.notices.len(), 1);
        assert_eq!(links_in("sin enlaces aquí").len(), 0);
    }
}
