//! `partnercheck items`: alpha and item-rest against figures worked out by
//! hand, the cases without a value, the flags, actions files passed over,
//! the JSON Schema, CSV, and bad files.

use serde_json::Value;

use crate::common::Test;
use crate::jsonschema;

/// Dimension `a`: three questions, `a3` reversed; `b`: one question; `c`:
/// two questions. Scale 1–5.
const Q: &str = r#"
id = "mini"
title = "Mini"
version = "1.0.0"
[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]
[[dimension]]
id = "a"
name = "Alpha\u001b[31m"
[[dimension.question]]
id = "a1"
text = "A1"
[[dimension.question]]
id = "a2"
text = "A2"
[[dimension.question]]
id = "a3"
text = "A3"
reverse = true
[[dimension]]
id = "b"
name = "B"
[[dimension.question]]
id = "b1"
text = "B1"
[[dimension]]
id = "c"
name = "C"
[[dimension.question]]
id = "c1"
text = "C1"
[[dimension.question]]
id = "c2"
text = "C2"
[rubric]
[[rubric.band]]
id = "all"
label = "All"
min = 1
[[rubric.tier]]
id = "any"
label = "Any"
when = []
"#;

/// An answers file of `mini`: `answers` is the body of its `[answers]`.
fn answers(partner: &str, answers: &str) -> String {
    format!("questionnaire = \"mini\"\npartner = \"{partner}\"\n[answers]\n{answers}\n")
}

/// A test folder with the questionnaire and `files` (raw a1, a2, a3 and
/// further answers lines) under `answers/`.
fn portfolio(files: &[&str]) -> Test {
    let mut t = Test::new().write("mini.toml", Q);
    for (i, body) in files.iter().enumerate() {
        t = t.write(
            &format!("answers/f{i}.toml"),
            &answers(&format!("P{i}"), body),
        );
    }
    t
}

fn json(t: &Test) -> Value {
    let out = t
        .run_args(&["items", "answers", "-q", "mini.toml", "-f", "json"])
        .code(0);
    serde_json::from_str(&out.stdout).expect("JSON")
}

fn question(v: &Value, dim: usize, q: usize) -> &Value {
    &v["dimensions"][dim]["questions"][q]
}

#[track_caller]
fn close(v: &Value, expected: f64) {
    let x = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((x - expected).abs() < 1e-9, "{x} != {expected}");
}

/// Pearson's r from sums of squared deviations and cross-products.
fn r(sxy: f64, sxx: f64, syy: f64) -> f64 {
    sxy / (sxx * syy).sqrt()
}

#[test]
fn alpha_and_item_rest_match_figures_worked_out_by_hand() {
    // Raw (a1, a2, a3); a3 is reversed, so it counts as 6 - raw:
    //   counted (2,1,1) (3,4,4) (4,3,3) (5,5,5).
    let t = portfolio(&[
        "a1 = 2\na2 = 1\na3 = 5",
        "a1 = 3\na2 = 4\na3 = 2",
        "a1 = 4\na2 = 3\na3 = 3",
        "a1 = 5\na2 = 5\na3 = 1",
    ]);
    let v = json(&t);
    assert_eq!(v["files"], 4);
    let a = &v["dimensions"][0];
    assert_eq!(a["complete"], 4);
    // a1 = 2,3,4,5: mean 3.5, squared deviations 2.25+.25+.25+2.25 = 5.
    // a2 = a3 = 1,4,3,5: mean 3.25, squared deviations
    //   5.0625+.5625+.0625+3.0625 = 8.75.
    // Sums 4, 11, 10, 15: mean 10, squared deviations 36+1+0+25 = 62.
    // alpha = 3/2 (1 - (5 + 8.75 + 8.75)/3 / (62/3)).
    close(&a["alpha"], 1.5 * (1.0 - 22.5 / 62.0));
    assert_eq!(a["flags"], serde_json::json!([]));
    // a1 against mean(a2, a3) = 1,4,3,5: deviations (-1.5,-.5,.5,1.5) and
    // (-2.25,.75,-.25,1.75): cross-products 3.375-.375-.125+2.625 = 5.5.
    close(&question(&v, 0, 0)["item_rest"], r(5.5, 5.0, 8.75));
    // a2 against mean(a1, a3) = 1.5,3.5,3.5,5 (mean 3.375): deviations
    // (-1.875,.125,.125,1.625), squares 6.1875; cross-products with
    // (-2.25,.75,-.25,1.75): 4.21875+.09375-.03125+2.84375 = 7.125.
    close(&question(&v, 0, 1)["item_rest"], r(7.125, 8.75, 6.1875));
    // a3 counted equals a2, so its rest mean(a1, a2) is a2's.
    close(&question(&v, 0, 2)["item_rest"], r(7.125, 8.75, 6.1875));
    // Means and sds of counted answers: a3's raw mean is 2.75, counted 3.25.
    close(&question(&v, 0, 0)["mean"], 3.5);
    close(&question(&v, 0, 0)["sd"], (5.0f64 / 3.0).sqrt());
    close(&question(&v, 0, 2)["mean"], 3.25);
    close(&question(&v, 0, 2)["sd"], (8.75f64 / 3.0).sqrt());
    assert_eq!(question(&v, 0, 0)["answered"], 4);
    assert_eq!(question(&v, 0, 0)["unsure"], 0);
    close(&question(&v, 0, 0)["unsure_rate"], 0.0);
}

