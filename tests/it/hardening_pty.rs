//! The interview in a real pseudo-terminal on unusual terminals: tiny, or
//! resized while it runs; and the menu's keys; the report and the agenda
//! printed to a terminal. (rexpect makes its own pty.)

use std::path::Path;
use std::process::Command;

use crate::common::Test;
use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

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

/// `partnercheck ARGS` in a pty, run by a shell that first sets the
/// terminal's size with `stty` when `size` is given.
fn spawn(dir: &Path, args: &[&str], size: Option<(u16, u16)>, strip: bool) -> PtySession {
    let bin = env!("CARGO_BIN_EXE_partnercheck");
    let mut cmd = match size {
        Some((rows, cols)) => {
            let mut cmd = Command::new("sh");
            cmd.arg("-c")
                .arg(format!(
                    "stty rows {rows} cols {cols} && exec \"$0\" \"$@\""
                ))
                .arg(bin);
            cmd
        }
        None => Command::new(bin),
    };
    cmd.current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("RUST_BACKTRACE", "0");
    let options = Options::new()
        .timeout_ms(Some(10_000))
        .strip_ansi_escape_codes(strip);
    spawn_with_options(cmd, options).expect("spawn partnercheck in a pty")
}

fn key(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

fn exit_code(p: &mut PtySession) -> (i32, String) {
    let rest = p.exp_eof().expect("the interview ends");
    match p.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => (code, rest),
        other => panic!("not exited: {other:?}"),
    }
}

/// Answers the rest of the pulse line by line, from question `from`, each
/// with 4, skipping the notes.
fn answer_lines(p: &mut PtySession, from: usize) {
    for n in from..=8 {
        p.exp_string(&format!("[{n}/8]"))
            .unwrap_or_else(|e| panic!("question {n}: {e}"));
        // The choices listed as lines (the menu shows `1  Strongly ...`).
        p.exp_string("1) Strongly disagree").unwrap();
        p.exp_string("Your answer").unwrap();
        key(p, "4\n");
        if n % 2 == 0 {
            p.exp_string("A note on").unwrap();
            key(p, "\n");
        }
    }
}

fn assert_finished(t: &Test, p: &mut PtySession) {
    let (code, rest) = exit_code(p);
    assert!(!rest.contains("panicked"), "{rest}");
    assert_eq!(code, 0, "{rest}");
    let file = t.read("acme.toml");
    assert!(file.contains("complete = true"), "{file}");
    assert!(file.contains("le-failures-improve = 4\n"), "{file}");
}

#[test]
fn a_one_by_one_terminal_asks_line_by_line() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE, Some((1, 1)), true);
    answer_lines(&mut p, 1);
    assert_finished(&t, &mut p);
}

#[test]
fn a_terminal_of_five_rows_asks_line_by_line() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE, Some((5, 20)), true);
    answer_lines(&mut p, 1);
    assert_finished(&t, &mut p);
}

#[test]
fn a_resize_to_two_rows_during_the_menu_goes_on_line_by_line() {
    let t = Test::new();
    // A shell beside the interview, in its terminal, shrinks it on cue.
    let bin = env!("CARGO_BIN_EXE_partnercheck");
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(
            "stty rows 24 cols 80; \
             (while [ ! -e resize ]; do sleep 0.05; done; \
              stty rows 2 cols 20 < /dev/tty; touch resized) & \
             exec \"$0\" \"$@\"",
        )
        .arg(bin)
        .args(PULSE)
        .current_dir(t.dir())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let options = Options::new()
        .timeout_ms(Some(10_000))
        .strip_ansi_escape_codes(true);
    let mut p = spawn_with_options(cmd, options).unwrap();
    p.exp_string("[1/8] Your answer").unwrap();
    key(&mut p, "3");
    p.exp_string("[2/8] Your answer").unwrap();
    // The menu is waiting for a key: shrink its terminal, then press one.
    std::fs::write(t.path("resize"), "").unwrap();
    while !t.path("resized").exists() {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    key(&mut p, "\x1b[B");
    // Question 2 again, as a line to type.
    p.exp_string("[2/8]").unwrap();
    p.exp_string("1) Strongly disagree").unwrap();
    p.exp_string("Your answer").unwrap();
    key(&mut p, "4\n");
    p.exp_string("A note on").unwrap();
    key(&mut p, "\n");
    answer_lines(&mut p, 3);
    assert_finished(&t, &mut p);
    let file = t.read("acme.toml");
    assert!(file.contains("ca-open-dialogue = 3\n"), "{file}");
    assert!(file.contains("ca-transparency = 4\n"), "{file}");
}

#[test]
fn enter_alone_chooses_nothing_and_question_mark_opens_the_help() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE, None, true);
    p.exp_string("[1/8] Your answer").unwrap();
    key(&mut p, "\r\r\r");
    key(&mut p, "?");
    // The help, then the same question again: nothing was answered.
    p.exp_string("Ongoing dialogue keeps both sides").unwrap();
    p.exp_string("[1/8] Your answer").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    let (code, rest) = exit_code(&mut p);
    assert_eq!(code, 130, "{rest}");
    assert!(rest.contains("0 of 8 answers are saved"), "{rest}");
    assert!(t.read("acme.toml").contains("# ca-open-dialogue =\n"));
}

