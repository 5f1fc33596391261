//! The bulk reader (`core::bulk`) on files as sellers make them: a semicolon CSV saved by Excel in
//! Spanish (Windows-1252), a tab CSV with line breaks inside cells, a broken CSV, an XLSX written
//! here with rust_xlsxwriter, Mercado Libre JSON, and files that are not tables at all.

use listo::core::bulk::{read_table, stream_rows, Format, ReadOptions, Table};
use rust_xlsxwriter::Workbook;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/bulk/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(bytes: &[u8], name: &str) -> Table {
    read_table(bytes, name, &ReadOptions::default()).unwrap_or_else(|e| panic!("{name}: {}", e.message.en))
}

#[test]
fn excel_spanish_semicolon_windows_1252() {
    let table = read(&fixture("excel-es-1252.csv"), "excel-es-1252.csv");
    assert_eq!(table.format, Format::Csv);
    let rows: Vec<_> = table.rows.iter().map(|r| (r.row, r.listing.title.as_str())).collect();
    assert_eq!(
        rows,
        vec![
            (2, "Zapatos de cuero para niño talla 28"),
            (3, "Piñata de cumpleaños con diseño de dinosaurio"),
            (4, "Balanceado para gato adulto 2 kg"),
        ]
    );
    let first = &table.rows[0].listing;
    assert_eq!((first.price.as_str(), first.available_quantity.as_str(), first.condition.as_str()), ("24,90", "6", "new"));
    assert_eq!(first.seller_address.city, "Cuenca");
    assert_eq!(first.shipping.weight, "0,8 kg");
    assert!(first.description.contains("cómodos"));
    assert_eq!(table.rows[2].listing.condition, "used");
    assert!(table.notices.iter().any(|n| n.es.contains("Windows-1252")), "{:?}", table.notices);
    // Row 3: the price "doce" and the weight "1,2,3 kg" are named by row, column and field.
    let problems: Vec<_> = table.rows[1].problems.iter().map(|p| (p.row, p.letter.as_str(), p.column.as_str(), p.field.as_str())).collect();
    assert_eq!(problems, vec![(3, "B", "Precio", "price"), (3, "F", "Peso", "shipping.weight")]);
    assert!(table.rows[1].problems[0].message.en.starts_with("Row 3, column B (Precio): Could not understand “doce”"));
    assert!(table.rows[0].problems.is_empty() && table.rows[2].problems.is_empty());
}

#[test]
fn tab_separated_with_line_breaks_inside_cells() {
    let table = read(&fixture("tab-newlines.csv"), "lamparas.csv");
    assert_eq!(table.rows.len(), 2);
    let lamp = &table.rows[0];
    assert_eq!(lamp.row, 2);
    assert_eq!(lamp.listing.title, "Lámpara de escritorio LED recargable", "the byte-order mark is not part of the header");
    assert_eq!(lamp.listing.description, "Luz blanca y cálida.\nBatería de 1200 mAh.\n\nIncluye cable USB.");
    assert_eq!(lamp.listing.pictures.len(), 2);
    // The four lines of the first row are one spreadsheet row: the next is row 3.
    assert_eq!(table.rows[1].row, 3);
    assert_eq!(table.rows[1].listing.price, "9,99");
    assert!(table.notices.is_empty(), "{:?}", table.notices);
}

#[test]
fn a_broken_csv_names_each_row_and_column_and_reads_the_rest() {
    let table = read(&fixture("broken.csv"), "broken.csv");
    let rows: Vec<usize> = table.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, vec![2, 3, 4, 5]);
    assert!(table.rows[0].problems.is_empty());
    let extra = &table.rows[1].problems;
    assert_eq!(extra.len(), 1, "{extra:?}");
    assert!(extra[0].message.en.contains("it has 6 cells and the header 4 columns") && extra[0].message.en.contains("E–F"), "{}", extra[0].message.en);
    assert_eq!(table.rows[1].listing.title, "Mochila escolar", "the row is still read");
    let stock = &table.rows[2].problems[0];
    assert_eq!((stock.letter.as_str(), stock.column.as_str(), stock.field.as_str()), ("D", "Stock", "available_quantity"));
    assert!(table.rows[3].problems.iter().any(|p| p.message.es.contains("comilla") && p.row == 5), "{:?}", table.rows[3].problems);
}