#[test]
fn figures_without_a_value_are_null() {
    // Two files: no alpha, no item-rest; an sd (2 answers) but not for b1
    // (1 answer); c1 never answered: no mean, no unsure rate.
    let t = portfolio(&["a1 = 1\na2 = 2\na3 = 3\nb1 = 4", "a1 = 5\na2 = 4\na3 = 1"]);
    let v = json(&t);
    assert_eq!(v["dimensions"][0]["alpha"], Value::Null);
    assert_eq!(v["dimensions"][0]["complete"], 2);
    assert_eq!(question(&v, 0, 0)["item_rest"], Value::Null);
    close(&question(&v, 0, 0)["sd"], 8f64.sqrt());
    close(&question(&v, 1, 0)["mean"], 4.0);
    assert_eq!(question(&v, 1, 0)["sd"], Value::Null);
    let c1 = question(&v, 2, 0);
    assert_eq!(
        (&c1["answered"], &c1["mean"], &c1["unsure_rate"]),
        (&serde_json::json!(0), &Value::Null, &Value::Null)
    );

    // Many files: a dimension of one question has no alpha and no
    // item-rest; answers that never vary give neither either.
    let t = portfolio(&[
        "b1 = 1\nc1 = 3\nc2 = 3",
        "b1 = 2\nc1 = 3\nc2 = 3",
        "b1 = 4\nc1 = 3\nc2 = 3",
        "b1 = 5\nc1 = 3\nc2 = 3",
    ]);
    let v = json(&t);
    assert_eq!(v["dimensions"][1]["alpha"], Value::Null);
    assert_eq!(v["dimensions"][1]["complete"], 4);
    assert_eq!(question(&v, 1, 0)["item_rest"], Value::Null);
    close(&question(&v, 1, 0)["mean"], 3.0);
    assert_eq!(
        v["dimensions"][2]["alpha"],
        Value::Null,
        "no variance of the sum"
    );
    assert_eq!(question(&v, 2, 0)["item_rest"], Value::Null);
    close(&question(&v, 2, 0)["sd"], 0.0);
    // Nobody answered a: complete 0, no alpha.
    assert_eq!(v["dimensions"][0]["complete"], 0);
    assert_eq!(v["dimensions"][0]["alpha"], Value::Null);
}

/// Five files where a3 (counted) runs against a1 and a2, b1 is unsure in
/// one file of five (exactly 20%: not flagged) and c1 in two of five.
fn flagged() -> Test {
    portfolio(&[
        // counted a: (1,1,5) (2,2,4) (4,4,2) (5,5,1) (3,3,3)
        "a1 = 1\na2 = 1\na3 = 1\nb1 = \"unsure\"\nc1 = \"unsure\"\nc2 = 1",
        "a1 = 2\na2 = 2\na3 = 2\nb1 = 2\nc1 = \"unsure\"\nc2 = 2",
        "a1 = 4\na2 = 4\na3 = 4\nb1 = 3\nc1 = 3\nc2 = 3",
        "a1 = 5\na2 = 5\na3 = 5\nb1 = 4\nc1 = 4\nc2 = 4",
        "a1 = 3\na2 = 3\na3 = 3\nb1 = 5\nc1 = 5\nc2 = 5",
    ])
}