#[test]
fn ctrl_c_clears_the_menu_before_the_message() {
    let t = Test::new();
    let mut p = spawn(t.dir(), PULSE, None, false);
    p.exp_string("Strongly agree").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    key(&mut p, "\x1b[A");
    p.exp_string("Strongly agree").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    let (code, rest) = exit_code(&mut p);
    assert_eq!(code, 130, "{rest:?}");
    // After the last line cleared, no choice of the menu is written again.
    let cleared = rest.rfind("\x1b[2K").expect("the menu is cleared");
    let after = &rest[cleared..];
    assert!(after.contains("Interrupted"), "{after:?}");
    assert!(
        !after.contains("Agree") && !after.contains('❯'),
        "{after:?}"
    );
}

#[test]
fn report_to_a_terminal_asks_for_an_output_file() {
    let t = Test::new().copy("samples/acme-logistics.toml");
    let mut p = spawn(
        t.dir(),
        &["report", "samples/acme-logistics.toml"],
        None,
        true,
    );
    let (code, rest) = exit_code(&mut p);
    assert_eq!(code, 2, "{rest}");
    assert!(rest.contains("--output FILE"), "{rest}");
    assert!(!rest.contains("<html"), "{rest}");
}

#[test]
fn a_sigint_from_outside_during_the_menu_clears_it_and_restores_the_terminal() {
    let t = Test::new();
    let bin = env!("CARGO_BIN_EXE_partnercheck");
    let mut cmd = Command::new("sh");
    // The interview in the background of the same terminal, so that the
    // shell can signal it once it waits for keys, then report the
    // terminal's modes after it stopped.
    cmd.arg("-c")
        .arg(
            "echo \"MODES-BEFORE=$(stty -g)\"; \"$0\" \"$@\" < /dev/tty & pid=$!; \
             while [ ! -e go ]; do sleep 0.05; done; kill -INT $pid; wait $pid; \
             echo \"exit $?\"; echo \"MODES-AFTER=$(stty -g)\"",
        )
        .arg(bin)
        .args(PULSE)
        .current_dir(t.dir())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let options = Options::new().timeout_ms(Some(10_000));
    let mut p = spawn_with_options(cmd, options).unwrap();
    let head = p.exp_string("Strongly agree").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::fs::write(t.path("go"), "").unwrap();
    let rest = p.exp_eof().unwrap();
    let all = format!("{head}{rest}");
    assert!(rest.contains("Interrupted: 0 of 8"), "{rest:?}");
    assert!(rest.contains("exit 130"), "{rest:?}");
    let cleared = rest.rfind("\u{1b}[2K").expect("the menu is cleared");
    assert!(!rest[cleared..].contains("Agree"), "{rest:?}");
    // The terminal's modes are as they were: not left raw.
    let modes = |label: &str| {
        let at = all.find(label).expect(label) + label.len();
        all[at..].lines().next().unwrap().trim().to_owned()
    };
    assert_eq!(modes("MODES-AFTER="), modes("MODES-BEFORE="), "{rest:?}");
}

#[test]
fn agenda_in_a_terminal_is_plain_text_wrapped_to_its_width() {
    let t = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-them.toml");
    let mut p = spawn(t.dir(), &["agenda", "samples"], Some((40, 60)), true);
    let (code, rest) = exit_code(&mut p);
    // the pty reader gives one char per byte: decode the UTF-8 again
    let rest = String::from_utf8(rest.chars().map(|c| c as u32 as u8).collect()).unwrap_or(rest);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("Agenda: Acme Logistics"), "{rest}");
    for syntax in ["**", "| ", "## ", "_Topics"] {
        assert!(!rest.contains(syntax), "Markdown `{syntax}` in {rest}");
    }
    // wrapped at the terminal's 60 columns
    for line in rest.lines() {
        assert!(line.trim_end().chars().count() <= 60, "{line:?}");
    }
    // piped, the same agenda is Markdown
    let piped = t.run_args(&["agenda", "samples"]).code(0);
    assert!(piped.stdout.starts_with("# Agenda: Acme Logistics"));
}
