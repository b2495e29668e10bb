//! `partnercheck interview`: end to end in a real pseudo-terminal (rexpect
//! makes its own, so these run in CI without a terminal), and `--plain`
//! through a pipe.

#[cfg(unix)]
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{self, Test};
#[cfg(unix)]
use rexpect::process::WaitStatus;
#[cfg(unix)]
use rexpect::reader::Options;
#[cfg(unix)]
use rexpect::session::{PtySession, spawn_with_options};

#[cfg(unix)]
const DOWN: &str = "\x1b[B";
#[cfg(unix)]
const UP: &str = "\x1b[A";
#[cfg(unix)]
pub(crate) const ENTER: &str = "\r";

/// The pulse: 8 questions, 2 per dimension, so a whole interview is short.
const PULSE: &[&str] = &[
    "interview",
    "--questionnaire",
    "partnership-pulse",
    "--partner",
    "Acme Logistics",
    "--respondent",
    "Jo",
    "--side",
    "us",
    "--output",
    "acme.toml",
];

#[cfg(unix)]
pub(crate) fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_partnercheck"));
    cmd.current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("COLUMNS", "200");
    let options = Options::new()
        .timeout_ms(Some(10_000))
        .strip_ansi_escape_codes(true);
    spawn_with_options(cmd, options).expect("spawn partnercheck in a pty")
}

/// Waits for question `n` of `total`, then chooses `value` with its digit
/// (`_from` was where the cursor started before nothing was preselected).
#[cfg(unix)]
pub(crate) fn answer(p: &mut PtySession, n: usize, total: usize, _from: i64, value: i64) {
    p.exp_string(&format!("[{n}/{total}] Your answer"))
        .unwrap_or_else(|e| panic!("question {n}: {e}"));
    key(p, &value.to_string());
}

/// Skips the note after a dimension.
#[cfg(unix)]
pub(crate) fn no_note(p: &mut PtySession, dimension: &str) {
    p.exp_string(&format!("A note on {dimension}"))
        .unwrap_or_else(|e| panic!("note on {dimension}: {e}"));
    key(p, ENTER);
}

/// Sends keys, flushed so the program sees them now.
#[cfg(unix)]
pub(crate) fn key(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Ctrl-C once the menu reads keys (a moment after it is drawn).
#[cfg(unix)]
pub(crate) fn interrupt(p: &mut PtySession) {
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
}

#[cfg(unix)]
pub(crate) fn exit_code(p: &mut PtySession) -> i32 {
    p.exp_eof().expect("the interview ends");
    match p.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("not exited: {other:?}"),
    }
}

/// rexpect hands back each byte as a char: the text as it was written.
#[cfg(unix)]
fn utf8(bytes_as_chars: &str) -> String {
    let bytes: Vec<u8> = bytes_as_chars.chars().map(|c| c as u8).collect();
    String::from_utf8(bytes).expect("UTF-8 output")
}

/// `partnercheck score FILE` in the test folder: its stdout.
#[cfg(unix)]
fn score(t: &Test, file: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(t.dir())
        .args(["score", file])
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout).unwrap()
}

#[cfg(unix)]
const DIMENSIONS: [&str; 4] = [
    "Cultural alignment",
    "Mutual gains",
    "Reciprocity",
    "Learning",
];

