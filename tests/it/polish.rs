//! The seams a facilitator touches: the small-sides sentence from the
//! anonymity rule's own count, hidden figures explained with their source,
//! narrow tables, the interview's opening and closing, folder walks that
//! pass over the project file, and paths shown relative to where one is.

use crate::common::Test;

/// One file of the pulse; `learning` false leaves the Learning statements
/// unanswered.
fn sheet(who: &str, side: &str, learning: bool) -> String {
    let mut s = format!(
        "questionnaire = \"partnership-pulse\"\npartner = \"Acme Logistics\"\n\
         respondent = \"{who}\"\nside = \"{side}\"\ndate = 2026-11-20\n\n[answers]\n\
         ca-open-dialogue = 4\nca-transparency = 3\nmg-both-benefit = 4\n\
         mg-price-switch = 2\nre-long-term = 4\nre-give-take = 3\n"
    );
    if learning {
        s.push_str("le-two-way-knowledge = 4\nle-failures-improve = 3\n");
    }
    s
}

/// Three files a side; one of the partner's leaves Learning unanswered, so
/// only Learning on the partner's side has fewer than 3 people.
fn learning_short() -> Test {
    let mut t = Test::new().write("partnercheck.toml", "organization = \"Northwind Foods\"\n");
    for i in 0..3 {
        t = t
            .write(
                &format!("a/us{i}.toml"),
                &sheet(&format!("U{i}"), "us", true),
            )
            .write(
                &format!("a/them{i}.toml"),
                &sheet(&format!("T{i}"), "them", i != 0),
            );
    }
    t
}

#[test]
fn the_small_sides_sentence_names_the_dimension_and_side_with_the_fewest() {
    let t = learning_short();
    let why = "Each side's figures are shown from 3 people on a side; on Learning, \
               Acme Logistics had 2.";
    let md = t
        .run_args(&[
            "report",
            "a",
            "--audience",
            "partner",
            "--format",
            "markdown",
        ])
        .code(0)
        .stdout;
    assert_eq!(md.matches(why).count(), 1, "{md}");
    for format in ["table", "markdown"] {
        let out = t
            .run_args(&[
                "compare",
                "a",
                "--partner",
                "Acme Logistics",
                "--min-respondents",
                "3",
                "--format",
                format,
            ])
            .code(0)
            .stdout;
        assert_eq!(out.matches(why).count(), 1, "{format}: {out}");
        assert!(!out.contains("Cultural alignment, Northwind"), "{out}");
    }
}

/// Two files a side: agreement (which needs 3) is hidden under a threshold
/// of 2.
fn two_a_side(project: &str) -> Test {
    let mut t = Test::new().write("partnercheck.toml", project);
    for i in 0..2 {
        t = t
            .write(
                &format!("a/us{i}.toml"),
                &sheet(&format!("U{i}"), "us", true),
            )
            .write(
                &format!("a/them{i}.toml"),
                &sheet(&format!("T{i}"), "them", true),
            );
    }
    t
}

#[test]
fn hidden_agreement_names_the_threshold_and_where_it_comes_from() {
    let flag = two_a_side("organization = \"Northwind Foods\"\n");
    let project = two_a_side("organization = \"Northwind Foods\"\nmin_respondents = 2\n");
    for (t, extra, from) in [
        (
            &flag,
            &["--min-respondents", "2"][..],
            "from --min-respondents",
        ),
        (&project, &[][..], "from the project file's min_respondents"),
    ] {
        for format in ["table", "markdown"] {
            let mut args = vec![
                "compare",
                "a",
                "--partner",
                "Acme Logistics",
                "--format",
                format,
            ];
            args.extend(extra);
            let out = t.run_args(&args).code(0).stdout;
            let flat = out
                .replace("\\_", "_")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let want = format!(
                "Agreement within a side needs 3 files on that side (always at least 3; the \
                 anonymity threshold, min_respondents, is 2, {from}): Northwind Foods had 2, \
                 Acme Logistics had 2."
            );
            assert_eq!(flat.matches(&want).count(), 1, "{format}: {out}");
        }
    }
}

/// Every word of the two-sides table's header lines is whole: no cell of
/// a header row holds a fragment of a longer header word.
fn header_words_whole(out: &str) {
    let table = &out[out.find("Two sides, latest round").expect(out)..];
    let header: Vec<&str> = table
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with('╞') && !l.starts_with('├') && !l.starts_with("+="))
        .collect();
    assert!(!header.is_empty(), "{out}");
    let known = [
        "Dim", "Us", "Them", "Gap", "Agr", "us", "them", "Exp", "Blind",
    ];
    for line in header {
        for word in line
            .split(|c: char| c == '│' || c == '|' || c == '┆' || c.is_whitespace())
            .filter(|w| !w.is_empty())
        {
            assert!(known.contains(&word), "broken header word {word:?}:\n{out}");
        }
    }
    for line in out.lines() {
        assert!(
            console::measure_text_width(line) <= 80,
            "{} columns: {line}\n{out}",
            console::measure_text_width(line)
        );
    }
    assert!(
        out.contains("Us: Northwind Foods. Them: Acme Logistics."),
        "{out}"
    );
}

