//! Anonymity: with a threshold, no output format shows a name, a file
//! path, a note or a figure that would reveal one person's answers.

use crate::common::Test;

/// Every answer of the default instrument set to `v`.
fn answers(v: i64) -> String {
    let q = partnercheck::model::questionnaire::Questionnaire::embedded("partnership-health")
        .expect("embedded");
    q.questions
        .iter()
        .map(|x| format!("{} = {v}\n", x.id))
        .collect()
}

fn file(respondent: &str, side: &str, v: i64) -> String {
    format!(
        "questionnaire = \"partnership-health\"\npartner = \"Acme\"\nrespondent = \"{respondent}\"\n\
         side = \"{side}\"\ndate = 2026-11-20\n[answers]\n{}[notes]\nlearning = \"NOTE-BY-{respondent}\"\n",
        answers(v)
    )
}

/// Two of our people (all 5, all 4: our side 4.5) and one of theirs (all
/// 2): their side alone would be one person's answers.
fn portfolio() -> Test {
    Test::new()
        .write("answers/alice-secretpath.toml", &file("Alice", "us", 5))
        .write("answers/bob-secretpath.toml", &file("Bob", "us", 4))
        .write("answers/carol-secretpath.toml", &file("Carol", "them", 2))
}

const LEAKS: &[&str] = &[
    "Alice",
    "Bob",
    "Carol",
    "NOTE-BY",
    "secretpath",
    "4.50",
    "2.00",
];

fn assert_no_leak(what: &str, text: &str) {
    for leak in LEAKS {
        assert!(!text.contains(leak), "{what} shows `{leak}`:\n{text}");
    }
}

#[test]
fn compare_in_every_format_hides_the_small_side() {
    let t = portfolio();
    for format in ["table", "json", "markdown", "csv"] {
        let out = t
            .run_args(&[
                "compare",
                "answers",
                "--min-respondents",
                "2",
                "--format",
                format,
            ])
            .code(0);
        assert_no_leak(&format!("compare --format {format}"), &out.stdout);
        assert_no_leak(&format!("compare --format {format} (stderr)"), &out.stderr);
        let out = t
            .run_args(&[
                "compare",
                "answers",
                "--min-respondents",
                "2",
                "--partner",
                "Acme",
                "--format",
                format,
            ])
            .code(0);
        assert_no_leak(&format!("compare --partner --format {format}"), &out.stdout);
    }
    let out = t
        .run_args(&[
            "compare",
            "answers",
            "--min-respondents",
            "2",
            "--format",
            "json",
        ])
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let acme = &v["partners"][0];
    assert_eq!(acme["suppressed"], "sides");
    assert_eq!(acme["respondents"], serde_json::json!({"us": 2, "them": 1}));
    let d = &acme["dimensions"][0];
    for key in ["us", "them", "gap", "spread"] {
        assert!(d[key].is_null(), "{key}: {d}");
    }
    // The combined score stays.
    assert!(d["score"].is_number(), "{d}");
    assert!(acme["max_gap"].is_null());
}

#[test]
fn a_round_under_the_threshold_shows_no_figure_at_all() {
    let t = portfolio();
    let out = t
        .run_args(&[
            "compare",
            "answers",
            "--min-respondents",
            "4",
            "--partner",
            "Acme",
            "--format",
            "json",
        ])
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["suppressed"], "round");
    assert!(v["overall"].is_null() && v["coverage"].is_null() && v["tier"].is_null());
    assert!(v["dimensions"][0]["score"].is_null());
    assert_eq!(v["files"], 3);
    assert!(
        v["reasons"][0]
            .as_str()
            .unwrap()
            .contains("fewer than the 4"),
        "{}",
        v["reasons"]
    );
    assert!(v["questions"][0]["mean"].is_null());
    assert!(
        v["rounds"][0].get("results").is_none(),
        "no file's own figures"
    );
    assert_no_leak("compare --partner (round)", &out.stdout);
}

#[test]
fn report_and_agenda_follow_the_projects_threshold() {
    let t = portfolio().write("partnercheck.toml", "min_respondents = 2\n");
    for args in [
        &["report", "answers", "--format", "markdown"][..],
        &["report", "answers", "--format", "html", "--output", "-"][..],
        &["agenda", "answers", "--format", "markdown"][..],
        &["agenda", "answers", "--format", "json"][..],
    ] {
        let out = t.run_args(args).code(0);
        assert_no_leak(&args.join(" "), &out.stdout);
    }
}

#[test]
fn without_a_threshold_everything_is_shown() {
    // The same portfolio with the default (1) names people and their notes:
    // the tests above would catch nothing if the portfolio leaked nothing.
    let t = portfolio();
    let out = t
        .run_args(&[
            "compare",
            "answers",
            "--partner",
            "Acme",
            "--format",
            "json",
        ])
        .code(0);
    assert!(out.stdout.contains("Alice") && out.stdout.contains("NOTE-BY-Alice"));
    assert!(out.stdout.contains("4.5"));
}

#[test]
fn a_threshold_below_one_is_a_usage_error_in_plain_words() {
    let out = portfolio().run_args(&["compare", "answers", "--min-respondents", "0"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("1 or more"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("18446744073709551615"),
        "{}",
        out.stderr
    );
}