#[cfg(unix)]
#[test]
fn a_whole_interview_in_a_terminal() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE);
    p.exp_string("Partnership pulse").unwrap();
    p.exp_string("8 statements in 4 parts").unwrap();
    p.exp_string("\"Don't know / not applicable\" is always a choice")
        .unwrap();
    p.exp_string("saved after each one").unwrap();
    let values = [4, 5, 3, 1, 2, 4, 5, 3];
    for (i, v) in values.iter().enumerate() {
        if i % 2 == 0 {
            p.exp_string(&format!("Part {} of 4: {}", i / 2 + 1, DIMENSIONS[i / 2]))
                .unwrap();
        }
        answer(&mut p, i + 1, 8, 3, *v);
        if i % 2 == 1 {
            if i == 1 {
                p.exp_string("A note on Cultural alignment").unwrap();
                key(&mut p, "Talk monthly");
                key(&mut p, ENTER);
            } else {
                no_note(&mut p, DIMENSIONS[i / 2]);
            }
        }
    }
    let shown = utf8(&p.exp_string("Saved to acme.toml").unwrap()).replace("\r\n", "\n");
    assert_eq!(exit_code(&mut p), 0);
    // The result shown is what `score` prints for the saved file.
    let scored = score(&t, "acme.toml");
    assert!(scored.contains("Verdict:"), "{scored}");
    assert!(shown.contains(&scored), "shown:\n{shown}\nscore:\n{scored}");

    let file = t.read("acme.toml");
    assert!(file.contains("complete = true"), "{file}");
    assert!(file.contains("respondent = \"Jo\""), "{file}");
    for (id, v) in [
        "ca-open-dialogue",
        "ca-transparency",
        "mg-both-benefit",
        "mg-price-switch",
    ]
    .iter()
    .zip(values)
    {
        assert!(file.contains(&format!("{id} = {v}\n")), "{id}: {file}");
    }
    assert!(
        file.contains("cultural-alignment = \"Talk monthly\""),
        "{file}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_saves_then_resume_goes_on_without_losing_an_answer() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE);
    answer(&mut p, 1, 8, 3, 5);
    answer(&mut p, 2, 8, 3, 1);
    no_note(&mut p, "Cultural alignment");
    answer(&mut p, 3, 8, 3, 2);
    p.exp_string("[4/8] Your answer").unwrap();
    interrupt(&mut p);
    p.exp_string("3 of 8 answers are saved in acme.toml")
        .unwrap();
    p.exp_string("partnercheck interview --resume acme.toml")
        .unwrap();
    assert_eq!(exit_code(&mut p), 130);

    let file = t.read("acme.toml");
    assert!(file.contains("complete = false"), "{file}");
    assert!(file.contains("ca-open-dialogue = 5\n"), "{file}");
    assert!(file.contains("ca-transparency = 1\n"), "{file}");
    assert!(file.contains("mg-both-benefit = 2\n"), "{file}");
    assert!(file.contains("# mg-price-switch =\n"), "{file}");

    let mut p = spawn(t.dir(), &["interview", "--resume", "acme.toml"]);
    p.exp_string("Going on with acme.toml about Acme Logistics: 3 of 8")
        .unwrap();
    // Straight to the first unanswered question, in its dimension.
    p.exp_string("Part 2 of 4: Mutual gains").unwrap();
    answer(&mut p, 4, 8, 3, 4);
    no_note(&mut p, "Mutual gains");
    for n in 5..=8 {
        answer(&mut p, n, 8, 3, 3);
        if n % 2 == 0 {
            no_note(&mut p, DIMENSIONS[n / 2 - 1]);
        }
    }
    p.exp_string("Verdict:").unwrap();
    assert_eq!(exit_code(&mut p), 0);

    let file = t.read("acme.toml");
    assert!(file.contains("complete = true"), "{file}");
    for line in [
        "ca-open-dialogue = 5\n",
        "ca-transparency = 1\n",
        "mg-both-benefit = 2\n",
        "mg-price-switch = 4\n",
        "le-failures-improve = 3\n",
    ] {
        assert!(file.contains(line), "{line}: {file}");
    }
}

#[cfg(unix)]
#[test]
fn back_goes_to_the_previous_question_to_change_its_answer() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE);
    answer(&mut p, 1, 8, 3, 4);
    // On question 2, "Back" is the last choice: up from nowhere is on it.
    p.exp_string("[2/8] Your answer").unwrap();
    key(&mut p, UP);
    key(&mut p, ENTER);
    // Question 1 again, the cursor on its answer (4): one down is 5.
    answer(&mut p, 1, 8, 4, 5);
    answer(&mut p, 2, 8, 3, 2);
    p.exp_string("A note on Cultural alignment").unwrap();
    interrupt(&mut p);
    assert_eq!(exit_code(&mut p), 130);
    let file = t.read("acme.toml");
    assert!(file.contains("ca-open-dialogue = 5\n"), "{file}");
    assert!(file.contains("ca-transparency = 2\n"), "{file}");
}

#[cfg(unix)]
#[test]
fn escape_stops_like_ctrl_c() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE);
    answer(&mut p, 1, 8, 3, 2);
    p.exp_string("[2/8] Your answer").unwrap();
    key(&mut p, "\x1b");
    p.exp_string("1 of 8 answers is saved in acme.toml")
        .unwrap();
    assert_eq!(exit_code(&mut p), 130);
    assert!(t.read("acme.toml").contains("ca-open-dialogue = 2\n"));
}