#[test]
fn the_two_sides_table_breaks_no_header_word_at_80_columns() {
    let t = two_a_side("organization = \"Northwind Foods\"\n");
    let out = t
        .run_with(
            &["compare", "a", "--partner", "Acme Logistics"],
            &[("COLUMNS", "80")],
        )
        .code(0)
        .stdout;
    header_words_whole(&out);
}

#[cfg(unix)]
#[test]
fn the_two_sides_table_breaks_no_header_word_in_an_80_column_terminal() {
    use rexpect::reader::Options;
    use rexpect::session::spawn_with_options;
    let t = two_a_side("organization = \"Northwind Foods\"\n");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_partnercheck"));
    cmd.current_dir(t.dir())
        .args(["compare", "a", "--partner", "Acme Logistics"])
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("COLUMNS", "80");
    let options = Options::new()
        .timeout_ms(Some(10_000))
        .strip_ansi_escape_codes(true);
    let mut p = spawn_with_options(cmd, options).unwrap();
    let out = p.exp_eof().unwrap();
    let bytes: Vec<u8> = out.chars().map(|c| c as u8).collect();
    let out = String::from_utf8(bytes).unwrap().replace("\r\n", "\n");
    header_words_whole(&out);
}

#[test]
fn a_project_file_inside_the_answers_folder_is_passed_over() {
    let t = Test::new()
        .write(
            "a/partnercheck.toml",
            "organization = \"Northwind Foods\"\n",
        )
        .write("a/us.toml", &sheet("Ann", "us", true));
    for command in ["score", "validate"] {
        let out = t.run_args(&[command, "a"]);
        assert!(
            !out.stderr.contains("not an answers file"),
            "{command}: {}",
            out.stderr
        );
        assert!(
            !out.stdout.contains("partnercheck.toml"),
            "{command}: {}",
            out.stdout
        );
        assert_eq!(out.code, 0, "{command}: {}", out.stderr);
    }
}

#[test]
fn the_interview_opens_with_the_partners_introduction_on_their_side() {
    let input = "4\n5\n\n2\n4\n\n5\n1\n\n3\n3\n\n";
    let run = |side: &str| {
        Test::new()
            .args(&[
                "interview",
                "--questionnaire",
                "partnership-pulse",
                "--partner",
                "Acme Logistics",
                "--respondent",
                "Jo",
                "--side",
                side,
                "--output",
                "acme.toml",
                "--plain",
            ])
            .stdin(input)
            .run()
            .code(0)
            .stderr
    };
    let them = run("them");
    assert!(
        them.contains("This short questionnaire asks how you currently see"),
        "{them}"
    );
    assert!(!them.contains("A short monthly check"), "{them}");
    let us = run("us");
    assert!(
        us.contains("A short monthly check of a partnership"),
        "{us}"
    );
}

#[test]
fn messages_show_paths_inside_the_current_folder_relative_to_it() {
    let t = Test::new().write(
        "partnercheck.toml",
        "organization = \"Northwind Foods\"\nanswers = \"answers\"\n",
    );
    let out = t
        .run_args(&["form", "--partner", "Acme Logistics", "--side", "them"])
        .code(0);
    let dir = t.dir().display().to_string();
    assert!(out.stderr.contains("wrote answers/"), "{}", out.stderr);
    assert!(!out.stderr.contains(&dir), "{}", out.stderr);
}

#[cfg(unix)]
#[test]
fn the_closing_line_breaks_no_file_name_at_100_columns() {
    use crate::interview::{ENTER, answer, exit_code, key, no_note};
    use rexpect::reader::Options;
    use rexpect::session::spawn_with_options;
    let t = Test::new();
    let name = "acme-logistics-them-jo-quarterly-review-2026-11-20.toml";
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_partnercheck"));
    cmd.current_dir(t.dir())
        .args([
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
            name,
        ])
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("COLUMNS", "100");
    let options = Options::new()
        .timeout_ms(Some(10_000))
        .strip_ansi_escape_codes(true);
    let mut p = spawn_with_options(cmd, options).unwrap();
    let dimensions = [
        "Cultural alignment",
        "Mutual gains",
        "Reciprocity",
        "Learning",
    ];
    for i in 0..8 {
        answer(&mut p, i + 1, 8, 3, 4);
        if i % 2 == 1 {
            no_note(&mut p, dimensions[i / 2]);
        }
    }
    let _ = ENTER;
    let _ = key;
    let rest = p.exp_string("partnercheck score").unwrap();
    let tail = p.exp_eof().unwrap_or_default();
    let bytes: Vec<u8> = format!("{rest}partnercheck score{tail}")
        .chars()
        .map(|c| c as u8)
        .collect();
    let text = String::from_utf8(bytes).unwrap().replace("\r\n", "\n");
    let closing = &text[text.rfind("Saved to").expect(&text)..];
    assert!(closing.contains(&format!("{name}.")), "{closing}");
    assert!(
        closing.contains(&format!("score {name}")) || closing.contains(&format!("\n{name}")),
        "{closing}"
    );
    for line in closing.lines() {
        assert!(
            line.chars().count() < 100,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    let _ = exit_code;
}
