//! The category catalog: Mercado Libre's category tree (embedded natively, fetched as a data file
//! by the app after its first render, or loaded from a fresh export of `/sites/MEC/categories`),
//! per-category settings (title length, required attributes, GTIN), and the category suggestion
//! built from category names plus the project's lexicon. Everything runs in the browser: no server
//! is asked.

pub mod branch;
pub mod classify;
pub mod coverage;
pub mod csv;
pub mod data;
pub mod forecast;
pub mod lexicon;
pub mod lexicon_pack;
pub mod measure;
pub mod measure_records;
pub mod mec_json;
mod model_code;
pub mod near;
pub mod normalize;
pub mod phrase_check;
pub mod settings;
pub mod tree;
pub mod tree_gen;
pub mod tree_pack;
pub mod tuning;
mod vocabulary;
pub mod work_signs;

use crate::core::text::Text;
use classify::{Classification, Classifier, Tuning};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};
use tree::Tree;

/// The embedded tree (generated; see [`tree_gen`]).
#[cfg(feature = "embedded-catalog")]
pub const EMBEDDED_TREE: &str = include_str!("tree.gen.txt");

/// The catalog data file as `build.rs` makes it (tree + lexicon; see [`data`]): what the app
/// fetches, embedded here so the native build and the tests read the very same bytes.
#[cfg(feature = "embedded-catalog")]
pub const EMBEDDED_DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.txt"));

/// Where the catalog's tree came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeSource {
    /// Mercado Libre's Spanish tree as observed for Argentina (MLA), January 2024, shown with MEC ids.
    Embedded,
    /// A file the user loaded (a `/sites/MEC/categories` export).
    Loaded,
    /// Not here yet: the app is fetching the catalog data file. No category verdict is given.
    Pending,
}

/// Tree, settings and classifier.
#[derive(Debug)]
pub struct Catalog {
    pub tree: Tree,
    pub source: TreeSource,
    classifier: Classifier,
    /// `max_title_length` per category from a loaded export, by node index.
    title_max: HashMap<u32, usize>,
    /// The lexicon text, kept so a tree loaded later is classified with the same words.
    lexicon: Arc<str>,
}

#[cfg(feature = "embedded-catalog")]
static EMBEDDED: LazyLock<Arc<Catalog>> = LazyLock::new(|| {
    // Tests guarantee the embedded data reads; an almost empty catalog is the panic-free fallback
    // should it ever not.
    Arc::new(Catalog::from_data(EMBEDDED_DATA).unwrap_or_else(|_| Catalog::new(Tree::fallback(), TreeSource::Embedded, HashMap::new())))
});

// Built without the classifier's index: the app's first load must not carry the code that builds
// one (it arrives with the verdicts module).
static PENDING: LazyLock<Arc<Catalog>> = LazyLock::new(|| {
    Arc::new(Catalog { tree: Tree::fallback(), source: TreeSource::Pending, classifier: Classifier::empty(), title_max: HashMap::new(), lexicon: Arc::from("") })
});

impl Catalog {
    /// Builds the classifier for `tree` from its names and the embedded lexicon (none in the
    /// app's first load, where the lexicon arrives with the data file).
    pub fn new(tree: Tree, source: TreeSource, title_max: HashMap<u32, usize>) -> Catalog {
        Catalog::with_tuning(tree, source, title_max, Tuning::default())
    }

    pub fn with_tuning(tree: Tree, source: TreeSource, title_max: HashMap<u32, usize>, tuning: Tuning) -> Catalog {
        #[cfg(feature = "embedded-catalog")]
        let text = lexicon::EMBEDDED;
        #[cfg(not(feature = "embedded-catalog"))]
        let text = "";
        Catalog::with_lexicon(tree, source, title_max, tuning, text)
    }

    /// As [`Catalog::with_tuning`] with another lexicon text (the tuning example reads the
    /// lexicon file at run time so a change is measured without rebuilding).
    pub fn with_lexicon(tree: Tree, source: TreeSource, title_max: HashMap<u32, usize>, tuning: Tuning, lexicon_text: &str) -> Catalog {
        let (lexicon, _errors) = lexicon::parse_lenient(lexicon_text);
        let classifier = Classifier::new(&tree, &lexicon, tuning);
        Catalog { tree, source, classifier, title_max, lexicon: Arc::from(lexicon_text) }
    }