#[test]
fn flags_low_alpha_low_item_rest_and_high_unsure() {
    let v = json(&flagged());
    // Each question's variance is 10/4 = 2.5; the sums 7,8,10,11,9 vary by
    // 10/4: alpha = 3/2 (1 - 7.5/2.5) = -3.
    close(&v["dimensions"][0]["alpha"], -3.0);
    assert_eq!(
        v["dimensions"][0]["flags"],
        serde_json::json!(["low-alpha"])
    );
    // a3 against mean(a1, a2) = 1,2,4,5,3: r = -1.
    close(&question(&v, 0, 2)["item_rest"], -1.0);
    assert_eq!(
        question(&v, 0, 2)["flags"],
        serde_json::json!(["low-item-rest"])
    );
    // a1's rest, mean(a2, a3) = 3 in every file, does not vary: no
    // item-rest, no flag.
    assert_eq!(question(&v, 0, 0)["item_rest"], Value::Null);
    assert_eq!(question(&v, 0, 0)["flags"], serde_json::json!([]));
    // b1: 1 unsure of 5 = 0.2, not over it.
    close(&question(&v, 1, 0)["unsure_rate"], 0.2);
    assert_eq!(question(&v, 1, 0)["flags"], serde_json::json!([]));
    // c1: 2 of 5.
    assert_eq!(question(&v, 2, 0)["unsure"], 2);
    assert_eq!(question(&v, 2, 0)["answered"], 3);
    close(&question(&v, 2, 0)["unsure_rate"], 0.4);
    assert_eq!(
        question(&v, 2, 0)["flags"],
        serde_json::json!(["high-unsure"])
    );
    // c: c1 and c2 agree in the 3 complete files: alpha 1.
    close(&v["dimensions"][2]["alpha"], 1.0);
    assert_eq!(v["dimensions"][2]["complete"], 3);
}

#[test]
fn the_table_shows_alpha_flags_and_a_legend_sanitized() {
    let t = flagged();
    let out = t.run_args(&["items", "answers", "-q", "mini.toml"]).code(0);
    assert!(!out.stdout.contains('\u{1b}'), "{}", out.stdout);
    for needle in [
        "alpha -3.00 over 5 complete files  [low-alpha]",
        "B (b): alpha – over 4 complete files",
        "2 (40%)",
        "-1.00",
        "low-item-rest: the question goes with the rest of its dimension too little",
        "high-unsure: over 20%",
    ] {
        assert!(
            out.stdout.contains(needle),
            "no {needle:?} in\n{}",
            out.stdout
        );
    }
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn csv_has_a_row_per_question_with_its_dimensions_alpha() {
    let t = flagged();
    let out = t
        .run_args(&["items", "answers", "-q", "mini.toml", "--format", "csv"])
        .code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 1 + 6);
    assert_eq!(
        lines[0],
        "dimension,alpha,complete,dimension_flags,question,answered,unsure,unsure_rate,mean,sd,item_rest,flags"
    );
    let row = |i: usize| lines[i].split(',').collect::<Vec<_>>();
    let a1 = row(1);
    assert_eq!((a1[0], a1[2], a1[3], a1[4]), ("a", "5", "low-alpha", "a1"));
    let alpha: f64 = a1[1].parse().expect("alpha");
    assert!((alpha + 3.0).abs() < 1e-9, "{alpha}");
    assert_eq!(
        row(3)[1],
        a1[1],
        "the dimension's alpha on each of its rows"
    );
    assert_eq!((row(3)[4], row(3)[11]), ("a3", "low-item-rest"));
    assert_eq!(&row(4)[..8], ["b", "", "4", "", "b1", "4", "1", "0.2"]);
    assert_eq!(
        row(4)[10],
        "",
        "no item-rest in a dimension of one question"
    );
    assert_eq!((row(5)[4], row(5)[11]), ("c1", "high-unsure"));
}

