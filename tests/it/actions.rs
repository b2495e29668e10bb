//! Actions files: the `actions` command, overdue with `--today`, the
//! effect since an action was agreed, the counts in `compare`, the agenda's
//! order and proposals, the report, and every error.

use serde_json::Value;

use crate::common::Test;
use crate::jsonschema;

const SAMPLES: [&str; 6] = [
    "samples/acme-logistics-2026-05.toml",
    "samples/acme-logistics-them.toml",
    "samples/acme-logistics.toml",
    "samples/brightlab.json",
    "samples/northwind-supply.toml",
    "samples/acme-logistics-actions.toml",
];

/// A test folder holding the five answers samples and Acme's actions.
fn samples() -> Test {
    SAMPLES.iter().fold(Test::new(), |t, s| t.copy(s))
}

/// The samples with Acme's actions replaced by `text`.
fn with_actions(text: &str) -> Test {
    samples().write("samples/acme-logistics-actions.toml", text)
}

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).expect("JSON")
}

fn schema(kind: &str) -> Value {
    let out = Test::new().args(&["schema", kind]).run().code(0);
    json(&out.stdout)
}

/// An actions file for `partner` with one action on `learning`.
fn one_action(partner: &str, extra: &str) -> String {
    format!(
        "partner = \"{partner}\"\n\n[[action]]\nid = \"joint-postmortems\"\n\
         title = \"Joint post-mortems\"\ndimension = \"learning\"\nowner = \"both\"\n\
         agreed = 2026-05-20\nstatus = \"open\"\n{extra}"
    )
}

fn ids(value: &Value) -> Vec<String> {
    value["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn json_lists_overdue_then_open_then_done_with_the_effect() {
    let out = samples()
        .args(&[
            "actions",
            "samples",
            "--format",
            "json",
            "--today",
            "2026-12-01",
        ])
        .run()
        .code(0);
    let v = json(&out.stdout);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["today"], "2026-12-01");
    assert_eq!(
        ids(&v),
        ["joint-postmortems", "volume-forecast", "shared-roadmap"]
    );
    let first = &v["actions"][0];
    assert_eq!(first["partner"], "Acme Logistics");
    assert_eq!(first["dimension"], "learning");
    assert_eq!(first["question"], Value::Null);
    assert_eq!(first["owner"], "both");
    assert_eq!(first["assignee"], "Kim Partner");
    assert_eq!(first["status"], "open");
    assert_eq!(first["overdue"], true);
    assert_eq!(first["baseline"]["date"], "2026-05-14");
    assert_eq!(first["latest"]["date"], "2026-11-20");
    let (before, after) = (
        first["baseline"]["score"].as_f64().unwrap(),
        first["latest"]["score"].as_f64().unwrap(),
    );
    assert!((first["change"].as_f64().unwrap() - (after - before)).abs() < 1e-9);
    // A question action is measured on the question's dimension.
    let done = &v["actions"][2];
    assert_eq!(done["question"], "ca-shared-vision");
    assert_eq!(done["dimension"], "cultural-alignment");
    assert_eq!(done["closed"], "2026-09-12");
    assert_eq!(done["overdue"], false);
}

#[test]
fn overdue_depends_on_today() {
    let run = |today: &str| {
        let out = samples()
            .args(&["actions", "samples", "--format", "json", "--today", today])
            .run()
            .code(0);
        let v = json(&out.stdout);
        let overdue: Vec<(String, bool)> = v["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["id"].as_str().unwrap().to_owned(),
                    a["overdue"].as_bool().unwrap(),
                )
            })
            .collect();
        overdue
    };
    // Due 2026-08-31: not overdue on the day, overdue the day after.
    let on_the_day = run("2026-08-31");
    assert!(on_the_day.iter().all(|(_, o)| !o), "{on_the_day:?}");
    let after = run("2026-09-01");
    assert_eq!(after[0], ("joint-postmortems".to_owned(), true));
    // A done action is never overdue, however late.
    let late = run("2030-01-01");
    assert!(late.contains(&("shared-roadmap".to_owned(), false)));
    assert!(late.contains(&("volume-forecast".to_owned(), true)));
    // A dropped action neither.
    let dropped = one_action("Acme Logistics", "due = 2026-06-01\n")
        .replace("status = \"open\"", "status = \"dropped\"");
    let out = with_actions(&dropped)
        .args(&[
            "actions",
            "samples",
            "--format",
            "json",
            "--today",
            "2030-01-01",
        ])
        .run()
        .code(0);
    assert_eq!(json(&out.stdout)["actions"][0]["overdue"], false);
    let bad = samples()
        .args(&["actions", "samples", "--today", "1 December"])
        .run()
        .code(2);
    assert!(bad.stderr.contains("--today"), "{}", bad.stderr);
}

