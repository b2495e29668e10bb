//! Setting up a project: `init`, `round`, the answers folder every writing
//! command uses, and our organisation's name on the partner's pages.

use crate::common::Test;

const PROJECT: &str = "# ours\norganization = \"Globex\"   # our name\nquestionnaire = \"partnership-pulse\"\nanswers = \"answers\"\n\nround = 2026-11-01 # the round\n";

fn answers(partner: &str, side: &str, round: &str) -> String {
    format!(
        "questionnaire = \"partnership-pulse\"\npartner = \"{partner}\"\nside = \"{side}\"\n\
         round = {round}\n[answers]\nca-open-dialogue = 4\n"
    )
}

#[test]
fn init_writes_every_key_explained_and_the_answers_folder() {
    let t = Test::new();
    let out = t
        .run_args(&[
            "init",
            "--organization",
            "Acme Corp",
            "--yes",
            "--round",
            "2026-12-01",
        ])
        .code(0);
    let text = t.read("partnercheck.toml");
    for key in [
        "organization",
        "questionnaire",
        "answers",
        "min_respondents",
        "round",
    ] {
        let line = text
            .lines()
            .position(|l| l.starts_with(&format!("{key} =")))
            .unwrap();
        let before = text.lines().nth(line - 1).unwrap();
        assert!(before.starts_with('#'), "{key} has no comment:\n{text}");
    }
    assert!(text.contains("organization = \"Acme Corp\""), "{text}");
    assert!(text.contains("round = 2026-12-01"), "{text}");
    assert!(t.path("answers").is_dir());
    assert!(out.stdout.contains("partnercheck form"), "{}", out.stdout);
    assert!(
        out.stdout.contains("partnercheck compare"),
        "{}",
        out.stdout
    );
    // The file is a project file every command reads.
    t.run_args(&["round"]).code(0);
    // Never replaced without --force.
    t.run_args(&["init", "--organization", "Other", "--yes"])
        .fails_with(&["partnercheck.toml already exists", "--force"]);
    assert!(t.read("partnercheck.toml").contains("Acme Corp"));
    t.run_args(&[
        "init",
        "--organization",
        "Other",
        "--yes",
        "--force",
        "--answers",
        "data/in",
    ])
    .code(0);
    assert!(t.read("partnercheck.toml").contains("\"Other\""));
    assert!(t.path("data/in").is_dir());
}

