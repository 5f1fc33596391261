//! The Mercado Libre error codes Listo knows: the field each one is about, what to do in plain
//! Spanish (and English), the rule that checks it before publishing, and where the code was
//! seen. `docs/ml-errors.md` lists the same table for people.

/// One known code.
#[derive(Debug)]
pub struct KnownCode {
    pub code: &'static str,
    /// The listing field the code is about (a field path, as diagnostics name them).
    pub field: &'static str,
    pub todo_es: &'static str,
    pub todo_en: &'static str,
    /// The Listo rule that checks it before publishing.
    pub rule: Option<&'static str>,
    /// Where the code was seen.
    pub source: &'static str,
}

const ISSUE_14: &str =
    "código citado en fuentes públicas (respuestas de la API de Mercado Libre en integraciones), recogido en el issue 14 de Listo; sin verificar contra documentación oficial";

/// Every known code.
pub static KNOWN: &[KnownCode] = &[
    KnownCode {
        code: "item.attributes.missing_required",
        field: "attributes",
        todo_es: "Faltan características obligatorias de la categoría (el mensaje dice cuáles, por ejemplo BRAND, MODEL, COLOR). Complétalas en «Características».",
        todo_en: "Required attributes of the category are missing (the message names them, e.g. BRAND, MODEL, COLOR). Fill them in “Attributes”.",
        rule: Some("CA005"),
        source: "github.com/discovery-tecnologia/dsc-mercado-livre/issues/82 (respuesta de /items con cause_id 147, 2021)",
    },
    KnownCode {
        code: "item.attributes.condition.invalid",
        field: "condition",
        todo_es: "La condición del producto no es válida: elige «Nuevo» o «Usado» (Mercado Libre la lee del atributo ITEM_CONDITION).",
        todo_en: "The item condition is not valid: choose “New” or “Used” (Mercado Libre reads it from the ITEM_CONDITION attribute).",
        rule: Some("LI008"),
        source: "github.com/discovery-tecnologia/dsc-mercado-livre/issues/52 (respuesta de /items, 2020)",
    },
    KnownCode {
        code: "item.descriptions.length_exceeded",
        field: "description",
        todo_es: "La descripción es más larga de lo que acepta la categoría: acórtala, deja lo que el comprador necesita saber.",
        todo_en: "The description is longer than the category accepts: shorten it to what the buyer needs to know.",
        rule: None,
        source: ISSUE_14,
    },
    KnownCode {
        code: "item.category_id.migrated",
        field: "category_id",
        todo_es: "Esa categoría ya no existe: Mercado Libre la movió. Elige la categoría actual que te sugiere Listo.",
        todo_en: "That category no longer exists: Mercado Libre moved it. Choose the current category Listo suggests.",
        rule: Some("CA002"),
        source: ISSUE_14,
    },
    KnownCode {
        code: "item.listing_type_id.requiresPictures",
        field: "pictures",
        todo_es: "Este tipo de publicación necesita fotos: agrega al menos una (mejor tres o más).",
        todo_en: "This listing type needs pictures: add at least one (better three or more).",
        rule: Some("PI001"),
        source: ISSUE_14,
    },
    KnownCode {
        code: "shipping.me2_adoption_mandatory",
        field: "shipping.mode",
        todo_es: "Mercado Libre exige publicar con Mercado Envíos (ME2): actívalo en tu cuenta e indica el peso y las medidas del paquete.",
        todo_en: "Mercado Libre requires Mercado Envíos (ME2): turn it on in your account and give the package's weight and size.",
        rule: Some("SH001"),
        source: ISSUE_14,
    },
    KnownCode {
        code: "body.invalid_field_types",
        field: "",
        todo_es: "Un dato tiene el tipo equivocado (por ejemplo texto donde va un número, como el precio o la cantidad). Revisa el campo que nombra el mensaje.",
        todo_en: "A value has the wrong type (e.g. text where a number goes, such as price or quantity). Check the field the message names.",
        rule: None,
        source: ISSUE_14,
    },
];

/// The known code, compared without case (Mercado Libre mixes `requiresPictures` and snake case).
pub fn known(code: &str) -> Option<&'static KnownCode> {
    KNOWN.iter().find(|k| k.code.eq_ignore_ascii_case(code))
}
