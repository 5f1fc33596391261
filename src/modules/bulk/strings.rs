//! The bulk page's own strings, Spanish (Ecuador) first, English second (the app's `Msg` pairs).

pub use listo::ui::i18n::Msg;

pub const INTRO: Msg = Msg(
    "Revisa todas tus publicaciones de una vez: elige una hoja de cálculo (CSV o XLSX) o un archivo JSON de Mercado Libre. Nada sale de tu dispositivo.",
    "Check all your listings at once: choose a spreadsheet (CSV or XLSX) or a Mercado Libre JSON file. Nothing leaves your device.",
);
pub const FILE_LABEL: Msg = Msg("Archivo de publicaciones", "Listings file");
pub const FILE_HINT: Msg = Msg(
    "CSV (separado por coma, punto y coma o tabulador), XLSX, JSON o JSONL. También puedes soltarlo aquí.",
    "CSV (comma, semicolon or tab separated), XLSX, JSON or JSONL. You can also drop it here.",
);
pub const DROP_HERE: Msg = Msg("Suelta el archivo aquí (o varios a la vez)", "Drop the file here (or several at once)");
pub const CLASS: Msg = Msg("Resultados de la clase", "Class results");
pub const CLASS_FILES: Msg = Msg(
    "Para ver los problemas más comunes de un taller: elige o suelta arriba varios archivos a la vez (los borradores que exportaron los participantes), o pega aquí los enlaces que compartieron.",
    "To see a workshop's most common problems: choose or drop several files at once above (the drafts the participants exported), or paste here the links they shared.",
);
pub const LINKS_LABEL: Msg = Msg("Enlaces de la clase", "The class's links");
pub const LINKS_HINT: Msg = Msg(
    "Un enlace por línea, o el chat completo de WhatsApp: se toman los enlaces con «#compartido=».",
    "One link per line, or the whole WhatsApp chat: the links with “#compartido=” are taken.",
);
pub const CHECK_LINKS: Msg = Msg("Revisar los enlaces", "Check the links");
pub const TEMPLATES: Msg = Msg("Plantillas con las columnas y dos filas de ejemplo:", "Templates with the columns and two example rows:");
pub const TEMPLATE_CSV: Msg = Msg("Plantilla CSV", "CSV template");
pub const TEMPLATE_XLSX: Msg = Msg("Plantilla XLSX", "XLSX template");
pub const SHEET: Msg = Msg("Hoja", "Sheet");
pub const READING: Msg = Msg("Leyendo el archivo…", "Reading the file…");
pub const CHECKING: Msg = Msg("Revisando publicaciones", "Checking listings");
pub const CANCEL: Msg = Msg("Cancelar", "Cancel");
pub const CANCELLED: Msg = Msg("Revisión cancelada. Los resultados anteriores siguen aquí.", "Check cancelled. The earlier results are still here.");
pub const FAILED_KEPT: Msg = Msg("Tus borradores y los resultados anteriores no cambiaron.", "Your drafts and the earlier results did not change.");
pub const NO_ROWS: Msg = Msg("El archivo no tiene publicaciones.", "The file has no listings.");
pub const CATALOG_MISSING: Msg = Msg(
    "No se pudo cargar el árbol de categorías: las reglas de categoría no se revisaron.",
    "The category tree could not be loaded: the category rules were not checked.",
);
pub const CELL_PROBLEMS: Msg = Msg("Celdas que no se pudieron leer", "Cells that could not be read");
pub const ROW: Msg = Msg("Fila", "Row");
pub const CHARTS: Msg = Msg("Resumen", "Summary");
pub const PER_LEVEL: Msg = Msg("Publicaciones por nivel", "Listings per level");
pub const TOP_PROBLEMS: Msg = Msg("Los 10 problemas más frecuentes", "The 10 most frequent problems");
pub const TOP_PROBLEMS_HINT: Msg = Msg("Elige una barra para ver esas publicaciones en la tabla.", "Choose a bar to see those listings in the table.");
pub const PER_CATEGORY: Msg = Msg("Problemas por categoría principal", "Problems per top-level category");
pub const NO_CATEGORY: Msg = Msg("Sin categoría conocida", "No known category");
pub const NO_PROBLEMS: Msg = Msg("Ningún problema encontrado.", "No problems found.");
pub const EXPORTS: Msg = Msg("Exportar", "Export");
pub const EXPORT_PROBLEMS: Msg = Msg("Problemas (CSV)", "Problems (CSV)");
pub const EXPORT_TABLE_CSV: Msg = Msg("Tabla (CSV)", "Table (CSV)");
pub const EXPORT_TABLE_XLSX: Msg = Msg("Tabla (XLSX)", "Table (XLSX)");
pub const PRINT: Msg = Msg("Imprimir resumen", "Print summary");
pub const TABLE: Msg = Msg("Publicaciones", "Listings");
pub const FILTER_LEVEL: Msg = Msg("Nivel", "Level");
pub const FILTER_CODE: Msg = Msg("Regla", "Rule");
pub const FILTER_TEXT: Msg = Msg("Buscar en título o categoría", "Search title or category");
pub const ALL: Msg = Msg("Todos", "All");
pub const CLEAR_FILTERS: Msg = Msg("Quitar filtros", "Clear filters");
pub const COL_ROW: Msg = Msg("Fila", "Row");
pub const COL_TITLE: Msg = Msg("Título", "Title");
pub const COL_CATEGORY: Msg = Msg("Categoría", "Category");
pub const COL_SCORE: Msg = Msg("Puntaje", "Score");
pub const COL_LEVEL: Msg = Msg("Nivel", "Level");
pub const COL_ERRORS: Msg = Msg("Errores", "Errors");
pub const COL_WARNINGS: Msg = Msg("Advertencias", "Warnings");
pub const COL_SHIPPING: Msg = Msg("Envío", "Shipping");
pub const SORT_HINT: Msg = Msg("Elige un encabezado para ordenar; otra vez para invertir.", "Choose a heading to sort; again to reverse.");
pub const OPEN_IN_EDITOR: Msg = Msg("Abrir en el editor como borrador nuevo", "Open in the editor as a new draft");
pub const UNTITLED: Msg = Msg("(sin título)", "(untitled)");
pub const SAME_DAY: Msg = Msg("Día", "Same day");
pub const COURIER: Msg = Msg("Courier", "Courier");
pub const GALAPAGOS: Msg = Msg("Galápagos", "Galápagos");
pub const MODES_NONE: Msg = Msg("ninguno", "none");