#[test]
fn init_without_a_terminal_needs_the_organisation_and_says_so_in_a_parent_project() {
    let t = Test::new();
    t.run_args(&["init"]).fails_with(&["--organization"]);
    t.run_args(&["init", "--yes"])
        .fails_with(&["--organization"]);
    assert!(!t.path("partnercheck.toml").exists());
    t.run_args(&["init", "--organization", "Acme", "--yes"])
        .code(0);
    std::fs::create_dir_all(t.path("team")).unwrap();
    let out = assert_cmd::Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(t.path("team"))
        .args(["init", "--organization", "Team", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("inside the project of"), "{stderr}");
    assert!(t.path("team/partnercheck.toml").is_file());
    assert!(t.path("team/answers").is_dir());
}

#[test]
fn round_sets_one_line_and_nothing_else() {
    let t = Test::new().write("partnercheck.toml", PROJECT);
    let out = t.run_args(&["round", "2027-02-01"]).code(0);
    assert!(out.stdout.contains("2027-02-01"), "{}", out.stdout);
    assert_eq!(
        t.read("partnercheck.toml"),
        PROJECT.replace("2026-11-01", "2027-02-01")
    );
    let out = t.run_args(&["round", "today"]).code(0);
    assert!(
        !t.read("partnercheck.toml").contains("2027-02-01"),
        "{}",
        out.stdout
    );
    // A file without a round line gets one.
    let t = Test::new().write("partnercheck.toml", "organization = \"Globex\"\n");
    t.run_args(&["round", "2027-02-01"]).code(0);
    assert_eq!(
        t.read("partnercheck.toml"),
        "organization = \"Globex\"\nround = 2027-02-01\n"
    );
    t.run_args(&["round", "2027-13-01"]).code(2);
}

#[test]
fn round_without_a_project_says_to_run_init() {
    // With a project and only a form in its answers folder: no files yet.
    let t = Test::new()
        .write("partnercheck.toml", PROJECT)
        .write("answers/acme-them.html", "<html></html>");
    let out = t.run_args(&["round"]).code(0);
    assert!(
        out.stdout.contains("No answers files in answers yet"),
        "{}",
        out.stdout
    );
    let t = Test::new();
    t.run_args(&["round"]).fails_with(&["partnercheck init"]);
    t.run_args(&["round", "today"])
        .fails_with(&["partnercheck init"]);
}

#[test]
fn round_lists_every_round_with_files_per_partner_and_side() {
    let t = Test::new()
        .write("partnercheck.toml", PROJECT)
        .write("answers/a1.toml", &answers("Acme", "us", "2026-06-01"))
        .write("answers/a2.toml", &answers("Acme", "them", "2026-11-01"))
        .write("answers/a3.toml", &answers("Acme", "them", "2026-11-01"))
        .write("answers/n1.toml", &answers("Northwind", "us", "2026-11-01"));
    let out = t.run_args(&["round"]).code(0);
    let s = &out.stdout;
    assert!(s.contains("Current round: 2026-11-01"), "{s}");
    let row = |needle: &str| {
        s.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no {needle}:\n{s}"))
            .split_whitespace()
            .collect::<Vec<_>>()
    };
    assert_eq!(row("2026-11-01*"), ["2026-11-01*", "Acme", "0", "2"]);
    assert_eq!(row("Northwind"), ["Northwind", "1", "0"]);
    assert_eq!(row("2026-06-01"), ["2026-06-01", "Acme", "1", "0"]);
    // Newest first.
    assert!(s.find("2026-11-01*").unwrap() < s.find("2026-06-01").unwrap());
}

#[test]
fn writing_commands_write_into_the_projects_answers_folder_and_create_it() {
    let t = Test::new().write("partnercheck.toml", PROJECT);
    let out = t
        .run_args(&["form", "--partner", "Acme", "--side", "them"])
        .code(0);
    assert!(out.stderr.contains("created the folder"), "{}", out.stderr);
    assert!(t.path("answers/acme-them-2026-11-01.html").is_file());
    // --output in a missing folder: created.
    let out = t
        .run_args(&[
            "form",
            "--partner",
            "Acme",
            "--side",
            "us",
            "--output",
            "out/forms/acme.html",
        ])
        .code(0);
    assert!(out.stderr.contains("created the folder"), "{}", out.stderr);
    assert!(t.path("out/forms/acme.html").is_file());
}

#[test]
fn the_interview_saves_into_the_answers_folder_with_the_projects_round() {
    let t = Test::new()
        .write("partnercheck.toml", PROJECT)
        .args(&[
            "interview",
            "--plain",
            "--partner",
            "Acme Logistics",
            "--side",
            "us",
            "--respondent",
            "Jo",
            "--date",
            "2026-11-20",
        ])
        .stdin("4\n4\n\n4\n4\n\n4\n4\n\n4\n4\n\n");
    let out = t.run().code(0);
    let file = "answers/acme-logistics-us-jo-2026-11-20.toml";
    assert!(t.path(file).is_file(), "{}", out.stderr);
    assert!(out.stderr.contains("Created the folder"), "{}", out.stderr);
    assert!(
        t.read(file).contains("round = 2026-11-01"),
        "{}",
        t.read(file)
    );
}

#[test]
fn the_partners_pages_name_our_organisation_or_warn() {
    let t = Test::new();
    let out = t
        .run_args(&[
            "form",
            "--partner",
            "Acme",
            "--side",
            "them",
            "--output",
            "f.html",
        ])
        .code(0);
    assert!(out.stderr.contains("\"your partner\""), "{}", out.stderr);
    assert!(out.stderr.contains("organization"), "{}", out.stderr);
    let out = t
        .run_args(&[
            "form",
            "--partner",
            "Acme",
            "--side",
            "them",
            "--output",
            "g.html",
            "--organization",
            "Globex Industries",
        ])
        .code(0);
    assert!(!out.stderr.contains("your partner"), "{}", out.stderr);
    assert!(t.read("g.html").contains("Globex Industries"));
    // Our own people's form needs no name for us.
    let out = t
        .run_args(&[
            "form",
            "--partner",
            "Acme",
            "--side",
            "us",
            "--output",
            "h.html",
        ])
        .code(0);
    assert!(!out.stderr.contains("your partner"), "{}", out.stderr);
    // The flag beats the project file.
    let t = t.write("partnercheck.toml", "organization = \"Initech\"\n");
    let out = t
        .run_args(&[
            "form",
            "--partner",
            "Acme",
            "--side",
            "them",
            "--output",
            "i.html",
        ])
        .code(0);
    assert!(!out.stderr.contains("your partner"), "{}", out.stderr);
    assert!(t.read("i.html").contains("Initech"));
    t.run_args(&[
        "form",
        "--partner",
        "Acme",
        "--side",
        "them",
        "--output",
        "j.html",
        "--organization",
        "Globex",
    ])
    .code(0);
    assert!(t.read("j.html").contains("Globex") && !t.read("j.html").contains("Initech"));
}

#[test]
fn the_partner_report_names_our_organisation_or_warns() {
    let mut t = Test::new();
    for (i, side) in ["us", "us", "us", "them", "them", "them"]
        .iter()
        .enumerate()
    {
        t = t.write(&format!("a/{i}.toml"), &answers("Acme", side, "2026-11-01"));
    }
    let args = [
        "report",
        "a",
        "--audience",
        "partner",
        "--format",
        "markdown",
    ];
    let out = t.run_args(&args).code(0);
    assert!(out.stderr.contains("\"your partner\""), "{}", out.stderr);
    let mut with = args.to_vec();
    with.extend(["--organization", "Globex Industries"]);
    let out = t.run_args(&with).code(0);
    assert!(!out.stderr.contains("your partner"), "{}", out.stderr);
    assert!(out.stdout.contains("Globex Industries"), "{}", out.stdout);
    // The internal report is ours: no warning.
    let out = t.run_args(&["report", "a", "--format", "markdown"]).code(0);
    assert!(!out.stderr.contains("your partner"), "{}", out.stderr);
}

#[test]
fn report_help_says_when_two_is_accepted_for_the_partner() {
    let out = Test::new().run_args(&["report", "--help"]).code(0);
    let help = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("at least 3, unless N is given here: 2 is then accepted"),
        "{help}"
    );
}