#[cfg(unix)]
#[test]
fn partner_respondent_and_side_are_asked_when_not_given() {
    let t = Test::new();
    let mut p = spawn(t.dir(), &["interview", "-q", "partnership-pulse"]);
    p.exp_string("Which partner are the answers about?")
        .unwrap();
    key(&mut p, ENTER);
    p.exp_string("The partner's name is needed").unwrap();
    p.exp_string("Which partner are the answers about?")
        .unwrap();
    key(&mut p, "Northwind Supply");
    key(&mut p, ENTER);
    p.exp_string("Your name").unwrap();
    key(&mut p, ENTER);
    // The side is asked in plain words: which organisation, ours or theirs.
    p.exp_string("Which organisation do you work for?").unwrap();
    p.exp_string("Northwind Supply").unwrap();
    key(&mut p, DOWN);
    key(&mut p, ENTER);
    let today = partnercheck::commands::today();
    // No respondent: the name ends with a random suffix.
    let stem = format!("northwind-supply-them-{today}-");
    p.exp_string(&format!("Saving to {stem}")).unwrap();
    answer(&mut p, 1, 8, 3, 3);
    p.exp_string("[2/8] Your answer").unwrap();
    interrupt(&mut p);
    assert_eq!(exit_code(&mut p), 130);
    let name = std::fs::read_dir(t.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with(&stem))
        .expect("a file with a suffix");
    let suffix = &name[stem.len()..name.len() - ".toml".len()];
    assert!(
        suffix.len() == 6
            && suffix
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
        "{name}"
    );
    let file = t.read(&name);
    assert!(file.contains("partner = \"Northwind Supply\""), "{file}");
    assert!(file.contains("side = \"them\""), "{file}");
    assert!(file.contains(&format!("date = {today}")), "{file}");
    assert!(file.contains("# respondent ="), "{file}");
}

#[cfg(unix)]
#[test]
fn an_existing_output_is_kept_unless_the_person_says_yes() {
    let t = Test::new().write("acme.toml", "precious\n");
    let mut p = spawn(t.dir(), PULSE);
    p.exp_string("acme.toml already exists. Replace it?")
        .unwrap();
    key(&mut p, ENTER);
    p.exp_string("already exists and was kept").unwrap();
    assert_eq!(exit_code(&mut p), 2);
    assert_eq!(t.read("acme.toml"), "precious\n");

    let mut p = spawn(t.dir(), PULSE);
    p.exp_string("Replace it?").unwrap();
    key(&mut p, "y");
    answer(&mut p, 1, 8, 3, 3);
    p.exp_string("[2/8] Your answer").unwrap();
    interrupt(&mut p);
    assert_eq!(exit_code(&mut p), 130);
    assert!(t.read("acme.toml").contains("ca-open-dialogue = 3\n"));
}

#[test]
fn without_a_terminal_it_points_to_plain_template_and_score() {
    let t = Test::new();
    let out = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(t.dir())
        .args(PULSE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("error: the interview needs a terminal"),
        "{stderr}"
    );
    for needle in ["--plain", "partnercheck template", "partnercheck score"] {
        assert!(stderr.contains(needle), "{needle}: {stderr}");
    }
    assert!(!t.path("acme.toml").exists(), "nothing is written");
}

// --- --plain, through a pipe ----------------------------------------------

fn plain(output: &str) -> Vec<&str> {
    let mut args = PULSE.to_vec();
    args.push("--plain");
    let i = args.iter().position(|a| *a == "--output").unwrap();
    args[i + 1] = output;
    args
}

#[test]
fn plain_reads_numbered_choices_and_scores_like_score() {
    // Invalid lines (7, "maybe", an empty line with no answer yet) are asked
    // again; `?` shows the help; `b` goes back; `u` is don't know.
    let input = "7\nmaybe\n\n4\n5\nTalk monthly\n?\n2\nb\n3\nu\n\n2\n4\n\n5\n1\n\n";
    let t = Test::new().args(&plain("acme.toml")).stdin(input);
    let out = t.run().code(0);
    assert!(
        out.stderr
            .contains("u = don't know, ? = help, b = back, q = stop"),
        "{}",
        out.stderr
    );
    assert_eq!(
        out.stderr.matches("is not a choice").count(),
        3,
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Value can be revenue"),
        "help: {}",
        out.stderr
    );
    assert!(out.stderr.contains("Saved to acme.toml"), "{}", out.stderr);
    let file = t.read("acme.toml");
    assert!(file.contains("complete = true"), "{file}");
    assert!(
        file.contains("mg-both-benefit = 3\n"),
        "changed after going back: {file}"
    );
    assert!(file.contains("mg-price-switch = \"unsure\"\n"), "{file}");
    assert!(
        file.contains("cultural-alignment = \"Talk monthly\""),
        "{file}"
    );
    // The result shown is exactly what `score` prints for the saved file.
    let t = t.args(&["score", "acme.toml"]);
    let scored = t.run().code(0);
    assert_eq!(out.stdout, scored.stdout);
    assert!(out.stdout.contains("Verdict: "), "{}", out.stdout);
}

