//! `interview --lang`: the interview's own words on its screens come from
//! the language's catalogue (`locales/LANG/interview.ftl`), as the
//! instrument's words do from its translation: no English sentence of the
//! interview is left, and the answers saved score as in English.

use crate::common::{self, Test};
#[cfg(unix)]
use crate::interview::{ENTER, exit_code, key, spawn};

const LANGS: [&str; 4] = ["pt-BR", "es", "de", "fr"];

/// The phrases of the English interview's messages: what an untranslated
/// message would leave on the screen.
fn english_phrases() -> Vec<String> {
    common::english_phrases("interview", |_| true)
}

/// A plain interview of the default instrument (23 statements, with
/// expectations) in `lang`, in five runs that reach most of its screens:
/// the partner, name and side asked (an empty partner, a side that is no
/// choice); an existing file replaced after a wrong key; a statement that
/// is no choice, its help, back, Enter keeping an answer, don't know; the
/// input ending (stop); the rest on `--resume`, with an expectation skipped
/// by `s`, one by Enter, a note; a resume of the finished file; `q` at the
/// first question into a new folder; the input ending before anything is
/// saved. Returns the test folder and everything shown on standard error.
fn interview_in(lang: &str) -> (Test, String) {
    let t = Test::new().write("acme.toml", "not answers\n");
    let lang_args = ["--plain", "--lang", lang];
    let mut screens = String::new();
    let mut run = |args: &[&str], input: &str, code: i32| {
        let args: Vec<&str> = ["interview"]
            .iter()
            .chain(&lang_args)
            .chain(args)
            .copied()
            .collect();
        let out = t_run(&t, &args, input).code(code);
        screens.push_str(&out.stderr);
        out
    };
    // Partner, name and side asked; the file exists and is replaced.
    run(
        &["--date", "2026-11-27", "--output", "acme.toml"],
        "\nAcme Logistik GmbH\nJo\n7\n1\nx\ny\nx\n4\n?\n5\nb\n\nu\n",
        130,
    );
    // Statements 4 to 23, each part's expectation (`s`, Enter, 4, u) and
    // its note.
    let mut rest = String::from("4\n4\n4\ns\nMehr teilen\n");
    rest.push_str(&"2\n".repeat(5));
    rest.push_str("\n\n");
    rest.push_str(&"3\n".repeat(6));
    rest.push_str("4\n\n");
    rest.push_str(&"5\n".repeat(6));
    rest.push_str("u\n\n");
    let finished = run(&["--resume", "acme.toml"], &rest, 0);
    assert!(finished.stdout.contains("Verdict:"), "{}", finished.stdout);
    run(&["--resume", "acme.toml"], "", 0);
    // `q` at the first question, saving into a new folder.
    run(
        &[
            "--partner",
            "Acme",
            "--side",
            "them",
            "--output",
            "new/x.toml",
        ],
        "\nq\n",
        130,
    );
    // The input ends before anything is saved.
    run(&[], "", 130);
    (t, screens)
}

