//! "Resultados de la clase": many participants' files (picked or dropped together) and the links
//! they shared (pasted), gathered by `core::bulk::class` into one catalogue the page checks as
//! usual. What could not be read joins the page's list of cells that could not be read, naming
//! the file or the link's line.

use crate::reader::CellNote;
use listo::core::bulk::class::{gather, ClassFile, Gathered};
use listo::core::text::Text;

/// What the page adds to the results of a class check.
pub struct ClassInfo {
    /// "Clase: 3 archivos y 12 enlaces", shown instead of a file name.
    pub label: Text,
    pub cells: Vec<CellNote>,
    pub notices: Vec<Text>,
}

/// The name the gathered listings are read back under (it picks the JSON-lines reader).
pub const FILE_NAME: &str = "clase.jsonl";

/// The files of a pick or a drop, taken at once: the list is live, and the page clears the
/// input (so the same file can be picked again) before the files are read.
pub fn take(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Reads the files' bytes from the browser.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for file in files {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        out.push((file.name(), bytes));
    }
    out
}

/// Gathers the class: the bytes to check and what to add to the results, or (when nothing could
/// be read as a listing) the message to show.
pub fn prepare(files: &[(String, Vec<u8>)], pasted: &str) -> Result<(Vec<u8>, ClassInfo), Text> {
    let files: Vec<ClassFile> = files.iter().map(|(name, bytes)| ClassFile { name, bytes }).collect();
    let gathered = gather(&files, pasted);
    let label = label(&gathered, files.len());
    let Gathered { jsonl, problems, notices, .. } = gathered;
    let cells: Vec<CellNote> = problems.into_iter().map(|p| CellNote { row: p.row, column: p.column, message: p.message }).collect();
    if jsonl.is_empty() {
        let first = cells.first().map(|c| c.message.clone());
        return Err(match first {
            Some(why) => Text::new(format!("No se encontró ninguna publicación. {}", why.es), format!("No listing was found. {}", why.en)),
            None => Text::new(
                "No se encontró ningún enlace de Listo (los que contienen «#compartido=»). Pega los enlaces que te enviaron los participantes.",
                "No Listo link was found (those containing “#compartido=”). Paste the links the participants sent you.",
            ),
        });
    }
    Ok((jsonl, ClassInfo { label, cells, notices }))
}

fn label(g: &Gathered, files: usize) -> Text {
    let n = g.listings();
    match (files, g.from_links) {
        (0, links) => Text::new(format!("Clase: {links} enlace(s)"), format!("Class: {links} link(s)")),
        (files, 0) => Text::new(format!("Clase: {files} archivos, {n} publicaciones"), format!("Class: {files} files, {n} listings")),
        (files, links) => Text::new(format!("Clase: {files} archivos y {links} enlace(s)"), format!("Class: {files} files and {links} link(s)")),
    }
}
