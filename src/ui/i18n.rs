//! The UI's own strings, Spanish (Ecuador) first, English second. A small typed table rather than
//! an i18n crate: the app has one page of strings, the rule messages already come bilingual from
//! the core, and a Fluent runtime would add tens of kilobytes to a download sellers make on slow
//! connections. A missing translation cannot compile: every entry is a pair.

use crate::core::text::Lang;

/// A UI string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg(pub &'static str, pub &'static str);

/// A UI string that follows the language signal. Every call returns the same closure type, so the
/// view code that renders it is compiled once, not once per string (about 0.4 KB of wasm each).
pub fn text(lang: leptos::prelude::RwSignal<Lang>, m: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    use leptos::prelude::Get;
    move || m.get(lang.get())
}

impl Msg {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Es => self.0,
            Lang::En => self.1,
        }
    }
}

pub const TAGLINE: Msg = Msg(
    "Revisa tu publicación de Mercado Libre antes de publicarla: qué falta, si la categoría calza y cómo puede viajar tu paquete.",
    "Check your Mercado Libre listing before you publish: what is missing, whether the category fits and how your package can ship.",
);
pub const PRIVACY: Msg = Msg(
    "Tus datos se quedan en este dispositivo: nada se envía a ningún servidor.",
    "Your data stays on this device: nothing is sent to any server.",
);
pub const LANGUAGE: Msg = Msg("Idioma", "Language");
pub const SWITCH_LANGUAGE: Msg = Msg("English", "Español");

// The form.
pub const FORM_HEADING: Msg = Msg("Tu publicación", "Your listing");
pub const TITLE: Msg = Msg("Título", "Title");
pub const TITLE_HINT: Msg = Msg("Producto, marca, modelo y característica clave.", "Product, brand, model and key feature.");
pub const CATEGORY: Msg = Msg("Categoría", "Category");
pub const CATEGORY_HINT: Msg = Msg("Código de categoría, por ejemplo MEC1055.", "Category code, e.g. MEC1055.");
pub const PRICE: Msg = Msg("Precio (USD)", "Price (USD)");
pub const PRICE_HINT: Msg = Msg("Por ejemplo 24,90", "For example 24.90");
pub const QUANTITY: Msg = Msg("Cantidad disponible", "Available quantity");
pub const CONDITION: Msg = Msg("Condición", "Condition");
pub const CONDITION_NEW: Msg = Msg("Nuevo", "New");
pub const CONDITION_USED: Msg = Msg("Usado", "Used");
pub const CONDITION_UNSPECIFIED: Msg = Msg("Sin especificar", "Not specified");
pub const LISTING_TYPE: Msg = Msg("Tipo de publicación", "Listing type");
pub const LISTING_CLASSIC: Msg = Msg("Clásica", "Classic");
pub const LISTING_PREMIUM: Msg = Msg("Premium", "Premium");
pub const LISTING_FREE: Msg = Msg("Gratuita", "Free");
pub const CHOOSE: Msg = Msg("Elige…", "Choose…");
pub const DESCRIPTION: Msg = Msg("Descripción", "Description");
pub const DESCRIPTION_HINT: Msg = Msg("Texto simple: qué es, qué incluye, medidas, materiales.", "Plain text: what it is, what is included, sizes, materials.");
pub const BRAND: Msg = Msg("Marca", "Brand");
pub const MODEL: Msg = Msg("Modelo", "Model");
pub const GTIN: Msg = Msg("Código de barras (GTIN/EAN)", "Barcode (GTIN/EAN)");
pub const WARRANTY_HEADING: Msg = Msg("Garantía", "Warranty");
pub const WARRANTY_TYPE: Msg = Msg("Tipo de garantía", "Warranty type");
pub const WARRANTY_SELLER: Msg = Msg("Garantía del vendedor", "Seller warranty");
pub const WARRANTY_FACTORY: Msg = Msg("Garantía de fábrica", "Factory warranty");
pub const WARRANTY_NONE: Msg = Msg("Sin garantía", "No warranty");
pub const WARRANTY_TIME: Msg = Msg("Tiempo de garantía", "Warranty time");
pub const WARRANTY_TIME_HINT: Msg = Msg("Por ejemplo 6 meses o 1 año", "For example 6 meses or 1 año");
pub const PACKAGE_HEADING: Msg = Msg("Paquete", "Package");
pub const WEIGHT: Msg = Msg("Peso", "Weight");
pub const WEIGHT_HINT: Msg = Msg("Con el empaque: 1,2 kg o 500 g", "Packed: 1.2 kg or 500 g");
pub const LENGTH: Msg = Msg("Largo", "Length");
pub const WIDTH: Msg = Msg("Ancho", "Width");
pub const HEIGHT: Msg = Msg("Alto", "Height");
pub const SIZE_HINT: Msg = Msg("En cm", "In cm");
pub const ORIGIN_CITY: Msg = Msg("Ciudad de origen", "Origin city");
pub const ORIGIN_HINT: Msg = Msg("Desde dónde envías, por ejemplo Quito", "Where you ship from, e.g. Quito");
pub const ATTRIBUTES_HEADING: Msg = Msg("Características", "Attributes");

