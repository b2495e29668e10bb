//! The core commands, driven through the real binary: `score`, `validate`,
//! `questions`, `template`, and the bad inputs each of them rejects.

use crate::common::{Test, repo};

const ACME: &str = "samples/acme-logistics.toml";

/// A minimal valid answers file for the default instrument.
fn answers(extra: &str) -> String {
    format!("questionnaire = \"partnership-health\"\npartner = \"Acme\"\n{extra}")
}

fn default_questionnaire() -> String {
    std::fs::read_to_string(repo("questionnaires/partnership.toml")).unwrap()
}

// ---------------------------------------------------------------- score

#[test]
fn score_table_of_a_sample() {
    let out = Test::new().copy(ACME).args(&["score", ACME]).run().code(0);
    insta::assert_snapshot!(out.stdout);
    assert_eq!(out.stderr, "");
}

#[test]
fn score_json_follows_the_spec() {
    let out = Test::new()
        .copy(ACME)
        .args(&["score", ACME, "--format", "json"])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], 1);
    let r = &v["results"][0];
    assert_eq!(r["file"], ACME);
    assert_eq!(r["partner"], "Acme Logistics");
    assert_eq!(r["respondent"], "Jane Doe");
    assert_eq!(r["side"], "us");
    assert_eq!(r["date"], "2026-11-20");
    assert_eq!(r["questionnaire"]["id"], "partnership-health");
    assert_eq!(r["questionnaire"]["version"], "1.1.0");
    assert_eq!(r["tier"]["id"], "developing-partnership");
    assert_eq!(r["tier"]["label"], "Developing partnership");
    let learning = &r["dimensions"][3];
    assert_eq!(learning["id"], "learning");
    assert_eq!(learning["band"], "concern");
    assert_eq!(learning["answered"], 5);
    assert_eq!(learning["questions"], 6);
    // unrounded: 22 of 23 questions counted
    assert_eq!(r["coverage"].as_f64().unwrap(), 22.0 / 23.0);
    assert!(r["reasons"].as_array().unwrap().iter().any(|s| {
        s.as_str().unwrap()
            == "Learning is the weakest dimension at 2.80. True partnership needs every \
                dimension at 3.5 or more — 0.70 to go."
    }));
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn score_json_nulls_for_missing_scores() {
    let out = Test::new()
        .write(
            "a.toml",
            &answers("[answers]\nmg-both-benefit = \"unsure\"\n"),
        )
        .args(&["score", "a.toml", "--format", "json"])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let r = &v["results"][0];
    assert!(r["overall"].is_null());
    assert!(r["tier"].is_null(), "coverage 0 is below min_coverage");
    assert!(r["dimensions"][0]["score"].is_null());
    assert!(r["dimensions"][0]["band"].is_null());
    assert!(r["respondent"].is_null());
    assert!(r["date"].is_null());
    assert_eq!(r["coverage"], 0.0);
    assert!(
        r["reasons"][0]
            .as_str()
            .unwrap()
            .contains("a verdict needs at least")
    );
    assert!(
        out.stderr
            .contains("warning: a.toml: 22 of 23 questions not answered")
    );
}

#[test]
fn score_markdown_and_csv() {
    let t = Test::new().copy(ACME).copy("samples/brightlab.json");
    let md = t
        .args(&[
            "score",
            ACME,
            "samples/brightlab.json",
            "--format",
            "markdown",
        ])
        .run()
        .code(0);
    insta::assert_snapshot!("score_markdown", md.stdout);
    let t = Test::new().copy(ACME).copy("samples/brightlab.json");
    let csv = t
        .args(&["score", ACME, "samples/brightlab.json", "--format", "csv"])
        .run()
        .code(0);
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert_eq!(
        lines.len(),
        1 + 8,
        "a header and a row per file and dimension"
    );
    assert!(
        lines[0].starts_with("file,partner,respondent,side,date,questionnaire,dimension,score")
    );
    assert!(lines[1].starts_with("samples/acme-logistics.toml,Acme Logistics,Jane Doe,us,2026-11-20,partnership-health,cultural-alignment,4,strength,6,6,"));
    assert!(lines[8].ends_with(",true-partnership"));
}

#[test]
fn score_reads_stdin() {
    let text = std::fs::read_to_string(repo(ACME)).unwrap();
    let out = Test::new()
        .args(&["score", "-", "--format", "json"])
        .stdin(&text)
        .run()
        .code(0);
    assert!(out.stdout.contains("\"file\": \"<stdin>\""));
    assert!(out.stdout.contains("developing-partnership"));
}

#[test]
fn stdin_is_read_once() {
    let text = std::fs::read_to_string(repo(ACME)).unwrap();
    Test::new()
        .args(&["score", "-", "-"])
        .stdin(&text)
        .run()
        .fails_with(&["<stdin>: standard input was already read"]);
}

