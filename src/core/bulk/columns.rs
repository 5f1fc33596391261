//! Which listing field a column feeds, from its header in Spanish or English, matched without
//! case, accents or punctuation: "Título", "TITULO" and "title" are one column; so are "Código de
//! barras", "EAN" and "GTIN".

use crate::core::fold::fold;

/// The columns Listo reads, in the order the templates write them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Id,
    Title,
    Price,
    Currency,
    Quantity,
    Category,
    Condition,
    ListingType,
    BuyingMode,
    Description,
    Brand,
    Model,
    Gtin,
    Warranty,
    WarrantyType,
    WarrantyTime,
    Weight,
    Length,
    Width,
    Height,
    ShippingMode,
    City,
    State,
    Pictures,
}

/// A column: the listing field it feeds, its template header in each language, and every header
/// (folded: lower case, no accents, words joined by one space) that names it.
pub struct ColumnSpec {
    pub column: Column,
    pub field: &'static str,
    pub header_es: &'static str,
    pub header_en: &'static str,
    pub names: &'static [&'static str],
}

/// Every column, in template order.
pub const COLUMNS: &[ColumnSpec] = &[
    spec(Column::Id, "id", "ID", "ID", &["id", "item id", "id de publicacion", "sku"]),
    spec(Column::Title, "title", "Título", "Title", &["titulo", "title", "nombre", "producto", "name"]),
    spec(Column::Price, "price", "Precio", "Price", &["precio", "price", "pvp", "precio de venta"]),
    spec(Column::Currency, "currency_id", "Moneda", "Currency", &["moneda", "currency", "currency id"]),
    spec(Column::Quantity, "available_quantity", "Cantidad", "Stock", &[
        "cantidad", "stock", "cantidad disponible", "available quantity", "quantity", "existencias", "inventario",
    ]),
    spec(Column::Category, "category_id", "Categoría", "Category", &["categoria", "category", "category id", "id de categoria"]),
    spec(Column::Condition, "condition", "Condición", "Condition", &["condicion", "estado", "condition"]),
    spec(Column::ListingType, "listing_type_id", "Tipo de publicación", "Listing type", &[
        "tipo de publicacion", "listing type", "listing type id",
    ]),
    spec(Column::BuyingMode, "buying_mode", "Modalidad de compra", "Buying mode", &["modalidad de compra", "buying mode"]),
    spec(Column::Description, "description", "Descripción", "Description", &["descripcion", "description", "detalle"]),
    spec(Column::Brand, "attributes.BRAND", "Marca", "Brand", &["marca", "brand"]),
    spec(Column::Model, "attributes.MODEL", "Modelo", "Model", &["modelo", "model"]),
    spec(Column::Gtin, "attributes.GTIN", "Código de barras", "GTIN", &[
        "gtin", "ean", "upc", "codigo de barras", "barcode", "ean 13", "ean13",
    ]),
    spec(Column::Warranty, "warranty", "Garantía", "Warranty", &["garantia", "warranty"]),
    spec(Column::WarrantyType, "sale_terms.WARRANTY_TYPE", "Tipo de garantía", "Warranty type", &["tipo de garantia", "warranty type"]),
    spec(Column::WarrantyTime, "sale_terms.WARRANTY_TIME", "Tiempo de garantía", "Warranty time", &[
        "tiempo de garantia", "warranty time", "duracion de la garantia",
    ]),
    spec(Column::Weight, "shipping.weight", "Peso", "Weight", &["peso", "weight", "peso del paquete", "package weight"]),
    spec(Column::Length, "shipping.length", "Largo", "Length", &["largo", "length", "longitud"]),
    spec(Column::Width, "shipping.width", "Ancho", "Width", &["ancho", "width"]),
    spec(Column::Height, "shipping.height", "Alto", "Height", &["alto", "height", "altura"]),
    spec(Column::ShippingMode, "shipping.mode", "Modo de envío", "Shipping mode", &["modo de envio", "shipping mode"]),
    spec(Column::City, "seller_address.city", "Ciudad", "City", &["ciudad", "city", "ciudad de origen"]),
    spec(Column::State, "seller_address.state", "Provincia", "Province", &["provincia", "state", "province"]),
    spec(Column::Pictures, "pictures", "Fotos", "Pictures", &["fotos", "foto", "imagenes", "imagen", "pictures", "images", "photos", "urls"]),
];

const fn spec(column: Column, field: &'static str, header_es: &'static str, header_en: &'static str, names: &'static [&'static str]) -> ColumnSpec {
    ColumnSpec { column, field, header_es, header_en, names }
}

/// A header folded for matching: "Código de  barras (EAN)" → "codigo de barras ean".
fn key(header: &str) -> String {
    let folded = fold(header);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The column a header names, if Listo reads it. A unit in brackets is allowed: "Peso (kg)".
pub fn column_of(header: &str) -> Option<&'static ColumnSpec> {
    let key = key(header);
    let find = |k: &str| COLUMNS.iter().find(|spec| spec.names.contains(&k));
    find(&key).or_else(|| {
        // "peso kg", "precio usd", "fotos urls": the name followed by a unit or a note.
        let (head, _) = key.rsplit_once(' ')?;
        find(head)
    })
}

/// The spreadsheet letter of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_without_case_accents_or_units() {
        let cases = [
            ("Título", Column::Title),
            ("TITLE", Column::Title),
            ("Código de barras", Column::Gtin),
            ("EAN", Column::Gtin),
            ("Peso (kg)", Column::Weight),
            ("  precio  ", Column::Price),
            ("Condición", Column::Condition),
            ("estado", Column::Condition),
            ("Tipo de publicación", Column::ListingType),
            ("Imágenes", Column::Pictures),
            ("Tiempo de garantía", Column::WarrantyTime),
            ("stock", Column::Quantity),
        ];
        for (header, column) in cases {
            assert_eq!(column_of(header).map(|s| s.column), Some(column), "{header}");
        }
        assert!(column_of("Color favorito").is_none());
        assert!(column_of("").is_none());
    }

    #[test]
    fn every_template_header_reads_back_as_its_column() {
        for spec in COLUMNS {
            assert_eq!(column_of(spec.header_es).map(|s| s.column), Some(spec.column), "{}", spec.header_es);
            assert_eq!(column_of(spec.header_en).map(|s| s.column), Some(spec.column), "{}", spec.header_en);
        }
    }

    #[test]
    fn letters_as_spreadsheets_write_them() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
