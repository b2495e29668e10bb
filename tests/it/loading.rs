//! A bad answers file keeps its diagnostics (code, file, line, column) in
//! every command that reads answers: `compare`, `items`, `report` report
//! what `validate --format json` reports.

use std::path::PathBuf;

use partnercheck::diag::Diagnostic;
use partnercheck::engine::portfolio::Threshold;
use partnercheck::error::Error;
use partnercheck::io::walk::Walk;
use serde_json::Value;

use crate::common::Test;

/// A folder of answers: one good file, one with an unknown key and a value
/// out of the scale.
fn folder() -> Test {
    Test::new()
        .write(
            "answers/good.toml",
            "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n[answers]\n\
             ca-open-dialogue = 4\n",
        )
        .write(
            "answers/bad.toml",
            "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n[answers]\n\
             ca-open-dialgue = 4\nca-open-dialogue = 9\n",
        )
}

/// (code, file, line, column) of every error.
type Place = (String, String, Option<u64>, Option<u64>);

fn places_of(diagnostics: &[Diagnostic]) -> Vec<Place> {
    diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| {
            (
                d.code.to_owned(),
                d.file.clone(),
                d.line().map(|n| n as u64),
                d.column().map(|n| n as u64),
            )
        })
        .collect()
}

fn places_in_json(v: &Value) -> Vec<Place> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64(),
                d["column"].as_u64(),
            )
        })
        .collect()
}

#[test]
fn a_bad_answers_file_has_the_same_codes_and_places_in_compare_and_validate() {
    let t = folder();
    let dir = t.path("answers");
    let shown = dir.display().to_string();
    let out = t
        .run_args(&["validate", &shown, "--format", "json"])
        .code(2);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let validated = places_in_json(&v);
    let bad = dir.join("bad.toml").display().to_string();
    assert_eq!(
        validated,
        [
            ("unknown-key".to_owned(), bad.clone(), Some(4), Some(1)),
            (
                "value-out-of-scale".to_owned(),
                bad.clone(),
                Some(5),
                Some(20)
            ),
        ],
        "{v:#}"
    );

    // What compare, report, agenda and actions load through.
    let err = partnercheck::io::portfolio::load(
        std::slice::from_ref(&dir),
        Walk { follow: false },
        None,
        None,
        None,
        Threshold::NONE,
        None,
    )
    .err()
    .expect("a bad file is an error");
    let Error::Input(d) = err else {
        panic!("an input error: {err}")
    };
    assert_eq!(places_of(&d.0), validated);

    // What items loads through.
    let q = partnercheck::model::questionnaire::Questionnaire::embedded("partnership-health")
        .expect("embedded");
    let files: Vec<PathBuf> = vec![dir.join("bad.toml"), dir.join("good.toml")];
    let Err(Error::Input(d)) = partnercheck::io::items::read_items(
        &files,
        std::slice::from_ref(&dir),
        &q,
        Threshold::NONE,
    ) else {
        panic!("an input error")
    };
    assert_eq!(places_of(&d.0), validated);

    // And the binary says the same places in words.
    for command in ["compare", "items"] {
        let out = t.run_args(&[command, &shown]).code(2);
        for (_, file, line, column) in &validated {
            let at = format!("{file}:{}:{}", line.unwrap(), column.unwrap());
            assert!(
                out.stderr.contains(&at),
                "{command}: {at} in {}",
                out.stderr
            );
        }
    }
}

#[test]
fn a_file_that_is_not_answers_is_an_input_diagnostic_about_that_file() {
    let t = Test::new()
        .write(
            "answers/good.toml",
            "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n[answers]\n\
             ca-open-dialogue = 4\n",
        )
        .write("answers/rubric.toml", "[rubric]\nx = 1\n");
    let dir = t.path("answers");
    let Err(Error::Input(d)) = partnercheck::io::portfolio::load(
        std::slice::from_ref(&dir),
        Walk { follow: false },
        None,
        None,
        None,
        Threshold::NONE,
        None,
    ) else {
        panic!("an input error")
    };
    let file = dir.join("rubric.toml").display().to_string();
    assert_eq!(d.0.len(), 1, "{d}");
    assert_eq!(d.0[0].file, file);
    assert_eq!(d.0[0].code, "input");
    assert_eq!(
        d.to_string(),
        format!("{file}: not an answers file: it is a rubric file")
    );
}
