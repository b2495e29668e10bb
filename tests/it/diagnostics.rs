//! Diagnostics as data: `validate --format json|github` over a set of bad
//! files (`tests/diagnostics/`) that covers every code in
//! `partnercheck::diag::CODES`, and every code listed in
//! `docs/diagnostics.md`.

use std::collections::BTreeSet;
use std::path::Path;

use partnercheck::diag::{CODES, Diagnostic, Source};
use partnercheck::io::import::{Defaults, Export, plan, table};
use partnercheck::model::actions::ActionsFile;
use partnercheck::model::answers::RawAnswers;
use partnercheck::model::map::ColumnMap;
use partnercheck::model::questionnaire::{DEFAULT_ID, Questionnaire};
use serde_json::Value;

use crate::common::{Test, repo};
use crate::jsonschema;

/// A test folder holding `tests/diagnostics/` as `diagnostics/`.
fn fixtures() -> Test {
    let t = Test::new();
    copy_dir(&repo("tests/diagnostics"), &t.path("diagnostics"));
    t
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            // Bytes, not text: one fixture is not UTF-8 on purpose.
            std::fs::write(&target, std::fs::read(entry.path()).unwrap()).unwrap();
        }
    }
}

/// `validate ARGS --format json`: stdout parsed, stderr empty, the exit code
/// as wanted.
fn json(t: &Test, args: &[&str], code: i32) -> Value {
    let mut all = vec!["validate"];
    all.extend(args);
    all.extend(["--format", "json"]);
    let out = t.run_args(&all).code(code);
    assert_eq!(out.stderr, "", "stderr stays empty with --format json");
    serde_json::from_str(&out.stdout).expect("stdout is one JSON document")
}

fn diagnostics(v: &Value) -> &Vec<Value> {
    v["diagnostics"].as_array().expect("diagnostics array")
}

/// The one diagnostic about `file` with `code`.
fn find<'v>(v: &'v Value, file: &str, code: &str) -> &'v Value {
    let found: Vec<&Value> = diagnostics(v)
        .iter()
        .filter(|d| d["file"] == file && d["code"] == code)
        .collect();
    assert_eq!(found.len(), 1, "{file} {code} in {v:#}");
    found[0]
}

fn at(d: &Value) -> (Option<u64>, Option<u64>) {
    (d["line"].as_u64(), d["column"].as_u64())
}

fn codes(diagnostics: &[Diagnostic]) -> impl Iterator<Item = String> + '_ {
    diagnostics.iter().map(|d| d.code.to_owned())
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(repo(&format!("tests/diagnostics/{path}"))).unwrap()
}

/// The codes `validate` gives on the fixtures and on a few command lines.
fn validate_codes() -> BTreeSet<String> {
    let t = fixtures();
    std::fs::create_dir_all(t.path("empty")).unwrap();
    let mut found = BTreeSet::new();
    let runs: [&[&str]; 4] = [
        &["diagnostics/validate"],
        &["missing.toml", "empty"],
        &["-", "-"],
        &["diagnostics/actions/bad-target.toml"],
    ];
    for args in runs {
        let v = json(&t, args, if args[0].contains("actions") { 0 } else { 2 });
        found.extend(
            diagnostics(&v)
                .iter()
                .map(|d| d["code"].as_str().unwrap().to_owned()),
        );
    }
    found
}

/// The codes of the files `validate` does not read: actions files, map
/// files and spreadsheets (read by `actions`, `compare` and `import`).
fn library_codes() -> BTreeSet<String> {
    let q = Questionnaire::embedded(DEFAULT_ID).unwrap();
    let mut found = BTreeSet::new();
    for name in ["bad-target", "status-mismatch", "unknown-target"] {
        let text = fixture(&format!("actions/{name}.toml"));
        let err =
            ActionsFile::from_toml(Source::new(name, &text), &q).expect_err("a bad actions file");
        found.extend(codes(&err.0));
    }
    let text = fixture("map/side-conflict.toml");
    let err = ColumnMap::from_toml(Source::new("map.toml", &text), &q).expect_err("a bad map file");
    found.extend(codes(&err.0));
    let mut many = "partner,ca-open-dialogue\n".to_owned();
    for _ in 0..60 {
        many.push_str("Acme,9\n");
    }
    let sheets = [
        "duplicate-column",
        "duplicate-name",
        "no-question-column",
        "no-partner",
        "bad-cell",
    ]
    .map(|name| (name.to_owned(), fixture(&format!("import/{name}.csv"))));
    for (name, text) in sheets.into_iter().chain([("many".to_owned(), many)]) {
        let export = Export {
            name,
            grid: table::parse_csv(&text).unwrap(),
            warnings: Vec::new(),
        };
        let err = plan(&[export], &q, &ColumnMap::default(), &Defaults::default())
            .expect_err("a bad spreadsheet");
        found.extend(codes(&err.0));
    }
    let mini =
        Questionnaire::from_toml(Source::new("mini.toml", &fixture("validate/mini.toml"))).unwrap();
    let text = "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n";
    let src = Source::new("a.toml", text);
    let err = RawAnswers::parse(src)
        .unwrap()
        .check(&mini, src)
        .expect_err("answers for another questionnaire");
    found.extend(codes(&err.0));
    found
}