/// `partnercheck ARGS` with `input` in `t`'s folder.
fn t_run(t: &Test, args: &[&str], input: &str) -> common::Output {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_partnercheck"));
    cmd.current_dir(t.dir())
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .env("RUST_BACKTRACE", "1")
        .write_stdin(input.to_owned());
    let out = cmd.output().expect("run partnercheck");
    common::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// What each language says where English says "Your answer" and "Part 1
/// of 4": proof that the screens are in that language, not just free of
/// English.
fn own_words(lang: &str) -> [&'static str; 3] {
    match lang {
        "pt-BR" => ["Sua resposta: ", "Parte 1 de 4: ", "Entrevista pausada: "],
        "es" => ["Su respuesta: ", "Parte 1 de 4: ", "Entrevista en pausa: "],
        "de" => ["Ihre Antwort: ", "Teil 1 von 4: ", "Angehalten: "],
        "fr" => [
            "Votre réponse : ",
            "Partie 1 sur 4 : ",
            "Entretien mis en pause : ",
        ],
        _ => ["Your answer: ", "Part 1 of 4: ", "Stopped: "],
    }
}

#[test]
fn a_plain_interview_in_each_language_has_no_english_and_scores_as_in_english() {
    let phrases = english_phrases();
    assert!(phrases.len() > 40, "{phrases:?}");
    let (english, screens) = interview_in("en");
    // The phrases are the English the interview shows: most are on screen.
    let shown: Vec<&String> = phrases.iter().filter(|p| screens.contains(*p)).collect();
    assert!(
        shown.len() * 10 > phrases.len() * 7,
        "only {} of {} English phrases shown: {shown:?}\n{screens}",
        shown.len(),
        phrases.len()
    );
    for words in own_words("en") {
        assert!(screens.contains(words), "{words}\n{screens}");
    }
    let scored = t_run(&english, &["score", "acme.toml"], "").code(0).stdout;
    assert!(scored.contains("Acme Logistik GmbH"), "{scored}");
    assert!(english.read("acme.toml").contains("complete = true"));
    for lang in LANGS {
        let (t, screens) = interview_in(lang);
        let left: Vec<&String> = phrases.iter().filter(|p| screens.contains(*p)).collect();
        assert!(left.is_empty(), "{lang}: English left: {left:?}\n{screens}");
        for words in own_words(lang) {
            assert!(screens.contains(words), "{lang}: {words}\n{screens}");
        }
        let file = t.read("acme.toml");
        assert!(file.contains(&format!("lang = \"{lang}\"\n")), "{file}");
        assert_eq!(
            t_run(&t, &["score", "acme.toml"], "").code(0).stdout,
            scored,
            "{lang}: the saved answers score differently"
        );
        assert!(t.path("new/x.toml").exists(), "{lang}");
    }
}

/// A real terminal: the menus, the opening and the prompts in German.
#[cfg(unix)]
#[test]
fn an_interview_in_german_in_a_terminal() {
    let t = Test::new();
    let mut p = spawn(
        t.dir(),
        &[
            "interview",
            "--lang",
            "de",
            "--questionnaire",
            "partnership-pulse",
            "--partner",
            "Acme",
            "--side",
            "us",
            "--respondent",
            "Jo",
            "--output",
            "acme.toml",
        ],
    );
    // rexpect hands back each byte as a char: what to expect, as bytes.
    let bytes = |s: &str| s.bytes().map(char::from).collect::<String>();
    p.exp_string(&bytes("8 Aussagen in 4 Teilen, etwa 3 Minuten."))
        .unwrap();
    p.exp_string(&bytes("Pfeiltasten")).unwrap();
    p.exp_string(&bytes("Teil 1 von 4: Kulturelle Passung"))
        .unwrap();
    p.exp_string(&bytes("[1/8] Ihre Antwort (1-5, u, ?)"))
        .unwrap();
    p.exp_string(&bytes("u  Weiß nicht / trifft nicht zu"))
        .unwrap();
    key(&mut p, "4");
    p.exp_string(&bytes("[1/8] Ihre Antwort: Stimme zu"))
        .unwrap();
    p.exp_string(&bytes("Zurück zur vorigen Frage")).unwrap();
    key(&mut p, "5");
    // Too long to leave room for the note at 80 columns: whole, on a line
    // of its own.
    p.exp_string(&bytes(
        "Eine Notiz zu „Kulturelle Passung“ (freiwillig, Enter zum Überspringen):\r\n",
    ))
    .unwrap();
    key(&mut p, ENTER);
    p.exp_string(&bytes("[3/8] Ihre Antwort")).unwrap();
    key(&mut p, "\x1b");
    let before = p
        .exp_string(&bytes(
            "Später weitermachen mit: partnercheck interview --resume acme.toml",
        ))
        .unwrap();
    assert!(
        before.ends_with(&bytes(
            "Angehalten: 2 von 8 Antworten sind in acme.toml gespeichert.\r\n"
        )),
        "{before}"
    );
    assert_eq!(exit_code(&mut p), 130);
}
