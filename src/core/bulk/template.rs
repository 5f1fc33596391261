//! The templates a seller downloads: every column Listo reads, with its Spanish header, and two
//! example rows written for Ecuador (made up for the template, not real listings). The committed
//! copies in `docs/templates/` are checked against these generators by `tests/bulk_templates.rs`.

use super::columns::COLUMNS;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

/// The header row and the two example rows, one cell per column in [`COLUMNS`] order.
pub fn template_rows() -> Vec<Vec<&'static str>> {
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.header_es).collect();
    // ID, Título, Precio, Moneda, Cantidad, Categoría, Condición, Tipo de publicación, Modalidad de
    // compra, Descripción, Marca, Modelo, Código de barras, Garantía, Tipo de garantía, Tiempo de
    // garantía, Peso, Largo, Ancho, Alto, Modo de envío, Ciudad, Provincia, Fotos.
    let phone = vec![
        "",
        "Celular Samsung Galaxy A15 128 GB 4 GB RAM Negro",
        "189,90",
        "USD",
        "5",
        "MEC1055",
        "Nuevo",
        "Clásica",
        "Compra inmediata",
        "Celular nuevo en caja sellada, con cargador y cable USB-C. Pantalla de 6,5 pulgadas y batería de 5000 mAh. Factura a nombre del comprador y envío a todo el Ecuador.",
        "Samsung",
        "Galaxy A15",
        "",
        "",
        "Garantía del vendedor",
        "6 meses",
        "0,4 kg",
        "18 cm",
        "10 cm",
        "6 cm",
        "me2",
        "Quito",
        "Pichincha",
        "https://ejemplo.ec/fotos/celular-frente.jpg | https://ejemplo.ec/fotos/celular-reverso.jpg",
    ];
    let dog_food = vec![
        "",
        "Balanceado para perro adulto raza mediana 15 kg",
        "42,50",
        "USD",
        "10",
        "MEC1077",
        "Nuevo",
        "Clásica",
        "Compra inmediata",
        "Saco de balanceado para perros adultos de raza mediana, sellado de fábrica. Fecha de caducidad visible en el empaque. Entregas en Guayaquil y envíos a todo el país.",
        "Marca de ejemplo",
        "Adulto raza mediana",
        "",
        "",
        "Sin garantía",
        "",
        "15,5 kg",
        "60 cm",
        "40 cm",
        "12 cm",
        "me2",
        "Guayaquil",
        "Guayas",
        "https://ejemplo.ec/fotos/balanceado-saco.jpg",
    ];
    vec![header, phone, dog_food]
}

/// The CSV template: semicolons and UTF-8 with a byte-order mark, which Excel in Spanish opens
/// with accents intact and one value per column.
pub fn template_csv() -> String {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for row in template_rows() {
        // Writing to memory cannot fail.
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

/// The XLSX template: one sheet "Publicaciones", bold header, frozen first row. Its creation date
/// is fixed so the file is the same on every build.
pub fn template_xlsx() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 1)?;
    book.set_properties(&rust_xlsxwriter::DocProperties::new().set_title("Plantilla de Listo").set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("Publicaciones")?;
    for (r, row) in template_rows().iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            if r == 0 {
                sheet.write_string_with_format(r, c, *cell, &bold)?;
            } else if !cell.is_empty() {
                sheet.write_string(r, c, *cell)?;
            }
        }
    }
    for (c, spec) in COLUMNS.iter().enumerate() {
        let wide = matches!(spec.field, "title" | "description" | "pictures");
        sheet.set_column_width(c as u16, if wide { 40 } else { 14 })?;
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_one_cell_per_column() {
        for row in template_rows() {
            assert_eq!(row.len(), COLUMNS.len());
        }
    }
}
