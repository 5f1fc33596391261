//! Importing a file into drafts: Listo's own export (`[{"name", "listing"}]`) or Mercado Libre
//! item JSON (one object, an array, or JSON lines). Pure, so it is tested natively.

use crate::core::listing::import::{parse_items, ImportNote, InputError};
use crate::core::listing::Listing;
use serde::Deserialize;

/// One draft to add.
#[derive(Debug, PartialEq)]
pub struct ImportedDraft {
    pub name: String,
    pub listing: Listing,
    pub notes: Vec<ImportNote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Exported {
    name: String,
    listing: Listing,
}

/// Reads an import file. Errors name the line and column.
pub fn import_file(text: &str) -> Result<Vec<ImportedDraft>, InputError> {
    if let Ok(exported) = serde_json::from_str::<Vec<Exported>>(text) {
        if !exported.is_empty() {
            return Ok(exported
                .into_iter()
                .map(|e| ImportedDraft { name: e.name, listing: e.listing, notes: Vec::new() })
                .collect());
        }
    }
    Ok(parse_items(text)?
        .into_iter()
        .map(|item| {
            let name = if item.listing.title.trim().is_empty() {
                format!("Importado (línea {})", item.line)
            } else {
                item.listing.title.chars().take(40).collect()
            };
            ImportedDraft { name, listing: item.listing, notes: item.notes }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::state::drafts::DraftBook;

    #[test]
    fn reads_back_listos_own_export() {
        let mut book = DraftBook::default();
        book.set_current_listing(Listing { title: "Chompa de lana".into(), price: "25".into(), ..Listing::default() });
        let drafts = import_file(&book.export_json()).unwrap();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].name, "Borrador 1");
        assert_eq!(drafts[0].listing.price, "25");
    }

    #[test]
    fn reads_mercado_libre_items_and_names_them_by_title() {
        let drafts = import_file("{\"title\": \"Balanceado para perro 15 kg\"}\n{\"price\": 3}").unwrap();
        assert_eq!(drafts[0].name, "Balanceado para perro 15 kg");
        assert_eq!(drafts[1].name, "Importado (línea 2)");
    }

    #[test]
    fn broken_files_say_where() {
        let err = import_file("[{\"title\": \"a\",}]").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.es.contains("columna"));
    }
}