#[test]
fn require_gates_on_the_tier() {
    let t = || Test::new().copy(ACME).copy("samples/northwind-supply.toml");
    let ok = t()
        .args(&["score", ACME, "--require", "developing-partnership"])
        .run()
        .code(0);
    assert!(ok.stdout.contains("Developing partnership"));
    let ok = t()
        .args(&["score", ACME, "--require", "supplier"])
        .run()
        .code(0);
    assert_eq!(ok.stderr, "");
    let fail = t()
        .args(&[
            "score",
            ACME,
            "samples/northwind-supply.toml",
            "--require",
            "developing-partnership",
        ])
        .run()
        .code(1);
    assert!(
        fail.stdout.contains("Northwind Supply"),
        "results are still printed"
    );
    assert!(fail.stderr.contains(
        "--require not met: samples/northwind-supply.toml (Northwind Supply) is `supplier`"
    ));
    assert!(!fail.stderr.contains("acme-logistics.toml ("));
    t().args(&["score", ACME, "--require", "best-friends"])
        .run()
        .fails_with(&[
            "--require `best-friends` is not a tier of `partnership-health`",
            "true-partnership, developing-partnership, transactional, supplier",
        ]);
}

#[test]
fn require_fails_without_a_tier() {
    Test::new()
        .write("a.toml", &answers(""))
        .args(&["score", "a.toml", "--require", "supplier"])
        .run()
        .code(1);
}

#[test]
fn strict_makes_missing_answers_an_error() {
    let t = || Test::new().copy("samples/northwind-supply.toml");
    let warned = t()
        .args(&["score", "samples/northwind-supply.toml"])
        .run()
        .code(0);
    assert!(
        warned
            .stderr
            .contains("1 of 23 questions not answered: le-failures-improve")
    );
    t().args(&["score", "samples/northwind-supply.toml", "--strict"])
        .run()
        .fails_with(&[
            "samples/northwind-supply.toml",
            "le-failures-improve",
            "--strict",
        ]);
}

#[test]
fn version_mismatch_is_a_warning() {
    let out = Test::new()
        .write(
            "a.toml",
            &answers("questionnaire_version = \"0.9\"\n[answers]\nmg-both-benefit = 4\n"),
        )
        .args(&["score", "a.toml"])
        .run()
        .code(0);
    assert!(out.stderr.contains("warning: a.toml: answered with version 0.9 of `partnership-health`, scored with version 1.1.0"));
}

#[test]
fn rubric_file_replaces_the_rubric() {
    let rubric = "[rubric]\n[[rubric.band]]\nid = \"any\"\nlabel = \"Any\"\nmin = 1\n\
                  [[rubric.tier]]\nid = \"gold\"\nlabel = \"Gold\"\nwhen = [\"learning >= 2.5\"]\n\
                  [[rubric.tier]]\nid = \"lead\"\nlabel = \"Lead\"\nwhen = []\n";
    let out = Test::new()
        .copy(ACME)
        .write("r.toml", rubric)
        .args(&["score", ACME, "--rubric", "r.toml", "--format", "json"])
        .run()
        .code(0);
    assert!(out.stdout.contains("\"id\": \"gold\""));
    assert!(out.stdout.contains("\"band\": \"any\""));
    Test::new()
        .copy(ACME)
        .write("r.toml", &rubric.replace("learning >=", "learnin >="))
        .args(&["score", ACME, "--rubric", "r.toml"])
        .run()
        .fails_with(&["r.toml:9:", "unknown metric `learnin`"]);
}

#[test]
fn questionnaire_by_id_or_path() {
    let pulse = answers("[answers]\nmg-both-benefit = 4\n")
        .replace("partnership-health", "partnership-pulse");
    let out = Test::new()
        .write("p.toml", &pulse)
        .args(&["score", "p.toml"])
        .run()
        .code(0);
    assert!(
        out.stdout.contains("1/8"),
        "scored against the embedded pulse form:\n{}",
        out.stdout
    );
    let out = Test::new()
        .write("q.toml", &default_questionnaire())
        .write("a.toml", &answers("[answers]\nmg-both-benefit = 4\n"))
        .args(&["score", "a.toml", "--questionnaire", "q.toml"])
        .run()
        .code(0);
    assert!(out.stdout.contains("1/23"));
    Test::new()
        .write("a.toml", &answers(""))
        .args(&["score", "a.toml", "--questionnaire", "nope"])
        .run()
        .fails_with(&["nope: no such file, and no embedded questionnaire has that id"]);
}

#[test]
fn no_colour_when_piped_or_with_no_color() {
    let out = Test::new().copy(ACME).args(&["score", ACME]).run().code(0);
    assert!(!out.stdout.contains('\u{1b}'));
    let out = Test::new()
        .copy(ACME)
        .args(&["score", ACME, "--color", "always"])
        .run()
        .code(0);
    assert!(
        out.stdout.contains('\u{1b}'),
        "--color always forces colour"
    );
    let out = Test::new()
        .copy(ACME)
        .env("NO_COLOR", "1")
        .args(&["score", ACME])
        .run()
        .code(0);
    assert!(!out.stdout.contains('\u{1b}'));
}