#[test]
fn every_code_is_produced_by_a_fixture_and_listed_in_the_docs() {
    let listed: BTreeSet<String> = CODES.iter().map(|(c, _)| (*c).to_owned()).collect();
    let mut produced = validate_codes();
    produced.extend(library_codes());
    let unproduced: Vec<&String> = listed.difference(&produced).collect();
    assert!(unproduced.is_empty(), "no fixture gives {unproduced:?}");
    let unlisted: Vec<&String> = produced.difference(&listed).collect();
    assert!(
        unlisted.is_empty(),
        "codes missing from CODES: {unlisted:?}"
    );
    let docs = std::fs::read_to_string(repo("docs/diagnostics.md")).unwrap();
    for (code, _) in CODES {
        assert!(
            docs.contains(&format!("### `{code}`")),
            "docs/diagnostics.md has no section for `{code}`"
        );
    }
}

#[test]
fn json_gives_code_file_line_and_column() {
    let t = fixtures();
    let v = json(&t, &["diagnostics/validate"], 2);
    let d = |name: &str, code: &str| at(find(&v, &format!("diagnostics/validate/{name}"), code));
    assert_eq!(d("toml-syntax.toml", "toml-syntax"), (Some(3), Some(11)));
    assert_eq!(d("json-syntax.json", "json-syntax"), (Some(1), Some(52)));
    // Unknown and duplicate keys: where the key starts.
    assert_eq!(d("unknown-key.toml", "unknown-key"), (Some(4), Some(1)));
    assert_eq!(
        d("duplicate-key.json", "duplicate-key"),
        (Some(1), Some(112))
    );
    // A bad value: where the value starts.
    assert_eq!(
        d("value-out-of-scale.toml", "value-out-of-scale"),
        (Some(5), Some(20))
    );
    assert_eq!(
        d("unknown-questionnaire.toml", "unknown-questionnaire"),
        (Some(1), Some(17))
    );
    // Missing answers are at no place.
    assert_eq!(d("version-mismatch.toml", "missing-answer"), (None, None));
    // A file that cannot be read has no line.
    assert_eq!(d("unreadable.toml", "unreadable"), (None, None));
    // An unreachable tier points at its `[[rubric.tier]]` header, and at
    // the tier that shadows it.
    let tier = find(
        &v,
        "diagnostics/validate/unreachable-tier.toml",
        "unreachable-tier",
    );
    assert_eq!(at(tier), (Some(27), Some(1)));
    assert_eq!(tier["severity"], "warning");
    assert_eq!(tier["labels"][0]["line"], 22);
    // A duplicate id points at its first definition too.
    let dup = find(&v, "diagnostics/validate/duplicate-id.toml", "duplicate-id");
    assert_eq!(at(dup), (Some(15), Some(6)));
    assert_eq!(dup["message"], "question id `a1` is used twice");
    assert_eq!(
        dup["labels"],
        serde_json::json!([{
            "file": "diagnostics/validate/duplicate-id.toml",
            "line": 12,
            "column": 6,
            "message": "first defined here"
        }])
    );
    assert!(dup["help"].is_null());
    let errors = diagnostics(&v).iter().filter(|d| d["severity"] == "error");
    assert_eq!(v["errors"].as_u64().unwrap() as usize, errors.count());
    let warnings = diagnostics(&v)
        .iter()
        .filter(|d| d["severity"] == "warning");
    assert_eq!(v["warnings"].as_u64().unwrap() as usize, warnings.count());
    assert_eq!(v["schema_version"], 1);
}

