//! Per-category settings: the title maximum and the attributes a category requires, with the
//! values it allows. Each requirement says where it comes from: a public report of what Mercado
//! Libre Ecuador rejected, Mercado Libre's documentation, a loaded export, or nothing public, in
//! which case it is an *editable default*: the product's assumption, shown as such, never as an
//! official Mercado Libre rule. Settings given on a category apply to every category below it.

use super::tree::Tree;

/// Where a requirement comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A third-party public report of Mercado Libre Ecuador's behaviour (cited).
    Reported(&'static str),
    /// Mercado Libre's documentation (cited).
    Documented(&'static str),
    /// The `/sites/MEC/categories` export the user loaded.
    Export,
    /// No public source: the product's assumption, to be checked and edited.
    EditableDefault,
}

impl Source {
    pub fn is_editable_default(self) -> bool {
        self == Source::EditableDefault
    }

    /// A short citation for messages and docs.
    pub fn cite(self) -> &'static str {
        match self {
            Source::Reported(s) | Source::Documented(s) => s,
            Source::Export => "exportación /sites/MEC/categories cargada / loaded /sites/MEC/categories export",
            Source::EditableDefault => "valor por defecto editable, no es regla oficial / editable default, not an official rule",
        }
    }
}

/// A value and its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// Which values an attribute accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allowed {
    /// Any non-empty value.
    Any,
    /// One of these (compared without case or accents).
    OneOf(&'static [&'static str]),
    /// A number followed by one of these units ("100 ml", "1,5 kg").
    Quantity(&'static [&'static str]),
}

/// An attribute a category requires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequiredAttribute {
    /// Mercado Libre attribute id: "COLOR", "IS_DUAL_SIM".
    pub id: &'static str,
    pub name_es: &'static str,
    pub name_en: &'static str,
    pub allowed: Allowed,
    /// Where the requirement comes from.
    pub source: Source,
    /// Where the allowed values come from.
    pub allowed_source: Source,
}

/// What one category requires, merged from its ancestors down.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// `max_title_length`, when known for this category.
    pub max_title_length: Option<Sourced<usize>>,
    pub required: Vec<RequiredAttribute>,
    /// GTIN required when the product is new (`new_required` / conditionally required).
    pub gtin_when_new: Option<Source>,
}

const SYNC_REPORT: &str = "informe público de errores de sincronización MEC (terceros) / public MEC sync-error report (third party), ../shared/data/mec-category-ids-observed.csv";
const YES_NO: &[&str] = &["Sí", "No"];
const D: Source = Source::EditableDefault;
const R: Source = Source::Reported(SYNC_REPORT);

const fn attr(id: &'static str, name_es: &'static str, name_en: &'static str, allowed: Allowed, source: Source, allowed_source: Source) -> RequiredAttribute {
    RequiredAttribute { id, name_es, name_en, allowed, source, allowed_source }
}

const BRAND: RequiredAttribute = attr("BRAND", "Marca", "Brand", Allowed::Any, D, D);
const MODEL: RequiredAttribute = attr("MODEL", "Modelo", "Model", Allowed::Any, D, D);
const COLOR_D: RequiredAttribute = attr("COLOR", "Color", "Colour", Allowed::Any, D, D);
const SIZE: RequiredAttribute = attr("SIZE", "Talla", "Size", Allowed::Any, D, D);
const GENDER: RequiredAttribute = attr(
    "GENDER",
    "Género",
    "Gender",
    Allowed::OneOf(&["Hombre", "Mujer", "Niños", "Niñas", "Bebés", "Sin género", "Unisex"]),
    D,
    D,
);
const NET_WEIGHT: RequiredAttribute = attr("NET_WEIGHT", "Peso neto", "Net weight", Allowed::Quantity(&["g", "kg", "lb", "oz", "mg"]), D, D);
const VOLUME: RequiredAttribute = attr("VOLUME", "Volumen", "Volume", Allowed::Quantity(&["ml", "l", "oz", "cc"]), D, D);
const PET_SIZE: RequiredAttribute = attr(
    "PET_SIZE",
    "Tamaño de la mascota",
    "Pet size",
    Allowed::OneOf(&["Mini", "Pequeño", "Mediano", "Grande", "Gigante", "Todos los tamaños"]),
    D,
    D,
);