// ---------------------------------------------------------- bad answers

#[test]
fn broken_toml_names_file_line_and_column() {
    Test::new()
        .write(
            "a.toml",
            "questionnaire = \"partnership-health\"\npartner = \"A\n",
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["a.toml:2:"]);
}

#[test]
fn broken_json_names_file_line_and_column() {
    Test::new()
        .write(
            "a.json",
            "{\n  \"questionnaire\": \"partnership-health\",\n  \"partner\": \n}",
        )
        .args(&["score", "a.json"])
        .run()
        .fails_with(&["a.json:4:1:"]);
}

#[test]
fn unknown_top_level_key_in_answers() {
    Test::new()
        .write("a.toml", &answers("parnter = \"x\"\n"))
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["a.toml:3:1: unknown field `parnter`"]);
}

#[test]
fn out_of_range_and_non_integer_answers() {
    let out = Test::new()
        .write("a.toml", &answers("[answers]\nmg-both-benefit = 6\nmg-fair-split = 3.5\nmg-shared-risk = \"maybe\"\n"))
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&[
            "a.toml:4:19: answer to `mg-both-benefit` is 6; allowed: an integer from 1 to 5, or \"unsure\"",
            "a.toml:5:17: answer to `mg-fair-split` is 3.5",
            "answer to `mg-shared-risk` is \"maybe\"",
        ]);
    assert_eq!(
        out.stderr.matches("error: ").count(),
        3,
        "every problem is reported"
    );
}

#[test]
fn unsure_where_the_scale_forbids_it() {
    let q = default_questionnaire().replace("allow_unsure = true", "allow_unsure = false");
    assert!(q.contains("allow_unsure = false"));
    Test::new()
        .write("q.toml", &q)
        .write(
            "a.toml",
            &answers("[answers]\nmg-both-benefit = \"unsure\"\n"),
        )
        .args(&["score", "a.toml", "-q", "q.toml"])
        .run()
        .fails_with(&[
            "a.toml:4:",
            "`mg-both-benefit` is \"unsure\"; allowed: an integer from 1 to 5",
        ]);
}

#[test]
fn unknown_question_and_note_ids() {
    Test::new()
        .write(
            "a.toml",
            &answers("[answers]\nmg-both-benfit = 4\n[notes]\nmutual = \"x\"\n"),
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&[
            "a.toml:4:1: `mg-both-benfit` is not a question of `partnership-health`",
            "a.toml:6:1: note `mutual` is neither a question id nor a dimension id",
        ]);
}

#[test]
fn wrong_questionnaire() {
    Test::new()
        .write("a.toml", &answers("").replace("partnership-health", "partnership-pulse"))
        .args(&["score", "a.toml", "--questionnaire", "partnership-health"])
        .run()
        .fails_with(&["a.toml:1:17: these answers are for questionnaire `partnership-pulse`, but `partnership-health` was loaded"]);
    Test::new()
        .write(
            "a.toml",
            &answers("").replace("partnership-health", "acme-internal"),
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&[
            "a.toml:1:17: questionnaire `acme-internal` is not embedded",
            "pass --questionnaire FILE",
        ]);
}

#[test]
fn blank_partner_and_bad_date_and_side() {
    Test::new()
        .write(
            "a.toml",
            "questionnaire = \"partnership-health\"\npartner = \"  \"\ndate = \"20/11/2026\"\n",
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&[
            "a.toml:2:11: `partner` is empty",
            "a.toml:3:8: `date` \"20/11/2026\" is not a date",
        ]);
    Test::new()
        .write("a.toml", &answers("side = \"ours\"\n"))
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["a.toml:3:8: side must be \"us\" or \"them\", not \"ours\""]);
}

#[test]
fn missing_file() {
    Test::new()
        .args(&["score", "nowhere.toml"])
        .run()
        .fails_with(&["nowhere.toml: no such file"]);
}

#[test]
fn one_bad_file_means_nothing_is_scored() {
    Test::new()
        .copy(ACME)
        .write("bad.toml", "x")
        .args(&["score", ACME, "bad.toml"])
        .run()
        .fails_with(&["bad.toml:1:"]);
}

// ------------------------------------------------------ hostile strings