// Pictures.
pub const PICTURES: Msg = Msg("Fotos", "Pictures");
pub const PICTURES_HINT: Msg = Msg(
    "Elige fotos de tu dispositivo o toma una. No se suben a ningún lado: solo se miden aquí.",
    "Pick pictures from your device or take one. Nothing is uploaded: they are only measured here.",
);
pub const PICTURE_REMOVE: Msg = Msg("Quitar", "Remove");
pub const PICTURE_COVER: Msg = Msg("Portada", "Cover");
pub const PICTURE_UNREADABLE: Msg = Msg(
    "No se pudo leer esta imagen; prueba con JPG o PNG.",
    "This image could not be read; try JPG or PNG.",
);

// The live panel.
pub const PANEL_HEADING: Msg = Msg("Revisión", "Review");
pub const SCORE: Msg = Msg("Puntaje", "Score");
pub const LEVEL: Msg = Msg("Nivel", "Level");
pub const ALL_GOOD: Msg = Msg("¡Todo listo! No encontramos problemas.", "All set! No problems found.");
pub const ERRORS: Msg = Msg("Errores: impiden publicar o comprar", "Errors: block publishing or buying");
pub const WARNINGS: Msg = Msg("Advertencias: restan calidad y ventas", "Warnings: hurt quality and sales");
pub const TIPS: Msg = Msg("Sugerencias", "Tips");
pub const FIX: Msg = Msg("Corregir", "Fix");
pub const WHY: Msg = Msg("¿Por qué?", "Why?");
pub const GO_TO_FIELD: Msg = Msg("Ir al campo", "Go to field");
pub const SCORE_ANNOUNCE: Msg = Msg("Puntaje", "Score");

// "Así te verá Mercado Libre" (the quality goals) and the pasted-error panel.
pub const ML_QUALITY_HEADING: Msg = Msg("Así te verá Mercado Libre", "How Mercado Libre will see you");
pub const ML_QUALITY_LEVEL: Msg = Msg("Nivel de calidad estimado", "Estimated quality level");
pub const ML_QUALITY_ESTIMATE: Msg = Msg(
    "Listo evalúa los objetivos de calidad de Mercado Libre; los pesos son una estimación de Listo, porque Mercado Libre no los publica.",
    "Listo checks Mercado Libre's quality goals; the weights are Listo's estimate, because Mercado Libre does not publish them.",
);
pub const ML_QUALITY_GOALS: Msg = Msg("Ver los objetivos de Mercado Libre", "See Mercado Libre's goals");
pub const ML_ERROR_HEADING: Msg = Msg("Pegar error de Mercado Libre", "Paste a Mercado Libre error");
pub const ML_ERROR_LABEL: Msg = Msg("Error que te devolvió Mercado Libre", "Error Mercado Libre returned");
pub const ML_ERROR_HINT: Msg = Msg(
    "Pega la respuesta completa (JSON) o el texto del error; te decimos qué campo corregir.",
    "Paste the whole answer (JSON) or the error text; we tell you which field to fix.",
);
pub const ML_ERROR_NONE: Msg = Msg("No encontramos ningún código de error de Mercado Libre en el texto.", "No Mercado Libre error code found in the text.");
pub const ML_ERROR_UNKNOWN: Msg = Msg("código que Listo aún no conoce", "a code Listo does not know yet");
pub const ML_ERROR_FIELD: Msg = Msg("Campo", "Field");
pub const ML_ERROR_FIELD_UNKNOWN: Msg = Msg("no se sabe", "unknown");
pub const ML_ERROR_SAID: Msg = Msg("Mercado Libre dijo", "Mercado Libre said");

