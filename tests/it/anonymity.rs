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

// ---------------------------------------------------------------------
// Anonymity counts answers, not files (issue 17, items 1–5).
// ---------------------------------------------------------------------

/// Two dimensions in the overall (Learning: l1, l2; Trust: t1, t2) and one
/// out of it (Extra: x1).
const INSTRUMENT: &str = r#"
id = "anon-test"
title = "Anonymity test"
version = "1"
[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]
[[dimension]]
id = "learning"
name = "Learning"
[[dimension.question]]
id = "l1"
text = "L1"
[[dimension.question]]
id = "l2"
text = "L2"
[[dimension]]
id = "trust"
name = "Trust"
[[dimension.question]]
id = "t1"
text = "T1"
[[dimension.question]]
id = "t2"
text = "T2"
[[dimension]]
id = "extra"
name = "Extra"
in_overall = false
[[dimension.question]]
id = "x1"
text = "X1"
[rubric]
[[rubric.band]]
id = "good"
label = "Good"
min = 3
[[rubric.band]]
id = "poor"
label = "Poor"
min = 1
[[rubric.tier]]
id = "any"
label = "Any tier"
when = []
"#;

/// One answers file: `answers` as `id = value` pairs ("u" for unsure,
/// "-" for not answered).
fn sheet(respondent: &str, side: &str, answers: &[(&str, &str)]) -> String {
    let mut out = format!(
        "questionnaire = \"anon-test\"\npartner = \"Acme\"\nrespondent = \"{respondent}\"\n\
         side = \"{side}\"\ndate = 2026-11-20\nsource = \"export-{respondent}\"\n[answers]\n"
    );
    for (id, v) in answers {
        match *v {
            "u" => out.push_str(&format!("{id} = \"unsure\"\n")),
            "-" => {}
            v => out.push_str(&format!("{id} = {v}\n")),
        }
    }
    // The note's text names nobody: it may show (without its author) where
    // the round and the sides are shown.
    out.push_str("[notes]\nlearning = \"NOTE-BY-someone\"\n");
    out
}

/// Every way the tool shows a portfolio (stdout and stderr of each), with
/// `extra` arguments (a threshold) after the answers folder.
fn every_output(t: &Test, extra: &[&str]) -> Vec<(String, String)> {
    let mut runs: Vec<Vec<&str>> = Vec::new();
    for format in ["table", "json", "markdown", "csv"] {
        runs.push(vec!["compare", "answers", "--format", format]);
        runs.push(vec![
            "compare",
            "answers",
            "--partner",
            "Acme",
            "--format",
            format,
        ]);
    }
    for audience in ["internal", "partner"] {
        for format in ["html", "markdown"] {
            runs.push(vec![
                "report",
                "answers",
                "--audience",
                audience,
                "--partner",
                "Acme",
                "--format",
                format,
                "--output",
                "-",
            ]);
        }
    }
    for format in ["text", "json", "markdown"] {
        runs.push(vec!["agenda", "answers", "--format", format]);
    }
    for format in ["table", "json", "csv"] {
        runs.push(vec!["items", "answers", "--format", format]);
    }
    for format in ["table", "json"] {
        runs.push(vec!["actions", "answers", "--format", format]);
    }
    runs.into_iter()
        .map(|mut args| {
            args.extend_from_slice(extra);
            args.extend_from_slice(&["--questionnaire", "anon-test.toml"]);
            let out = t.run_args(&args);
            assert!(
                out.code == 0,
                "{}: exit {}\n{}",
                args.join(" "),
                out.code,
                out.stderr
            );
            (args.join(" "), format!("{}\n{}", out.stdout, out.stderr))
        })
        .collect()
}

fn assert_none_shows(outputs: &[(String, String)], leaks: &[&str]) {
    for (what, text) in outputs {
        for leak in leaks {
            assert!(!text.contains(leak), "{what} shows `{leak}`:\n{text}");
        }
    }
}

