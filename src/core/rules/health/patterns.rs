//! The words the health rules look for, folded (lower case, no accents). Kept apart from the
//! rules so the lists can be read, reviewed and measured (`tests/health_false_positives.rs`)
//! in one place.

/// Words of a title that say the product is a supplement (used only without a category).
pub const SUPPLEMENT_WORDS: &[&str] = &[
    "suplemento", "suplementos", "vitamina", "vitaminas", "multivitaminico", "multivitaminicos", "colageno", "proteina",
    "whey", "creatina", "omega", "capsulas", "moringa", "espirulina", "quemador", "detox",
];

/// Words of a title that say the product is a cosmetic or hygiene product (used only without a
/// category).
pub const COSMETIC_WORDS: &[&str] = &[
    "crema", "cremas", "shampoo", "champu", "serum", "labial", "maquillaje", "jabon", "desodorante", "bloqueador",
    "protector", "mascarilla", "tonico", "locion", "acondicionador", "tinte",
];

/// Claims, each a phrase of folded words. A claim that a product treats a disease is found
/// apart, as a verb followed by a disease ([`CLAIM_VERBS`], [`DISEASES`]).
pub const CLAIMS: &[&[&str]] = &[
    &["sin", "efectos", "secundarios"],
    &["quemador", "de", "grasa"],
    &["quema", "grasa"],
    &["quema", "grasas"],
    &["baja", "de", "peso"],
    &["bajar", "de", "peso"],
    &["pierde", "peso"],
    &["perder", "peso"],
    &["aprobado", "por"],
    &["aprobada", "por"],
    &["avalado", "por"],
    &["avalada", "por"],
    &["resultados", "garantizados"],
    &["viagra", "natural"],
    &["potenciador", "sexual"],
    &["cura"],
    &["curar"],
    &["curativo"],
    &["curativa"],
    &["milagro"],
    &["milagroso"],
    &["milagrosa"],
    &["adelgaza"],
    &["adelgazar"],
    &["adelgazante"],
    &["adelgazantes"],
];

/// Verbs that, followed by a disease, claim to treat it ("elimina la diabetes").
pub const CLAIM_VERBS: &[&str] = &[
    "cura", "curan", "elimina", "eliminan", "combate", "combaten", "previene", "previenen", "trata", "tratan", "alivia",
    "controla", "controlan", "revierte", "sana", "contra",
];

/// Diseases a food, supplement or cosmetic cannot claim to treat.
pub const DISEASES: &[&str] = &[
    "diabetes", "cancer", "hipertension", "artritis", "artrosis", "gastritis", "colesterol", "obesidad", "covid", "asma",
    "tiroides", "migrana", "insomnio", "depresion", "ansiedad", "alzheimer", "parkinson", "psoriasis", "cirrosis",
    "infecciones", "infeccion", "hongos", "varices", "hemorroides", "impotencia", "prostata", "anemia", "gripe",
];

/// Words that name a medicine or an active ingredient sold as one.
pub const MEDICINES: &[&str] = &[
    "medicamento", "medicamentos", "antibiotico", "antibioticos", "amoxicilina", "azitromicina", "ciprofloxacino",
    "ibuprofeno", "paracetamol", "acetaminofen", "acetaminofeno", "diclofenaco", "naproxeno", "omeprazol", "loratadina",
    "sildenafil", "tadalafil", "viagra", "cialis", "misoprostol", "cytotec", "insulina", "clonazepam", "alprazolam",
    "diazepam", "tramadol", "metformina", "losartan", "enalapril", "dexametasona", "prednisona", "ivermectina",
    "finasterida", "orlistat", "sibutramina", "fluoxetina", "sertralina",
];

/// Phrases that say a product needs a prescription. Not "con receta" alone: "receta" is also a
/// cooking recipe ("kit para hacer pan con receta").
pub const PRESCRIPTION: &[&[&str]] = &[&["bajo", "receta"], &["receta", "medica"], &["con", "receta", "medica"]];

/// Attribute ids that may carry the ARCSA notification or registration number.
pub const SANITARY_ATTRIBUTES: &[&str] = &[
    "SANITARY_NOTIFICATION", "SANITARY_REGISTRATION", "SANITARY_REGISTRATION_NUMBER", "NOTIFICACION_SANITARIA",
    "REGISTRO_SANITARIO",
];
