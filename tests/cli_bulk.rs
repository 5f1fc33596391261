//! `listo check` on every input format (CSV, XLSX, JSON, JSON lines, standard input) and every
//! output (text, jsonl, csv): row numbers, order, exit codes.

use std::io::Cursor;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_with(args: &[&str], stdin: &[u8]) -> Out {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let mut input = Cursor::new(stdin.to_vec());
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = listo::cli::run(&args, &mut input, &mut stdout, &mut stderr);
    Out { code, stdout: String::from_utf8(stdout).unwrap(), stderr: String::from_utf8(stderr).unwrap() }
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/bulk/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn temp_file(name: &str, content: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("listo-cli-bulk-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

#[test]
fn csv_jsonl_index_is_the_row_in_the_file() {
    let out = run_with(&["check", &fixture("excel-es-1252.csv"), "--format", "jsonl"], b"");
    assert_eq!(out.code, 1, "{}", out.stderr);
    let lines = json_lines(&out.stdout);
    let rows: Vec<u64> = lines.iter().map(|l| l["index"].as_u64().unwrap()).collect();
    assert_eq!(rows, vec![2, 3, 4]);
    let problems = &lines[1]["import_problems"];
    assert_eq!(problems[0]["letter"], "B");
    assert_eq!(problems[0]["column"], "Precio");
    assert_eq!(problems[0]["field"], "price");
    assert!(out.stderr.contains("Windows-1252"), "the guessed encoding is noticed: {}", out.stderr);
    assert!(out.stderr.contains("3 publicaciones revisadas"), "{}", out.stderr);
}

#[test]
fn csv_output_has_one_row_per_problem_and_reads_back() {
    let out = run_with(&["check", &fixture("broken.csv"), "--format", "csv", "--lang", "en"], b"");
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    assert_eq!(reader.headers().unwrap(), vec!["row", "title", "code", "severity", "field", "message"]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(records.iter().all(|r| r.len() == 6));
    let stock = records.iter().find(|r| &r[0] == "4" && &r[2] == "IMPORT").expect("the unreadable stock of row 4");
    assert_eq!(&stock[4], "available_quantity");
    assert!(stock[5].contains("Row 4, column D (Stock)"), "{}", &stock[5]);
    // Row order follows the file.
    let rows: Vec<u32> = records.iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(rows.windows(2).all(|w| w[0] <= w[1]), "{rows:?}");
}

#[test]
fn text_output_names_rows_for_tables() {
    let out = run_with(&["check", &fixture("tab-newlines.csv")], b"");
    assert!(out.stdout.contains("Publicación de la fila 2 · «Lámpara de escritorio LED recargable»"), "{}", out.stdout);
    assert!(out.stdout.contains("Publicación de la fila 3"), "{}", out.stdout);
    assert!(out.stdout.contains("2 publicaciones revisadas"), "{}", out.stdout);
}

#[test]
fn xlsx_by_extension_and_chosen_sheet() {
    let bytes = listo::core::bulk::template_xlsx().unwrap();
    let path = temp_file("plantilla.xlsx", &bytes);
    let out = run_with(&["check", &path, "--format", "jsonl"], b"");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.iter().map(|l| l["index"].as_u64().unwrap()).collect::<Vec<_>>(), vec![2, 3], "{}", out.stderr);
    let out = run_with(&["check", &path, "--sheet", "Hoja9"], b"");
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("Publicaciones"), "{}", out.stderr);
}

#[test]
fn stdin_with_an_input_format() {
    let csv = "Título;Precio\nCuaderno 100 hojas;2,50\n";
    let out = run_with(&["check", "-", "--input-format", "csv", "--format", "jsonl"], csv.as_bytes());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1, "{}", out.stderr);
    assert_eq!(lines[0]["index"], 2);
    let xlsx = listo::core::bulk::template_xlsx().unwrap();
    let out = run_with(&["check", "-", "--format", "jsonl"], &xlsx);
    assert_eq!(json_lines(&out.stdout).len(), 2, "a spreadsheet on stdin is recognised by its content: {}", out.stderr);
}

#[test]
fn json_keeps_its_zero_based_index_and_many_chunks_stay_in_order() {
    let mut input = String::new();
    for i in 0..2_000 {
        input.push_str(&format!("{{\"title\": \"Producto número {i} para probar el orden\", \"price\": {i}}}\n"));
    }
    let path = temp_file("many.jsonl", input.as_bytes());
    let out = run_with(&["check", &path, "--format", "jsonl"], b"");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2_000);
    assert!(lines.iter().enumerate().all(|(i, l)| l["index"].as_u64() == Some(i as u64)), "output in input order");
}

#[test]
fn a_broken_json_line_is_reported_and_the_others_are_checked() {
    let input = "{\"title\": \"Termo de acero\"}\n{\"title\": }\n{\"title\": \"Vaso térmico\"}\n";
    let out = run_with(&["check", "-", "--format", "jsonl"], input.as_bytes());
    assert_eq!(out.code, 2, "unreadable input exits 2");
    assert_eq!(json_lines(&out.stdout).len(), 2);
    assert!(out.stderr.contains("Línea 2, columna"), "{}", out.stderr);
}

#[test]
fn not_a_table_and_empty_files_exit_2() {
    let png = temp_file("foto.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let out = run_with(&["check", &png, "--lang", "en"], b"");
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("PNG image"), "{}", out.stderr);
    let out = run_with(&["check", "-"], b"");
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("vacío"), "{}", out.stderr);
}
