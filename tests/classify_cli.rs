//! `listo classify` and `listo classify-report` through the CLI entry point.

use listo::cli::run;
use serde_json::Value;

fn classify(input: &[u8]) -> (i32, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(&["classify".to_string()], &mut &input[..], &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

#[test]
fn one_json_line_per_title_with_three_suggestions() {
    let (code, out, err) = classify("Celular Samsung Galaxy A15 128gb\n\nBalanceado para perro adulto 15kg\r\n".as_bytes());
    assert_eq!(code, 0, "{err}");
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 3);
    let phone = &lines[0];
    assert_eq!(phone["title"], "Celular Samsung Galaxy A15 128gb");
    let s = phone["suggestions"].as_array().unwrap();
    assert_eq!(s.len(), 3);
    assert_eq!(s[0]["id"], "MEC1055");
    assert_eq!(s[0]["path"], "Celulares y Teléfonos > Celulares y Smartphones");
    assert_eq!(s[0]["path_ids"], serde_json::json!(["MEC1051", "MEC1055"]));
    assert!(s[0]["confidence"].as_f64().unwrap() >= s[1]["confidence"].as_f64().unwrap());
    let because: Vec<&str> = s[0]["because"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(because.contains(&"celular") && because.contains(&"128gb"), "{because:?}");
    assert_eq!(lines[1]["suggestions"], serde_json::json!([]));
    assert_eq!(lines[2]["title"], "Balanceado para perro adulto 15kg");
    assert_eq!(lines[2]["suggestions"][0]["id"], "MEC1077");
}

#[test]
fn invalid_utf8_names_the_line() {
    let (code, out, err) = classify(b"Celular Samsung\nZapatos \xff\xfe de cuero\nBalanceado para gato\n");
    assert_eq!(code, 1);
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3, "one answer per input line, the bad one included: {out}");
    assert_eq!(lines[1]["suggestions"], serde_json::json!([]));
    assert!(lines[1]["error"].as_str().unwrap().contains("line 2"), "{out}");
    assert!(lines[0]["error"].is_null() && !lines[2]["suggestions"].as_array().unwrap().is_empty(), "the lines around it are classified");
    assert!(err.contains("línea 2") && err.contains("line 2") && err.contains("UTF-8"), "{err}");
}

#[test]
fn report_on_a_missing_file_is_an_error() {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let args = ["classify-report".to_string(), "/nonexistent/titles.csv".to_string()];
    assert_eq!(run(&args, &mut &b""[..], &mut out, &mut err), 1);
    assert!(String::from_utf8_lossy(&err).contains("/nonexistent/titles.csv"));
}

#[test]
fn an_unsure_leaf_in_a_sure_branch_names_the_branch() {
    let (code, out, err) = classify("Funda silicona para celular\nCelular Samsung Galaxy A15 128gb\n".as_bytes());
    assert_eq!(code, 0, "{err}");
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    // A case: the suggestions agree on phone accessories, less on which kind of case.
    let case = &lines[0];
    let first = &case["suggestions"][0];
    assert!(first["confidence"].as_f64().unwrap() < 0.5, "{case}");
    let branch = &case["branch"];
    assert_eq!(branch["path"], "Celulares y Teléfonos > Accesorios para Celulares", "{case}");
    assert!(branch["confidence"].as_f64().unwrap() >= 0.7);
    let leaves = branch["leaves"].as_array().unwrap();
    assert_eq!(leaves[0]["id"], first["id"], "the best leaf leads the branch's list");
    assert_eq!(leaves[0]["name"], "Carcasas, Fundas y Protectores > Fundas para Celulares", "named from the branch down");
    assert!(leaves.len() <= 8 && branch["total"].as_u64().unwrap() as usize > leaves.len());
    // A sure phone names no branch.
    assert!(lines[1].get("branch").is_none(), "{}", lines[1]);
}

/// The report's forecast for all titles never seen mixes the records never read (older titles)
/// with the check half's 2024 titles, so it lies between the two. It is not printed without
/// the measurement data, which CI has beside the project.
#[test]
fn report_forecasts_all_titles_from_the_records_and_the_check_half() {
    let path = "../shared/data/titles-dev.csv";
    if !std::path::Path::new(path).exists() || !std::path::Path::new("../shared/data/listings-mla-2015-dev.jsonl").exists() {
        println!("SKIPPED: the measurement data is not beside the project");
        return;
    }
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(run(&["classify-report".to_string(), path.to_string()], &mut &b""[..], &mut out, &mut err), 0);
    let out = String::from_utf8_lossy(&out);
    let line = out.lines().find(|l| l.starts_with("forecast for titles never seen")).unwrap_or_else(|| panic!("no forecast in:\n{out}"));
    println!("{line}");
    // The percentages in order: the forecast, the interval's 95%, the records', the check
    // half's 2024 titles', the older titles' weight and the target; the margin follows "± ".
    let before_percent = |part: &str| part.rsplit(|c: char| !(c.is_ascii_digit() || c == '.')).next().and_then(|n| n.parse::<f64>().ok());
    let pct: Vec<f64> = line.split('%').filter_map(before_percent).collect();
    let [share, _, older, newer, weight, ..] = pct[..] else { panic!("{line}: {pct:?}") };
    let margin: f64 = line.split("± ").nth(1).and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok()).unwrap_or(-1.0);
    assert!(older < share && share < newer, "{line}");
    assert!((share - (weight * older + (100.0 - weight) * newer) / 100.0).abs() < 0.1, "{line}");
    assert!(margin > 0.0 && margin < 20.0, "{line}");
    assert!((70.0..75.0).contains(&weight), "the dev titles are 72% older ones: {line}");
}