fn workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let other = book.add_worksheet();
    other.set_name("Notas").unwrap();
    other.write_string(0, 0, "Lista de precios de diciembre").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Productos").unwrap();
    // The table starts at B2, as tables pasted under a title often do.
    for (c, h) in ["Título", "Precio", "EAN", "Peso (kg)", "Proveedor"].iter().enumerate() {
        sheet.write_string(1, c as u16 + 1, *h).unwrap();
    }
    sheet.write_string(2, 1, "Parlante Bluetooth portátil resistente al agua").unwrap();
    sheet.write_number(2, 2, 35.9).unwrap();
    sheet.write_number(2, 3, 7_861_234_567_897.0).unwrap();
    sheet.write_number(2, 4, 0.6).unwrap();
    sheet.write_string(3, 1, "Cable HDMI 2 metros").unwrap();
    sheet.write_string(3, 2, "cinco dólares").unwrap();
    sheet.write_string(3, 4, "200 g").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn xlsx_any_sheet_with_the_sheets_own_rows_and_letters() {
    let bytes = workbook();
    let err = read_table(&bytes, "catalogo.xlsx", &ReadOptions::default()).unwrap_err();
    assert!(err.message.es.contains("La fila 1 no tiene encabezados"), "the first sheet is notes: {}", err.message.es);
    let opts = ReadOptions { sheet: Some("productos".into()), ..ReadOptions::default() };
    let table = read_table(&bytes, "catalogo.xlsx", &opts).unwrap();
    assert_eq!(table.format, Format::Spreadsheet);
    assert_eq!(table.sheet_names, vec!["Notas", "Productos"]);
    assert_eq!(table.rows.len(), 2);
    let speaker = &table.rows[0];
    assert_eq!(speaker.row, 3);
    assert_eq!(speaker.listing.price, "35.9");
    assert_eq!(speaker.listing.attribute("GTIN"), Some("7861234567897"), "a barcode typed as a number stays its digits");
    assert_eq!(speaker.listing.shipping.weight, "0.6 kg", "the header's unit applies");
    let cable = &table.rows[1].problems[0];
    assert_eq!((cable.row, cable.letter.as_str(), cable.column.as_str()), (4, "C", "Precio"));
    assert!(table.notices.iter().any(|n| n.es.contains("F «Proveedor»")), "{:?}", table.notices);
    let missing = ReadOptions { sheet: Some("Hoja9".into()), ..ReadOptions::default() };
    assert!(read_table(&bytes, "catalogo.xlsx", &missing).unwrap_err().message.en.contains("Notas, Productos"));
}

#[test]
fn mercado_libre_json_in_the_same_shape() {
    let path = format!("{}/tests/fixtures/rules/LI001/good.json", env!("CARGO_MANIFEST_DIR"));
    let table = read(&std::fs::read(path).unwrap(), "good.json");
    assert_eq!(table.format, Format::Json);
    assert_eq!(table.rows.len(), 1);
    assert!(!table.rows[0].listing.title.is_empty());
    let lines = read(b"{\"title\": \"Termo\", \"price\": 9}\n{\"title\": \"Vaso\", \"pictures\": 3}\n", "items.jsonl");
    assert_eq!(lines.rows[1].row, 2);
    assert_eq!(lines.rows[1].problems[0].field, "pictures");
}