// Drafts.
pub const DRAFTS: Msg = Msg("Borradores", "Drafts");
pub const DRAFT_OPEN: Msg = Msg("Borrador abierto", "Open draft");
pub const DRAFT_NAME: Msg = Msg("Nombre del borrador", "Draft name");
pub const DRAFT_NEW: Msg = Msg("Nuevo", "New");
pub const DRAFT_DUPLICATE: Msg = Msg("Duplicar", "Duplicate");
pub const DRAFT_DELETE: Msg = Msg("Eliminar", "Delete");
pub const DRAFT_UNDO: Msg = Msg("Deshacer", "Undo");
pub const DRAFT_DELETED: Msg = Msg("Borrador eliminado.", "Draft deleted.");
pub const DRAFT_EXPORT: Msg = Msg("Exportar", "Export");
pub const DRAFT_IMPORT: Msg = Msg("Importar archivo", "Import file");
pub const DRAFT_IMPORT_HINT: Msg = Msg(
    "JSON exportado de Listo o de Mercado Libre (un objeto, una lista o una publicación por línea).",
    "JSON exported from Listo or Mercado Libre (one object, a list, or one listing per line).",
);
pub const COPY: Msg = Msg("copia", "copy");

// Storage.
pub const STORAGE_UNAVAILABLE: Msg = Msg(
    "Este navegador no deja guardar (¿modo privado?). Tu trabajo sigue aquí mientras no cierres la pestaña: usa «Exportar» para guardarlo en un archivo.",
    "This browser does not allow saving (private mode?). Your work stays here until you close the tab: use “Export” to keep it in a file.",
);
pub const STORAGE_FULL: Msg = Msg(
    "No se pudo guardar: el almacenamiento del navegador está lleno. Exporta tus borradores y elimina los que no uses.",
    "Could not save: the browser's storage is full. Export your drafts and delete the ones you don't use.",
);
pub const STORAGE_RECOVERED: Msg = Msg(
    "Encontramos datos guardados que no se pudieron leer. Los apartamos sin borrarlos y empezamos un borrador nuevo.",
    "We found saved data that could not be read. We kept it aside, untouched, and started a new draft.",
);
pub const STORAGE_NEWER: Msg = Msg(
    "Tus borradores guardados son de una versión más nueva de Listo. Los apartamos sin tocarlos y empezamos un borrador nuevo: recarga la página para usar la versión nueva.",
    "Your saved drafts come from a newer version of Listo. We kept them aside, untouched, and started a new draft: reload the page to use the new version.",
);
pub const STORAGE_MERGED: Msg = Msg(
    "Listo está abierto en otra pestaña: juntamos aquí los borradores que cambiaste allá.",
    "Listo is open in another tab: we brought the drafts you changed there into this one.",
);
pub const STORAGE_SAME_DRAFT: Msg = Msg(
    "Este mismo borrador cambió en otra pestaña. Cada pestaña conserva su versión y se guarda la última que escribas: sigue en una sola pestaña.",
    "This same draft changed in another tab. Each tab keeps its own version and the last one you type in is saved: carry on in one tab only.",
);
pub const DISMISS: Msg = Msg("Entendido", "Got it");