#[test]
fn hostile_strings_are_neutralised() {
    let hostile = answers("[answers]\nmg-both-benefit = 4\n").replace(
        "\"Acme\"",
        "\"=HYPERLINK(\\\"x\\\") | \\u001b[31mred\\u0007\"",
    );
    let t = || Test::new().write("a.toml", &hostile);
    let table = t().args(&["score", "a.toml"]).run().code(0);
    assert!(!table.stdout.contains('\u{1b}') && !table.stdout.contains('\u{7}'));
    assert!(table.stdout.contains("\\u{1b}[31mred\\u{7}"));
    let csv = t()
        .args(&["score", "a.toml", "--format", "csv"])
        .run()
        .code(0);
    assert!(
        csv.stdout
            .contains(",\"'=HYPERLINK(\"\"x\"\") | \\u{1b}[31mred\\u{7}\","),
        "{}",
        csv.stdout
    );
    let md = t()
        .args(&["score", "a.toml", "--format", "markdown"])
        .run()
        .code(0);
    assert!(
        md.stdout
            .contains("## =HYPERLINK(\"x\") \\| \\\\u{1b}\\[31mred\\\\u{7}"),
        "{}",
        md.stdout
    );
    let json = t()
        .args(&["score", "a.toml", "--format", "json"])
        .run()
        .code(0);
    assert!(json.stdout.contains("\\u001b[31mred\\u0007"));
}

#[test]
fn errors_never_pass_control_characters_to_the_terminal() {
    let out = Test::new()
        .write("a.toml", &answers("[answers]\n\"\\u001b[2J\" = 3\n"))
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["`\\u{1b}[2J` is not a question"]);
    assert!(!out.stderr.contains('\u{1b}'));
}

#[test]
fn problems_are_reported_in_file_order() {
    let out = Test::new()
        .write(
            "a.toml",
            &answers("[answers]\nre-long-term = 9\nca-shared-values = 0\n"),
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["a.toml:4:", "a.toml:5:"]);
    assert!(out.stderr.find("a.toml:4:") < out.stderr.find("a.toml:5:"));
}

/// A regression: these answers give dimension scores of 8/3, 3, 8/3 and
/// 11/3, an overall of exactly 3 — computed as 2.9999999999999996. The
/// tier must not depend on floating-point noise.
#[test]
fn a_mean_exactly_on_a_threshold_meets_it() {
    let values = [
        ("ca-shared-values", 3),
        ("ca-decision-style", 3),
        ("ca-open-dialogue", 3),
        ("ca-transparency", 3),
        ("ca-shared-vision", 2),
        ("ca-guarded-talk", 4),
        ("mg-both-benefit", 3),
        ("mg-fair-split", 3),
        ("mg-shared-risk", 3),
        ("mg-beyond-price", 3),
        ("mg-price-switch", 3),
        ("re-long-term", 3),
        ("re-give-take", 3),
        ("re-mutual-vulnerability", 3),
        ("re-invest-together", 3),
        ("re-no-full-spec", 2),
        ("re-change-orders", 4),
        ("le-two-way-knowledge", 4),
        ("le-failures-improve", 4),
        ("le-disagreements", 4),
        ("le-new-ideas", 4),
        ("le-applied", 3),
        ("le-blame-first", 3),
    ];
    let lines: String = values.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
    let out = Test::new()
        .write("a.toml", &answers(&format!("[answers]\n{lines}")))
        .args(&[
            "score",
            "a.toml",
            "--format",
            "json",
            "--require",
            "developing-partnership",
        ])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let r = &v["results"][0];
    assert!((r["overall"].as_f64().unwrap() - 3.0).abs() < 1e-12);
    assert_eq!(r["tier"]["id"], "developing-partnership");
}

#[test]
fn template_escapes_control_characters_from_the_questionnaire() {
    let q = default_questionnaire()
        .replacen(
            "title = \"Partnership health check\"",
            "title = \"T\\u001b[31m\"",
            1,
        )
        .replacen(
            "text = \"Both organizations get measurable value",
            "text = \"\\u001b[2J\\u0007Both organizations get measurable value",
            1,
        );
    assert!(q.contains("\\u001b[2J"));
    let out = Test::new()
        .write("q.toml", &q)
        .args(&["template", "-q", "q.toml"])
        .run()
        .code(0);
    assert!(!out.stdout.contains('\u{1b}') && !out.stdout.contains('\u{7}'));
    assert!(out.stdout.contains("# T\\u{1b}[31m"));
    // ... and the template is still a valid answers file for it.
    Test::new()
        .write("q.toml", &q)
        .write("a.toml", &out.stdout)
        .args(&["score", "a.toml", "-q", "q.toml"])
        .run()
        .code(0);
}

#[test]
fn extreme_but_valid_scales_and_weights_do_not_break_scoring() {
    let q = "id = \"x\"\ntitle = \"X\"\nversion = \"1\"\n[scale]\nmin = 9223372036854775806\nmax = 9223372036854775807\n\
             labels = [\"a\", \"b\"]\n[[dimension]]\nid = \"d\"\nname = \"D\"\n\
             [[dimension.question]]\nid = \"q1\"\ntext = \"Q1\"\nreverse = true\nweight = 1e308\n\
             [[dimension.question]]\nid = \"q2\"\ntext = \"Q2\"\nweight = 1e308\n\
             [rubric]\n[[rubric.band]]\nid = \"all\"\nlabel = \"All\"\nmin = -1e300\n\
             [[rubric.tier]]\nid = \"any\"\nlabel = \"Any\"\nwhen = []\n";
    let a = "questionnaire = \"x\"\npartner = \"P\"\n[answers]\nq1 = 9223372036854775807\nq2 = 9223372036854775807\n";
    let out = Test::new()
        .write("q.toml", q)
        .write("a.toml", a)
        .args(&["score", "a.toml", "-q", "q.toml", "--format", "json"])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let score = v["results"][0]["dimensions"][0]["score"]
        .as_f64()
        .expect("a finite score");
    assert!(score > 9.2e18, "{score}");
}