#[test]
fn columns_count_characters() {
    let t = Test::new().write(
        "é.toml",
        "questionnaire = \"partnership-health\"\npartner = \"Café\"\n[answers]\n\"ça-va\" = 3 # é\n\"ca-open-dialogue\" = \"ünsure\"\n",
    );
    let v = json(&t, &["é.toml"], 2);
    assert_eq!(at(find(&v, "é.toml", "unknown-key")), (Some(4), Some(1)));
    assert_eq!(
        at(find(&v, "é.toml", "value-out-of-scale")),
        (Some(5), Some(22))
    );
}

#[test]
fn a_spreadsheet_problem_has_its_row_and_column_index() {
    let q = Questionnaire::embedded(DEFAULT_ID).unwrap();
    let export = Export {
        name: "bad-cell.csv".to_owned(),
        grid: table::parse_csv(&fixture("import/bad-cell.csv")).unwrap(),
        warnings: Vec::new(),
    };
    let err = plan(&[export], &q, &ColumnMap::default(), &Defaults::default()).unwrap_err();
    let d = &err.0[0];
    assert_eq!(d.code, "bad-cell");
    assert_eq!(d.file, "bad-cell.csv");
    assert_eq!((d.line(), d.column()), (Some(2), Some(3)));
    assert!(
        d.text().starts_with(
            "bad-cell.csv row 2, column \"ca-transparency\" (C): `9` is off the scale"
        ),
        "{}",
        d.text()
    );
}

#[test]
fn json_validates_against_the_shipped_schema() {
    let t = fixtures();
    let out = t.run_args(&["schema", "diagnostics"]).code(0);
    let shipped = std::fs::read_to_string(repo("schemas/diagnostics.schema.json")).unwrap();
    assert_eq!(out.stdout, shipped);
    let schema: Value = serde_json::from_str(&shipped).unwrap();
    for args in [
        &["diagnostics/validate"][..],
        &["diagnostics/validate/mini.toml"],
    ] {
        let v = json(
            &t,
            args,
            if args[0] == "diagnostics/validate" {
                2
            } else {
                0
            },
        );
        let errors = jsonschema::validate(&schema, &v);
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The schema's list of codes is the table's.
    let listed: Vec<&str> = schema["$defs"]["diagnostic"]["properties"]["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let codes: Vec<&str> = CODES.iter().map(|(c, _)| *c).collect();
    assert_eq!(listed, codes);
}

#[test]
fn warnings_alone_exit_0_and_errors_exit_2_in_every_format() {
    let t = fixtures();
    let v = json(&t, &["diagnostics/validate/unreachable-tier.toml"], 0);
    assert_eq!(
        (v["errors"].as_u64(), v["warnings"].as_u64()),
        (Some(0), Some(1))
    );
    let good = json(&t, &["diagnostics/validate/mini.toml"], 0);
    assert_eq!(good["diagnostics"], serde_json::json!([]));
    for format in ["json", "github"] {
        let out = t
            .run_args(&[
                "validate",
                "diagnostics/validate/bad-id.toml",
                "--format",
                format,
            ])
            .code(2);
        assert_eq!(out.stderr, "", "--format {format}");
        assert!(!out.stdout.is_empty());
    }
}

#[test]
fn github_annotates_each_line() {
    let t = fixtures();
    let out = t
        .run_args(&["validate", "diagnostics/validate", "--format", "github"])
        .code(2);
    assert_eq!(out.stderr, "");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(
        lines.contains(
            &"::error file=diagnostics/validate/duplicate-id.toml,line=15,col=6,title=duplicate-id::question id `a1` is used twice"
        ),
        "{}",
        out.stdout
    );
    assert!(lines.contains(
        &"::warning file=diagnostics/validate/unreachable-tier.toml,line=27,col=1,title=unreachable-tier::tier `better` can never match: tier `good` above it always matches first"
    ));
    // No line or column: the properties are left out.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("::warning file=diagnostics/validate/version-mismatch.toml,title=missing-answer::23 of 23 questions not answered: "))
    );
    let v = json(&t, &["diagnostics/validate"], 2);
    assert_eq!(
        lines.len(),
        diagnostics(&v).len(),
        "one line per diagnostic"
    );
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning "))
    );
}

