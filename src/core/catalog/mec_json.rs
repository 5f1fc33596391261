//! Loads a fresh category tree exported from Mercado Libre's `/sites/MEC/categories` (JSON), so a
//! user can replace the embedded tree. Accepted shapes:
//!
//! - a list of categories, each `{id, name}` and optionally `path_from_root: [{id, name}…]`,
//!   `children_categories: [{id, name}…]`, `parent_id`, `settings: {max_title_length, …}` (the
//!   `/sites/MEC/categories` list plus the `/categories/{id}` detail of each category);
//! - an object `{"categories": [...]}` of the same, or an object keyed by id.
//!
//! Everything is validated; errors are bilingual and say where the file is wrong (a JSON path
//! such as `[12].children_categories[3].id`, or the line and column of a syntax error).

use super::tree::{parse_id, Entry, Tree, MAX_DEPTH};
use crate::core::text::Text;
use serde_json::Value;
use std::collections::HashMap;

/// The result of loading an export.
#[derive(Debug)]
pub struct Loaded {
    pub tree: Tree,
    /// `settings.max_title_length` by node index.
    pub title_max: HashMap<u32, usize>,
}

fn err(at: &str, es: &str, en: &str) -> Text {
    Text::new(format!("Archivo de categorías, en {at}: {es}"), format!("Category file, at {at}: {en}"))
}

struct Collect {
    site: Option<String>,
    /// id → (name, parent), in first-seen order.
    order: Vec<u32>,
    names: HashMap<u32, String>,
    parents: HashMap<u32, Option<u32>>,
    title_max: HashMap<u32, usize>,
}

impl Collect {
    fn id(&mut self, v: Option<&Value>, at: &str) -> Result<u32, Text> {
        let text = match v {
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err(err(at, "el \"id\" debe ser texto como \"MEC1055\".", "\"id\" must be text such as \"MEC1055\".")),
            None => return Err(err(at, "falta \"id\".", "\"id\" is missing.")),
        };
        let t = text.trim();
        let num = parse_id(t).ok_or_else(|| {
            err(at, &format!("\"{t}\" no es un id de categoría como \"MEC1055\"."), &format!("\"{t}\" is not a category id such as \"MEC1055\"."))
        })?;
        let prefix: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_ascii_uppercase();
        if !prefix.is_empty() {
            match &self.site {
                None => self.site = Some(prefix),
                Some(site) if *site != prefix => {
                    return Err(err(
                        at,
                        &format!("el id \"{t}\" es de otro sitio que {site}."),
                        &format!("id \"{t}\" belongs to another site than {site}."),
                    ))
                }
                Some(_) => {}
            }
        }
        Ok(num)
    }

