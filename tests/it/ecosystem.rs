//! The ecosystem around the CLI: JSON Schemas, shell completions, man page.

use crate::common::{self, Test, repo};
use crate::jsonschema;
use serde_json::Value;

fn schema(kind: &str) -> Value {
    let out = Test::new().args(&["schema", kind]).run().code(0);
    serde_json::from_str(&out.stdout).expect("schema is JSON")
}

fn read_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).expect("read");
    if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).expect("JSON")
    } else {
        jsonschema::toml_to_json(&toml::from_str(&text).expect("TOML"))
    }
}

fn files_in(folder: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(repo(folder))
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml" || e == "json"))
        .collect();
    files.sort();
    files
}

#[track_caller]
fn assert_valid(schema: &Value, instance: &Value, what: &str) {
    let errors = jsonschema::validate(schema, instance);
    assert!(
        errors.is_empty(),
        "{what} does not validate:\n{}",
        errors.join("\n")
    );
}

#[track_caller]
fn assert_invalid(schema: &Value, instance: &Value, needle: &str) {
    let errors = jsonschema::validate(schema, instance);
    assert!(
        errors.iter().any(|e| e.contains(needle)),
        "expected an error containing {needle:?}, got {errors:?}"
    );
}

#[test]
fn schema_prints_the_shipped_files() {
    for kind in [
        "questionnaire",
        "answers",
        "score",
        "compare",
        "agenda",
        "translation",
    ] {
        let out = Test::new().args(&["schema", kind]).run().code(0);
        let shipped = std::fs::read_to_string(repo(&format!("schemas/{kind}.schema.json")))
            .expect("shipped schema");
        assert_eq!(out.stdout, shipped, "{kind}");
        let value: Value = serde_json::from_str(&out.stdout).expect("JSON");
        assert_eq!(
            value["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
    }
}

#[test]
fn schema_rejects_an_unknown_kind() {
    let out = Test::new().args(&["schema", "rubrik"]).run().code(2);
    assert!(out.stderr.contains("questionnaire"), "{}", out.stderr);
}

#[test]
fn bundled_questionnaires_validate() {
    let translation = schema("translation");
    let schema = schema("questionnaire");
    let files = files_in("questionnaires");
    let (translations, instruments): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| {
        let name = f.file_name().unwrap().to_str().unwrap();
        name.trim_end_matches(".toml").contains('.')
    });
    assert!(instruments.len() >= 2);
    assert_eq!(translations.len(), 8, "{translations:?}");
    for f in instruments {
        assert_valid(&schema, &read_json(&f), &f.display().to_string());
    }
    for f in translations {
        assert_valid(&translation, &read_json(&f), &f.display().to_string());
    }
}

#[test]
fn bundled_answers_files_validate() {
    let actions = schema("actions");
    let schema = schema("answers");
    let files = files_in("samples");
    assert!(files.iter().any(|f| f.extension().unwrap() == "json"));
    assert!(files.len() >= 5);
    assert!(
        files
            .iter()
            .any(|f| f.display().to_string().ends_with("-actions.toml"))
    );
    for f in files {
        let is_actions = f.display().to_string().ends_with("-actions.toml");
        let schema = if is_actions { &actions } else { &schema };
        assert_valid(schema, &read_json(&f), &f.display().to_string());
    }
}

#[test]
fn a_template_validates_once_filled_in() {
    // The template comments out every answer: what is left must still be valid.
    let out = Test::new()
        .args(&["template", "--partner", "Acme"])
        .run()
        .code(0);
    let value = jsonschema::toml_to_json(&toml::from_str(&out.stdout).expect("TOML"));
    assert_valid(&schema("answers"), &value, "template");
}

#[test]
fn answers_schema_offers_every_question_of_the_embedded_instruments() {
    let schema = schema("answers");
    let listed = &schema["properties"]["answers"]["properties"];
    // The instruments, not their translations (`NAME.LANG.toml`).
    let instruments = files_in("questionnaires").into_iter().filter(|f| {
        let name = f.file_name().unwrap().to_str().unwrap();
        !name.trim_end_matches(".toml").contains('.')
    });
    for f in instruments {
        let q = read_json(&f);
        for dim in q["dimension"].as_array().unwrap() {
            assert!(
                schema["properties"]["notes"]["properties"][dim["id"].as_str().unwrap()]
                    .is_object()
            );
            for question in dim["question"].as_array().unwrap() {
                let id = question["id"].as_str().unwrap();
                let description = listed[id]["description"].as_str().unwrap_or_else(|| {
                    panic!("{id} of {} is not in the answers schema", f.display())
                });
                assert!(
                    description.contains(question["text"].as_str().unwrap()),
                    "{id}: the description is not the question's text"
                );
            }
        }
    }
}

#[test]
fn broken_questionnaires_fail_validation() {
    let schema = schema("questionnaire");
    let good = read_json(&repo("questionnaires/partnership.toml"));

    let mut typo = good.clone();
    typo["titel"] = Value::from("Typo");
    assert_invalid(&schema, &typo, "unknown key `titel`");

    let mut bad_id = good.clone();
    bad_id["dimension"][0]["id"] = Value::from("Cultural Alignment");
    assert_invalid(&schema, &bad_id, "does not match");

    let mut no_questions = good.clone();
    no_questions["dimension"][1]["question"] = Value::Array(vec![]);
    assert_invalid(&schema, &no_questions, "fewer than 1 items");

    let mut bad_condition = good.clone();
    bad_condition["rubric"]["tier"][0]["when"][0] = Value::from("lowest => 3.5");
    assert_invalid(&schema, &bad_condition, "lowest => 3.5");

    let mut zero_weight = good.clone();
    zero_weight["dimension"][0]["weight"] = Value::from(0.0);
    assert_invalid(&schema, &zero_weight, "exclusiveMinimum");

    let mut no_rubric = good;
    no_rubric.as_object_mut().unwrap().remove("rubric");
    assert_invalid(&schema, &no_rubric, "`rubric` is required");
}

#[test]
fn broken_answers_fail_validation() {
    let schema = schema("answers");
    let good = read_json(&repo("samples/acme-logistics.toml"));

    let mut maybe = good.clone();
    maybe["answers"]["mg-fair-split"] = Value::from("maybe");
    assert_invalid(&schema, &maybe, "answers.mg-fair-split");

    let mut fraction = good.clone();
    fraction["answers"]["mg-fair-split"] = Value::from(3.5);
    assert_invalid(&schema, &fraction, "matches 0 of the oneOf");

    let mut bad_key = good.clone();
    bad_key["answers"]["MG_Fair"] = Value::from(3);
    assert_invalid(&schema, &bad_key, "key MG_Fair");

    let mut side = good.clone();
    side["side"] = Value::from("both");
    assert_invalid(&schema, &side, "is not one of");

    let mut unknown = good.clone();
    unknown["partnr"] = Value::from("Acme");
    assert_invalid(&schema, &unknown, "unknown key `partnr`");

    let mut blank = good.clone();
    blank["partner"] = Value::from("   ");
    assert_invalid(&schema, &blank, "$.partner");

    let mut note = good;
    note["notes"]["learning"] = Value::from(3);
    assert_invalid(&schema, &note, "$.notes.learning");
}

#[test]
fn score_json_validates_including_nulls() {
    let t = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/brightlab.json")
        .copy("samples/northwind-supply.toml")
        // One dimension answered: the others have no score, no overall tier.
        .write(
            "sparse.toml",
            "questionnaire = \"partnership-health\"\npartner = \"Sparse\"\n\n[answers]\nmg-both-benefit = 4\nmg-fair-split = \"unsure\"\n",
        )
        .args(&[
            "score",
            "samples/acme-logistics.toml",
            "samples/brightlab.json",
            "samples/northwind-supply.toml",
            "sparse.toml",
            "--format",
            "json",
        ]);
    let out = t.run().code(0);
    let value: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let schema = schema("score");
    assert_valid(&schema, &value, "score --format json");
    let sparse = &value["results"][3];
    assert!(sparse["tier"].is_null() && sparse["respondent"].is_null());
    assert!(sparse["dimensions"][0]["score"].is_null());

    let mut broken = value.clone();
    broken["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("coverage");
    assert_invalid(&schema, &broken, "`coverage` is required");
    let mut broken = value;
    broken["results"][0]["tier"] = Value::from("developing-partnership");
    assert_invalid(&schema, &broken, "$.results[0].tier");
}

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];

#[test]
fn completions_generate_for_every_shell() {
    for shell in SHELLS {
        let out = Test::new().args(&["completions", shell]).run().code(0);
        assert!(out.stdout.contains("partnercheck"), "{shell}");
        for sub in [
            "score",
            "compare",
            "report",
            "agenda",
            "schema",
            "interview",
        ] {
            assert!(out.stdout.contains(sub), "{shell} completion lacks `{sub}`");
        }
        // Flags: fish writes `-l format`, the others `--format`.
        assert!(
            out.stdout.contains("format"),
            "{shell} completion lacks flags"
        );
        assert!(out.stderr.is_empty(), "{shell}: {}", out.stderr);
    }
}

#[test]
fn bash_completion_is_a_function_registered_with_complete() {
    let out = Test::new().args(&["completions", "bash"]).run().code(0);
    assert!(out.stdout.contains("_partnercheck()"));
    assert!(out.stdout.contains("complete -F _partnercheck"));
    // Values of --format are completed too.
    assert!(out.stdout.contains("table json markdown csv"));
}

#[test]
fn bash_completion_is_valid_bash() {
    let out = Test::new().args(&["completions", "bash"]).run().code(0);
    let Some(bash) = common::require_tool(
        "bash",
        common::find_program(&["bash"]),
        "apt-get install -y bash",
    ) else {
        return;
    };
    let bash = std::process::Command::new(bash)
        .args(["-n", "-c", &out.stdout])
        .output()
        .expect("run bash");
    assert!(
        bash.status.success(),
        "{}",
        String::from_utf8_lossy(&bash.stderr)
    );
}

#[test]
fn completions_reject_an_unknown_shell() {
    let out = Test::new().args(&["completions", "tcsh"]).run().code(2);
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("tcsh"), "{}", out.stderr);
}