#[test]
fn plain_end_of_input_saves_and_exits_130_then_resume_finishes() {
    let t = Test::new().args(&plain("acme.toml")).stdin("4\n5\n\n3\n");
    let out = t.run().code(130);
    assert!(
        out.stderr.contains(
            "Input ended before the last question: 3 of 8 answers are saved in acme.toml"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("partnercheck interview --resume acme.toml"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    let file = t.read("acme.toml");
    assert!(file.contains("complete = false"), "{file}");
    assert!(file.contains("mg-both-benefit = 3\n"), "{file}");

    let t = t
        .args(&["interview", "--plain", "--resume", "acme.toml"])
        .stdin("2\n\n1\n1\n\n5\n5\n\n");
    let out = t.run().code(0);
    assert!(
        out.stderr.contains("3 of 8 questions answered"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("[3/8]"),
        "answered questions are skipped: {}",
        out.stderr
    );
    let file = t.read("acme.toml");
    assert!(file.contains("complete = true"), "{file}");
    for line in [
        "ca-open-dialogue = 4\n",
        "ca-transparency = 5\n",
        "mg-price-switch = 2\n",
        "le-failures-improve = 5\n",
    ] {
        assert!(file.contains(line), "{line}: {file}");
    }
}

#[test]
fn plain_q_stops_and_keeps_the_answers() {
    let t = Test::new().args(&plain("acme.toml")).stdin("4\nq\n");
    let out = t.run().code(130);
    assert!(
        out.stderr.contains("Stopped: 1 of 8 answers is saved"),
        "{}",
        out.stderr
    );
    assert!(t.read("acme.toml").contains("ca-open-dialogue = 4\n"));
}

#[test]
fn plain_asks_partner_respondent_and_side_when_not_given() {
    let t = Test::new()
        .args(&[
            "interview",
            "--plain",
            "-q",
            "partnership-pulse",
            "-o",
            "nw.toml",
        ])
        .stdin("\nNorthwind\n\n3\n1\n");
    let out = t.run().code(130);
    assert!(
        out.stderr.contains("The partner's name is needed"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("`3` is not a choice: type a number from 1 to 2"),
        "{}",
        out.stderr
    );
    let file = t.read("nw.toml");
    assert!(file.contains("partner = \"Northwind\""), "{file}");
    assert!(file.contains("side = \"us\""), "{file}");
}

#[test]
fn plain_never_overwrites_without_force() {
    let t = Test::new()
        .write("acme.toml", "precious\n")
        .args(&plain("acme.toml"))
        .stdin("\n");
    let out = t.run().code(2);
    assert!(out.stderr.contains("Replace it? [y/N]"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("error: acme.toml: already exists and was kept; choose another --output"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    assert_eq!(t.read("acme.toml"), "precious\n");

    let mut args = plain("acme.toml");
    args.push("--force");
    let t = t.args(&args).stdin("4\n");
    t.run().code(130);
    assert!(t.read("acme.toml").contains("ca-open-dialogue = 4\n"));
}

#[test]
fn resume_refuses_bad_files() {
    let t = Test::new()
        .copy("samples/brightlab.json")
        .write("other.toml", "questionnaire = \"nope\"\npartner = \"X\"\n")
        .write("bad.toml", "questionnaire = \"partnership-pulse\"\npartner = \"X\"\n[answers]\nca-open-dialogue = 9\n");
    t.run_args(&["interview", "--plain", "--resume", "other.toml"])
        .fails_with(&["other.toml", "`nope` is not embedded"]);
    t.run_args(&["interview", "--plain", "--resume", "bad.toml"])
        .fails_with(&["bad.toml", "ca-open-dialogue", "9"]);
    t.run_args(&["interview", "--plain", "--resume", "missing.toml"])
        .fails_with(&["missing.toml", "no such file"]);
    t.run_args(&["interview", "--plain", "--resume", "samples/brightlab.json"])
        .fails_with(&["brightlab.json", "TOML"]);
    t.run_args(&["interview", "--plain", "--partner", " ", "-o", "x.toml"])
        .fails_with(&["--partner is empty"]);
    t.run_args(&["interview", "--plain", "-q", "nope", "--partner", "X"])
        .fails_with(&["nope", "no embedded questionnaire"]);
}

#[cfg(unix)]
#[test]
fn ctrl_c_restores_the_cursor() {
    let t = Test::new();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_partnercheck"));
    cmd.current_dir(t.dir())
        .args(PULSE)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let options = Options::new().timeout_ms(Some(10_000));
    let mut p = spawn_with_options(cmd, options).unwrap();
    p.exp_string("[1/8] Your answer").unwrap();
    interrupt(&mut p);
    let rest = p.exp_eof().unwrap();
    let shown = rest.rfind("\x1b[?25h").expect("cursor shown again");
    assert!(
        rest.rfind("\x1b[?25l").is_none_or(|hidden| hidden < shown),
        "{rest:?}"
    );
    assert!(rest.contains("0 of 8 answers are saved"), "{rest:?}");
}

#[cfg(unix)]
#[test]
fn plain_in_a_terminal_stops_on_ctrl_c_with_the_answers_saved() {
    let t = Test::new();
    let mut args = PULSE.to_vec();
    args.push("--plain");
    let mut p = spawn(t.dir(), &args);
    p.exp_string("[1/8]").unwrap();
    p.exp_string("Your answer: ").unwrap();
    p.send_line("4").unwrap();
    p.exp_string("[2/8]").unwrap();
    p.exp_string("Your answer: ").unwrap();
    interrupt(&mut p);
    p.exp_string("Interrupted: 1 of 8 answers is saved in acme.toml")
        .unwrap();
    assert_eq!(exit_code(&mut p), 130);
    let file = t.read("acme.toml");
    assert!(file.contains("ca-open-dialogue = 4\n"), "{file}");
    assert!(file.contains("complete = false"), "{file}");
}

#[test]
fn plain_resume_of_a_finished_file_just_shows_its_score() {
    let t = Test::new().copy("samples/acme-logistics.toml").args(&[
        "interview",
        "--plain",
        "--resume",
        "samples/acme-logistics.toml",
    ]);
    let out = t.run().code(0);
    assert!(
        out.stderr.contains("23 of 23 questions answered"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Every question is answered already."),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("[1/23]"), "{}", out.stderr);
    let t = t.args(&["score", "samples/acme-logistics.toml"]);
    assert_eq!(out.stdout, t.run().code(0).stdout);
}

#[test]
fn plain_resume_fills_in_a_template() {
    let t = Test::new().args(&[
        "template",
        "-q",
        "partnership-pulse",
        "--partner",
        "Brightlab",
        "-o",
        "b.toml",
    ]);
    t.run().code(0);
    let filled = t
        .read("b.toml")
        .replace("# ca-transparency =", "ca-transparency = 2");
    let t = t
        .write("b.toml", &filled)
        .args(&[
            "interview",
            "--plain",
            "--resume",
            "b.toml",
            "--side",
            "them",
        ])
        // Question 2 is answered: Enter keeps its answer.
        .stdin("5\n\n\n4\n4\n\n3\n3\n\n2\n2\n\n");
    t.run().code(0);
    let file = t.read("b.toml");
    assert!(file.contains("ca-open-dialogue = 5\n"), "{file}");
    assert!(file.contains("ca-transparency = 2\n"), "{file}");
    assert!(file.contains("side = \"them\""), "{file}");
    let today = partnercheck::commands::today();
    assert!(file.contains(&format!("date = {today}\n")), "{file}");
}

#[test]
fn plain_output_must_be_a_writable_file() {
    let t = Test::new()
        .write("answers/keep.txt", "")
        .args(&plain("answers"))
        .stdin("4\n");
    let out = t.run().code(2);
    assert!(
        out.stderr.contains("error: answers: is a folder"),
        "{}",
        out.stderr
    );
    let t = t.args(&plain("missing/acme.toml"));
    let out = t.run().code(2);
    assert!(
        out.stderr
            .contains("error: missing/acme.toml: cannot write"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("[1/8]"),
        "stops before the questions: {}",
        out.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_sigint_between_keys_stops_at_the_next_prompt() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE);
    p.exp_string("[1/8] Your answer").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    // A signal from outside (not a key): the menu is still reading keys.
    p.process_mut()
        .signal(rexpect::process::Signal::SIGINT)
        .unwrap();
    key(&mut p, ENTER);
    // Whether the signal interrupts the key read at once (0 answers) or is
    // seen at the next prompt (1 answer) depends on where the process was
    // when it arrived: either way the interview stops and keeps the file.
    let (_, saved) = p.exp_regex(r"Interrupted: [01] of 8").unwrap();
    assert_eq!(exit_code(&mut p), 130);
    let file = t.read("acme.toml");
    assert!(file.contains("complete = false"));
    assert_eq!(
        saved.ends_with("1 of 8"),
        file.contains("ca-open-dialogue = 3\n"),
        "the message counts the answers in the file: {saved}\n{file}"
    );
}

#[test]
fn plain_with_a_questionnaire_file_says_to_name_it_again_on_resume() {
    let custom = std::fs::read_to_string(common::repo("questionnaires/partnership-pulse.toml"))
        .unwrap()
        .replace("id = \"partnership-pulse\"", "id = \"our-check\"");
    let t = Test::new()
        .write("our check.toml", &custom)
        .args(&[
            "interview",
            "--plain",
            "-q",
            "our check.toml",
            "--partner",
            "Acme",
            "--respondent",
            "Jo",
            "--side",
            "us",
            "-o",
            "acme.toml",
        ])
        .stdin("4\n");
    let out = t.run().code(130);
    assert!(
        out.stderr.contains(
            "Go on later with: partnercheck interview --resume acme.toml --questionnaire 'our check.toml'"
        ),
        "{}",
        out.stderr
    );
    assert!(
        t.read("acme.toml")
            .contains("questionnaire = \"our-check\"")
    );
    t.run_args(&["interview", "--plain", "--resume", "acme.toml"])
        .fails_with(&[
            "acme.toml",
            "`our-check` is not embedded",
            "--questionnaire",
        ]);
    t.run_args(&[
        "interview",
        "--plain",
        "--resume",
        "acme.toml",
        "-q",
        "partnership-pulse",
    ])
    .fails_with(&["acme.toml", "`our-check`", "`partnership-pulse` was loaded"]);
    let t = t
        .args(&[
            "interview",
            "--plain",
            "--resume",
            "acme.toml",
            "-q",
            "our check.toml",
        ])
        .stdin("5\n\n3\n3\n\n3\n3\n\n3\n3\n\n");
    t.run().code(0);
    let file = t.read("acme.toml");
    assert!(file.contains("ca-open-dialogue = 4\n"), "{file}");
    assert!(file.contains("ca-transparency = 5\n"), "{file}");
    assert!(file.contains("complete = true"), "{file}");
}

/// The file a new interview chooses is named by partner, side, respondent
/// and date, and carries `--date` and `--round` (or the project's round).
#[test]
fn plain_names_the_file_by_partner_side_respondent_and_date() {
    let input = "4\n4\n\n4\n4\n\n4\n4\n\n4\n4\n\n";
    let t = Test::new()
        .write("partnercheck.toml", "round = 2026-11-01\n")
        .args(&[
            "interview",
            "--questionnaire",
            "partnership-pulse",
            "--partner",
            "Acme Logistics",
            "--respondent",
            "Jo Smith",
            "--side",
            "them",
            "--date",
            "2026-11-20",
            "--plain",
        ])
        .stdin(input);
    let out = t.run().code(0);
    let name = "acme-logistics-them-jo-smith-2026-11-20.toml";
    assert!(
        out.stderr.contains(&format!("Saved to {name}")),
        "{}",
        out.stderr
    );
    let file = t.read(name);
    assert!(file.contains("date = 2026-11-20\n"), "{file}");
    assert!(
        file.contains("round = 2026-11-01\n"),
        "the project's round: {file}"
    );
    // A flag beats the project file.
    let t = t.args(&[
        "interview",
        "-q",
        "partnership-pulse",
        "--partner",
        "Acme Logistics",
        "--side",
        "us",
        "--respondent",
        "Ann",
        "--round",
        "2026-12-01",
        "--plain",
    ]);
    t.run().code(0);
    let today = partnercheck::commands::today();
    let file = t.read(&format!("acme-logistics-us-ann-{today}.toml"));
    assert!(file.contains("round = 2026-12-01\n"), "{file}");
}