// Rules page.
pub const RULES_HEADING: Msg = Msg("Reglas que revisa Listo", "Rules Listo checks");
pub const RULES_LOADING: Msg = Msg("Cargando las reglas…", "Loading the rules…");
pub const RULES_FAILED: Msg = Msg(
    "No se pudieron cargar las reglas. Revisa tu conexión e inténtalo de nuevo.",
    "The rules could not be loaded. Check your connection and try again.",
);
pub const MODULE_FAILED: Msg = Msg(
    "No se pudo cargar esta parte de Listo. Revisa tu conexión e inténtalo de nuevo.",
    "This part of Listo could not be loaded. Check your connection and try again.",
);
pub const RETRY: Msg = Msg("Reintentar", "Try again");
pub const CATEGORY_LOADING: Msg = Msg("Cargando categorías…", "Loading categories…");
pub const SHIPPING_LOADING: Msg = Msg("Calculando envío…", "Working out shipping…");
pub const VERDICTS_FAILED: Msg = Msg(
    "No se pudieron cargar las categorías y el envío. Revisa tu conexión y recarga la página; lo demás sigue funcionando.",
    "Categories and shipping could not be loaded. Check your connection and reload the page; everything else still works.",
);
pub const UPDATE_READY: Msg = Msg("Hay una nueva versión", "A new version is available");
pub const UPDATE_RELOAD: Msg = Msg("Recargar", "Reload");
pub const INSTALL_APP: Msg = Msg("Instalar Listo", "Install Listo");
pub const BACK_TO_EDITOR: Msg = Msg("Volver al editor", "Back to the editor");
pub const ABOUT: Msg = Msg("Acerca de Listo", "About Listo");
pub const MENU: Msg = Msg("Menú", "Menu");
pub const RULES_LINK: Msg = Msg("Reglas", "Rules");
pub const BULK_LINK: Msg = Msg("Revisar catálogo", "Check a catalogue");
pub const BULK_LOADING: Msg = Msg("Cargando la revisión de catálogo…", "Loading the catalogue check…");
pub const WORKSHOP_LINK: Msg = Msg("Taller", "Workshop");
pub const SEE_REVIEW: Msg = Msg("Ver revisión", "See review");
pub const SEVERITY: Msg = Msg("Gravedad", "Severity");
pub const ABOUT_TEXT: Msg = Msg(
    "Listo revisa borradores de publicaciones de Mercado Libre Ecuador antes de publicarlos. Todo ocurre en tu navegador: tus borradores se guardan solo en este dispositivo y nada se envía a ningún servidor. Después de la primera visita funciona sin conexión.",
    "Listo checks draft Mercado Libre Ecuador listings before they are published. Everything happens in your browser: drafts are saved only on this device and nothing is sent to any server. After the first visit it works offline.",
);
pub const ABOUT_RULES: Msg = Msg(
    "Las reglas citan su fuente. Los números sin fuente pública de Mercado Libre se muestran como valores por defecto editables, no como reglas oficiales.",
    "Rules cite their source. Numbers with no public Mercado Libre source are shown as editable defaults, never as official rules.",
);

