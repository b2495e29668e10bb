//! `partnercheck interview` on an instrument that asks for expectations
//! (`[interview] expected = true`): after each part's statements, how the
//! respondent thinks the other side would rate it, saved in `[expected]`.

use crate::common::{self, Test};
#[cfg(unix)]
use crate::interview::{ENTER, answer, exit_code, interrupt, key, no_note, spawn};

/// The pulse (8 statements, 2 per part) asking for expectations, under an
/// id of its own so that `--resume` must name it.
fn pulse_expecting() -> String {
    std::fs::read_to_string(common::repo("questionnaires/partnership-pulse.toml"))
        .unwrap()
        .replace("id = \"partnership-pulse\"", "id = \"pulse-expect\"")
        + "\n[interview]\nexpected = true\n"
}

/// The `[expected]` table of an answers file, to its end.
fn expected_table(file: &str) -> &str {
    let at = file
        .find("\n[expected]\n")
        .unwrap_or_else(|| panic!("{file}"));
    &file[at + 1..]
}

#[cfg(unix)]
#[test]
fn expectations_in_a_terminal_are_saved_and_resumed() {
    let t = Test::new().write("pulse.toml", &pulse_expecting());
    let args = [
        "interview",
        "-q",
        "pulse.toml",
        "--partner",
        "Acme Logistics",
        "--side",
        "us",
        "--respondent",
        "Jo",
        "--output",
        "acme.toml",
    ];
    let mut p = spawn(t.dir(), &args);
    p.exp_string("how far you think the other side agrees with")
        .unwrap();
    answer(&mut p, 1, 8, 3, 4);
    answer(&mut p, 2, 8, 3, 5);
    p.exp_string("[part 1/4] How far do you think the people of Acme Logistics agree with the")
        .unwrap();
    p.exp_string("[part 1/4] Your answer (1-5, u, s, b)")
        .unwrap();
    key(&mut p, "2");
    no_note(&mut p, "Cultural alignment");
    answer(&mut p, 3, 8, 3, 3);
    answer(&mut p, 4, 8, 3, 3);
    p.exp_string("[part 2/4] Your answer").unwrap();
    key(&mut p, "u");
    no_note(&mut p, "Mutual gains");
    p.exp_string("[5/8] Your answer").unwrap();
    interrupt(&mut p);
    p.exp_string("4 of 8 answers are saved in acme.toml")
        .unwrap();
    assert_eq!(exit_code(&mut p), 130);
    let file = t.read("acme.toml");
    assert_eq!(
        expected_table(&file),
        "[expected]\ncultural-alignment = 2\nmutual-gains = \"unsure\"\n"
    );

    // Resumed: straight to statement 5; an expectation skipped with `s`.
    let mut p = spawn(
        t.dir(),
        &["interview", "--resume", "acme.toml", "-q", "pulse.toml"],
    );
    p.exp_string("Part 3 of 4: Reciprocity").unwrap();
    answer(&mut p, 5, 8, 3, 4);
    answer(&mut p, 6, 8, 3, 4);
    p.exp_string("[part 3/4] Your answer").unwrap();
    key(&mut p, "s");
    no_note(&mut p, "Reciprocity");
    answer(&mut p, 7, 8, 3, 4);
    answer(&mut p, 8, 8, 3, 4);
    p.exp_string("[part 4/4] Your answer").unwrap();
    key(&mut p, "5");
    p.exp_string("A note on Learning").unwrap();
    key(&mut p, ENTER);
    p.exp_string("Verdict:").unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let file = t.read("acme.toml");
    assert!(file.contains("complete = true"), "{file}");
    assert_eq!(
        expected_table(&file),
        "[expected]\ncultural-alignment = 2\nmutual-gains = \"unsure\"\nlearning = 5\n"
    );
}

#[test]
fn plain_asks_the_partners_people_about_our_organisation() {
    // Per part: two statements, the expectation, the note. Enter skips an
    // expectation; `b` from an expectation goes back to the statement.
    let input = "4\n5\n2\n\n3\n3\n\n\n3\n3\nu\n\n3\n3\nb\n4\n5\n\n";
    let t = Test::new()
        .write("pulse.toml", &pulse_expecting())
        .write("partnercheck.toml", "organization = \"Northwind\"\n")
        .args(&[
            "interview",
            "--plain",
            "-q",
            "pulse.toml",
            "--partner",
            "Acme",
            "--side",
            "them",
            "--respondent",
            "Jo",
            "--output",
            "acme-them.toml",
        ])
        .stdin(input);
    let out = t.run().code(0);
    assert!(
        out.stderr
            .contains("[part 1/4] How far do you think the people of Northwind agree with the statements on Cultural alignment?\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("  s) Skip: no answer\n"),
        "{}",
        out.stderr
    );
    let file = t.read("acme-them.toml");
    assert!(file.contains("le-failures-improve = 4\n"), "{file}");
    assert_eq!(
        expected_table(&file),
        "[expected]\ncultural-alignment = 2\nreciprocity = \"unsure\"\nlearning = 5\n"
    );
}
