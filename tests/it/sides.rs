//! The two sides' wording (`text_them`, `help_them`, `questions --side`),
//! `round` and `source` in answers files, and `template`'s flags.

use crate::common::Test;

#[test]
fn questions_in_the_partner_sides_wording() {
    let t = Test::new();
    let us = t.run_args(&["questions", "--format", "markdown"]);
    let them = t.run_args(&["questions", "--format", "markdown", "--side", "them"]);
    assert_eq!((us.code, them.code), (0, 0));
    assert!(us.stdout.contains("We would switch to another provider"));
    assert!(!us.stdout.contains("Our customer would move"));
    assert!(
        them.stdout
            .contains("Our customer would move to another provider")
    );
    assert!(!them.stdout.contains("We would switch to another provider"));
    // Statements that read the same from both sides are unchanged.
    assert!(
        them.stdout
            .contains("Both organizations get measurable value")
    );

    let table = t.run_args(&["questions", "--side", "them"]);
    assert!(
        table.stdout.contains("Our customer would move"),
        "{}",
        table.stdout
    );

    let json = t.run_args(&["questions", "--format", "json", "--side", "them"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["side"], "them");
    let q = &v["dimensions"][1]["questions"][4];
    assert_eq!(q["id"], "mg-price-switch");
    assert_eq!(q["text"], q["text_them"]);
    assert!(q["help_them"].as_str().unwrap().contains("their supplier"));
    // help_them and text_them default to help and text.
    let plain = &v["dimensions"][0]["questions"][0];
    let us: serde_json::Value =
        serde_json::from_str(&t.run_args(&["questions", "--format", "json"]).stdout).unwrap();
    assert_eq!(
        plain["text_them"],
        us["dimensions"][0]["questions"][0]["text"]
    );
    assert_eq!(
        plain["help_them"],
        us["dimensions"][0]["questions"][0]["help"]
    );
}

#[test]
fn text_them_must_not_be_blank_and_unknown_keys_stay_errors() {
    let q = "id = \"x\"\ntitle = \"X\"\nversion = \"1\"\n[scale]\nmin = 1\nmax = 2\nlabels = [\"a\", \"b\"]\n\
             [[dimension]]\nid = \"d\"\nname = \"D\"\n[[dimension.question]]\nid = \"q1\"\ntext = \"Q1\"\n\
             text_them = \"  \"\n[rubric]\n[[rubric.band]]\nid = \"b\"\nlabel = \"B\"\nmin = 1\n\
             [[rubric.tier]]\nid = \"t\"\nlabel = \"T\"\nwhen = []\n";
    Test::new()
        .write("q.toml", q)
        .args(&["validate", "q.toml"])
        .run()
        .fails_with(&["q.toml:14:13: question text_them is empty"]);
    let typo = q.replace("text_them = \"  \"", "text_thme = \"x\"");
    Test::new()
        .write("q.toml", &typo)
        .args(&["validate", "q.toml"])
        .run()
        .fails_with(&["text_thme"]);
}

#[test]
fn files_of_one_round_are_combined_whatever_their_dates() {
    let t = Test::new()
        .write(
            "a.toml",
            "questionnaire = \"partnership-pulse\"\npartner = \"Acme\"\ndate = 2026-11-03\n\
             round = 2026-11-01\n[answers]\nmg-both-benefit = 4\n",
        )
        .write(
            "b.json",
            r#"{"questionnaire": "partnership-pulse", "partner": "Acme", "date": "2026-11-09",
                "round": "2026-11-01", "source": "export.csv row 3", "answers": {"mg-both-benefit": 2}}"#,
        )
        .write(
            "c.toml",
            "questionnaire = \"partnership-pulse\"\npartner = \"Acme\"\ndate = 2026-10-01\n\
             [answers]\nmg-both-benefit = 5\n",
        );
    let out = t.run_args(&["compare", "a.toml", "b.json", "c.toml", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let p = &v["partners"][0];
    assert_eq!(p["date"], "2026-11-01", "the round, not either file's date");
    assert_eq!(p["files"], 2);
    assert_eq!(p["previous"]["date"], "2026-10-01", "{p:#}");
}

#[test]
fn a_round_that_is_not_a_date_is_pointed_at() {
    Test::new()
        .write(
            "a.toml",
            "questionnaire = \"partnership-pulse\"\npartner = \"Acme\"\nround = \"soon\"\n",
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["a.toml:3:9: `round` \"soon\" is not a date"]);
    Test::new()
        .write(
            "a.toml",
            "questionnaire = \"partnership-pulse\"\npartner = \"Acme\"\nsource = 3\n",
        )
        .args(&["score", "a.toml"])
        .run()
        .fails_with(&["a.toml"]);
}

#[test]
fn template_writes_what_it_is_given_and_names_the_file() {
    let t = Test::new();
    let plain = t.run_args(&["template", "--partner", "Acme"]);
    assert!(!plain.stdout.contains("\nside ="), "no side unless given");
    assert!(plain.stdout.contains("# side = \"us\""));
    std::fs::create_dir(t.path("answers")).unwrap();
    let out = t.run_args(&[
        "template",
        "--partner",
        "Société Générale",
        "--side",
        "them",
        "--respondent",
        "Li Wei",
        "--date",
        "2026-11-20",
        "--round",
        "2026-11-01",
        "--output",
        "answers",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let name = "answers/societe-generale-them-li-wei-2026-11-20.toml";
    assert!(
        out.stderr.starts_with(&format!("wrote {name}")),
        "{}",
        out.stderr
    );
    let text = t.read(name);
    assert!(
        text.contains(
            "partner = \"Société Générale\"\nrespondent = \"Li Wei\"\nside = \"them\"\n\
             date = 2026-11-20\nround = 2026-11-01\n"
        ),
        "{text}"
    );
    // The same again is refused without --force.
    let again = t.run_args(&[
        "template",
        "--partner",
        "Société Générale",
        "--side",
        "them",
        "--respondent",
        "Li Wei",
        "--date",
        "2026-11-20",
        "--output",
        "answers",
    ]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("--force"));
    // A bad date is a usage error.
    let bad = t.run_args(&["template", "--date", "20-11-2026"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("YYYY-MM-DD"), "{}", bad.stderr);
}

/// The string form both partnercheck and the answers form write reads back
/// as the same text, whatever it holds.
#[test]
fn toml_strings_read_back_as_written() {
    use partnercheck::model::answers::write::toml_string;
    for text in [
        "plain",
        "quote \" backslash \\ both \\\"",
        "lines\nand\ttabs\r\n",
        "\u{1b}[31m \u{7} \u{7f} \u{9b} \u{202e} \u{2028} \u{2066}",
        "Société Générale ✓ 日本",
        "'single' and '''triple'''",
        "",
    ] {
        let doc = format!("x = {}\n", toml_string(text));
        let table: toml::Table = toml::from_str(&doc).expect(&doc);
        assert_eq!(table["x"].as_str(), Some(text), "{doc}");
        assert!(
            !doc[..doc.len() - 1].contains(['\n', '\u{1b}', '\u{202e}']),
            "{doc}"
        );
    }
}

#[test]
fn a_scale_without_dont_know_has_no_dont_know_on_the_form() {
    let q = "id = \"x\"\ntitle = \"X\"\nversion = \"1\"\n[scale]\nmin = 0\nmax = 2\n\
             labels = [\"no\", \"some\", \"yes\"]\nallow_unsure = false\n\
             [[dimension]]\nid = \"d\"\nname = \"D\"\n[[dimension.question]]\nid = \"q1\"\ntext = \"Q1\"\n\
             [rubric]\n[[rubric.band]]\nid = \"b\"\nlabel = \"B\"\nmin = 0\n\
             [[rubric.tier]]\nid = \"t\"\nlabel = \"T\"\nwhen = []\n";
    let t = Test::new().write("q.toml", q);
    let out = t.run_args(&[
        "form",
        "-q",
        "q.toml",
        "--partner",
        "P",
        "--side",
        "us",
        "-o",
        "f.html",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = t.read("f.html");
    assert!(page.contains("name=\"q1\" value=\"0\""));
    assert!(page.contains("name=\"q1\" value=\"2\""));
    assert!(!page.contains("value=\"unsure\""));
    assert!(!page.contains("Don't know"));
}
