//! The project file: defaults for the instrument, the answers folder and
//! our organisation's name, overridden by flags.

use crate::common::Test;

const ACME: &str =
    "questionnaire = \"partnership-pulse\"\npartner = \"Acme\"\n[answers]\nca-open-dialogue = 4\n";

#[test]
fn compare_with_no_path_reads_the_answers_folder() {
    let t = Test::new()
        .write(
            "partnercheck.toml",
            "organization = \"Globex\"\nquestionnaire = \"partnership-pulse\"\nanswers = \"answers\"\n",
        )
        .write("answers/acme.toml", ACME);
    let out = t.run_args(&["compare", "--format", "json"]).code(0);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["partners"][0]["partner"], "Acme");
    // A subfolder finds the project file upward.
    std::fs::create_dir_all(t.path("deep/er")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .args(["score", "--format", "json"])
        .current_dir(t.path("deep/er"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_projects_instrument_is_the_default_and_a_flag_beats_it() {
    let t = Test::new().write(
        "partnercheck.toml",
        "questionnaire = \"partnership-pulse\"\n",
    );
    let out = t.run_args(&["questions", "--format", "json"]).code(0);
    assert!(out.stdout.contains("\"id\": \"partnership-pulse\""));
    let out = t
        .run_args(&["questions", "--format", "json", "-q", "partnership-health"])
        .code(0);
    assert!(out.stdout.contains("\"id\": \"partnership-health\""));
    // --no-config ignores the file; the default instrument comes back.
    let out = t
        .run_args(&["questions", "--format", "json", "--no-config"])
        .code(0);
    assert!(out.stdout.contains("\"id\": \"partnership-health\""));
}

#[test]
fn answers_for_another_instrument_than_the_projects_are_an_error() {
    let t = Test::new()
        .write(
            "partnercheck.toml",
            "questionnaire = \"partnership-health\"\n",
        )
        .write("acme.toml", ACME);
    t.run_args(&["score", "acme.toml"]).fails_with(&[
        "acme.toml",
        "partnership-pulse",
        "partnership-health",
    ]);
}

#[test]
fn an_unknown_key_in_the_project_file_names_line_and_column() {
    let t = Test::new().write(
        "partnercheck.toml",
        "organization = \"A\"\norganisation = \"B\"\n",
    );
    t.run_args(&["questions"])
        .fails_with(&["partnercheck.toml:2:1", "organisation"]);
    // --config names another file; a missing one is an error.
    t.run_args(&["questions", "--config", "missing.toml"])
        .fails_with(&["missing.toml", "no such file"]);
}

#[test]
fn validate_with_no_path_checks_the_project_its_instrument_and_its_answers() {
    let t = Test::new()
        .write(
            "partnercheck.toml",
            "questionnaire = \"partnership-pulse\"\nanswers = \"answers\"\n",
        )
        .write("answers/acme.toml", ACME);
    let out = t.run_args(&["validate"]).code(0);
    assert!(
        out.stdout.contains("partnercheck.toml: project file"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("`partnership-pulse`"), "{}", out.stdout);
    assert!(
        out.stdout.contains("acme.toml: answers about Acme"),
        "{}",
        out.stdout
    );
    let out = t
        .write(
            "answers/bad.toml",
            "questionnaire = \"partnership-pulse\"\n",
        )
        .run_args(&["validate"])
        .code(2);
    assert!(
        out.stderr.contains("bad.toml:1:1: missing field `partner`"),
        "{}",
        out.stderr
    );
}

#[test]
fn without_a_path_or_a_project_the_error_says_what_to_do() {
    Test::new()
        .run_args(&["compare"])
        .fails_with(&["PATH", "partnercheck.toml"]);
}

#[test]
fn the_organisation_names_our_side_in_the_detail_view() {
    let t = Test::new()
        .write("partnercheck.toml", "organization = \"Globex Corp\"\n")
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-them.toml");
    for format in ["table", "markdown"] {
        let out = t
            .run_args(&[
                "compare",
                "samples",
                "--partner",
                "Acme Logistics",
                "--format",
                format,
            ])
            .code(0);
        assert!(
            out.stdout.contains("Agreement Globex Corp"),
            "{format}: {}",
            out.stdout
        );
        assert!(
            out.stdout.contains("Agreement Acme Logistics"),
            "{format}: {}",
            out.stdout
        );
    }
}