/// Settings declared on one category (and inherited below it).
struct Declared {
    id: u32,
    required: &'static [RequiredAttribute],
    gtin_when_new: Option<Source>,
}

const fn on(id: u32, required: &'static [RequiredAttribute]) -> Declared {
    Declared { id, required, gtin_when_new: None }
}

/// The table. Sourced entries come from the public report on Ecuador (MEC ids observed there);
/// the rest covers the best-selling categories in Ecuador (technology, pets, fashion, beauty,
/// supplements) and the common leaves of the other top-level categories with editable defaults.
static DECLARED: &[Declared] = &[
    // Phones (MEC1055): reported required COLOR, IS_DUAL_SIM, CARRIER.
    Declared {
        id: 1055,
        required: &[
            BRAND,
            MODEL,
            attr("COLOR", "Color", "Colour", Allowed::Any, R, D),
            attr("IS_DUAL_SIM", "Es Dual SIM", "Is dual SIM", Allowed::OneOf(YES_NO), R, D),
            attr("CARRIER", "Compañía telefónica", "Carrier", Allowed::OneOf(&["Liberado", "Claro", "Movistar", "CNT", "Tuenti"]), R, D),
        ],
        gtin_when_new: Some(D),
    },
    // Computers: monitors, PCs, processors (reported), All In One (GTIN conditionally required, reported).
    on(1656, &[BRAND, attr("IS_CURVED", "Es curvo", "Is curved", Allowed::OneOf(YES_NO), R, D), attr("RESOLUTION_TYPE", "Tipo de resolución", "Resolution type", Allowed::OneOf(&["HD", "Full HD", "2K", "Quad HD", "WQHD", "4K", "UHD", "5K", "8K"]), R, D)]),
    on(1649, &[attr("PROCESSOR_LINE", "Línea del procesador", "Processor line", Allowed::Any, R, D), attr("PROCESSOR_MODEL", "Modelo del procesador", "Processor model", Allowed::Any, R, D), attr("DISPLAY_SIZE", "Tamaño de la pantalla", "Display size", Allowed::Any, R, D)]),
    on(1693, &[BRAND, attr("LINE", "Línea", "Line", Allowed::Any, R, D), attr("COMPATIBLE_SOCKETS", "Sockets compatibles", "Compatible sockets", Allowed::Any, R, D)]),
    Declared { id: 126843, required: &[BRAND, attr("PROCESSOR_MODEL", "Modelo del procesador", "Processor model", Allowed::Any, R, D)], gtin_when_new: Some(R) },
    on(1652, &[BRAND, MODEL, attr("PROCESSOR_LINE", "Línea del procesador", "Processor line", Allowed::Any, D, D), attr("RAM", "Memoria RAM", "RAM", Allowed::Any, D, D)]),
    Declared { id: 82085, required: &[BRAND, MODEL], gtin_when_new: Some(D) }, // Tablets
    // Electronics, cameras, consoles, appliances: brand and model.
    on(1000, &[BRAND, MODEL]),
    on(1039, &[BRAND, MODEL]),
    on(1144, &[BRAND]),
    on(5726, &[BRAND, MODEL]),
    on(1648, &[BRAND]),
    on(1051, &[BRAND]),
    // Pets: food (balanceado), beds, toys.
    on(1077, &[BRAND, NET_WEIGHT, PET_SIZE]),
    on(1087, &[BRAND, NET_WEIGHT]),
    on(370542, &[SIZE]),
    on(434794, &[SIZE]),
    on(1071, &[BRAND]),
    // Fashion: clothes and shoes need size, gender, colour.
    on(1430, &[BRAND, SIZE, GENDER, COLOR_D]),
    on(3114, &[BRAND, COLOR_D]),
    on(110761, &[BRAND, COLOR_D]),
    // Beauty: makeup, skin care, perfume (volume).
    on(1246, &[BRAND]),
    on(1248, &[BRAND, COLOR_D]),
    on(1253, &[BRAND, VOLUME]),
    on(1271, &[BRAND, VOLUME, GENDER]),
    // Supplements: sports (protein, creatine) and food supplements (vitamins).
    on(3551, &[BRAND, NET_WEIGHT, attr("FLAVOR", "Sabor", "Flavour", Allowed::Any, D, D)]),
    on(8830, &[BRAND, attr("FORMAT", "Formato", "Format", Allowed::OneOf(&["Cápsulas", "Tabletas", "Polvo", "Líquido", "Gomitas", "Sobres"]), D, D)]),
    // Other top-level categories' common leaves: brand where products have one.
    on(5725, &[BRAND]),
    on(1276, &[BRAND]),
    on(1574, &[BRAND]),
    on(1384, &[BRAND]),
    on(1132, &[BRAND]),
    on(1182, &[BRAND, MODEL]),
    on(1500, &[BRAND]),
    on(407134, &[BRAND]),
    on(3937, &[BRAND]),
    on(409431, &[BRAND]),
    on(3025, &[attr("AUTHOR", "Autor", "Author", Allowed::Any, D, D), attr("BOOK_TITLE", "Título del libro", "Book title", Allowed::Any, D, D)]),
];