#[test]
fn json_output_validates_against_the_shipped_schema() {
    let t = flagged();
    let out = t.run_args(&["schema", "items"]).code(0);
    let shipped = std::fs::read_to_string(crate::common::repo("schemas/items.schema.json"))
        .expect("shipped schema");
    assert_eq!(out.stdout, shipped);
    let schema: Value = serde_json::from_str(&out.stdout).expect("schema is JSON");
    let v = json(&t);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(
        v["questionnaire"],
        serde_json::json!({"id": "mini", "version": "1.0.0"})
    );
    let errors = jsonschema::validate(&schema, &v);
    assert!(errors.is_empty(), "{errors:#?}");
    // And on the samples, with the default instrument (nulls included).
    let samples = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-actions.toml")
        .copy("samples/brightlab.json");
    let out = samples
        .run_args(&["items", "samples", "-f", "json"])
        .code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["questionnaire"]["id"], "partnership-health");
    assert_eq!(v["dimensions"][0]["alpha"], Value::Null, "2 files");
    let errors = jsonschema::validate(&schema, &v);
    assert!(errors.is_empty(), "{errors:#?}");
    // What the schema rejects: a flag it does not know.
    let mut bad = v.clone();
    bad["dimensions"][0]["flags"] = serde_json::json!(["low-item-rest"]);
    assert!(!jsonschema::validate(&schema, &bad).is_empty());
}

#[test]
fn actions_files_are_passed_over_silently_in_folders_with_a_warning_when_named() {
    let t = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-actions.toml");
    let out = t.run_args(&["items", "samples", "-f", "json"]).code(0);
    assert_eq!(out.stderr, "");
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["files"], 1);
    let out = t
        .run_args(&[
            "items",
            "samples/acme-logistics.toml",
            "samples/acme-logistics-actions.toml",
            "-f",
            "json",
        ])
        .code(0);
    assert!(
        out.stderr
            .contains("acme-logistics-actions.toml: an actions file"),
        "{}",
        out.stderr
    );
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["files"], 1);
}

#[test]
fn every_bad_file_is_reported_at_once_with_exit_2() {
    let t =
        portfolio(&["a1 = 1", "a1 = 9", "a1 = 2", "zz = 1"]).write("answers/x.toml", "not toml [");
    t.run_args(&["items", "answers", "-q", "mini.toml"])
        .fails_with(&["f1.toml", "a1", "9", "f3.toml", "zz", "x.toml"]);
    // Without PATH and without a project file: a usage error.
    t.run_args(&["items", "--no-config"]).fails_with(&["PATH"]);
}

#[test]
fn the_figures_do_not_depend_on_the_number_of_threads() {
    // 600 files: three chunks.
    let mut t = Test::new().write("mini.toml", Q);
    for i in 0..600 {
        let (x, y, z) = (1 + i % 5, 1 + (i * 7) % 5, 1 + (i * 3 + i / 5) % 5);
        t = t.write(
            &format!("answers/f{i:03}.toml"),
            &answers("P", &format!("a1 = {x}\na2 = {y}\na3 = {z}\nb1 = {x}")),
        );
    }
    let args = ["items", "answers", "-q", "mini.toml", "-f", "json"];
    let one = t.run_with(&args, &[("PARTNERCHECK_THREADS", "1")]).code(0);
    let four = t.run_with(&args, &[("PARTNERCHECK_THREADS", "4")]).code(0);
    assert_eq!(one.stdout, four.stdout);
    let v: Value = serde_json::from_str(&one.stdout).expect("JSON");
    assert_eq!(v["files"], 600);
}

#[test]
fn without_path_the_project_files_answers_folder_and_instrument_are_read() {
    let t = flagged().write(
        "partnercheck.toml",
        "questionnaire = \"mini.toml\"\nanswers = \"answers\"\n",
    );
    let out = t.run_args(&["items", "--format", "json"]).code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["files"], 5);
    assert_eq!(v["questionnaire"]["id"], "mini");
}
