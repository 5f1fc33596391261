//! The templates in `docs/templates/` are what the generators write (`core::bulk::template_*`), and
//! they read back through the bulk reader as two clean rows. Regenerate them with
//! `LISTO_REGEN=1 cargo test --test bulk_templates`.

use listo::core::bulk::{read_table, template_csv, template_rows, template_xlsx, ReadOptions, COLUMNS};

fn path(name: &str) -> String {
    format!("{}/docs/templates/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The committed file, or (with LISTO_REGEN=1) the generated one written first.
fn committed(name: &str, generated: &[u8]) -> Vec<u8> {
    if std::env::var_os("LISTO_REGEN").is_some() {
        std::fs::create_dir_all(path("")).unwrap();
        std::fs::write(path(name), generated).unwrap();
    }
    std::fs::read(path(name)).unwrap_or_else(|e| panic!("{name}: {e}; run LISTO_REGEN=1 cargo test --test bulk_templates"))
}

#[test]
fn the_committed_csv_template_is_the_generated_one() {
    let generated = template_csv();
    assert_eq!(committed("plantilla-listo.csv", generated.as_bytes()), generated.as_bytes(), "run LISTO_REGEN=1 cargo test --test bulk_templates");
}

#[test]
fn the_committed_xlsx_template_is_the_generated_one() {
    let generated = template_xlsx().unwrap();
    assert_eq!(template_xlsx().unwrap(), generated, "the generator is deterministic");
    assert!(committed("plantilla-listo.xlsx", &generated) == generated, "run LISTO_REGEN=1 cargo test --test bulk_templates");
}

#[test]
fn both_templates_read_back_as_two_rows_with_every_column_known() {
    let xlsx = template_xlsx().unwrap();
    for (bytes, name) in [(template_csv().into_bytes(), "plantilla-listo.csv"), (xlsx, "plantilla-listo.xlsx")] {
        let table = read_table(&bytes, name, &ReadOptions::default()).unwrap();
        assert!(table.notices.is_empty(), "{name}: {:?}", table.notices);
        assert_eq!(table.rows.len(), 2, "{name}");
        let expected = &template_rows()[1];
        let phone = &table.rows[0];
        assert_eq!(phone.row, 2);
        assert!(phone.problems.is_empty(), "{name}: {:?}", phone.problems);
        assert_eq!(phone.listing.title, expected[1]);
        assert_eq!(phone.listing.condition, "new");
        assert_eq!(phone.listing.listing_type_id, "gold_special");
        assert_eq!(phone.listing.sale_term("WARRANTY_TIME"), Some("6 meses"));
        assert_eq!(phone.listing.pictures.len(), 2);
        assert!(table.rows[1].problems.is_empty(), "{name}: {:?}", table.rows[1].problems);
        assert_eq!(template_rows()[0].len(), COLUMNS.len());
    }
}
