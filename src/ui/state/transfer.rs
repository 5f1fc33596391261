//! What the import module sends back to the app. Reading a drafts file (Mercado Libre item JSON,
//! or Listo's export) and a `/sites/MEC/categories` export takes a JSON reader for any shape
//! (`serde_json::Value`) and its checks: that code lives in the import module
//! (`src/modules/import/`), not in the first load. The module answers in these typed replies, as
//! JSON text, and the app reads them with the decoder it already has for drafts.

use crate::core::catalog::mec_json;
use crate::core::listing::Listing;
use crate::core::text::Text;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A reply: what was read, or why not (in both languages, naming where).
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply<T> {
    Ok(T),
    Err(Text),
}

/// One imported draft.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftReply {
    pub name: String,
    pub listing: Listing,
    /// Values with an unexpected format that were ignored.
    pub notes: usize,
}

/// A loaded category tree: its compact text and `max_title_length` by category number.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct TreeReply {
    pub compact: String,
    pub title_max: Vec<(u32, usize)>,
}

/// The module's answer for a drafts file.
pub fn drafts_reply(text: &str) -> String {
    encode(&match super::import::import_file(text) {
        Ok(drafts) => Reply::Ok(drafts.into_iter().map(|d| DraftReply { name: d.name, listing: d.listing, notes: d.notes.len() }).collect::<Vec<_>>()),
        Err(e) => Reply::Err(e.message),
    })
}

/// The module's answer for a category tree export.
pub fn tree_reply(text: &str) -> String {
    encode(&match mec_json::load(text) {
        Ok(loaded) => {
            let mut title_max: Vec<(u32, usize)> = loaded.title_max.iter().filter_map(|(&i, &n)| loaded.tree.nodes().get(i as usize).map(|node| (node.id, n))).collect();
            title_max.sort_unstable();
            Reply::Ok(TreeReply { compact: loaded.tree.to_compact(), title_max })
        }
        Err(e) => Reply::Err(e),
    })
}

fn encode<T: Serialize>(reply: &Reply<T>) -> String {
    serde_json::to_string(reply).unwrap_or_default()
}

/// Reads a reply; anything unreadable (a module from another build) is an error to show.
pub fn decode<T: DeserializeOwned>(text: &str) -> Reply<T> {
    serde_json::from_str(text).unwrap_or_else(|_| {
        Reply::Err(Text::new("Listo no pudo leer la respuesta del importador. Recarga la página.", "Listo could not read the importer's answer. Reload the page."))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::Catalog;

    #[test]
    fn drafts_travel_whole_and_errors_keep_their_place() {
        let reply: Reply<Vec<DraftReply>> = decode(&drafts_reply("{\"title\": \"Balanceado para perro 15 kg\", \"price\": \"doce\"}"));
        let Reply::Ok(drafts) = reply else { panic!("{reply:?}") };
        assert_eq!(drafts[0].listing.title, "Balanceado para perro 15 kg");
        assert_eq!(drafts[0].name, "Balanceado para perro 15 kg");
        let Reply::Err(e) = decode::<Vec<DraftReply>>(&drafts_reply("{\"title\": \"ok\"}\n{\"title\": }\n")) else { panic!() };
        assert!(e.es.contains("Línea 2"), "{}", e.es);
        assert!(matches!(decode::<Vec<DraftReply>>("not json"), Reply::Err(_)));
    }

    #[test]
    fn a_tree_travels_as_compact_text_with_its_title_limits() {
        let export = r#"[{"id": "MEC1", "name": "Raíz", "children_categories": [{"id": "MEC2", "name": "Hoja"}]},
                        {"id": "MEC2", "name": "Hoja", "parent_id": "MEC1", "settings": {"max_title_length": 40}}]"#;
        let Reply::Ok(tree) = decode::<TreeReply>(&tree_reply(export)) else { panic!() };
        assert_eq!(tree.title_max, vec![(2, 40)]);
        let catalog = Catalog::embedded().with_loaded_tree(&tree.compact, &tree.title_max).expect("the compact text reads");
        assert_eq!(catalog.max_title_length("MEC2"), Some(40));
        assert_eq!(catalog.tree.len(), 2);
        let Reply::Err(e) = decode::<TreeReply>(&tree_reply("{")) else { panic!() };
        assert!(e.en.contains("not valid JSON"));
    }
}
