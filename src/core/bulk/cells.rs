//! From a header row and rows of cells to listings: the header says which field each column
//! feeds ([`Layout`]); each cell is stored as the seller typed it (the engine parses it again
//! and gives its own advice) and checked here with the same parsers, so a cell that cannot be
//! read is reported with its row and column as the file names them.

use super::columns::{column_letter, column_of, Column, ColumnSpec};
use super::{CellProblem, ImportError, Row};
use crate::core::listing::import::format_of;
use crate::core::listing::{field, Listing, Picture};
use crate::core::parse::{parse_length_cm, parse_price, parse_quantity, parse_warranty, parse_weight_g, ParseError, WeightDefault};
use crate::core::text::Text;

/// What the header row says about each column.
pub(super) struct Layout {
    /// Per column: the spec it feeds, or `None` for a column Listo does not read.
    columns: Vec<Option<&'static ColumnSpec>>,
    /// The header text as written, trimmed.
    headers: Vec<String>,
    /// A unit the header names for bare numbers: "Peso (g)" makes 500 mean 500 g.
    units: Vec<Option<&'static str>>,
}

/// Units a package column's header may name, as the parsers spell them.
const HEADER_UNITS: &[&str] = &["kg", "g", "gr", "lb", "oz", "cm", "mm", "m", "in"];

/// The unit at the end of a package column's header ("Peso (kg)" → "kg").
fn header_unit(spec: Option<&ColumnSpec>, header: &str) -> Option<&'static str> {
    let spec = spec?;
    if !matches!(spec.column, Column::Weight | Column::Length | Column::Width | Column::Height) {
        return None;
    }
    let last = header.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty())?.to_ascii_lowercase();
    HEADER_UNITS.iter().find(|u| **u == last).copied()
}

impl Layout {
    /// Reads the header row. Unknown and repeated columns become notices; a header with no
    /// column Listo knows is an error (the file has no header, or is not a listing table).
    pub(super) fn from_headers<'a>(cells: impl IntoIterator<Item = &'a str>) -> Result<(Layout, Vec<Text>), ImportError> {
        let headers: Vec<String> = cells.into_iter().map(|h| h.trim().to_string()).collect();
        let mut columns: Vec<Option<&'static ColumnSpec>> = Vec::with_capacity(headers.len());
        let mut notices = Vec::new();
        let mut unknown = Vec::new();
        for (i, header) in headers.iter().enumerate() {
            let spec = column_of(header);
            match spec {
                Some(s) if columns.iter().flatten().any(|seen| seen.column == s.column) => {
                    let letter = column_letter(i);
                    notices.push(Text::new(
                        format!("La columna {letter} («{header}») repite «{}»: se usa solo la primera.", s.header_es),
                        format!("Column {letter} (“{header}”) repeats “{}”: only the first is read.", s.header_en),
                    ));
                    columns.push(None);
                    continue;
                }
                None if !header.is_empty() => unknown.push(format!("{} «{header}»", column_letter(i))),
                _ => {}
            }
            columns.push(spec);
        }
        let units = columns.iter().zip(&headers).map(|(spec, h)| header_unit(*spec, h)).collect();
        if columns.iter().all(Option::is_none) {
            let shown: String = headers.iter().filter(|h| !h.is_empty()).take(5).cloned().collect::<Vec<_>>().join(" | ");
            let shown: String = shown.chars().take(120).collect();
            return Err(ImportError::new(
                format!("La fila 1 no tiene encabezados que Listo conozca (se leyó: «{shown}»). La primera fila debe nombrar las columnas, por ejemplo Título, Precio, Cantidad; usa la plantilla."),
                format!("Row 1 has no header Listo knows (it read: “{shown}”). The first row must name the columns, e.g. Title, Price, Stock; use the template."),
            ));
        }
        if !unknown.is_empty() {
            let list = unknown.join(", ");
            notices.push(Text::new(
                format!("Columnas que Listo no lee (se ignoran): {list}."),
                format!("Columns Listo does not read (ignored): {list}."),
            ));
        }
        Ok((Layout { columns, headers, units }, notices))
    }

    /// One row of cells as a listing, or `None` when every cell is blank.
    pub(super) fn row<'a>(&self, row: usize, cells: impl IntoIterator<Item = &'a str>) -> Option<Row> {
        let mut listing = Listing::default();
        let mut problems = Vec::new();
        let mut count = 0;
        let mut extra: Vec<usize> = Vec::new();
        let mut blank = true;
        for (i, cell) in cells.into_iter().enumerate() {
            count = i + 1;
            let value = cell.trim();
            if value.is_empty() {
                continue;
            }
            blank = false;
            match self.columns.get(i) {
                Some(Some(spec)) => {
                    let bare = value.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' '));
                    let with_unit;
                    let value = match self.units.get(i).copied().flatten() {
                        Some(unit) if bare => {
                            with_unit = format!("{value} {unit}");
                            with_unit.as_str()
                        }
                        _ => value,
                    };
                    if let Some(message) = store(&mut listing, spec, value) {
                        problems.push(self.problem(row, i, spec.field, message));
                    }
                }
                Some(None) => {}
                None => extra.push(i),
            }
        }
        if blank {
            return None;
        }
        if let (Some(&first), Some(&last)) = (extra.first(), extra.last()) {
            let headers = self.columns.len();
            let (from, to) = (column_letter(first), column_letter(last));
            let span = if first == last { from.clone() } else { format!("{from}–{to}") };
            problems.push(CellProblem {
                row,
                column: String::new(),
                letter: from,
                field: String::new(),
                message: Text::new(
                    format!("Fila {row}: tiene {count} celdas y el encabezado {headers} columnas; lo de la columna {span} no se leyó (¿un separador o una comilla de más?)."),
                    format!("Row {row}: it has {count} cells and the header {headers} columns; column {span} was not read (a stray separator or quote?)."),
                ),
            });
        }
        Some(Row { row, listing, problems })
    }

    fn problem(&self, row: usize, index: usize, field: &str, what: Text) -> CellProblem {
        let letter = column_letter(index);
        let column = self.headers.get(index).cloned().unwrap_or_default();
        CellProblem {
            row,
            message: Text::new(
                format!("Fila {row}, columna {letter} ({column}): {}", what.es),
                format!("Row {row}, column {letter} ({column}): {}", what.en),
            ),
            column,
            letter,
            field: field.to_string(),
        }
    }
}

