//! The CLI's Mercado Libre pieces: `ml_quality` in `check --format jsonl` and
//! `listo explain-error FILE|-`, through `listo::cli::run` with in-memory streams.

use serde_json::Value;
use std::io::Cursor;

fn run_with(args: &[&str], stdin: &str) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let mut input = Cursor::new(stdin.as_bytes().to_vec());
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = listo::cli::run(&args, &mut input, &mut stdout, &mut stderr);
    (code, String::from_utf8(stdout).unwrap(), String::from_utf8(stderr).unwrap())
}

#[test]
fn jsonl_carries_the_ml_quality_goals() {
    let item = r#"{"title": "Termo Kallpa K750 750 ml azul", "price": 18.5, "currency_id": "USD", "available_quantity": 1,
        "pictures": [{"source": "a.jpg"}], "shipping": {"mode": "me2", "free_shipping": false}}"#;
    let (_, stdout, _) = run_with(&["check", "-", "--format", "jsonl"], item);
    let line: Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    let q = &line["ml_quality"];
    assert!(["basica", "estandar", "profesional"].contains(&q["level"].as_str().unwrap()), "{q}");
    let goals = q["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 11);
    let find = |id: &str| goals.iter().find(|g| g["id"] == id).unwrap_or_else(|| panic!("{id} missing: {q}"));
    assert_eq!(find("PICTURES_QUANTITY_MIN")["status"], "not_met");
    assert_eq!(find("PICTURES_QUANTITY_MIN")["bucket"], "CHARACTERISTICS");
    assert_eq!(find("TITLE_LENGTH_MIN")["status"], "met");
    assert_eq!(find("FINANCING")["status"], "unknown");
    assert_eq!(find("FREE_SHIPPING")["status"], "not_met");
    assert_eq!(find("STOCK_DEPOSITO")["bucket"], "OFFER");
    assert_eq!(find("MERCADO_ENVIOS")["status"], "met");
    for g in goals {
        let keys: Vec<&String> = g.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["bucket", "id", "status"], "{g}");
    }
}

#[test]
fn text_output_names_the_ml_level() {
    let item = r#"{"title": "Termo Kallpa K750 750 ml azul", "available_quantity": 1, "shipping": {"mode": "me2"}}"#;
    let (_, out, _) = run_with(&["check", "-"], item);
    assert!(out.contains("Así te verá Mercado Libre: Básica") && out.contains("pesos estimados por Listo"), "{out}");
    assert!(out.contains("PICTURES_QUANTITY_MIN"), "{out}");
}

#[test]
fn explain_error_reads_stdin_in_both_languages() {
    let body = r#"{"error": "item.category_id.migrated", "message": "Category migrated", "status": 400, "cause": []}"#;
    let (code, out, _) = run_with(&["explain-error", "-"], body);
    assert_eq!(code, 0);
    assert!(out.contains("item.category_id.migrated") && out.contains("Campo: Categoría (category_id)") && out.contains("CA002"), "{out}");
    let (_, out, _) = run_with(&["explain-error", "--lang", "en", "-"], "shipping.me2_adoption_mandatory");
    assert!(out.contains("What to do") && out.contains("shipping.mode"), "{out}");
    let (code, out, _) = run_with(&["explain-error", "-"], "nada que ver");
    assert_eq!(code, 1, "{out}");
    let (code, _, err) = run_with(&["explain-error"], "");
    assert_eq!(code, 2);
    assert!(err.contains("Falta el archivo"), "{err}");
    let (code, _, _) = run_with(&["explain-error", "/no/such/file.json"], "");
    assert_eq!(code, 2);
}