    fn name(&mut self, id: u32, v: Option<&Value>, at: &str) -> Result<(), Text> {
        match v {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                if !self.names.contains_key(&id) {
                    self.order.push(id);
                }
                self.names.insert(id, s.trim().replace(['\t', '\n', '\r'], " "));
                Ok(())
            }
            _ => Err(err(at, "falta \"name\" o está vacío.", "\"name\" is missing or empty.")),
        }
    }

    fn parent(&mut self, id: u32, parent: Option<u32>, at: &str) -> Result<(), Text> {
        match self.parents.get(&id) {
            Some(Some(p)) if parent.is_some() && Some(*p) != parent => Err(err(
                at,
                &format!("la categoría {id} aparece con dos padres distintos ({p} y {}).", parent.unwrap_or(0)),
                &format!("category {id} appears with two different parents ({p} and {}).", parent.unwrap_or(0)),
            )),
            Some(Some(_)) => Ok(()),
            _ => {
                self.parents.insert(id, parent);
                Ok(())
            }
        }
    }

    fn category(&mut self, v: &Value, at: &str) -> Result<(), Text> {
        let Value::Object(obj) = v else {
            return Err(err(at, "se esperaba un objeto de categoría {\"id\", \"name\", …}.", "expected a category object {\"id\", \"name\", …}."));
        };
        let id = self.id(obj.get("id"), &format!("{at}.id"))?;
        self.name(id, obj.get("name"), &format!("{at}.name"))?;
        let mut parent = None;
        if let Some(p) = obj.get("parent_id").filter(|p| !p.is_null()) {
            parent = Some(self.id(Some(p), &format!("{at}.parent_id"))?);
        }
        if let Some(path) = obj.get("path_from_root") {
            let Value::Array(items) = path else {
                return Err(err(&format!("{at}.path_from_root"), "se esperaba una lista.", "expected a list."));
            };
            let mut above: Option<u32> = None;
            for (k, item) in items.iter().enumerate() {
                let here = format!("{at}.path_from_root[{k}]");
                let Value::Object(o) = item else {
                    return Err(err(&here, "se esperaba {\"id\", \"name\"}.", "expected {\"id\", \"name\"}."));
                };
                let pid = self.id(o.get("id"), &format!("{here}.id"))?;
                self.name(pid, o.get("name"), &format!("{here}.name"))?;
                if pid == id {
                    parent = parent.or(above);
                    break;
                }
                self.parent(pid, above, &here)?;
                above = Some(pid);
            }
        }
        self.parent(id, parent, at)?;
        if let Some(children) = obj.get("children_categories") {
            let Value::Array(items) = children else {
                return Err(err(&format!("{at}.children_categories"), "se esperaba una lista.", "expected a list."));
            };
            for (k, item) in items.iter().enumerate() {
                let here = format!("{at}.children_categories[{k}]");
                let Value::Object(o) = item else {
                    return Err(err(&here, "se esperaba {\"id\", \"name\"}.", "expected {\"id\", \"name\"}."));
                };
                let cid = self.id(o.get("id"), &format!("{here}.id"))?;
                self.name(cid, o.get("name"), &format!("{here}.name"))?;
                self.parent(cid, Some(id), &here)?;
            }
        }
        if let Some(max) = obj.get("settings").and_then(|s| s.get("max_title_length")).filter(|m| !m.is_null()) {
            match max.as_u64().filter(|m| (1..=1000).contains(m)) {
                Some(m) => {
                    self.title_max.insert(id, m as usize);
                }
                None => {
                    return Err(err(
                        &format!("{at}.settings.max_title_length"),
                        "debe ser un número entero entre 1 y 1000.",
                        "must be a whole number between 1 and 1000.",
                    ))
                }
            }
        }
        Ok(())
    }
}