// Shipping.
pub const SHIPPING_HEADING: Msg = Msg("Envío", "Shipping");
pub const MODE_SAME_DAY: Msg = Msg("Envío en el día", "Same-day delivery");
pub const MODE_COURIER: Msg = Msg("Courier nacional", "National courier");
pub const MODE_GALAPAGOS: Msg = Msg("Galápagos", "Galápagos");
pub const ELIGIBLE: Msg = Msg("disponible", "available");
pub const NOT_ELIGIBLE: Msg = Msg("no disponible", "not available");
pub const UNKNOWN: Msg = Msg("falta información", "missing information");
pub const MISSING: Msg = Msg("Falta", "Missing");
pub const BILLABLE_WEIGHT: Msg = Msg("Peso facturable (el mayor entre real y volumétrico)", "Billable weight (the greater of actual and volumetric)");
pub const PROMISES: Msg = Msg("Tiempos por destino", "Delivery times by destination");
pub const ARRANGE_WITH_BUYER: Msg = Msg(
    "Ningún modo de envío aplica: tendrás que acordar la entrega con el comprador.",
    "No shipping mode applies: you will have to arrange delivery with the buyer.",
);
pub const ASSUMPTION: Msg = Msg("(valor por defecto editable, no es regla oficial)", "(editable default, not an official rule)");
pub const SHIPPING_ASSUMPTIONS: Msg = Msg(
    "Mercado Libre no publica límites de peso y medidas para Ecuador: usamos valores de referencia de otros países, marcados como editables.",
    "Mercado Libre publishes no weight or size limits for Ecuador: we use reference values from other countries, marked as editable.",
);

// Category.
pub const CATEGORY_HEADING: Msg = Msg("Elegir la categoría", "Choose the category");
pub const CATEGORY_CHOSEN: Msg = Msg("Elegida", "Chosen");
pub const CATEGORY_NONE: Msg = Msg("Aún no eliges categoría.", "No category chosen yet.");
pub const CATEGORY_SUGGESTED: Msg = Msg("Sugeridas por el título", "Suggested by the title");
pub const CATEGORY_BECAUSE: Msg = Msg("por", "because of");
pub const CATEGORY_USE: Msg = Msg("Usar esta categoría", "Use this category");
pub const CATEGORY_BRANCH: Msg = Msg("Elige la más específica", "Pick the most specific one");
pub const CATEGORY_BRANCH_AGREE: Msg = Msg("Las sugerencias coinciden en «", "The suggestions agree on “");
pub const CATEGORY_BRANCH_CLOSE: Msg = Msg("»", "”");
pub const CATEGORY_BRANCH_UNSURE: Msg = Msg("pero no en la subcategoría. Sus subcategorías más probables:", "but not on the subcategory. Its likeliest subcategories:");
pub const CATEGORY_BRANCH_MORE: Msg = Msg("más en esta rama: búscalas en «Buscar categoría».", "more in this branch: find them with “Search categories”.");
pub const CATEGORY_SEARCH: Msg = Msg("Buscar categoría", "Search categories");
pub const CATEGORY_SEARCH_HINT: Msg = Msg("Escribe una palabra, por ejemplo «celulares» o «perros».", "Type a word, e.g. “celulares” or “perros”.");
pub const CATEGORY_LOAD: Msg = Msg("Cargar árbol de categorías (JSON)", "Load category tree (JSON)");
pub const CATEGORY_LOADED: Msg = Msg("Árbol de categorías cargado.", "Category tree loaded.");
pub const CONFIDENCE: Msg = Msg("confianza", "confidence");

// Sharing and the trainer's profile (the rest of their strings are in the share and profile modules).
pub const SHARE: Msg = Msg("Compartir", "Share");
pub const SHARED_READ_ONLY: Msg = Msg(
    "Publicación compartida, solo lectura. Tus borradores no cambian.",
    "Shared listing, read-only. Your drafts do not change.",
);
pub const SAVE_AS_MY_DRAFT: Msg = Msg("Guardar como mi borrador", "Save as my draft");
pub const LINK_UNREADABLE: Msg = Msg("Listo no pudo leer este enlace. Recarga la página.", "Listo could not read this link. Reload the page.");
pub const PROFILE: Msg = Msg("Perfil:", "Profile:");
pub const PROFILE_RESET: Msg = Msg("Volver a los valores por defecto", "Back to the defaults");
pub const PROFILE_HEADING: Msg = Msg("Perfil del capacitador", "Trainer's profile");
pub const PROFILE_LINK: Msg = Msg("Perfil", "Profile");
pub const MODULE_LOADING: Msg = Msg("Cargando…", "Loading…");