/// The settings of the category at `index`, merged from the top level down (a deeper category's
/// requirement for the same attribute replaces its ancestor's).
pub fn for_path(tree: &Tree, index: u32) -> Settings {
    let mut s = Settings::default();
    for i in tree.path(index) {
        let Some(node) = tree.node(i) else { continue };
        let Some(d) = DECLARED.iter().find(|d| d.id == node.id) else { continue };
        for a in d.required {
            match s.required.iter_mut().find(|r| r.id == a.id) {
                Some(r) => *r = *a,
                None => s.required.push(*a),
            }
        }
        if d.gtin_when_new.is_some() {
            s.gtin_when_new = d.gtin_when_new;
        }
    }
    s
}

/// Whether `value` is allowed. Values compare folded ("si" = "Sí"); quantities need a number
/// and one of the units ("100 ml", "1,5kg").
pub fn is_allowed(allowed: Allowed, value: &str) -> bool {
    use crate::core::fold::fold;
    let v = fold(value.trim());
    match allowed {
        Allowed::Any => !v.is_empty(),
        Allowed::OneOf(list) => list.iter().any(|a| fold(a) == v),
        Allowed::Quantity(units) => {
            let number_end = v.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == ' ')).unwrap_or(v.len());
            let (number, unit) = v.split_at(number_end);
            let has_digit = number.chars().any(|c| c.is_ascii_digit());
            has_digit && units.iter().any(|u| fold(u) == unit.trim())
        }
    }
}

/// Every category id the table declares (for the test that they exist in the tree).
pub fn declared_ids() -> impl Iterator<Item = u32> {
    DECLARED.iter().map(|d| d.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::Catalog;

    #[test]
    fn every_declared_category_exists() {
        let c = Catalog::embedded();
        for id in declared_ids() {
            assert!(c.tree.index_of(id).is_some(), "MEC{id} is not in the tree");
        }
    }

    #[test]
    fn phones_inherit_and_cite() {
        let c = Catalog::embedded();
        let s = for_path(&c.tree, c.tree.find("MEC1055").unwrap());
        let ids: Vec<_> = s.required.iter().map(|r| r.id).collect();
        assert_eq!(ids, vec!["BRAND", "MODEL", "COLOR", "IS_DUAL_SIM", "CARRIER"]);
        assert!(matches!(s.required[3].source, Source::Reported(_)));
        assert!(s.required[0].source.is_editable_default());
        let shoes = for_path(&c.tree, c.tree.find("MEC109027").unwrap());
        assert!(shoes.required.iter().any(|r| r.id == "SIZE"));
        assert!(shoes.required.iter().any(|r| r.id == "GENDER"));
    }

    #[test]
    fn allowed_values() {
        assert!(is_allowed(Allowed::OneOf(YES_NO), "si"));
        assert!(!is_allowed(Allowed::OneOf(YES_NO), "tal vez"));
        assert!(is_allowed(VOLUME.allowed, "100 ml"));
        assert!(is_allowed(NET_WEIGHT.allowed, "1,5kg"));
        assert!(!is_allowed(VOLUME.allowed, "grande"));
        assert!(!is_allowed(VOLUME.allowed, "ml"));
    }
}