#[test]
fn json_errors_at_non_ascii_text_and_a_byte_order_mark() {
    Test::new()
        .write(
            "e.json",
            "{\"questionnaire\": \"partnership-health\", \"partner\": é}",
        )
        .args(&["score", "e.json"])
        .run()
        .fails_with(&["e.json:1:52: expected value"]);
    let acme = std::fs::read_to_string(repo("samples/brightlab.json")).unwrap();
    let out = Test::new()
        .write("b.json", &format!("\u{feff}{acme}"))
        .args(&["score", "b.json", "--format", "json"])
        .run()
        .code(0);
    assert!(out.stdout.contains("\"partner\": \"BrightLab\""));
}

#[test]
fn an_unknown_questionnaire_id_is_pointed_at() {
    Test::new()
        .write(
            "a.toml",
            &answers("").replace("partnership-health", "pulse-x"),
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&[
            "a.toml:1:17: questionnaire `pulse-x` is not embedded",
            "pass --questionnaire FILE",
        ]);
}

#[test]
fn validate_applies_the_rubric_to_answers_too() {
    Test::new()
        .copy(ACME)
        .write("r.toml", "[rubric]\n[[rubric.band]]\nid = \"all\"\nlabel = \"All\"\nmin = 1\n[[rubric.tier]]\nid = \"t\"\nlabel = \"T\"\nwhen = [\"nope > 1\"]\n")
        .args(&["validate", ACME, "--rubric", "r.toml"])
        .run()
        .fails_with(&["r.toml:9:9: condition `nope > 1` names unknown metric `nope`"]);
}

#[test]
fn answers_of_the_wrong_type_say_what_they_are() {
    Test::new()
        .write(
            "a.json",
            r#"{"questionnaire": "partnership-health", "partner": "A",
                "answers": {"mg-both-benefit": null, "mg-fair-split": [1], "mg-shared-risk": 4.0}}"#,
        )
        .args(&["score", "a.json"])
        .run()
        .fails_with(&[
            "answer to `mg-both-benefit` is null; allowed: an integer from 1 to 5",
            "answer to `mg-fair-split` is a list",
            "answer to `mg-shared-risk` is 4.0",
        ]);
    Test::new()
        .write("a.toml", &answers("[answers]\nmg-both-benefit = 99999999999999999999\n"))
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["a.toml:4:19: answer to `mg-both-benefit` is 99999999999999999999; allowed: an integer from 1 to 5"]);
    Test::new()
        .write(
            "a.toml",
            &answers("[answers]\nmg-both-benefit = 2026-01-01\nmg-fair-split = true\n"),
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&[
            "answer to `mg-both-benefit` is 2026-01-01",
            "answer to `mg-fair-split` is true",
        ]);
}

#[test]
fn bidirectional_overrides_and_c1_controls_are_neutralised() {
    let hostile = answers("[answers]\nmg-both-benefit = 4\n")
        .replace("\"Acme\"", "\"Acme\\u202Egpj.exe\\u009B31m\"");
    let table = Test::new()
        .write("a.toml", &hostile)
        .args(&["score", "a.toml"])
        .run()
        .code(0);
    assert!(
        table.stdout.contains("Acme\\u{202e}gpj.exe\\u{9b}31m"),
        "{}",
        table.stdout
    );
    let json = Test::new()
        .write("a.toml", &hostile)
        .args(&["score", "a.toml", "--format", "json"])
        .run()
        .code(0);
    assert!(
        json.stdout.contains("Acme\\u202egpj.exe\\u009b31m"),
        "{}",
        json.stdout
    );
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        v["results"][0]["partner"], "Acme\u{202e}gpj.exe\u{9b}31m",
        "still the same JSON string"
    );
}

#[test]
fn output_into_a_missing_folder_says_so() {
    Test::new()
        .args(&["template", "--output", "nowhere/acme.toml"])
        .run()
        .fails_with(&["nowhere/acme.toml: cannot write: the folder nowhere does not exist"]);
}

// ------------------------------------------------------------- validate

#[test]
fn validate_the_default() {
    let out = Test::new().args(&["validate"]).run().code(0);
    assert_eq!(
        out.stdout,
        "ok: embedded `partnership-health`: `partnership-health` 1.1.0 — 4 dimensions, 23 questions, 3 bands, 4 tiers\n\
         ok: <embedded:partnership.pt-BR.toml>: `pt-BR` translation of `partnership-health`, every text translated\n\
         ok: <embedded:partnership.es.toml>: `es` translation of `partnership-health`, every text translated\n\
         ok: <embedded:partnership.de.toml>: `de` translation of `partnership-health`, every text translated\n\
         ok: <embedded:partnership.fr.toml>: `fr` translation of `partnership-health`, every text translated\n"
    );
    assert_eq!(out.stderr, "");
}