    /// The embedded catalog, built once.
    #[cfg(feature = "embedded-catalog")]
    pub fn embedded() -> Arc<Catalog> {
        Arc::clone(&EMBEDDED)
    }

    /// The catalog a new engine starts with: the embedded one, or, in the app's first load,
    /// [`Catalog::pending`] until the data file arrives.
    pub fn initial() -> Arc<Catalog> {
        #[cfg(feature = "embedded-catalog")]
        return Catalog::embedded();
        #[cfg(not(feature = "embedded-catalog"))]
        return Catalog::pending();
    }

    /// The stand-in while the data file is on its way: no tree, no lexicon, no verdicts.
    pub fn pending() -> Arc<Catalog> {
        Arc::clone(&PENDING)
    }

    /// Whether the tree is here (false while the app is still fetching it).
    pub fn is_ready(&self) -> bool {
        self.source != TreeSource::Pending
    }

    /// The catalog from a data file (see [`data`]): checked, then built. A damaged file gets a
    /// message that says so in both languages.
    pub fn from_data(text: &str) -> Result<Catalog, Text> {
        use data::DataError;
        let (tree, lexicon) = data::read(text).map_err(|e| match e {
            DataError::NotCatalog => Text::new(
                "El archivo de categorías no es válido (se recibió otra cosa). Recarga la página.",
                "The category file is not valid (something else arrived). Reload the page.",
            ),
            DataError::Version => Text::new(
                "El archivo de categorías es de otra versión de Listo. Recarga la página.",
                "The category file is from another version of Listo. Reload the page.",
            ),
            DataError::Truncated => Text::new(
                "El archivo de categorías llegó incompleto. Revisa tu conexión y recarga la página.",
                "The category file arrived incomplete. Check your connection and reload the page.",
            ),
            DataError::Corrupt => Text::new(
                "El archivo de categorías llegó dañado. Recarga la página.",
                "The category file arrived damaged. Reload the page.",
            ),
        })?;
        let tree = Tree::from_compact(tree)?;
        Ok(Catalog::with_lexicon(tree, TreeSource::Embedded, HashMap::new(), Tuning::default(), lexicon))
    }

    /// A catalog from a `/sites/MEC/categories` export (see [`mec_json`]), classified with this
    /// catalog's lexicon.
    pub fn load_mec_json(&self, text: &str) -> Result<Catalog, Text> {
        let loaded = mec_json::load(text)?;
        Ok(Catalog::with_lexicon(loaded.tree, TreeSource::Loaded, loaded.title_max, Tuning::default(), &self.lexicon))
    }

    /// A catalog from a loaded tree in compact text, with `max_title_length` by category number
    /// (what the app's import module sends), classified with this catalog's lexicon.
    pub fn with_loaded_tree(&self, compact: &str, title_max: &[(u32, usize)]) -> Result<Catalog, Text> {
        let tree = Tree::from_compact(compact)?;
        let title_max = title_max.iter().filter_map(|&(id, n)| tree.index_of(id).map(|i| (i, n))).collect();
        Ok(Catalog::with_lexicon(tree, TreeSource::Loaded, title_max, Tuning::default(), &self.lexicon))
    }

    /// A catalog from a `/sites/MEC/categories` export with the embedded lexicon.
    #[cfg(feature = "embedded-catalog")]
    pub fn from_mec_json(text: &str) -> Result<Catalog, Text> {
        Catalog::embedded().load_mec_json(text)
    }

    /// Suggestions for a text (title, optionally with description, brand and attributes).
    pub fn classify(&self, text: &str) -> Classification {
        self.classifier.classify(&self.tree, text)
    }

    pub fn classifier(&self) -> &Classifier {
        &self.classifier
    }

