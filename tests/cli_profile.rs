//! `listo check --profile`: the trainer's profile file the app downloads (`{"name", "config",
//! "shipping"}`) gives the CLI the same checks as the app's participants get.

use listo::core::share::profile::ProfileWire;
use std::io::Cursor;
use std::path::PathBuf;

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = listo::cli::run(&args, &mut Cursor::new(stdin.as_bytes().to_vec()), &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

fn fixture(code: &str, name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests/fixtures/rules", code, name].iter().collect();
    std::fs::read_to_string(path).unwrap()
}

fn temp_file(name: &str, content: &str) -> String {
    let path = std::env::temp_dir().join(format!("listo-cli-profile-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

fn from_guayaquil() -> String {
    let mut v: serde_json::Value = serde_json::from_str(&fixture("SH008", "good.json")).unwrap();
    v["seller_address"]["city"]["name"] = "Guayaquil".into();
    v["shipping"]["weight"] = "1,2 kg".into();
    v.to_string()
}

fn codes(jsonl: &str) -> Vec<String> {
    let line: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    line["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_string()).collect()
}

#[test]
fn the_profile_file_turns_rules_off_and_switches_same_day_on() {
    let profile = ProfileWire { name: "Taller Guayaquil".into(), rules: vec![("TI001".into(), 0)], same_day: vec![("Guayaquil".into(), true)], ..ProfileWire::default() };
    let file = temp_file("perfil.json", &profile.to_file_json());

    let bad_title = fixture("TI001", "bad.json");
    let (_, plain, _) = run(&["check", "-", "--format", "jsonl"], &bad_title);
    assert!(codes(&plain).contains(&"TI001".to_string()), "{plain}");
    let (_, profiled, err) = run(&["check", "-", "--format", "jsonl", "--profile", &file], &bad_title);
    assert!(!codes(&profiled).contains(&"TI001".to_string()), "{profiled}{err}");

    let status = |out: &str| serde_json::from_str::<serde_json::Value>(out.lines().next().unwrap()).unwrap()["shipping"]["same_day"]["status"].clone();
    let (_, plain, _) = run(&["check", "-", "--format", "jsonl"], &from_guayaquil());
    let (_, profiled, _) = run(&["check", "-", "--format", "jsonl", "--profile", &file], &from_guayaquil());
    assert_eq!(status(&plain), "not_eligible", "{plain}");
    assert_eq!(status(&profiled), "eligible", "{profiled}");
}

#[test]
fn a_bad_profile_file_exits_2_naming_the_place() {
    let file = temp_file("roto.json", r#"{"name": "x", "config": {"limits": {"title_min_words": "tres"}}}"#);
    let (code, _, err) = run(&["check", "-", "--profile", &file, "--lang", "en"], "{}");
    assert_eq!(code, 2);
    assert!(err.contains("config: limits.title_min_words"), "{err}");
    let (code, _, err) = run(&["check", "-", "--profile", &file, "--config", &file], "{}");
    assert_eq!(code, 2);
    assert!(err.contains("--profile"), "{err}");
}