fn json(t: &Test, args: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    args.extend_from_slice(&["--questionnaire", "anon-test.toml", "--format", "json"]);
    let out = t.run_args(&args).code(0);
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

/// Item 1: one of ours and three of theirs who were all unsure on
/// Learning: the combined Learning score would be Alice's alone.
fn one_person_answers_learning() -> Test {
    let them = |name: &str| {
        sheet(
            name,
            "them",
            &[
                ("l1", "u"),
                ("l2", "u"),
                ("t1", "3"),
                ("t2", "4"),
                ("x1", "3"),
            ],
        )
    };
    Test::new()
        .write("anon-test.toml", INSTRUMENT)
        .write(
            "answers/alice-secretpath.toml",
            &sheet(
                "Alice",
                "us",
                &[
                    ("l1", "1"),
                    ("l2", "2"),
                    ("t1", "5"),
                    ("t2", "5"),
                    ("x1", "5"),
                ],
            ),
        )
        .write("answers/dan-secretpath.toml", &them("Dan"))
        .write("answers/eve-secretpath.toml", &them("Eve"))
        .write("answers/fay-secretpath.toml", &them("Fay"))
}

#[test]
fn a_side_all_unsure_on_a_dimension_does_not_leave_the_other_persons_score() {
    let t = one_person_answers_learning();
    // Alice's Learning score is 1.5, her answers 1 and 2.
    let outputs = every_output(&t, &["--min-respondents", "3"]);
    assert_none_shows(
        &outputs,
        &[
            "Alice",
            "Dan",
            "NOTE-BY",
            "secretpath",
            "export-",
            "1.50",
            "1.5,",
            "\"score\": 1.5",
        ],
    );
    let v = json(
        &t,
        &[
            "compare",
            "answers",
            "--partner",
            "Acme",
            "--min-respondents",
            "3",
        ],
    );
    assert_eq!(v["suppressed"], "round", "{v}");
    assert!(v["dimensions"][0]["score"].is_null() && v["overall"].is_null());
    assert!(
        v["questions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["mean"].is_null())
    );
    assert_eq!(v["min_respondents_source"], "flag");
    // The reason names the dimension and the threshold.
    let reason = v["reasons"][0].as_str().unwrap();
    assert!(
        reason.contains("Learning") && reason.contains("3"),
        "{reason}"
    );
    // Without a threshold the same files show Alice's 1.5: the test can fail.
    let v = json(&t, &["compare", "answers", "--partner", "Acme"]);
    assert_eq!(v["dimensions"][0]["score"], 1.5);
    assert_eq!(v["min_respondents_source"], "default");
}

/// Item 2: three files, two of them unsure on Learning.
fn two_of_three_unsure() -> Test {
    Test::new()
        .write("anon-test.toml", INSTRUMENT)
        .write(
            "answers/alice-secretpath.toml",
            &sheet(
                "Alice",
                "them",
                &[
                    ("l1", "1"),
                    ("l2", "2"),
                    ("t1", "4"),
                    ("t2", "4"),
                    ("x1", "4"),
                ],
            ),
        )
        .write(
            "answers/bob-secretpath.toml",
            &sheet(
                "Bob",
                "them",
                &[
                    ("l1", "u"),
                    ("l2", "u"),
                    ("t1", "4"),
                    ("t2", "3"),
                    ("x1", "4"),
                ],
            ),
        )
        .write(
            "answers/carol-secretpath.toml",
            &sheet(
                "Carol",
                "them",
                &[
                    ("l1", "u"),
                    ("l2", "u"),
                    ("t1", "3"),
                    ("t2", "3"),
                    ("x1", "4"),
                ],
            ),
        )
}

#[test]
fn the_threshold_counts_the_people_who_answered_a_dimension_not_the_files() {
    let t = two_of_three_unsure();
    // The partner page (default 3) and the agenda at 3.
    let outputs = every_output(&t, &["--min-respondents", "3"]);
    assert_none_shows(
        &outputs,
        &[
            "Alice",
            "NOTE-BY",
            "secretpath",
            "1.50",
            "\"mean\": 1.0",
            "\"mean\": 2.0",
        ],
    );
    let partner = t
        .run_args(&[
            "report",
            "answers",
            "--audience",
            "partner",
            "--format",
            "markdown",
            "--output",
            "-",
            "--questionnaire",
            "anon-test.toml",
        ])
        .code(0);
    assert!(!partner.stdout.contains("1.50"), "{}", partner.stdout);
    let agenda = json(&t, &["agenda", "answers", "--min-respondents", "3"]);
    let acme = &agenda["partners"][0];
    assert!(acme["topics"].as_array().unwrap().is_empty(), "{acme}");
    assert!(
        acme["proposed_actions"].as_array().unwrap().is_empty(),
        "{acme}"
    );
    assert_eq!(agenda["min_respondents"], 3);
}

#[test]
fn in_statements_mode_the_least_answered_question_counts() {
    // Every file scores Learning (files mode: n = 3), but l1 has one
    // answer: in statements mode n(Learning) = 1 and the round is hidden;
    // in files mode l1's own figures are hidden.
    let files = |mode: &str| {
        Test::new()
            .write(
                "anon-test.toml",
                &INSTRUMENT.replace(
                    "[rubric]",
                    &format!("[aggregate]\nrespondents = \"{mode}\"\n[rubric]"),
                ),
            )
            .write(
                "answers/a.toml",
                &sheet(
                    "Alice",
                    "us",
                    &[
                        ("l1", "1"),
                        ("l2", "4"),
                        ("t1", "4"),
                        ("t2", "4"),
                        ("x1", "4"),
                    ],
                ),
            )
            .write(
                "answers/b.toml",
                &sheet(
                    "Bob",
                    "us",
                    &[
                        ("l1", "u"),
                        ("l2", "4"),
                        ("t1", "4"),
                        ("t2", "3"),
                        ("x1", "4"),
                    ],
                ),
            )
            .write(
                "answers/c.toml",
                &sheet(
                    "Carol",
                    "us",
                    &[
                        ("l1", "u"),
                        ("l2", "3"),
                        ("t1", "3"),
                        ("t2", "3"),
                        ("x1", "4"),
                    ],
                ),
            )
    };
    let t = files("statements");
    let v = json(
        &t,
        &[
            "compare",
            "answers",
            "--partner",
            "Acme",
            "--min-respondents",
            "3",
        ],
    );
    assert_eq!(v["suppressed"], "round", "{v}");
    let t = files("files");
    let v = json(
        &t,
        &[
            "compare",
            "answers",
            "--partner",
            "Acme",
            "--min-respondents",
            "3",
        ],
    );
    assert_eq!(v["suppressed"], "none", "{v}");
    let l1 = &v["questions"][0];
    assert_eq!(l1["id"], "l1");
    for key in ["mean", "us", "them", "gap"] {
        assert!(l1[key].is_null(), "l1 {key}: {l1}");
    }
    assert_eq!(v["questions"][1]["mean"], serde_json::json!(11.0 / 3.0));
    // Agreement needs 3 files on the side: shown here.
    assert!(v["dimensions"][1]["agreement"]["us"].is_number(), "{v}");
    // Spread needs N + 2 = 5 files scoring the dimension.
    assert!(v["dimensions"][1]["spread"].is_null(), "{v}");
    let outputs = every_output(&t, &["--min-respondents", "3"]);
    assert_none_shows(&outputs, &["Alice", "secretpath"]);
    // The agenda lists no l1 statement (Alice's 1).
    let agenda = json(&t, &["agenda", "answers", "--min-respondents", "3"]);
    for topic in agenda["partners"][0]["topics"].as_array().unwrap() {
        for s in topic["statements"].as_array().unwrap() {
            assert_ne!(s["id"], "l1", "{topic}");
        }
    }
}

#[test]
fn items_follows_the_projects_threshold() {
    // Item 3: one file, `min_respondents = 3` in the project file.
    let t = Test::new()
        .write("anon-test.toml", INSTRUMENT)
        .write("partnercheck.toml", "min_respondents = 3\n")
        .write(
            "answers/alice-secretpath.toml",
            &sheet(
                "Alice",
                "us",
                &[
                    ("l1", "1"),
                    ("l2", "2"),
                    ("t1", "5"),
                    ("t2", "4"),
                    ("x1", "3"),
                ],
            ),
        );
    let v = json(&t, &["items", "answers"]);
    assert_eq!(v["min_respondents"], 3);
    assert_eq!(v["min_respondents_source"], "project");
    assert_eq!(
        (v["files"].clone(), v["left_out"].clone()),
        (0.into(), 1.into())
    );
    for d in v["dimensions"].as_array().unwrap() {
        for q in d["questions"].as_array().unwrap() {
            assert!(q["mean"].is_null() && q["sd"].is_null(), "{q}");
        }
    }
    for format in ["table", "csv", "json"] {
        let out = t
            .run_args(&[
                "items",
                "answers",
                "--questionnaire",
                "anon-test.toml",
                "--format",
                format,
            ])
            .code(0);
        for leak in ["Alice", "secretpath", "1.00", "2.00", "5.00"] {
            assert!(
                !out.stdout.contains(leak) && !out.stderr.contains(leak),
                "{format}: {leak}\n{}",
                out.stdout
            );
        }
    }
    // The flag beats the project file, and then Alice's answers show.
    let v = json(&t, &["items", "answers", "--min-respondents", "1"]);
    assert_eq!(v["min_respondents_source"], "flag");
    assert_eq!(v["dimensions"][0]["questions"][0]["mean"], 1.0);
}

#[test]
fn items_beside_compare_lets_no_hidden_answer_be_derived() {
    // Three of ours, one of theirs (Tess): compare hides the sides; items
    // pools every answer. Were compare to show our mean of a question and
    // items the mean of all four, Tess's answer would be 4 × all − 3 × us.
    let us = |name: &str, v: &str| {
        sheet(
            name,
            "us",
            &[("l1", v), ("l2", v), ("t1", v), ("t2", v), ("x1", v)],
        )
    };
    let t = Test::new()
        .write("anon-test.toml", INSTRUMENT)
        .write("answers/a.toml", &us("Ann", "4"))
        .write("answers/b.toml", &us("Ben", "4"))
        .write("answers/c.toml", &us("Cat", "5"))
        .write(
            "answers/tess.toml",
            &sheet(
                "Tess",
                "them",
                &[
                    ("l1", "1"),
                    ("l2", "1"),
                    ("t1", "2"),
                    ("t2", "1"),
                    ("x1", "1"),
                ],
            ),
        );
    let compare = json(
        &t,
        &[
            "compare",
            "answers",
            "--partner",
            "Acme",
            "--min-respondents",
            "3",
        ],
    );
    let items = json(&t, &["items", "answers", "--min-respondents", "3"]);
    assert_eq!(compare["suppressed"], "sides");
    let item_means: Vec<serde_json::Value> = items["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["questions"].as_array().unwrap().clone())
        .map(|q| q["mean"].clone())
        .collect();
    for (q, item_mean) in compare["questions"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&item_means)
    {
        // Tess answered each question: compare shows none of its figures
        // (her side has 1 answer), items their pooled mean.
        assert!(q["us"].is_null() && q["mean"].is_null(), "{q}");
        assert!(item_mean.is_number());
    }
    // Where both show a combined figure, they combine the same way: the
    // dimension's pooled score is the mean over every file.
    let learning = compare["dimensions"][0]["score"].as_f64().unwrap();
    assert!(
        (learning - (4.0 + 4.0 + 5.0 + 1.0) / 4.0).abs() < 1e-9,
        "{learning}"
    );
    for (what, text) in every_output(&t, &["--min-respondents", "3"]) {
        for leak in ["Tess", "NOTE-BY"] {
            assert!(!text.contains(leak), "{what} shows {leak}:\n{text}");
        }
    }
}

#[test]
fn warnings_under_a_threshold_count_files_and_name_none() {
    // Item 4: Alice skipped t2 and answered with another version.
    let skipped = sheet(
        "Alice",
        "us",
        &[
            ("l1", "3"),
            ("l2", "3"),
            ("t1", "3"),
            ("t2", "-"),
            ("x1", "3"),
        ],
    )
    .replace("partner = ", "questionnaire_version = \"0\"\npartner = ");
    let full = |name: &str| {
        sheet(
            name,
            "us",
            &[
                ("l1", "4"),
                ("l2", "4"),
                ("t1", "4"),
                ("t2", "4"),
                ("x1", "4"),
            ],
        )
    };
    let t = Test::new()
        .write("anon-test.toml", INSTRUMENT)
        .write("answers/alice-secretpath.toml", &skipped)
        .write("answers/bob.toml", &full("Bob"))
        .write("answers/carol.toml", &full("Carol"));
    let out = t
        .run_args(&[
            "report",
            "answers",
            "--audience",
            "partner",
            "--format",
            "markdown",
            "--output",
            "-",
            "--questionnaire",
            "anon-test.toml",
        ])
        .code(0);
    for leak in ["Alice", "secretpath", "t2"] {
        assert!(!out.stderr.contains(leak), "shows {leak}:\n{}", out.stderr);
    }
    assert!(out.stderr.contains("1 of 3 files"), "{}", out.stderr);
    assert!(
        out.stderr.contains("partnercheck validate"),
        "{}",
        out.stderr
    );
    for (what, text) in every_output(&t, &["--min-respondents", "2"]) {
        assert!(
            !text.contains("Alice") && !text.contains("secretpath"),
            "{what}:\n{text}"
        );
    }
    // Without a threshold the warning names her file: the test can fail.
    let out = t
        .run_args(&["compare", "answers", "--questionnaire", "anon-test.toml"])
        .code(0);
    assert!(out.stderr.contains("alice-secretpath"), "{}", out.stderr);
}

#[test]
fn a_hidden_round_says_so_and_proposes_nothing() {
    // Item 5: two files under a threshold of 3.
    let t = Test::new()
        .write("anon-test.toml", INSTRUMENT)
        .write(
            "answers/a.toml",
            &sheet(
                "Ann",
                "us",
                &[
                    ("l1", "1"),
                    ("l2", "1"),
                    ("t1", "1"),
                    ("t2", "1"),
                    ("x1", "1"),
                ],
            ),
        )
        .write(
            "answers/b.toml",
            &sheet(
                "Ben",
                "them",
                &[
                    ("l1", "2"),
                    ("l2", "1"),
                    ("t1", "1"),
                    ("t2", "1"),
                    ("x1", "1"),
                ],
            ),
        );
    for (what, text) in every_output(&t, &["--min-respondents", "3"]) {
        assert!(!text.contains("nobody could score"), "{what}:\n{text}");
        assert!(
            !text.contains("too few questions were answered"),
            "{what}:\n{text}"
        );
        if what.starts_with("agenda") || what.starts_with("report") {
            assert!(
                text.contains("hidden"),
                "{what} does not say the round is hidden:\n{text}"
            );
            assert!(
                text.contains("fewer than the 3"),
                "{what} does not say why:\n{text}"
            );
        }
    }
    let v = json(&t, &["agenda", "answers", "--min-respondents", "3"]);
    let acme = &v["partners"][0];
    assert!(acme["topics"].as_array().unwrap().is_empty(), "{acme}");
    assert!(
        acme["proposed_actions"].as_array().unwrap().is_empty(),
        "{acme}"
    );
    assert!(
        acme["hidden"]
            .as_str()
            .unwrap()
            .contains("fewer than the 3"),
        "{acme}"
    );
    // Without the threshold there are topics and proposals.
    let v = json(&t, &["agenda", "answers"]);
    assert!(
        !v["partners"][0]["proposed_actions"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(v["partners"][0]["hidden"].is_null());
}
