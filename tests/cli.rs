//! The CLI through `listo::cli::run`, with in-memory streams: output and exit codes.

use listo::core::rules::registry;
use std::io::Cursor;
use std::path::PathBuf;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_with(args: &[&str], stdin: &str) -> Out {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let mut input = Cursor::new(stdin.as_bytes().to_vec());
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = listo::cli::run(&args, &mut input, &mut stdout, &mut stderr);
    Out { code, stdout: String::from_utf8(stdout).unwrap(), stderr: String::from_utf8(stderr).unwrap() }
}

fn run(args: &[&str]) -> Out {
    run_with(args, "")
}

fn fixture(code: &str, name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests/fixtures/rules", code, name].iter().collect();
    path.to_string_lossy().into_owned()
}

/// A temporary file with `content`, unique per test.
fn temp_file(name: &str, content: &str) -> String {
    let path = std::env::temp_dir().join(format!("listo-cli-test-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn help_and_version() {
    let out = run(&["--help"]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("listo check ARCHIVO"), "{}", out.stdout);
    let out = run(&["--help", "--lang", "en"]);
    assert!(out.stdout.contains("listo check FILE"), "{}", out.stdout);
    assert!(run(&["--version"]).stdout.starts_with("listo "));
}

#[test]
fn bad_arguments_exit_2_with_a_reason() {
    let out = run(&[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("Falta la orden"), "{}", out.stderr);
    let out = run(&["check", "x.json", "--format", "xml", "--lang", "en"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("text, jsonl or csv"), "{}", out.stderr);
    assert_eq!(run(&["publish"]).code, 2);
}

#[test]
fn rules_lists_every_rule() {
    let out = run(&["rules"]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout.lines().count(), registry::all().len());
    let line = out.stdout.lines().find(|l| l.starts_with("TI002")).unwrap();
    assert!(line.contains("error") && line.contains("title-too-long") && line.contains("El título es demasiado largo"), "{line}");
    assert!(run(&["rules", "--lang", "en"]).stdout.contains("The title is too long"));
}

#[test]
fn explain_prints_docs_and_rejects_unknown_codes() {
    let out = run(&["explain", "ti002"]);
    assert_eq!(out.code, 0);
    for part in ["TI002 title-too-long", "## Why", "## Bad example", "## Good example", "## Source"] {
        assert!(out.stdout.contains(part), "{part} missing in\n{}", out.stdout);
    }
    let out = run(&["explain", "TI999"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("TI999") && out.stderr.contains("TI001"), "{}", out.stderr);
    let out = run(&["explain", "ZZ1", "--lang", "en"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("listo rules"), "{}", out.stderr);
}

#[test]
fn a_clean_listing_exits_0_and_says_so() {
    let out = run(&["check", &fixture("LI001", "good.json")]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("Profesional"), "{}", out.stdout);
    assert!(out.stdout.contains("1 publicación revisada: 1 Profesional"), "{}", out.stdout);
}

#[test]
fn text_output_groups_problems_per_listing() {
    let out = run(&["check", &fixture("LI005", "bad.json")]);
    assert_eq!(out.code, 0, "currency is a warning, not an error");
    assert_eq!(out.stdout.matches("Publicación ").count(), 4, "{}", out.stdout);
    assert!(out.stdout.contains("! Advertencia: La moneda es ARS; en Ecuador se publica en dólares (USD)  (Moneda · LI005)"), "{}", out.stdout);
    assert!(out.stdout.contains("0 errores, 1 advertencia, 0 sugerencias"), "{}", out.stdout);
    assert!(out.stdout.contains("Arreglo automático: Poner la moneda en USD"), "{}", out.stdout);
}

/// A fixture listing with its origin city and package weight replaced.
fn listing_from(city: &str, weight: &str) -> String {
    let text = std::fs::read_to_string(fixture("SH008", "good.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["seller_address"]["city"]["name"] = city.into();
    v["shipping"]["weight"] = weight.into();
    v.to_string()
}

#[test]
fn jsonl_carries_the_shipping_verdicts() {
    // From Quito, 30 x 20 x 15 cm and 1,2 kg: same day and courier; billable is the volumetric 1,8 kg.
    let input = format!("[{}, {}]", listing_from("Quito", "1,2 kg"), listing_from("Quito", ""));
    let out = run_with(&["check", "-", "--format", "jsonl"], &input);
    let lines: Vec<serde_json::Value> = out.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    let shipping = &lines[0]["shipping"];
    assert_eq!(shipping["same_day"]["status"], "eligible", "{shipping}");
    assert_eq!(shipping["courier"]["status"], "eligible", "{shipping}");
    assert_eq!(shipping["galapagos"]["status"], "eligible", "{shipping}");
    assert_eq!(shipping["courier"]["reasons"].as_array().map(Vec::len), Some(0));
    assert_eq!(shipping["courier"]["missing"].as_array().map(Vec::len), Some(0));
    assert_eq!(shipping["billable_weight_g"].as_f64(), Some(1800.0));
    // Without a weight every mode waits for it, and the billable weight is unknown.
    let shipping = &lines[1]["shipping"];
    assert_eq!(shipping["courier"]["status"], "unknown", "{shipping}");
    assert_eq!(shipping["courier"]["missing"], serde_json::json!(["shipping.weight"]));
    assert!(shipping["billable_weight_g"].is_null(), "{shipping}");
}

#[test]
fn jsonl_shipping_reasons_are_in_the_chosen_language() {
    let input = listing_from("Cuenca", "40 kg");
    for (lang, expected) in [("es", "supera el máximo de 30 kg"), ("en", "is over the 30 kg maximum")] {
        let out = run_with(&["check", "-", "--format", "jsonl", "--lang", lang], &input);
        let line: serde_json::Value = serde_json::from_str(out.stdout.lines().next().unwrap()).unwrap();
        let courier = &line["shipping"]["courier"];
        assert_eq!(courier["status"], "not_eligible", "{courier}");
        let reasons: Vec<&str> = courier["reasons"].as_array().unwrap().iter().filter_map(|r| r.as_str()).collect();
        assert!(reasons.iter().any(|r| r.contains(expected)), "{lang}: {reasons:?}");
        let same_day = &line["shipping"]["same_day"];
        assert_eq!(same_day["status"], "not_eligible", "{same_day}");
    }
}

#[test]
fn help_names_the_jsonl_shipping_fields() {
    for lang in ["es", "en"] {
        let out = run(&["--help", "--lang", lang]);
        assert!(out.stdout.contains("shipping") && out.stdout.contains("billable_weight_g"), "{}", out.stdout);
    }
}

#[test]
fn jsonl_has_one_line_per_listing_in_the_chosen_language() {
    let input = format!(
        "[{}, {}]",
        std::fs::read_to_string(fixture("LI001", "good.json")).unwrap(),
        std::fs::read_to_string(fixture("TI001", "bad.json")).unwrap().trim().trim_start_matches('[').trim_end_matches(']')
    );
    let out = run_with(&["check", "-", "--format", "jsonl", "--lang", "en"], &input);
    assert_eq!(out.code, 1, "a missing title is an error");
    let lines: Vec<serde_json::Value> = out.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["index"], 0);
    assert_eq!(lines[0]["level"], "Profesional");
    assert_eq!(lines[0]["diagnostics"].as_array().unwrap().len(), 0);
    assert_eq!(lines[1]["index"], 1);
    assert_eq!(lines[1]["id"], "MEC-FIXTURE");
    let first = &lines[1]["diagnostics"][0];
    assert_eq!(first["code"], "TI001");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["field"], "title");
    assert_eq!(first["message"], "The title is missing");
    assert!(lines[1]["score"].as_u64().unwrap() < 100);
}

#[test]
fn unreadable_input_exits_2_naming_the_line() {
    let out = run_with(&["check", "-"], "{\"title\": \"Termo\"}\n{\"title\": }\n");
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("Línea 2"), "{}", out.stderr);
    let out = run(&["check", "/no/such/file.json", "--lang", "en"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("Could not read"), "{}", out.stderr);
    let path = temp_file("latin1.json", "");
    std::fs::write(&path, b"{\"title\": \"Ca\xf1a\"}").unwrap();
    let out = run(&["check", &path]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("UTF-8"), "{}", out.stderr);
}

#[test]
fn config_file_changes_the_check_and_bad_config_exits_2() {
    let config = temp_file("config.json", r#"{"rules": [["TI", "off"]]}"#);
    let out = run(&["check", &fixture("TI001", "bad.json"), "--config", &config, "--format", "jsonl"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(!out.stdout.contains("TI001"));
    let broken = temp_file("broken.json", "{\"rulez\": []}");
    let out = run(&["check", &fixture("TI001", "bad.json"), "--config", &broken]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("configuración"), "{}", out.stderr);
}

/// A trainer's edited shipping profile replaces the embedded one: switching Guayaquil's same-day
/// delivery on makes a Guayaquil listing eligible for it.
#[test]
fn a_custom_shipping_profile_changes_the_verdicts() {
    let item = r#"{"title": "Termo de acero 750 ml", "seller_address": {"city": "Guayaquil"},
        "shipping": {"weight": "0,5 kg", "length": "25", "width": "10", "height": "10"}}"#;
    let same_day = |out: &Out| -> String {
        let line: serde_json::Value = serde_json::from_str(out.stdout.lines().next().unwrap()).unwrap();
        line["shipping"]["same_day"]["status"].as_str().unwrap().to_string()
    };
    let default = run_with(&["check", "-", "--format", "jsonl"], item);
    assert_eq!(same_day(&default), "not_eligible");

    let profile = include_str!("../src/core/shipping/default_profile.json")
        .replace(r#"{"name": "Guayaquil", "same_day": false"#, r#"{"name": "Guayaquil", "same_day": true"#);
    assert!(profile.contains(r#""Guayaquil", "same_day": true"#), "the default profile's shape changed");
    let path = temp_file("profile.json", &profile);
    let custom = run_with(&["check", "-", "--format", "jsonl", "--shipping", &path], item);
    assert_eq!(same_day(&custom), "eligible");

    let broken = temp_file("broken-profile.json", "{\"modes\": 3}");
    let out = run_with(&["check", "-", "--shipping", &broken], item);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("perfil de envío"), "{}", out.stderr);
}