#[test]
fn validate_files_of_both_kinds() {
    let out = Test::new()
        .write("q.toml", &default_questionnaire())
        .copy(ACME)
        .args(&["validate", "q.toml", ACME])
        .run()
        .code(0);
    assert!(
        out.stdout
            .contains("ok: q.toml: `partnership-health` 1.1.0")
    );
    assert!(out.stdout.contains("ok: samples/acme-logistics.toml: answers about Acme Logistics for `partnership-health`, 22 of 23 questions answered, 1 unsure"));
}

#[test]
fn validate_every_bundled_file() {
    let mut args = vec!["validate".to_owned()];
    for dir in ["questionnaires", "samples"] {
        for entry in std::fs::read_dir(repo(dir)).unwrap() {
            args.push(entry.unwrap().path().display().to_string());
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = Test::new().args(&args).run().code(0);
    // Actions files are passed over, with a warning each.
    let actions = args.iter().filter(|a| a.ends_with("-actions.toml")).count();
    assert!(actions >= 1);
    assert_eq!(out.stdout.lines().count(), args.len() - 1 - actions);
    assert_eq!(out.stderr.matches("an actions file").count(), actions);
}

#[test]
fn validate_warns_about_unreachable_tiers() {
    let q = default_questionnaire().replace(
        "when = [\"overall >= 2.5\"]",
        "when = [\"overall >= 2.5\", \"lowest >= 3.6\", \"overall >= 4.1\"]",
    );
    let out = Test::new()
        .write("q.toml", &q)
        .args(&["validate", "q.toml"])
        .run()
        .code(0);
    assert!(
        out.stderr.contains("warning: q.toml: tier `transactional` can never match: tier `true-partnership` above it always matches first"),
        "{}",
        out.stderr
    );
}

#[test]
fn validate_checks_a_rubric_file() {
    let out = Test::new()
        .write("r.toml", "[rubric]\n[[rubric.band]]\nid = \"all\"\nlabel = \"All\"\nmin = 2\n[[rubric.tier]]\nid = \"only\"\nlabel = \"Only\"\nwhen = [\"overall > 1\"]\n")
        .args(&["validate", "--rubric", "r.toml"])
        .run()
        .fails_with(&["r.toml:5:7: the last band `all` has min 2, above the scale's min 1", "r.toml:9:8: the last tier `only` must have an empty `when`"]);
    assert_eq!(out.stderr.matches("error: ").count(), 2);
}

/// One bad questionnaire per kind of problem, each reported with its line.
#[test]
fn bad_questionnaires() {
    let q = default_questionnaire();
    let cases: &[(&str, &str, &str)] = &[
        (
            "id = \"partnership-health\"",
            "id = \"Partnership Health\"",
            "q.toml:9:6: questionnaire id `Partnership Health` is not valid",
        ),
        (
            "id = \"mutual-gains\"",
            "id = \"cultural-alignment\"",
            "dimension id `cultural-alignment` is used twice",
        ),
        (
            "id = \"mg-both-benefit\"",
            "id = \"ca-shared-values\"",
            "question id `ca-shared-values` is used twice",
        ),
        (
            "id = \"learning\"",
            "id = \"overall\"",
            "dimension id `overall` is reserved",
        ),
        (
            "max = 5",
            "max = 6",
            "the scale 1..6 needs 6 labels, one per value; found 5",
        ),
        (
            "min = 1\nmax = 5",
            "min = 5\nmax = 1",
            "scale min (5) must be below max (1)",
        ),
        (
            "[scale]",
            "colour = \"blue\"\n[scale]",
            "unknown field `colour`",
        ),
        (
            "when = [\"lowest >= 3.5\", \"overall >= 4.0\"]",
            "when = [\"lowest >= three\"]",
            "condition `lowest >= three` has `three` where a number belongs",
        ),
        (
            "when = [\"lowest >= 3.5\", \"overall >= 4.0\"]",
            "when = [\"lowest >=3.5\"]",
            "condition `lowest >=3.5` is not `METRIC OP NUMBER`",
        ),
        (
            "min = 3.0",
            "min = 4.5",
            "band `borderline` (min 4.5) must have a lower min than band `strength` above it (min 4)",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(q.contains(from), "{from}");
        let broken = q.replacen(from, to, 1);
        Test::new()
            .write("q.toml", &broken)
            .args(&["validate", "q.toml"])
            .run()
            .fails_with(&[expected]);
    }
    let no_weight = q.replacen(
        "[[dimension.question]]",
        "[[dimension.question]]\nweight = 0",
        1,
    );
    Test::new()
        .write("q.toml", &no_weight)
        .args(&["validate", "q.toml"])
        .run()
        .fails_with(&["weight 0 must be a finite number above 0"]);
    let empty = "id = \"e\"\ntitle = \"E\"\nversion = \"1\"\n[scale]\nmin = 1\nmax = 2\nlabels = [\"a\", \"b\"]\n[rubric]\n";
    Test::new()
        .write("q.toml", empty)
        .args(&["validate", "q.toml"])
        .run()
        .fails_with(&[
            "q.toml:1:1: the questionnaire has no [[dimension]]",
            "q.toml:8:1: the rubric has no [[rubric.band]]",
            "q.toml:8:1: the rubric has no [[rubric.tier]]",
        ]);
}

// ------------------------------------------------------------ questions

#[test]
fn questions_in_three_formats() {
    let table = Test::new().args(&["questions"]).run().code(0);
    assert!(
        table
            .stdout
            .starts_with("Partnership health check (partnership-health 1.1.0) — 23 questions")
    );
    assert!(table.stdout.contains("mg-price-switch"));
    let md = Test::new()
        .args(&["questions", "--format", "markdown"])
        .run()
        .code(0);
    insta::assert_snapshot!("questions_markdown", md.stdout);
    let json = Test::new()
        .args(&["questions", "-q", "partnership-pulse", "--format", "json"])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["id"], "partnership-pulse");
    assert_eq!(v["dimensions"].as_array().unwrap().len(), 4);
    for d in v["dimensions"].as_array().unwrap() {
        assert_eq!(d["questions"].as_array().unwrap().len(), 2);
    }
    assert_eq!(v["rubric"]["tiers"][0]["when"][0], "lowest >= 3.5");
}

// ------------------------------------------------------------- template

#[test]
fn template_lists_every_question_and_scores_once_filled() {
    let t = Test::new().args(&[
        "template",
        "--partner",
        "Acme Logistics",
        "--output",
        "acme.toml",
    ]);
    let out = t.run().code(0);
    assert_eq!(out.stdout, "");
    let text = t.read("acme.toml");
    let json = Test::new()
        .args(&["questions", "--format", "json"])
        .run()
        .stdout;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for d in v["dimensions"].as_array().unwrap() {
        for q in d["questions"].as_array().unwrap() {
            let line = format!("# {} =", q["id"].as_str().unwrap());
            assert!(text.contains(&line), "template lacks {line}");
        }
    }
    // Filled in by hand: uncomment two answers.
    let filled = text
        .replace("# mg-both-benefit =", "mg-both-benefit = 5")
        .replace("# le-new-ideas =", "le-new-ideas = 2");
    let out = Test::new()
        .write("acme.toml", &filled)
        .args(&["score", "acme.toml", "--format", "json"])
        .run()
        .code(0);
    assert!(out.stdout.contains("\"partner\": \"Acme Logistics\""));
    assert!(out.stdout.contains("\"answered\": 1"));
}

#[test]
fn template_never_overwrites_without_force() {
    let t = Test::new()
        .write("acme.toml", "precious")
        .args(&["template", "--output", "acme.toml"]);
    t.run()
        .fails_with(&["acme.toml: already exists; pass --force to overwrite it"]);
    assert_eq!(t.read("acme.toml"), "precious");
    let t = t.args(&["template", "--output", "acme.toml", "--force"]);
    t.run().code(0);
    assert!(
        t.read("acme.toml")
            .contains("questionnaire = \"partnership-health\"")
    );
}

#[test]
fn template_output_dash_is_standard_output() {
    let t = Test::new().args(&["template", "--output", "-"]);
    let out = t.run().code(0);
    assert!(out.stdout.starts_with("# Partnership health check"));
    assert!(!t.path("-").exists());
}

#[test]
fn template_to_stdout_for_the_pulse_form() {
    let out = Test::new()
        .args(&["template", "-q", "partnership-pulse"])
        .run()
        .code(0);
    assert!(out.stdout.contains("questionnaire = \"partnership-pulse\""));
    assert_eq!(out.stdout.matches(" =\n").count(), 8);
}

// ---------------------------------------------------------------- usage

#[test]
fn help_has_examples_and_usage_errors_exit_2() {
    let out = Test::new().args(&["score", "--help"]).run().code(0);
    assert!(out.stdout.contains("Examples:"));
    let out = Test::new().args(&["score"]).run().code(2);
    assert!(out.stderr.contains("FILE"));
    let out = Test::new()
        .args(&["score", "a.toml", "--format", "xml"])
        .run()
        .code(2);
    assert!(out.stderr.contains("invalid value 'xml'"));
}

/// `partnercheck … | head` must not print an error when `head` stops reading.
#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .args(["man"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away before the output is written
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_file_cannot_forge_lines_in_an_error() {
    let out = Test::new()
        .write(
            "a.toml",
            &answers("[answers]\nmg-both-benefit = \"x\\nerror: all good\"\n"),
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["answer to `mg-both-benefit` is \"x error: all good\""]);
    assert!(
        !out.stderr.lines().any(|l| l.starts_with("error: all good")),
        "{}",
        out.stderr
    );
}

#[test]
fn the_interview_needs_a_real_file_not_stdin() {
    let text = std::fs::read_to_string(repo(ACME)).unwrap();
    for flag in ["--resume", "--output"] {
        let t = Test::new()
            .args(&["interview", "--plain", flag, "-"])
            .stdin(&text);
        t.run()
            .fails_with(&[&format!("{flag} -: the interview saves to a file")]);
        assert!(!t.path("-").exists());
    }
}

/// Colour on a terminal, none with `NO_COLOR`: checked in a real pseudo-terminal.
#[cfg(unix)]
#[test]
fn no_color_is_honoured_on_a_terminal() {
    let run = |no_color: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_partnercheck"));
        cmd.args(["score", &repo(ACME).display().to_string()])
            .env("TERM", "xterm-256color");
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
        p.exp_eof().unwrap()
    };
    let coloured = run(false);
    assert!(coloured.contains("Developing partnership"), "{coloured}");
    assert!(coloured.contains('\u{1b}'), "colour on a terminal");
    let plain = run(true);
    assert!(plain.contains("Developing partnership"), "{plain}");
    assert!(!plain.contains('\u{1b}'), "NO_COLOR: {plain:?}");
}

/// One `--partner` parser for every command: a blank name is a usage
/// error before any file is read (none of these paths exists).
#[test]
fn a_blank_partner_is_refused_by_every_command_before_reading() {
    let t = Test::new();
    for command in [
        &["compare", "missing/"][..],
        &["report", "missing/", "--output", "r.html"],
        &["agenda", "missing/"],
        &["actions", "missing/"],
        &["import", "missing.csv"],
        &["template"],
        &["form"],
        &["interview", "--plain"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--partner", " "]);
        let out = t.run_args(&args).fails_with(&["--partner is empty"]);
        assert!(!out.stderr.contains("missing"), "{args:?}: {}", out.stderr);
    }
    assert!(!t.path("r.html").exists());
}

/// `import --date` and `--round` are dates to the command line, as
/// everywhere else: a bad one is a usage error naming the flag.
#[test]
fn import_dates_are_parsed_as_dates() {
    let t = Test::new();
    t.run_args(&["import", "missing.csv", "--date", "2026-13-01"])
        .fails_with(&["--date <DATE>", "2026-13-01"]);
    t.run_args(&["import", "missing.csv", "--round", "November"])
        .fails_with(&["--round <DATE>", "November"]);
}

/// The shared argument groups keep each command's own wording.
#[test]
fn shared_arguments_keep_each_commands_help() {
    let help = |command: &str| Test::new().args(&[command, "--help"]).run().code(0).stdout;
    for (command, needles) in [
        (
            "compare",
            &[
                "Show one partner in detail",
                "*.toml and *.json answers files",
                "(default: the one the answers files name)",
            ][..],
        ),
        ("agenda", &["The partner to meet (default: every partner)"]),
        (
            "actions",
            &["Answers and actions files, and folders to search for them"],
        ),
        (
            "report",
            &[
                "Report on this partner only",
                "Overwrite --output if it exists",
            ],
        ),
        (
            "interview",
            &[
                "Questionnaire file, or the id of an embedded one",
                "Where to save the answers",
            ],
        ),
        (
            "questions",
            &["(default: partnership-health)", "(needed for xlsform)"],
        ),
        ("import", &["Replace answers files that exist"]),
        (
            "form",
            &[
                "Overwrite the output file if it exists",
                "PARTNER-SIDE-DATE.html",
            ],
        ),
        ("items", &["(default: the one the answers files name)"]),
    ] {
        let text = help(command);
        for needle in needles {
            assert!(
                text.contains(needle),
                "{command} --help lacks {needle:?}:\n{text}"
            );
        }
    }
    // Each command lists its options in its own order, wherever the
    // shared groups declare them; --today last, before --help.
    for (command, order) in [
        (
            "compare",
            &[
                "--questionnaire",
                "--rubric",
                "--follow",
                "--format",
                "--sort",
                "--require",
                "--partner",
                "--min-respondents",
                "--today",
                "--help",
            ][..],
        ),
        (
            "report",
            &[
                "--partner",
                "--audience",
                "--include",
                "--min-respondents",
                "--questionnaire",
                "--rubric",
                "--format",
                "--output",
                "--force",
                "--follow",
                "--today",
                "--help",
            ],
        ),
        (
            "agenda",
            &[
                "--partner",
                "--questionnaire",
                "--rubric",
                "--follow",
                "--format",
                "--today",
                "--help",
            ],
        ),
    ] {
        let text = help(command);
        let at: Vec<usize> = order
            .iter()
            .map(|o| {
                text.find(&format!("{o} "))
                    .or_else(|| text.find(&format!("{o}\n")))
                    .unwrap()
            })
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "{command} --help order:\n{text}"
        );
    }
}