/// `init` in a terminal asks each value, the default shown; Enter keeps it.
#[cfg(unix)]
#[test]
fn init_in_a_terminal_asks_each_value_with_its_default() {
    use crate::interview::{ENTER, exit_code, key, spawn};
    let t = Test::new();
    let mut p = spawn(t.dir(), &["init", "--round", "2026-12-01"]);
    p.exp_string("Your organisation's name").unwrap();
    key(&mut p, "Globex Industries");
    key(&mut p, ENTER);
    p.exp_string("partnership-health").unwrap();
    key(&mut p, ENTER);
    p.exp_string("Answers folder").unwrap();
    key(&mut p, "data");
    key(&mut p, ENTER);
    p.exp_string("Hide figures of fewer people than").unwrap();
    key(&mut p, "3");
    key(&mut p, ENTER);
    p.exp_string("2026-12-01").unwrap();
    key(&mut p, ENTER);
    p.exp_string("Next:").unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let text = t.read("partnercheck.toml");
    assert!(
        text.contains("organization = \"Globex Industries\""),
        "{text}"
    );
    assert!(
        text.contains("questionnaire = \"partnership-health\""),
        "{text}"
    );
    assert!(text.contains("answers = \"data\""), "{text}");
    assert!(text.contains("min_respondents = 3"), "{text}");
    assert!(text.contains("round = 2026-12-01"), "{text}");
    assert!(t.path("data").is_dir());
}

#[test]
fn piped_compare_partner_and_the_actions_footer_keep_to_80_columns() {
    let t = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-them.toml")
        .copy("samples/acme-logistics-2026-05.toml")
        .copy("samples/acme-logistics-actions.toml");
    let out = t
        .run_with(
            &["compare", ".", "--partner", "Acme Logistics"],
            &[("COLUMNS", "")],
        )
        .code(0);
    let widest = out.stdout.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 80, "{widest} columns:\n{}", out.stdout);
    assert!(out.stdout.contains("Two sides"), "{}", out.stdout);
    let out = t.run_with(&["actions", "."], &[("COLUMNS", "")]).code(0);
    let footer: Vec<&str> = out
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with('╰'))
        .skip(1)
        .collect();
    assert!(footer.len() > 1, "{}", out.stdout);
    assert!(
        footer.iter().all(|l| l.chars().count() <= 80),
        "{}",
        out.stdout
    );
    assert!(
        footer.join(" ").contains("Change: Latest − Before"),
        "{}",
        out.stdout
    );
}
