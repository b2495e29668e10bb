//! Inputs far larger than real ones (`benches/hostile.rs` measures them at
//! 10 MB): a file with a problem in every entry lists the first 50 and
//! counts the rest; a run over many bad files keeps the first 1,000
//! problems; more partners, files or characters than a limit allows stop
//! with exit 2 naming the limit. Each is checked by what is printed, never
//! by a time.

use partnercheck::diag::{LISTED, LISTED_IN_RUN, Source};
use partnercheck::model::actions::ActionsFile;
use partnercheck::model::map::ColumnMap;
use partnercheck::model::questionnaire::Questionnaire;
use serde_json::Value;

use crate::common::Test;

fn default_q() -> Questionnaire {
    Questionnaire::embedded("partnership-health").unwrap()
}

/// An answers file about `partner` with `unknown` answers to questions the
/// instrument does not have.
fn answers(partner: &str, unknown: usize) -> String {
    let mut text = format!(
        "questionnaire = \"partnership-health\"\npartner = \"{partner}\"\n[answers]\nca-shared-values = 4\n"
    );
    for k in 0..unknown {
        text.push_str(&format!("zz-not-a-question-{k:04} = 4\n"));
    }
    text
}

/// `validate ARGS --format json`: the diagnostics.
fn validate_json(t: &Test, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["validate"];
    all.extend(args);
    all.extend(["--format", "json", "--no-config"]);
    let out = t.run_args(&all).code(2);
    let v: Value = serde_json::from_str(&out.stdout).expect("one JSON document");
    v["diagnostics"].as_array().unwrap().clone()
}

#[test]
fn an_answers_file_lists_its_first_50_problems_in_file_order_then_a_count() {
    let t = Test::new().write("a.toml", &answers("Acme", 120));
    let found = validate_json(&t, &["a.toml"]);
    assert_eq!(found.len(), LISTED + 1, "{found:#?}");
    let lines: Vec<u64> = found[..LISTED]
        .iter()
        .map(|d| {
            assert_eq!(d["code"], "unknown-key");
            d["line"].as_u64().unwrap()
        })
        .collect();
    // The first ones found (by id), with their places, in file order.
    assert_eq!(lines, (5..5 + LISTED as u64).collect::<Vec<_>>());
    let more = &found[LISTED];
    assert_eq!(more["code"], "more-problems");
    assert_eq!(more["file"], "a.toml");
    assert_eq!(more["message"], "… and 70 more problems");
    // The same in JSON answers files.
    let json = "{\"questionnaire\": \"partnership-health\", \"partner\": \"Acme\", \"answers\": {"
        .to_owned()
        + &(0..60)
            .map(|k| format!("\"zz-{k}\": 4"))
            .collect::<Vec<_>>()
            .join(", ")
        + "}}";
    let t = t.write("b.json", &json);
    let found = validate_json(&t, &["b.json"]);
    assert_eq!(found.len(), LISTED + 1);
    assert_eq!(found[LISTED]["message"], "… and 10 more problems");
}

#[test]
fn an_actions_file_lists_its_first_50_problems_then_a_count() {
    let mut text = String::from("partner = \"Acme\"\n");
    for k in 0..80 {
        text.push_str(&format!(
            "\n[[action]]\nid = \"a{k}\"\ntitle = \"T\"\ndimension = \"learning\"\nowner = \"all\"\nagreed = 2026-11-01\nstatus = \"open\"\n"
        ));
    }
    let err = ActionsFile::from_toml(Source::new("a.toml", &text), &default_q()).unwrap_err();
    assert_eq!(err.0.len(), LISTED + 1);
    assert!(err.0[..LISTED].iter().all(|d| d.code == "bad-choice"));
    assert_eq!(err.0[0].line(), Some(7));
    assert_eq!(err.0[LISTED - 1].line(), Some(7 + 8 * 49));
    assert_eq!(err.0[LISTED].message, "… and 30 more problems");
    // Fewer problems are all listed, without a count.
    let fine = text.replacen("owner = \"all\"", "owner = \"us\"", 79);
    let err = ActionsFile::from_toml(Source::new("a.toml", &fine), &default_q()).unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert_eq!(err.0[0].line(), Some(7 + 8 * 79));
}