    /// What the category (given by id) requires, merged from its ancestors down.
    pub fn settings(&self, index: u32) -> settings::Settings {
        let mut s = settings::for_path(&self.tree, index);
        if let Some(&max) = self.tree.path(index).iter().rev().find_map(|i| self.title_max.get(i)) {
            s.max_title_length = Some(settings::Sourced { value: max, source: settings::Source::Export });
        }
        s
    }

    /// The `max_title_length` of the category with this id ("MEC1055"), when known.
    pub fn max_title_length(&self, category_id: &str) -> Option<usize> {
        let index = self.tree.find(category_id)?;
        self.settings(index).max_title_length.map(|m| m.value)
    }

    /// Where the tree comes from, for the README and the app's "about".
    pub fn about(&self) -> Text {
        match self.source {
            TreeSource::Embedded => Text::new(
                format!(
                    "Árbol de categorías: el árbol en español de Mercado Libre tal como se publicaba para Argentina (MLA) en enero de 2024 ({} categorías), mostrado con el prefijo MEC de Ecuador: en Ecuador se observan los mismos números de categoría. Puedes cargar una exportación actual de /sites/MEC/categories para reemplazarlo.",
                    self.tree.len()
                ),
                format!(
                    "Category tree: Mercado Libre's Spanish tree as served for Argentina (MLA) in January 2024 ({} categories), shown with Ecuador's MEC prefix: Ecuador's categories have been observed to use the same numbers. You can load a current export of /sites/MEC/categories to replace it.",
                    self.tree.len()
                ),
            ),
            TreeSource::Pending => Text::new("Cargando el árbol de categorías…", "Loading the category tree…"),
            TreeSource::Loaded => Text::new(
                format!("Árbol de categorías cargado por ti desde una exportación de /sites/MEC/categories ({} categorías).", self.tree.len()),
                format!("Category tree loaded by you from a /sites/MEC/categories export ({} categories).", self.tree.len()),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_data_is_the_generated_tree_and_the_stripped_lexicon() {
        let (tree, lexicon) = data::read(EMBEDDED_DATA).expect("build.rs writes a valid file");
        assert_eq!(tree.trim_end(), EMBEDDED_TREE.trim_end());
        assert_eq!(lexicon, lexicon::EMBEDDED);
        assert!(Catalog::embedded().is_ready() && !Catalog::pending().is_ready());
        let damaged = EMBEDDED_DATA.replacen("Celulares", "Celularez", 1);
        assert!(Catalog::from_data(&damaged).unwrap_err().es.contains("dañado"));
        assert!(Catalog::from_data(&EMBEDDED_DATA[..EMBEDDED_DATA.len() / 2]).unwrap_err().en.contains("incomplete"));
    }

    #[test]
    fn embedded_catalog_has_the_whole_tree() {
        let c = Catalog::embedded();
        assert_eq!(c.tree.len(), 6911);
        assert_eq!(c.tree.top_level().count(), 32);
        assert_eq!(c.tree.nodes().iter().enumerate().filter(|(i, _)| c.tree.is_leaf(*i as u32)).count(), 5692);
        let phones = c.tree.find("MEC1055").unwrap();
        assert_eq!(c.tree.path_names(phones), "Celulares y Teléfonos > Celulares y Smartphones");
        assert!(c.about().en.contains("Argentina"));
    }

    #[test]
    fn a_vague_title_is_also_offered_the_catch_all_category() {
        let c = Catalog::embedded();
        let catch_all = c.tree.find("MEC3530").unwrap();
        assert_eq!(c.tree.path_names(catch_all), "Otras categorías > Otros");
        let vague = c.classify("Kwazpo trelnik");
        let offered = vague.top(3).iter().find(|s| s.index == catch_all).expect("offered among the first three");
        assert!(offered.confidence < 0.3, "{}", offered.confidence);
        let phone = c.classify("Celular Samsung Galaxy A15 128 GB negro");
        assert_ne!(phone.ranked.first().map(|s| s.index), Some(catch_all));
        assert!(phone.ranked.iter().find(|s| s.index == catch_all).is_some_and(|s| s.confidence < 0.01));
    }

    #[test]
    fn a_title_that_reads_like_a_work_suggests_printed_books() {
        let c = Catalog::embedded();
        let books = c.tree.find("MEC412445").unwrap();
        let rank = |title: &str| c.classify(title).ranked.iter().position(|s| s.index == books);
        // Words no product vocabulary knows, a "Title - Author" dash: a book.
        assert_eq!(rank("Crónica de una muerte anunciada - Gabriel García Márquez"), Some(0));
        // The dash counts: without it the same words are weaker evidence of a book.
        let score = |title: &str| c.classify(title).ranked.iter().find(|s| s.index == books).map_or(0.0, |s| s.score);
        assert!(score("Ventanas del alba - Mirtha Quiroga") > score("Ventanas del alba Mirtha Quiroga"));
        // A product title with a dash stays a product.
        assert_ne!(rank("Celular Samsung A15 - 128gb - Negro"), Some(0));
    }

    #[test]
    fn a_word_of_a_matched_phrase_weighs_less_on_its_own() {
        // "pava eléctrica" is the lexicon's phrase for an electric kettle; "pava" alone is the
        // stovetop kettle of the kitchenware department.
        let tree = || Catalog::embedded().tree.clone();
        let with = |part: f32| Catalog::with_tuning(tree(), TreeSource::Embedded, HashMap::new(), Tuning { phrase_part: part, ..Tuning::default() });
        let (full, default) = (with(1.0), Catalog::embedded());
        let stovetop = default.tree.find("MEC74527").unwrap();
        let electric = default.tree.find("MEC10064").unwrap();
        let score = |c: &Catalog, leaf: u32, title: &str| c.classify(title).ranked.iter().find(|s| s.index == leaf).map_or(0.0, |s| s.score);
        let title = "Pava eléctrica con infusor de té para mate";
        let drop = |leaf: u32| score(&full, leaf, title) - score(&default, leaf, title);
        // The lone word's evidence falls; the phrase's own leaf keeps the phrase's weight.
        assert!(drop(stovetop) > 1.0, "{}", drop(stovetop));
        assert!(drop(electric) < drop(stovetop) / 4.0, "{} vs {}", drop(electric), drop(stovetop));
        // Without the phrase the word weighs in full.
        assert_eq!(score(&default, stovetop, "Pava de acero"), score(&full, stovetop, "Pava de acero"));
    }

    #[test]
    fn the_first_word_picks_among_a_departments_leaves_and_never_changes_the_department() {
        let plain = Catalog::with_tuning(Catalog::embedded().tree.clone(), TreeSource::Embedded, HashMap::new(), Tuning { first_word_leaf: 1.0, ..Tuning::default() });
        let default = Catalog::embedded();
        let titles = [
            "Funda silicona celular Samsung A15",
            "Cargador celular tipo C carga rápida",
            "Audífonos bluetooth inalámbricos",
            "Mouse inalámbrico Logitech",
            "Teclado mecánico gamer RGB",
            "Balanceado para perro adulto 15 kg",
            "Collar antipulgas gato",
            "Camiseta deportiva hombre dry fit",
            "Zapatos deportivos mujer running",
            "Crema hidratante facial ácido hialurónico",
            "Shampoo anticaspa 400 ml",
            "Proteína whey chocolate 2 lb",
            "Vitamina C 1000 mg 100 tabletas",
            "Licuadora Oster 10 velocidades",
            "Olla arrocera eléctrica",
            "Taladro percutor inalámbrico",
            "Pelota de fútbol número 5",
            "Muñeca con accesorios",
            "Cuaderno universitario 100 hojas",
            "Pañales etapa 3 paquete",
            // Pedals name the product; the bicycle is what they fit.
            "Pedales de aluminio bicicleta montaña",
            "Galletas de arroz con chocolate",
        ];
        let mut moved = 0;
        for title in titles {
            let (a, b) = (plain.classify(title), default.classify(title));
            let first = |c: &Classification| c.ranked.first().map(|s| default.tree.ancestor_at(s.index, 1));
            assert_eq!(first(&a), first(&b), "{title}: the department changed");
            moved += usize::from(a.ranked.first().map(|s| s.index) != b.ranked.first().map(|s| s.index));
        }
        assert!(moved > 0, "the first word moved no leaf");
    }
}