/// Reads an export. See the module docs for the shapes accepted.
pub fn load(text: &str) -> Result<Loaded, Text> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        Text::new(
            format!("Archivo de categorías: no es JSON válido (línea {line}, columna {column})."),
            format!("Category file: not valid JSON (line {line}, column {column})."),
        )
    })?;
    let mut c = Collect { site: None, order: Vec::new(), names: HashMap::new(), parents: HashMap::new(), title_max: HashMap::new() };
    match &value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                c.category(item, &format!("[{i}]"))?;
            }
        }
        Value::Object(obj) if obj.get("categories").is_some_and(Value::is_array) => {
            if let Some(Value::Array(items)) = obj.get("categories") {
                for (i, item) in items.iter().enumerate() {
                    c.category(item, &format!("categories[{i}]"))?;
                }
            }
        }
        Value::Object(obj) if obj.get("id").is_some() => c.category(&value, "$")?,
        Value::Object(obj) => {
            for (k, item) in obj {
                c.category(item, &format!("[\"{k}\"]"))?;
            }
        }
        _ => {
            return Err(Text::new(
                "Archivo de categorías: se esperaba una lista de categorías (exportación de /sites/MEC/categories).",
                "Category file: expected a list of categories (a /sites/MEC/categories export).",
            ))
        }
    }
    if c.order.is_empty() {
        return Err(Text::new("Archivo de categorías: no tiene ninguna categoría.", "Category file: it has no categories."));
    }
    let site = c.site.clone().unwrap_or_else(|| "MEC".into());
    let entries: Vec<Entry> = c
        .order
        .iter()
        .map(|id| Entry { id: *id, name: c.names.get(id).cloned().unwrap_or_default(), parent: c.parents.get(id).copied().flatten() })
        .collect();
    let tree = Tree::from_entries(&site, entries).map_err(|e| Text::new(format!("Archivo de categorías: {}", e.es), format!("Category file: {}", e.en)))?;
    // A loaded tree travels to the page as compact text, whose depth is one digit.
    if let Some(deep) = tree.nodes().iter().find(|n| n.depth > MAX_DEPTH) {
        let (id, depth) = (format!("{site}{}", deep.id), deep.depth);
        return Err(Text::new(
            format!("Archivo de categorías: {id} está en el nivel {depth}; Listo lee hasta {MAX_DEPTH} niveles (Mercado Libre usa 7)."),
            format!("Category file: {id} is at level {depth}; Listo reads up to {MAX_DEPTH} levels (Mercado Libre uses 7)."),
        ));
    }
    let title_max = c.title_max.iter().filter_map(|(id, m)| tree.index_of(*id).map(|i| (i, *m))).collect();
    Ok(Loaded { tree, title_max })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"[
      {"id": "MEC1051", "name": "Celulares y Teléfonos",
       "children_categories": [{"id": "MEC1055", "name": "Celulares y Smartphones"}]},
      {"id": "MEC1055", "name": "Celulares y Smartphones",
       "path_from_root": [{"id": "MEC1051", "name": "Celulares y Teléfonos"}, {"id": "MEC1055", "name": "Celulares y Smartphones"}],
       "children_categories": [], "settings": {"max_title_length": 60, "listing_allowed": true}},
      {"id": "MEC1648", "name": "Computación"}
    ]"#;

    #[test]
    fn reads_list_with_details() {
        let l = load(EXPORT).unwrap();
        assert_eq!(l.tree.site, "MEC");
        assert_eq!(l.tree.len(), 3);
        let phones = l.tree.find("MEC1055").unwrap();
        assert_eq!(l.tree.path_names(phones), "Celulares y Teléfonos > Celulares y Smartphones");
        assert_eq!(l.title_max.get(&phones), Some(&60));
        assert!(l.tree.is_leaf(l.tree.find("MEC1648").unwrap()));
    }

    #[test]
    fn reads_object_shapes() {
        let keyed = r#"{"MEC1": {"id": "MEC1", "name": "A"}, "MEC2": {"id": "MEC2", "name": "B", "parent_id": "MEC1"}}"#;
        assert_eq!(load(keyed).unwrap().tree.len(), 2);
        let wrapped = r#"{"categories": [{"id": "MEC1", "name": "A"}]}"#;
        assert_eq!(load(wrapped).unwrap().tree.len(), 1);
    }

    #[test]
    fn errors_say_where() {
        let e = load("[{\"id\": \"MEC1\", \"name\": \"A\"},\n {\"id\": \"MEC2\"}]").unwrap_err();
        assert!(e.en.contains("[1].name"), "{e:?}");
        let e = load("[{\"id\": \"MEC1\", \"name\": \"A\", \"children_categories\": [{\"id\": 5, \"name\": \"x\"}]}]").unwrap_err();
        assert!(e.en.contains("[0].children_categories[0].id"), "{e:?}");
        let e = load("[{\"id\": \"MEC1\", \"name\": \"A\"}, {\"id\": \"MLA2\", \"name\": \"B\"}]").unwrap_err();
        assert!(e.es.contains("otro sitio"), "{e:?}");
        let e = load("[{\"id\": \"MEC1\",\n \"name\": }]").unwrap_err();
        assert!(e.en.contains("line 2"), "{e:?}");
        let e = load("[{\"id\": \"MEC2\", \"name\": \"B\", \"parent_id\": \"MEC9\"}]").unwrap_err();
        assert!(e.en.contains("MEC9"), "{e:?}");
        let e = load("[{\"id\": \"MEC1\", \"name\": \"A\", \"settings\": {\"max_title_length\": \"x\"}}]").unwrap_err();
        assert!(e.en.contains("[0].settings.max_title_length"), "{e:?}");
        assert!(load("42").is_err());
        assert!(load("[]").is_err());
    }

    /// A chain of `levels` categories, each the parent of the next.
    fn chain(levels: u32) -> String {
        let item = |i: u32| format!("{{\"id\": \"MEC{i}\", \"name\": \"N{i}\", \"parent_id\": {}}}", if i > 1 { format!("\"MEC{}\"", i - 1) } else { "null".into() });
        format!("[{}]", (1..=levels).map(item).collect::<Vec<_>>().join(","))
    }

    #[test]
    fn nine_levels_travel_as_compact_text_and_a_tenth_is_refused() {
        let nine = load(&chain(9)).unwrap().tree;
        assert_eq!(Tree::from_compact(&nine.to_compact()).unwrap().nodes(), nine.nodes());
        // Before, a tenth level loaded and was written as "10N10", which read back as a
        // second top level, "0N10", and a misleading "MEC2 appears twice".
        let e = load(&chain(10)).unwrap_err();
        assert!(e.es.contains("MEC10 está en el nivel 10") && e.en.contains("up to 9 levels"), "{e:?}");
    }
}