#[test]
fn a_map_file_lists_its_first_50_problems_then_a_count_and_finds_a_side_on_both() {
    let mut text = String::from("[values]\n");
    for k in 0..70 {
        text.push_str(&format!("\"label {k:03}\" = 9\n"));
    }
    let err = ColumnMap::from_toml(Source::new("map.toml", &text), &default_q()).unwrap_err();
    assert_eq!(err.0.len(), LISTED + 1);
    assert!(
        err.0[..LISTED]
            .iter()
            .all(|d| d.code == "value-out-of-scale")
    );
    assert_eq!(err.0[LISTED].message, "… and 20 more problems");
    let mut sides = String::from("[sides]\nus = [");
    for k in 0..5_000 {
        sides.push_str(&format!("\"Org {k}\", "));
    }
    sides.push_str("]\nthem = [\"Globex\", \" org 4999 \"]\n");
    let err = ColumnMap::from_toml(Source::new("map.toml", &sides), &default_q()).unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert_eq!(err.0[0].message, "` org 4999 ` is listed on both sides");
}

#[test]
fn a_questionnaire_lists_its_first_50_problems_then_a_count() {
    // Questions of the last dimension, added at the end of the file.
    let mut text =
        std::fs::read_to_string(crate::common::repo("questionnaires/partnership.toml")).unwrap();
    for k in 0..60 {
        text.push_str(&format!(
            "\n[[dimension.question]]\nid = \"Bad {k}\"\ntext = \"A statement.\"\n"
        ));
    }
    let err = Questionnaire::from_toml(Source::new("q.toml", &text)).unwrap_err();
    assert_eq!(err.0.len(), LISTED + 1);
    assert!(err.0[..LISTED].iter().all(|d| d.code == "bad-id"));
    assert_eq!(err.0[LISTED].message, "… and 10 more problems");
    assert_eq!(err.0[LISTED].file, "q.toml");
}

#[test]
fn a_run_over_many_bad_files_keeps_the_first_1000_problems_then_a_count() {
    let mut t = Test::new();
    let files = LISTED_IN_RUN / LISTED + 1;
    for n in 0..files {
        t = t.write(&format!("answers/{n:02}.toml"), &answers("Acme", LISTED));
    }
    let found = validate_json(&t, &["answers"]);
    assert_eq!(found.len(), LISTED_IN_RUN + 1);
    assert_eq!(found[LISTED_IN_RUN]["code"], "more-problems");
    assert_eq!(
        found[LISTED_IN_RUN]["message"],
        format!("… and {LISTED} more problems")
    );
    // The first files' problems are the ones kept.
    assert_eq!(found[0]["file"], "answers/00.toml");
    assert_eq!(found[LISTED_IN_RUN - 1]["file"], "answers/19.toml");
    let out = t.run_args(&["compare", "answers", "--no-config"]);
    let out = out.fails_with(&[&format!("… and {LISTED} more problems")]);
    assert_eq!(
        out.stderr.matches("is not a question").count(),
        LISTED_IN_RUN
    );
}

#[test]
fn a_report_of_more_partners_than_it_shows_stops_naming_the_limit() {
    let mut t = Test::new();
    for n in 0..5_001 {
        t = t.write(
            &format!("answers/{n}.toml"),
            &format!(
                "questionnaire = \"partnership-health\"\npartner = \"P{n}\"\n[answers]\nca-shared-values = 4\n"
            ),
        );
    }
    t.run_args(&["agenda", "answers", "--no-config"])
        .fails_with(&[
            "the 5001 answers files given are about more than 5000 partners",
            "pass --partner NAME",
        ]);
    // One partner's page reads them all.
    t.run_args(&[
        "report",
        "answers",
        "--partner",
        "P7",
        "--format",
        "markdown",
        "--no-config",
    ])
    .code(0);
}

#[test]
fn score_of_more_files_than_it_shows_stops_naming_the_limit() {
    let t = Test::new();
    std::fs::create_dir(t.path("answers")).unwrap();
    for n in 0..20_001 {
        std::fs::write(t.path(&format!("answers/{n}.toml")), "").unwrap();
    }
    t.run_args(&["score", "answers", "--no-config"])
        .fails_with(&[
            "20001 answers files given: score shows each file, at most 20000 at once",
            "`compare`",
        ]);
}

#[test]
fn an_organisation_name_longer_than_a_name_is_refused_naming_the_file() {
    let name = "Our Organisation ".repeat(12);
    let t = Test::new()
        .write("partnercheck.toml", &format!("organization = \"{name}\"\n"))
        .write("a.toml", &answers("Acme", 0));
    t.run_args(&["score", "a.toml"]).fails_with(&[
        "partnercheck.toml:1:16: `organization` is 204 characters long: a name has at most 200",
    ]);
}