#[test]
fn table_and_markdown_list_the_actions() {
    let out = samples()
        .args(&["actions", "samples", "--today", "2026-12-01"])
        .run()
        .code(0);
    let first = out.stdout.find("joint-postmortems").expect("listed");
    let done = out.stdout.find("shared-roadmap").expect("listed");
    assert!(first < done);
    assert!(out.stdout.contains("overdue (due 2026-08-31)"));
    assert!(out.stdout.contains("+1.40"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("3 actions · 2 open (1 overdue on 2026-12-01)")
    );
    let md = samples()
        .args(&[
            "actions",
            "samples",
            "--format",
            "markdown",
            "--today",
            "2026-12-01",
        ])
        .run()
        .code(0);
    assert!(md.stdout.starts_with("# Actions\n\n| Partner | Id |"));
    assert!(md.stdout.contains("| Acme Logistics | joint-postmortems |"));
}

#[test]
fn partner_names_match_trimmed_and_case_ignored() {
    let out = with_actions(&one_action("  ACME logistics ", ""))
        .args(&[
            "actions",
            "samples",
            "--format",
            "json",
            "--partner",
            "acme LOGISTICS",
        ])
        .run()
        .code(0);
    let v = json(&out.stdout);
    assert_eq!(ids(&v), ["joint-postmortems"]);
    assert_eq!(v["actions"][0]["partner"], "Acme Logistics");
    // --partner leaves the other partners' actions out.
    let out = samples()
        .args(&[
            "actions",
            "samples",
            "--format",
            "json",
            "--partner",
            "BrightLab",
        ])
        .run()
        .code(0);
    assert!(ids(&json(&out.stdout)).is_empty());
    let out = samples()
        .args(&["actions", "samples", "--partner", "BrightLab"])
        .run()
        .code(0);
    assert_eq!(
        out.stdout,
        "No actions: add an actions file beside the answers files.\n"
    );
}

#[test]
fn compare_counts_open_overdue_and_done() {
    let out = samples()
        .args(&[
            "compare",
            "samples",
            "--format",
            "json",
            "--today",
            "2026-12-01",
        ])
        .run()
        .code(0);
    let v = json(&out.stdout);
    let errors = jsonschema::validate(&schema("compare"), &v);
    assert!(errors.is_empty(), "{errors:?}");
    let acme = &v["partners"][0];
    assert_eq!(acme["partner"], "Acme Logistics");
    assert_eq!(
        acme["actions"],
        serde_json::json!({"open": 2, "overdue": 1, "done": 1})
    );
    assert_eq!(
        v["partners"][1]["actions"],
        serde_json::json!({"open": 0, "overdue": 0, "done": 0})
    );
    let early = samples()
        .args(&[
            "compare",
            "samples",
            "--format",
            "json",
            "--today",
            "2026-06-01",
        ])
        .run()
        .code(0);
    assert_eq!(json(&early.stdout)["partners"][0]["actions"]["overdue"], 0);
    let table = samples()
        .args(&["compare", "samples", "--today", "2026-12-01"])
        .run()
        .code(0);
    assert!(
        table
            .stdout
            .contains("Actions: Acme Logistics 2 open (1 overdue), 1 done\n"),
        "{}",
        table.stdout
    );
    // No actions, no line.
    let plain = Test::new()
        .copy("samples/acme-logistics.toml")
        .args(&["compare", "samples"])
        .run()
        .code(0);
    assert!(!plain.stdout.contains("Actions:"));
    let detail = samples()
        .args(&[
            "compare",
            "samples",
            "--partner",
            "acme logistics",
            "--today",
            "2026-12-01",
        ])
        .run()
        .code(0);
    assert!(
        detail
            .stdout
            .ends_with("Actions: 2 open (1 overdue), 1 done\n"),
        "{}",
        detail.stdout
    );
}

#[test]
fn score_and_validate_pass_over_actions_files_in_folders() {
    let out = samples().args(&["score", "samples"]).run().code(0);
    assert!(!out.stderr.contains("actions"), "{}", out.stderr);
    assert!(out.stdout.contains("Acme Logistics"));
    let out = samples().args(&["validate", "samples"]).run().code(0);
    assert!(!out.stderr.contains("actions"), "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 5);
    // Named on the command line, it is passed over with a warning.
    for command in ["score", "validate"] {
        let out = samples()
            .args(&[
                command,
                "samples/acme-logistics-actions.toml",
                "samples/brightlab.json",
            ])
            .run()
            .code(0);
        assert!(
            out.stderr.contains(
                "samples/acme-logistics-actions.toml: an actions file, not an answers file: passed over"
            ),
            "{command}: {}",
            out.stderr
        );
        assert!(out.stdout.contains("BrightLab"));
    }
}

/// Runs `actions` on the samples with Acme's actions file replaced, and
/// checks it fails naming each of `needles`.
fn fails(text: &str, needles: &[&str]) {
    samples()
        .write("samples/acme-logistics-actions.toml", text)
        .args(&["actions", "samples"])
        .run()
        .fails_with(needles);
}

#[test]
fn an_unknown_key_is_an_error_with_line_and_column() {
    fails(
        &one_action("Acme Logistics", "priority = 1\n"),
        &["samples/acme-logistics-actions.toml:10:1: unknown field `priority`"],
    );
    fails(
        &format!("colour = \"red\"\n{}", one_action("Acme Logistics", "")),
        &["samples/acme-logistics-actions.toml:1:1: unknown field `colour`"],
    );
}

#[test]
fn unknown_ids_duplicates_and_contradictions_are_errors() {
    fails(
        &one_action("Acme Logistics", "").replace("\"learning\"", "\"lerning\""),
        &[
            "samples/acme-logistics-actions.toml:6:13: `lerning` is not a dimension of `partnership-health`",
        ],
    );
    fails(
        &one_action("Acme Logistics", "question = \"le-joint-reviews\"\n"),
        &[
            "samples/acme-logistics-actions.toml:10:12: an action has a `dimension` or a `question`, not both",
        ],
    );
    fails(
        &one_action("Acme Logistics", "closed = 2026-06-01\n"),
        &[
            "samples/acme-logistics-actions.toml:10:10: action `joint-postmortems` is open but has a `closed` date",
        ],
    );
    let twice = format!(
        "{}\n{}",
        one_action("Acme Logistics", ""),
        one_action("x", "").split_once('\n').unwrap().1
    );
    fails(
        &twice,
        &["samples/acme-logistics-actions.toml:13:6: action id `joint-postmortems` is used twice"],
    );
    fails(
        &one_action("Acme Logistics", "")
            .replace("\"learning\"", "\"learning\"\nquestion = \"nope\""),
        &["samples/acme-logistics-actions.toml:7:12:"],
    );
}

#[test]
fn an_action_for_a_partner_without_answers_is_an_error() {
    for command in ["actions", "compare", "agenda", "report"] {
        samples()
            .write("samples/acme-logistics-actions.toml", &one_action("Acme Logistix", ""))
            .args(&[command, "samples"])
            .run()
            .fails_with(&[
                "samples/acme-logistics-actions.toml:1:11: no answers file is about partner `Acme Logistix`",
                "did you mean `Acme Logistics`?",
            ]);
    }
}

#[test]
fn agenda_puts_topics_with_open_actions_first_and_proposes_actions() {
    // Without actions Acme's first topic is learning (the larger gap).
    let plain = Test::new()
        .copy(SAMPLES[0])
        .copy(SAMPLES[1])
        .copy(SAMPLES[2])
        .args(&["agenda", "samples", "--format", "json"])
        .run()
        .code(0);
    let v = json(&plain.stdout);
    let topics = |v: &Value| -> Vec<String> {
        v["partners"][0]["topics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["dimension"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(topics(&v), ["learning", "mutual-gains"]);
    let proposed = &v["partners"][0]["proposed_actions"][0];
    assert_eq!(proposed["id"], "learning");
    assert_eq!(proposed["dimension"], "learning");
    assert_eq!(proposed["owner"], "both");
    assert_eq!(proposed["status"], "open");
    assert_eq!(proposed["agreed"], "2026-11-20");
    assert!(
        proposed["title"]
            .as_str()
            .unwrap()
            .starts_with("Learning: the two sides see it differently")
    );

    // An open action on mutual gains (the sample's, with the one on
    // learning done) brings it first; an existing `learning` id makes the
    // proposal `learning-2`.
    let text = std::fs::read_to_string(crate::common::repo(SAMPLES[5]))
        .unwrap()
        .replace("id = \"shared-roadmap\"", "id = \"learning\"")
        .replace(
            "due = 2026-08-31\nstatus = \"open\"",
            "due = 2026-08-31\nstatus = \"done\"\nclosed = 2026-08-30",
        );
    let out = with_actions(&text)
        .args(&[
            "agenda",
            "samples",
            "--format",
            "json",
            "--today",
            "2026-12-01",
        ])
        .run()
        .code(0);
    let v = json(&out.stdout);
    let errors = jsonschema::validate(&schema("agenda"), &v);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(topics(&v), ["mutual-gains", "learning"]);
    assert_eq!(
        v["partners"][0]["topics"][0]["actions"][0]["id"],
        "volume-forecast"
    );
    let ids: Vec<&str> = v["partners"][0]["proposed_actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["mutual-gains", "learning-2"]);

    let md = samples()
        .args(&[
            "agenda",
            "samples",
            "--partner",
            "Acme Logistics",
            "--today",
            "2026-12-01",
        ])
        .run()
        .code(0);
    assert!(md.stdout.contains(
        "- **Open action:** Monthly volume forecast to plan capacity together (them; open, due 2027-01-31)"
    ));
    assert!(md.stdout.contains("open action come before the others"));
    // Every action is listed for review, with whether it helped.
    assert!(md.stdout.contains("## Actions to review\n\n- **Joint post-mortem after each incident** — Learning · both sides · overdue (due 2026-08-31). Learning: up 1.40 since agreed"), "{}", md.stdout);
}

#[test]
fn the_report_shows_each_action_and_whether_it_moved() {
    let out = samples()
        .args(&[
            "report",
            "samples",
            "--format",
            "markdown",
            "--today",
            "2026-12-01",
        ])
        .run()
        .code(0);
    assert!(out.stdout.contains("### Actions\n"));
    assert!(out.stdout.contains(
        "- **Joint post-mortem after each incident** — Learning · both sides · overdue (due 2026-08-31). Learning: up 1.40 since agreed (2.00 on 2026-05-14 → 3.40 on 2026-11-20)."
    ), "{}", out.stdout);
    let html = samples()
        .args(&["report", "samples", "--today", "2026-12-01"])
        .run()
        .code(0);
    assert!(html.stdout.contains("<h3>Actions</h3>"));
    assert!(html.stdout.contains("up 1.40 since agreed"));
}

#[test]
fn hostile_titles_are_neutralised() {
    let text =
        one_action("Acme Logistics", "").replace("Joint post-mortems", "<b>x</b> | \\u001b[31mred");
    let out = with_actions(&text)
        .args(&["actions", "samples"])
        .run()
        .code(0);
    assert!(!out.stdout.contains('\u{1b}'));
    let md = with_actions(&text)
        .args(&["actions", "samples", "--format", "markdown"])
        .run()
        .code(0);
    assert!(!md.stdout.contains("<b>"), "{}", md.stdout);
    assert!(!md.stdout.contains("</b> | "), "{}", md.stdout);
    let html = with_actions(&text)
        .args(&["report", "samples"])
        .run()
        .code(0);
    assert!(html.stdout.contains("&lt;b&gt;x&lt;/b&gt;"));
}

#[test]
fn the_sample_actions_file_validates_against_its_schema() {
    let text = std::fs::read_to_string(crate::common::repo(SAMPLES[5])).unwrap();
    let value = jsonschema::toml_to_json(&toml::from_str(&text).unwrap());
    let schema = schema("actions");
    assert!(jsonschema::validate(&schema, &value).is_empty());
    let mut both = value.clone();
    both["action"][0]["question"] = Value::from("ca-shared-vision");
    assert!(!jsonschema::validate(&schema, &both).is_empty());
    let mut neither = value;
    neither["action"][0]
        .as_object_mut()
        .unwrap()
        .remove("dimension");
    assert!(!jsonschema::validate(&schema, &neither).is_empty());
}

#[test]
fn an_action_agreed_after_the_latest_round_has_no_effect_yet() {
    let text = one_action("Acme Logistics", "").replace("2026-05-20", "2026-11-25");
    let out = with_actions(&text)
        .args(&["actions", "samples", "--format", "json"])
        .run()
        .code(0);
    let a = &json(&out.stdout)["actions"][0];
    assert_eq!(a["baseline"]["date"], "2026-11-20");
    assert_eq!(a["latest"]["date"], "2026-11-20");
    assert_eq!(a["change"], Value::Null);
    let report = with_actions(&text)
        .args(&["report", "samples", "--format", "markdown"])
        .run()
        .code(0);
    assert!(
        report
            .stdout
            .contains("Learning: no round since it was agreed yet."),
        "{}",
        report.stdout
    );
}