#[test]
fn github_escapes_properties_and_messages() {
    let t = Test::new().write(
        "a,b:c.toml",
        "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n[answers]\n\"50%\\nx\" = 3\n",
    );
    let out = t
        .run_args(&["validate", "a,b:c.toml", "--format", "github"])
        .code(2);
    assert_eq!(out.stderr, "");
    assert_eq!(out.stdout.lines().count(), 1, "{}", out.stdout);
    assert!(
        out.stdout
            .starts_with("::error file=a%2Cb%3Ac.toml,line=4,col=1,title=unknown-key::`50%25%0Ax` is not a question of `partnership-health`"),
        "{}",
        out.stdout
    );
}

#[test]
fn text_output_is_the_same_problems_with_their_positions() {
    let t = fixtures();
    let out = t.run_args(&["validate", "diagnostics/validate"]).code(2);
    assert_eq!(out.stdout, "", "no ok lines when a file is bad");
    let v = json(&t, &["diagnostics/validate"], 2);
    for d in diagnostics(&v) {
        // Warnings keep their one line without a position.
        let placed = d["severity"] == "error";
        let head = match (d["line"].as_u64(), d["column"].as_u64()) {
            (Some(line), Some(column)) if placed => {
                format!("{}:{line}:{column}:", d["file"].as_str().unwrap())
            }
            _ => format!("{}:", d["file"].as_str().unwrap()),
        };
        let prefix = if d["severity"] == "error" {
            "error: "
        } else {
            "warning: "
        };
        let shown = out
            .stderr
            .lines()
            .any(|l| l.starts_with(&format!("{prefix}{head}")));
        assert!(shown, "{prefix}{head} not in\n{}", out.stderr);
    }
    // The caret is drawn once, under the place; labels are underlined.
    assert!(out.stderr.contains(
        "error: diagnostics/validate/duplicate-id.toml:15:6: question id `a1` is used twice\n   |\n15 | id = \"a1\"\n   |      ^^^^\n   |\n12 | id = \"a1\"\n   |      ---- first defined here\n"
    ), "{}", out.stderr);
    // Warnings as they always were: one line each.
    assert!(out.stderr.contains(
        "warning: diagnostics/validate/unreachable-tier.toml: tier `better` can never match: tier `good` above it always matches first\n"
    ));
}

#[test]
fn an_unreachable_tier_of_a_rubric_file_points_into_the_rubric() {
    let rubric = "[rubric]\n[[rubric.band]]\nid = \"all\"\nlabel = \"All\"\nmin = 1\n\n[[rubric.tier]]\nid = \"good\"\nlabel = \"Good\"\nwhen = [\"overall >= 2\"]\n\n  [[rubric.tier]]\nid = \"better\"\nlabel = \"Better\"\nwhen = [\"overall >= 3\"]\n\n[[rubric.tier]]\nid = \"any\"\nlabel = \"Any\"\nwhen = []\n";
    let t = Test::new().write("r.toml", rubric);
    let v = json(&t, &["--rubric", "r.toml"], 0);
    let d = find(&v, "r.toml", "unreachable-tier");
    assert_eq!(at(d), (Some(12), Some(3)));
    // The text names the instrument, as it always did.
    let out = t.run_args(&["validate", "--rubric", "r.toml"]).code(0);
    assert!(
        out.stderr
            .starts_with("warning: partnership-health: tier `better` can never match"),
        "{}",
        out.stderr
    );
}

/// A bad project file is read before `validate` runs: with `--format json`
/// or `github` its problem still comes on stdout in that format, with
/// stderr empty and exit 2.
#[test]
fn a_bad_project_file_is_reported_in_the_format_asked_for() {
    let t = Test::new().write("partnercheck.toml", "organisation = \"Acme\"\n");
    let v = json(&t, &[], 2);
    let d = &diagnostics(&v)[0];
    assert!(
        d["file"].as_str().unwrap().ends_with("partnercheck.toml"),
        "{d}"
    );
    assert_eq!(d["code"], "unknown-key");
    assert_eq!(at(d), (Some(1), Some(1)));
    assert_eq!(v["errors"], 1);
    let out = t.run_args(&["validate", "--format", "github"]).code(2);
    assert_eq!(out.stderr, "");
    assert!(out.stdout.starts_with("::error file="), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("partnercheck.toml,line=1,col=1,title=unknown-key::"),
        "{}",
        out.stdout
    );
}
