//! Regression tests for the "Hardening" issue: messages, limits and
//! warnings that used to go wrong on unusual input. (The terminal ones are
//! in `tests/hardening_pty.rs`.)

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::Test;
use partnercheck::diag::Source;
use partnercheck::model::answers::RawAnswers;
use partnercheck::model::questionnaire::Questionnaire;

const PULSE_ANSWERS: &str = "\
questionnaire = \"partnership-pulse\"
partner = \"Acme\"
side = \"us\"
date = 2026-11-20

[answers]
ca-open-dialogue = 4
ca-transparency = 4
mg-both-benefit = 4
mg-price-switch = 2
re-long-term = 4
re-give-take = 4
le-two-way-knowledge = 4
le-failures-improve = 2
";

fn pulse_json(answers: &str, notes: &str) -> String {
    format!(
        "{{\n  \"questionnaire\": \"partnership-pulse\",\n  \"partner\": \"Acme\",\n  \
         \"answers\": {{{answers}}},\n  \"notes\": {{{notes}}}\n}}\n"
    )
}

#[test]
fn plain_asks_again_after_a_line_that_is_not_utf8() {
    let t = Test::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(t.dir())
        .args([
            "interview",
            "--plain",
            "-q",
            "partnership-pulse",
            "--partner",
            "Acme",
            "--respondent",
            "Jo",
            "--side",
            "us",
            "--output",
            "acme.toml",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input: Vec<u8> = b"\xff\xfe caf\xe9\n".to_vec();
    input.extend_from_slice(b"4\n4\n\n4\n2\n\n4\n4\n\n4\n2\n\n");
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    let file = t.read("acme.toml");
    assert!(file.contains("ca-open-dialogue = 4\n"), "{file}");
    assert!(file.contains("complete = true"), "{file}");
}

#[test]
fn a_partner_name_of_megabytes_is_cut_in_the_compare_table() {
    let name = "ab ".repeat(4 * 1024 * 1024 / 3);
    let text = PULSE_ANSWERS.replace("partner = \"Acme\"", &format!("partner = \"{name}\""));
    let t = Test::new().write("big.toml", &text);
    let out = t.run_args(&["compare", "big.toml"]).code(0);
    assert!(out.stdout.len() < 20_000, "{} bytes", out.stdout.len());
    assert!(out.stdout.contains("ab ab"), "{}", &out.stdout[..500]);
    assert!(out.stdout.contains('…'), "{}", &out.stdout[..500]);
}

#[test]
fn a_parse_error_on_a_huge_line_quotes_only_around_the_column() {
    let line = format!("partner = \"{}\" x\n", "z".repeat(1_000_000));
    let t = Test::new().write(
        "bad.toml",
        &format!("questionnaire = \"partnership-pulse\"\n{line}"),
    );
    let out = t
        .run_args(&["score", "bad.toml"])
        .fails_with(&["bad.toml:2:"]);
    assert!(
        out.stderr.len() < 2_000,
        "{} bytes on stderr",
        out.stderr.len()
    );
}

#[test]
fn duplicate_keys_in_json_answers_and_notes_are_errors_with_their_place() {
    let dup_answer = pulse_json("\"ca-open-dialogue\": 4, \"ca-open-dialogue\": 2", "");
    let t = Test::new().write("dup.json", &dup_answer);
    t.run_args(&["score", "dup.json"])
        .fails_with(&["dup.json:4:", "`ca-open-dialogue` is given twice"]);
    let dup_note = pulse_json(
        "\"ca-open-dialogue\": 4",
        "\"learning\": \"a\",\n \"learning\": \"b\"",
    );
    let t = Test::new().write("dup.json", &dup_note);
    t.run_args(&["validate", "dup.json"])
        .fails_with(&["dup.json:6:", "`learning` is given twice"]);
    // Through the library too: the parse itself refuses.
    let src = Source::new("dup.json", &dup_answer);
    let err = RawAnswers::parse(src).unwrap_err().to_string();
    assert!(err.contains("dup.json:4:"), "{err}");
}

#[test]
fn a_wrong_side_or_an_unquoted_date_is_said_plainly() {
    let t = Test::new().write(
        "side.toml",
        &PULSE_ANSWERS.replace("side = \"us\"", "side = \"Us\""),
    );
    let out = t
        .run_args(&["score", "side.toml"])
        .fails_with(&["side.toml:3:", "side must be \"us\" or \"them\""]);
    assert!(!out.stderr.contains("variant"), "{}", out.stderr);
    let t = Test::new().write(
        "date.toml",
        &PULSE_ANSWERS.replace("2026-11-20", "20/11/2026"),
    );
    let out = t
        .run_args(&["score", "date.toml"])
        .fails_with(&["date.toml:4:", "date = 2026-11-20"]);
    assert!(!out.stderr.contains("must be quoted"), "{}", out.stderr);
}

#[test]
fn a_misspelled_question_id_gets_a_suggestion() {
    let t = Test::new().write(
        "typo.toml",
        &PULSE_ANSWERS.replace("ca-transparency = 4", "ca-transparancy = 4"),
    );
    t.run_args(&["score", "typo.toml"])
        .fails_with(&["typo.toml:8:", "did you mean `ca-transparency`?"]);
}

#[test]
fn a_portfolio_warns_of_mixed_dates_and_near_duplicate_names() {
    let undated = PULSE_ANSWERS.replace("date = 2026-11-20\n", "");
    let typo = PULSE_ANSWERS.replace("\"Acme\"", "\"Acme Logistic\"");
    let right = PULSE_ANSWERS.replace("\"Acme\"", "\"Acme Logistics\"");
    let t = Test::new()
        .write("p/acme-new.toml", PULSE_ANSWERS)
        .write("p/acme-old.toml", &undated)
        .write("p/typo.toml", &typo)
        .write("p/right.toml", &right);
    let out = t.run_args(&["compare", "p"]).code(0);
    assert!(
        out.stderr.contains("`Acme` has dated and undated files"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("`Acme Logistic` and `Acme Logistics`"),
        "{}",
        out.stderr
    );
    // Without the mix and the typo: no warning.
    let t = Test::new()
        .write("p/acme-new.toml", PULSE_ANSWERS)
        .write("p/right.toml", &right);
    let out = t.run_args(&["compare", "p"]).code(0);
    assert_eq!(out.stderr, "", "no warnings");
}

#[test]
fn counts_of_one_are_singular() {
    let t = Test::new().write("a.toml", PULSE_ANSWERS);
    let out = t.run_args(&["compare", "a.toml"]).code(0);
    assert!(
        out.stdout.starts_with("1 partner, scored"),
        "{}",
        out.stdout
    );
    let out = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(t.dir())
        .args([
            "interview",
            "--plain",
            "-q",
            "partnership-pulse",
            "--partner",
            "A",
            "--side",
            "us",
            "-o",
            "x.toml",
        ])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("8 statements in 4 parts"), "{stderr}");
    let q = Questionnaire::embedded("partnership-pulse").unwrap();
    assert!(q.questions.len() > 1);
    assert_eq!(partnercheck::present::count(1, "dimension"), "1 dimension");
    assert_eq!(partnercheck::present::count(0, "dimension"), "0 dimensions");
}

#[test]
fn one_saved_answer_is_said_in_the_singular() {
    let t = Test::new().stdin("4\n");
    let out = t.run_args(&[
        "interview",
        "--plain",
        "-q",
        "partnership-pulse",
        "--partner",
        "A",
        "--side",
        "us",
        "--respondent",
        "Jo",
        "-o",
        "x.toml",
    ]);
    assert_eq!(out.code, 130, "{}", out.stderr);
    assert!(
        out.stderr.contains("1 of 8 answers is saved"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_change_shown_is_the_difference_of_the_rounded_values_shown() {
    use partnercheck::present::{fmt_change, shown_change};
    let (now, before) = (3.554, 2.7451);
    let exact = now - before;
    assert_eq!(fmt_change(Some(exact), true), "▲ 0.81");
    assert_eq!(format!("{now:.2} {before:.2}"), "3.55 2.75");
    assert_eq!(
        fmt_change(shown_change(Some(now), Some(exact)), true),
        "▲ 0.80"
    );
    assert_eq!(shown_change(None, Some(exact)), Some(exact));
}

#[test]
fn the_verdict_and_the_scale_wrap_on_words_at_the_width() {
    let t = Test::new().write("a.toml", PULSE_ANSWERS);
    let q = Questionnaire::embedded("partnership-pulse").unwrap();
    let src = Source::new("a.toml", PULSE_ANSWERS);
    let sheet = RawAnswers::parse(src).unwrap().check(&q, src).unwrap();
    let result = partnercheck::engine::assess::assess("a.toml", &sheet, &q);
    let unwrapped =
        partnercheck::present::table::score(std::slice::from_ref(&result), &[&q], false, None);
    let scale = partnercheck::present::table::questions(
        &q,
        partnercheck::model::answers::Side::Us,
        false,
        None,
    );
    for width in [80, 100] {
        let wrapped = partnercheck::present::table::score(
            std::slice::from_ref(&result),
            &[&q],
            false,
            Some(width),
        );
        let verdict = wrapped.split("Verdict:").nth(1).expect("a verdict");
        for line in verdict.lines() {
            assert!(line.chars().count() < width, "{width}: {line}");
        }
        // The same words, only the line breaks moved.
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let before = unwrapped.split("Verdict:").nth(1).unwrap();
        assert_eq!(words(verdict), words(before));
        let wrapped_q = partnercheck::present::table::questions(
            &q,
            partnercheck::model::answers::Side::Us,
            false,
            Some(width),
        );
        let line = wrapped_q.lines().find(|l| l.starts_with("Scale:")).unwrap();
        assert!(line.chars().count() < width, "{line}");
    }
    let long = scale.lines().find(|l| l.starts_with("Scale:")).unwrap();
    assert!(
        long.chars().count() >= 80,
        "the scale line needed wrapping: {long}"
    );
    drop(t);
}

#[test]
fn interview_help_keeps_each_example_on_one_line() {
    for columns in ["80", "100"] {
        let t = Test::new();
        let out = t
            .run_with(&["interview", "--help"], &[("COLUMNS", columns)])
            .code(0);
        let examples = out.stdout.split("Examples:").nth(1).expect("examples");
        for line in examples.lines().filter(|l| !l.trim().is_empty()) {
            assert!(line.starts_with("  partnercheck"), "{columns}: {line:?}");
        }
    }
}