#[test]
fn files_that_are_not_tables_get_a_clear_message() {
    let cases: [(&[u8], &str, &str); 5] = [
        (b"", "vacio.csv", "vacío"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", "foto.csv", "imagen PNG"),
        (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "lista.xlsx", "imagen JPEG"),
        (b"1;2;3\n4;5;6\n", "numeros.csv", "no tiene encabezados"),
        (b"Titulo;Precio\n", "solo.xlsx", "no es una hoja de cálculo"),
    ];
    for (bytes, name, expected) in cases {
        let err = read_table(bytes, name, &ReadOptions::default()).unwrap_err();
        assert!(err.message.es.contains(expected), "{name}: {}", err.message.es);
        assert!(!err.message.en.is_empty());
    }
    let small = ReadOptions { max_bytes: 1024 * 1024, ..ReadOptions::default() };
    let big = vec![b'a'; 1024 * 1024 + 1];
    assert!(read_table(&big, "big.csv", &small).unwrap_err().message.es.contains("el límite es 1 MB"));
}

#[test]
fn streaming_gives_the_same_rows_as_reading_whole() {
    for name in ["excel-es-1252.csv", "tab-newlines.csv", "broken.csv"] {
        let bytes = fixture(name);
        let whole = read(&bytes, name);
        let (rows, _) = stream_rows(&bytes[..], Format::Csv, &ReadOptions::default()).unwrap();
        let streamed: Vec<_> = rows.map(Result::unwrap).collect();
        assert_eq!(streamed, whole.rows, "{name}");
    }
    let xlsx = workbook();
    let opts = ReadOptions { sheet: Some("Productos".into()), ..ReadOptions::default() };
    let (rows, notices) = stream_rows(&xlsx[..], Format::Spreadsheet, &opts).unwrap();
    let whole = read_table(&xlsx, "a.xlsx", &opts).unwrap();
    assert_eq!(rows.map(Result::unwrap).collect::<Vec<_>>(), whole.rows);
    assert_eq!(notices, whole.notices);
    let jsonl = b"{\"title\": \"a\"}\n\n{\"title\": \"b\"}\n";
    let (rows, _) = stream_rows(&jsonl[..], Format::JsonLines, &ReadOptions::default()).unwrap();
    assert_eq!(rows.map(|r| r.unwrap().row).collect::<Vec<_>>(), vec![1, 3]);
}

#[test]
fn the_text_and_spreadsheet_halves_read_what_read_table_reads() {
    let csv = fixture("excel-es-1252.csv");
    let opts = ReadOptions::default();
    assert_eq!(listo::core::bulk::read_text_table(&csv, "a.csv", &opts).unwrap(), read(&csv, "a.csv"));
    let xlsx = listo::core::bulk::template_xlsx().unwrap();
    assert!(listo::core::bulk::read_text_table(&xlsx, "a.xlsx", &opts).unwrap_err().message.en.contains("spreadsheet"));
    assert_eq!(listo::core::bulk::read_spreadsheet(&xlsx, &opts).unwrap(), read(&xlsx, "a.xlsx"));
}

/// A stray cell far from the table (here Excel's very last cell, XFD1048576) would make the sheet
/// a rectangle of 17 billion cells: refused with where the sheet reaches, before any is laid out.
#[test]
fn a_sheet_spanning_too_many_cells_is_refused_with_its_extent() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Título").unwrap();
    sheet.write_string(1, 0, "Cable HDMI 2 metros").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let err = read_table(&bytes, "catalogo.xlsx", &ReadOptions::default()).unwrap_err();
    assert!(err.message.es.contains("de la fila 1 a la 1048576 y de la columna A a la XFD: son 17179,9 millones de celdas"), "{}", err.message.es);
    assert!(err.message.en.contains(&format!("the limit is {} million", listo::core::bulk::MAX_SHEET_CELLS / 1_000_000)), "{}", err.message.en);
    // The same table without the stray cell reads.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Título").unwrap();
    sheet.write_string(1, 0, "Cable HDMI 2 metros").unwrap();
    assert_eq!(read_table(&book.save_to_buffer().unwrap(), "catalogo.xlsx", &ReadOptions::default()).unwrap().rows.len(), 1);
}