#[test]
fn man_page_is_roff() {
    let out = Test::new().args(&["man"]).run().code(0);
    assert!(
        out.stdout.contains(".TH partnercheck 1"),
        "{}",
        &out.stdout[..200]
    );
    assert!(out.stdout.contains(".SH NAME"));
    assert!(out.stdout.contains(".SH SUBCOMMANDS"), "{}", out.stdout);
    assert!(
        out.stdout.contains("\\fBpartnercheck report\\fR"),
        "{}",
        out.stdout
    );
}

/// The samples, and an undated file with one answer: null dates, scores,
/// tiers and previous rounds, and a topic without a score.
fn samples_and_a_sparse_file() -> Test {
    [
        "samples/acme-logistics.toml",
        "samples/acme-logistics-them.toml",
        "samples/acme-logistics-2026-05.toml",
        "samples/brightlab.json",
        "samples/northwind-supply.toml",
    ]
    .iter()
    .fold(Test::new(), |t, s| t.copy(s))
    .write(
        "samples/sparse.toml",
        "questionnaire = \"partnership-health\"\npartner = \"Sparse\"\n\n[answers]\nmg-both-benefit = 4\n",
    )
}

#[test]
fn compare_json_validates_including_nulls() {
    let t = samples_and_a_sparse_file().args(&["compare", "samples", "--format", "json"]);
    let out = t.run().code(0);
    let value: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let schema = schema("compare");
    assert_valid(&schema, &value, "compare --format json");
    let partners = value["partners"].as_array().unwrap();
    assert_eq!(partners.len(), 4);
    assert!(partners.iter().any(|p| p["previous"].is_object()));
    assert!(
        partners
            .iter()
            .any(|p| p["date"].is_null() && p["tier"].is_null())
    );

    let mut broken = value.clone();
    broken["partners"][0]["dimensions"][0]["gap"] = Value::from("-0.9");
    assert_invalid(&schema, &broken, "$.partners[0].dimensions[0].gap");
    let mut broken = value;
    broken["partners"][0]["previous"] = serde_json::json!({"date": "2026-05-14"});
    assert_invalid(&schema, &broken, "$.partners[0].previous");
}

#[test]
fn agenda_json_validates() {
    let t = samples_and_a_sparse_file().args(&["agenda", "samples", "--format", "json"]);
    let out = t.run().code(0);
    let value: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let schema = schema("agenda");
    assert_valid(&schema, &value, "agenda --format json");
    let sparse = &value["partners"][3];
    assert!(sparse["tier"].is_null() && sparse["advice"].is_null());
    assert_eq!(sparse["topics"][0]["reasons"][0], "no-score");

    let mut broken = value;
    broken["partners"][0]["topics"][0]["reasons"][0] = Value::from("urgent");
    assert_invalid(&schema, &broken, "$.partners[0].topics[0].reasons[0]");
}
