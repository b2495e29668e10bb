//! The instrument language on instruments written from published
//! structures (tests/instruments/), scored by the binary; the two-sided
//! metrics in `compare`; and random instruments against an oracle.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

use crate::jsonschema;

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
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/instruments")
        .join(name);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("answers folder")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let expected = file.split("--").next().unwrap();
        let rel = format!("tests/instruments/{name}/{file}");
        let (code, stdout, stderr) = run(&[
            "score",
            &rel,
            "--questionnaire",
            &instrument,
            "--format",
            "json",
        ]);
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
    // the rounded mean is the score in JSON too: 69 / 20 = 3.45 -> 3.5
    let (_, stdout, _) = run(&[
        "score",
        "tests/instruments/total/high--sum-69-mean-3.45-rounds-up.toml",
        "--questionnaire",
        "tests/instruments/total.toml",
        "--format",
        "json",
    ]);
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["results"][0]["overall"], 3.5);
    assert_eq!(json["results"][0]["dimensions"][0]["score"], 3.5);
    assert_eq!(json["results"][0]["dimensions"][0]["band"], "high");
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
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_str(&stdout).unwrap();
    json["partners"][0]["tier"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn gaps_come_from_a_round_with_both_sides() {
    // both sides, no gap, benefits 4 > drawbacks 2
    let near = [
        ("us.toml", sheet("us", 4, 2)),
        ("them.toml", sheet("them", 4, 2)),
    ];
    assert_eq!(compare_tier(&near), "aligned");
    // a gap of exactly 1 on a dimension out of overall: max_gap < 1 fails
    let far = [
        ("us.toml", sheet("us", 4, 1)),
        ("them.toml", sheet("them", 4, 2)),
    ];
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

/// The cookbook's sum threshold: 35 items in dimensions of 10, 10, 8 and 7,
/// each weighted by its number of items, every answer required. A total of
/// 127 is a mean of 3.628…: `overall > 3.6` holds from 127 up, while
/// `overall >= 3.63` would wrongly wait for 128.
#[test]
fn a_sum_threshold_is_a_mean_threshold_over_all_items() {
    use partnercheck::diag::Source;
    use partnercheck::engine::classify::classify;
    use partnercheck::engine::score::score;
    use partnercheck::model::answers::Answer;
    use partnercheck::model::questionnaire::Questionnaire;

    let sizes = [10, 10, 8, 7];
    let mut text = String::from(
        "id = \"sum\"\ntitle = \"S\"\nversion = \"1\"\n[scale]\nmin = 1\nmax = 5\n\
         labels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\nallow_unsure = false\n",
    );
    for (d, n) in sizes.iter().enumerate() {
        text += &format!("[[dimension]]\nid = \"d{d}\"\nname = \"D\"\nweight = {n}\n");
        for i in 0..*n {
            text += &format!("[[dimension.question]]\nid = \"q{d}-{i}\"\ntext = \"Q\"\n");
        }
    }
    text += "[rubric]\nmin_coverage = 1.0\n[[rubric.band]]\nid = \"all\"\nlabel = \"A\"\nmin = 1\n\
             [[rubric.tier]]\nid = \"right\"\nlabel = \"R\"\nwhen = [\"overall > 3.6\"]\n\
             [[rubric.tier]]\nid = \"rounded\"\nlabel = \"W\"\nwhen = [\"overall >= 3.63\"]\n\
             [[rubric.tier]]\nid = \"below\"\nlabel = \"B\"\nwhen = []\n";
    let q = Questionnaire::from_toml(Source::new("sum.toml", &text)).unwrap();
    let tier_at = |total: i64, first: usize| {
        // `total` spread over the 35 items in different ways, from item `first`
        let mut values = vec![1i64; 35];
        let mut left = total - 35;
        let mut i = first;
        while left > 0 {
            let add = left.min(5 - values[i % 35]);
            values[i % 35] += add;
            left -= add;
            i += 1;
        }
        let answers: Vec<Option<Answer>> =
            values.into_iter().map(|v| Some(Answer::Value(v))).collect();
        let a = score(&q, &answers);
        let t = classify(&q.rubric, &a.metrics, &q.dimension_ids())
            .tier
            .unwrap();
        q.rubric.tiers[t].id.clone()
    };
    for first in [0, 7, 20, 30] {
        assert_eq!(tier_at(126, first), "below", "126 from {first}");
        assert_eq!(tier_at(127, first), "right", "127 from {first}");
        assert_eq!(tier_at(128, first), "right", "128 from {first}");
    }
    // the rounded threshold misses a total of exactly 127
    let rounded = q.rubric.tiers[1].when[0].clone();
    let mut values = vec![Some(Answer::Value(4)); 35];
    for v in values.iter_mut().take(13) {
        *v = Some(Answer::Value(3));
    }
    let a = score(&q, &values); // 22 * 4 + 13 * 3 = 127
    assert!((a.metrics.overall.unwrap() - 127.0 / 35.0).abs() < 1e-12);
    assert!(!rounded.holds(&a.metrics));
}

#[test]
fn the_instruments_follow_the_json_schema() {
    let schema: Value =
        serde_json::from_str(include_str!("../../schemas/questionnaire.schema.json")).unwrap();
    for name in ["inventory", "scorecard", "total"] {
        let path = format!(
            "{}/tests/instruments/{name}.toml",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).unwrap();
        let instance = jsonschema::toml_to_json(&toml::from_str(&text).unwrap());
        let errors = jsonschema::validate(&schema, &instance);
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    // and the schema rejects what the loader rejects
    let bad = serde_json::json!({"id": "x", "title": "X", "version": "1",
        "scale": {"min": 1, "max": 2, "labels": ["a", "b"]},
        "dimension": [{"id": "a", "name": "A", "in_overall": "no",
                       "question": [{"id": "q", "text": "Q"}]}],
        "rubric": {"precision": 7, "band": [{"id": "b", "label": "B", "min": 1}],
                   "tier": [{"id": "t", "label": "T", "when": ["count(b) => 1"]}]}});
    assert!(
        jsonschema::validate(&schema, &bad).len() >= 3,
        "{:?}",
        jsonschema::validate(&schema, &bad)
    );
}

#[test]
fn questions_as_json_carry_the_new_keys() {
    let json = |name: &str| -> Value {
        let (code, stdout, stderr) = run(&[
            "questions",
            "--questionnaire",
            &format!("tests/instruments/{name}.toml"),
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{stderr}");
        serde_json::from_str(&stdout).unwrap()
    };
    let scorecard = json("scorecard");
    let compliance = &scorecard["dimensions"][3];
    assert_eq!(compliance["in_overall"], false);
    assert_eq!(compliance["bands"][0]["id"], "pass");
    assert_eq!(scorecard["dimensions"][0]["in_overall"], true);
    assert_eq!(scorecard["rubric"]["precision"], Value::Null);
    let inventory = json("inventory");
    let strong = &inventory["rubric"]["tiers"][0];
    assert_eq!(strong["shared_label"], "Strong partnership");
    assert_eq!(strong["when"][1], "count(concern) == 0");
    assert_eq!(json("total")["rubric"]["precision"], 1);
}
