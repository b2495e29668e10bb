//! The instrument language on instruments written from published
//! structures (tests/instruments/), scored by the binary; the two-sided
//! metrics in `compare`; and random instruments against an oracle.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

#[path = "instruments/oracle.rs"]
mod oracle;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("partnercheck")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Scores every answers file of `tests/instruments/NAME/` against
/// `tests/instruments/NAME.toml`; each file's name starts with the tier it
/// must reach (`TIER--what-it-tests.toml`).
fn every_threshold(name: &str) -> usize {
    let instrument = format!("tests/instruments/{name}.toml");
    let (code, _, stderr) = run(&["validate", &instrument]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/instruments").join(name);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("answers folder")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let expected = file.split("--").next().unwrap();
        let rel = format!("tests/instruments/{name}/{file}");
        let (code, stdout, stderr) =
            run(&["score", &rel, "--questionnaire", &instrument, "--format", "json"]);
        assert_eq!(code, 0, "{rel}: {stderr}");
        let json: Value = serde_json::from_str(&stdout).expect("json");
        assert_eq!(
            json["results"][0]["tier"]["id"].as_str(),
            Some(expected),
            "{rel}: {stdout}"
        );
    }
    files.len()
}

#[test]
fn an_inventory_of_twenty_factors_with_count_rules() {
    assert!(every_threshold("inventory") >= 5);
}

#[test]
fn a_weighted_scorecard_with_a_knock_out() {
    assert!(every_threshold("scorecard") >= 6);
    // the knock-out keeps its score and band but stays out of the total
    let (_, stdout, _) = run(&[
        "score",
        "tests/instruments/scorecard/rejected--knocked-out-at-3.toml",
        "--questionnaire",
        "tests/instruments/scorecard.toml",
        "--format",
        "json",
    ]);
    let json: Value = serde_json::from_str(&stdout).unwrap();
    let r = &json["results"][0];
    assert_eq!(r["overall"], 5.0);
    assert_eq!(r["dimensions"][3]["score"], 3.0);
    assert_eq!(r["dimensions"][3]["band"], "fail");
}

#[test]
fn a_total_score_with_ranges_at_one_decimal() {
    assert!(every_threshold("total") >= 5);
}

const TWO_SIDED: &str = r#"
id = "two"
title = "Two"
version = "1"
[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]
[[dimension]]
id = "benefits"
name = "Benefits"
[[dimension.question]]
id = "b1"
text = "B"
[[dimension]]
id = "drawbacks"
name = "Drawbacks"
in_overall = false
[[dimension.question]]
id = "d1"
text = "D"
[rubric]
[[rubric.band]]
id = "all"
label = "All"
min = 1
[[rubric.tier]]
id = "aligned"
label = "Aligned"
when = ["max_gap < 1", "benefits > drawbacks"]
[[rubric.tier]]
id = "other"
label = "Other"
when = []
"#;

fn sheet(side: &str, b: i64, d: i64) -> String {
    format!(
        "questionnaire = \"two\"\npartner = \"Acme\"\nside = \"{side}\"\ndate = 2026-01-01\n[answers]\nb1 = {b}\nd1 = {d}\n"
    )
}

fn compare_tier(files: &[(&str, String)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("q.toml"), TWO_SIDED).unwrap();
    let mut args = vec!["compare".to_owned()];
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
        args.push(dir.path().join(name).display().to_string());
    }
    args.extend(["--questionnaire", "q.toml", "--format", "json"].map(String::from));
    let out = Command::cargo_bin("partnercheck")
        .unwrap()
        .current_dir(dir.path())
        .args(&args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_str(&stdout).unwrap();
    json["partners"][0]["tier"]["id"].as_str().unwrap().to_owned()
}

#[test]
fn gaps_come_from_a_round_with_both_sides() {
    // both sides, no gap, benefits 4 > drawbacks 2
    let near = [("us.toml", sheet("us", 4, 2)), ("them.toml", sheet("them", 4, 2))];
    assert_eq!(compare_tier(&near), "aligned");
    // a gap of exactly 1 on a dimension out of overall: max_gap < 1 fails
    let far = [("us.toml", sheet("us", 4, 1)), ("them.toml", sheet("them", 4, 2))];
    assert_eq!(compare_tier(&far), "other");
    // one side only: no gap, so no tier that needs one
    let one = [("us.toml", sheet("us", 5, 1))];
    assert_eq!(compare_tier(&one), "other");
}

#[test]
fn validate_notes_a_tier_that_needs_both_sides() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("q.toml"), TWO_SIDED).unwrap();
    let out = Command::cargo_bin("partnercheck")
        .unwrap()
        .current_dir(dir.path())
        .args(["validate", "q.toml"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tier `aligned` uses gap() or max_gap"),
        "{stderr}"
    );
}

#[test]
fn a_bad_condition_names_file_line_column_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = TWO_SIDED.replace("benefits > drawbacks", "count(nope) == 0");
    std::fs::write(dir.path().join("q.toml"), text).unwrap();
    let out = Command::cargo_bin("partnercheck")
        .unwrap()
        .current_dir(dir.path())
        .args(["validate", "q.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("q.toml:30:24:") && stderr.contains("`count(nope) == 0`"),
        "{stderr}"
    );
}