/// Stores one non-empty cell in its field; returns what is wrong with it, if anything.
fn store(listing: &mut Listing, spec: &ColumnSpec, value: &str) -> Option<Text> {
    let problem = match spec.column {
        Column::Price => parse_price(value).err(),
        Column::Quantity => parse_quantity(value).err(),
        Column::Weight => parse_weight_g(value, WeightDefault::Kilograms).err(),
        Column::Length | Column::Width | Column::Height => parse_length_cm(value).err(),
        Column::WarrantyTime => parse_warranty(value).err(),
        Column::Condition => return choice(listing, spec, value, CONDITIONS, "nuevo, usado", "new, used"),
        Column::ListingType => {
            return choice(listing, spec, value, LISTING_TYPES, "Clásica, Premium, Gratuita", "Classic, Premium, Free")
        }
        Column::BuyingMode => return choice(listing, spec, value, BUYING_MODES, "Compra inmediata", "Buy it now"),
        Column::Pictures => {
            listing.pictures = value
                .split([',', ';', '|', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Picture { format: format_of(s), source: s.to_string(), ..Picture::default() })
                .collect();
            return None;
        }
        _ => None,
    };
    // Every other column is a text field `field::set` knows; it cannot fail for these paths.
    let _ = field::set(listing, spec.field, value.to_string());
    problem.map(|e: ParseError| e.message(value))
}

/// Words sellers write for a fixed choice, folded, and the value Mercado Libre's API uses.
type Choices = &'static [(&'static str, &'static str)];

const CONDITIONS: Choices = &[
    ("nuevo", "new"),
    ("nueva", "new"),
    ("new", "new"),
    ("usado", "used"),
    ("usada", "used"),
    ("used", "used"),
    ("reacondicionado", "used"),
    ("no especificado", "not_specified"),
    ("not specified", "not_specified"),
    ("not_specified", "not_specified"),
];

const LISTING_TYPES: Choices = &[
    ("clasica", "gold_special"),
    ("classic", "gold_special"),
    ("gold_special", "gold_special"),
    ("premium", "gold_pro"),
    ("gold_pro", "gold_pro"),
    ("gratuita", "free"),
    ("gratis", "free"),
    ("free", "free"),
    ("gold", "gold"),
    ("silver", "silver"),
    ("bronze", "bronze"),
];

const BUYING_MODES: Choices = &[
    ("compra inmediata", "buy_it_now"),
    ("buy it now", "buy_it_now"),
    ("buy_it_now", "buy_it_now"),
    ("clasificado", "classified"),
    ("classified", "classified"),
];

/// A fixed choice: the API's value when the word is known, else the text as typed and a problem
/// listing the words that are.
fn choice(listing: &mut Listing, spec: &ColumnSpec, value: &str, choices: Choices, es: &str, en: &str) -> Option<Text> {
    let folded = crate::core::fold::fold(value.trim());
    let found = choices.iter().find(|(word, _)| *word == folded).map(|(_, api)| *api);
    let _ = field::set(listing, spec.field, found.unwrap_or(value).to_string());
    let shown: String = value.chars().take(40).collect();
    found.is_none().then(|| {
        Text::new(format!("no se entiende «{shown}»; se esperaba {es}."), format!("could not understand “{shown}”; expected {en}."))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(headers: &[&str]) -> Layout {
        Layout::from_headers(headers.iter().copied()).unwrap().0
    }

    #[test]
    fn a_bad_cell_is_a_problem_and_the_rest_of_the_row_is_read() {
        let l = layout(&["Título", "Precio", "Peso", "Condición"]);
        let row = l.row(4, ["Celular Samsung A15", "doce", "1,2,3 kg", "Nuevo"]).unwrap();
        assert_eq!(row.listing.title, "Celular Samsung A15");
        assert_eq!(row.listing.condition, "new");
        assert_eq!(row.listing.price, "doce", "kept as typed");
        let where_: Vec<_> = row.problems.iter().map(|p| (p.row, p.letter.as_str(), p.column.as_str(), p.field.as_str())).collect();
        assert_eq!(where_, vec![(4, "B", "Precio", "price"), (4, "C", "Peso", "shipping.weight")]);
        assert!(row.problems[0].message.es.starts_with("Fila 4, columna B (Precio): No se entiende «doce»"), "{}", row.problems[0].message.es);
    }

    #[test]
    fn a_unit_in_the_header_applies_to_bare_numbers() {
        let l = layout(&["Título", "Peso (g)", "Largo [mm]", "Alto cm"]);
        let row = l.row(2, ["Termo", "500", "300", "20 cm"]).unwrap();
        assert_eq!(row.listing.shipping.weight, "500 g");
        assert_eq!(row.listing.shipping.length, "300 mm");
        assert_eq!(row.listing.shipping.height, "20 cm", "a cell with its own unit keeps it");
        assert!(row.problems.is_empty(), "{:?}", row.problems);
    }

    #[test]
    fn more_cells_than_headers_is_a_problem_on_that_row() {
        let l = layout(&["Título", "Precio"]);
        let row = l.row(7, ["Balanceado 20 kg", "35", "x", "y"]).unwrap();
        assert_eq!(row.listing.price, "35");
        assert_eq!(row.problems.len(), 1);
        assert_eq!(row.problems[0].letter, "C");
        assert!(row.problems[0].message.es.contains("columna C–D"), "{}", row.problems[0].message.es);
    }

    #[test]
    fn unknown_and_repeated_columns_are_notices_and_no_known_column_is_an_error() {
        let (_, notices) = Layout::from_headers(["Título", "Color favorito", "TITLE"]).unwrap();
        assert!(notices.iter().any(|n| n.es.contains("B «Color favorito»")), "{notices:?}");
        assert!(notices.iter().any(|n| n.en.contains("Column C")), "{notices:?}");
        let err = Layout::from_headers(["foo", "bar"]).err().unwrap();
        assert!(err.message.es.contains("fila 1"), "{}", err.message.es);
    }

    #[test]
    fn pictures_split_on_any_separator_and_blank_rows_are_skipped() {
        let l = layout(&["Fotos", "Marca", "Tipo de publicación"]);
        let row = l.row(2, ["https://x.ec/a.jpg; https://x.ec/b.PNG | c.webp", "Acme", "Clásica"]).unwrap();
        let formats: Vec<_> = row.listing.pictures.iter().map(|p| p.format.as_deref()).collect();
        assert_eq!(formats, vec![Some("jpg"), Some("png"), Some("webp")]);
        assert_eq!(row.listing.attribute("BRAND"), Some("Acme"));
        assert_eq!(row.listing.listing_type_id, "gold_special");
        assert!(l.row(3, ["", "  ", ""]).is_none());
    }
}
