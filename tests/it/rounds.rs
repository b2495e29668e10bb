//! `--round DATE` on compare, report, agenda and actions: the figures of a
//! past round, its previous round the one before, nothing of a later round;
//! warnings about single files only for the rounds shown.

use crate::common::Test;

/// An answers file of the pulse: every question `value`, unless `missing`.
fn file(partner: &str, side: &str, round: &str, value: u8, missing: bool) -> String {
    let ids = [
        "ca-open-dialogue",
        "ca-transparency",
        "mg-both-benefit",
        "mg-price-switch",
        "re-long-term",
        "re-give-take",
        "le-two-way-knowledge",
        "le-failures-improve",
    ];
    let mut s = format!(
        "questionnaire = \"partnership-pulse\"\npartner = \"{partner}\"\nside = \"{side}\"\n\
         round = {round}\n[answers]\n"
    );
    for (i, id) in ids.iter().enumerate() {
        if missing && i == 0 {
            continue;
        }
        s.push_str(&format!("{id} = {value}\n"));
    }
    s
}

/// Acme in three rounds (scores 2, 3, 4), Northwind in the first and last
/// only; the first round's files lack an answer.
fn three_rounds() -> Test {
    Test::new()
        .write("a/acme-1.toml", &file("Acme", "us", "2026-03-01", 2, true))
        .write("a/acme-2.toml", &file("Acme", "us", "2026-06-01", 3, false))
        .write("a/acme-3.toml", &file("Acme", "us", "2026-09-01", 4, false))
        .write(
            "a/nw-1.toml",
            &file("Northwind", "us", "2026-03-01", 2, true),
        )
        .write(
            "a/nw-3.toml",
            &file("Northwind", "us", "2026-09-01", 5, false),
        )
}

fn json(out: &crate::common::Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

#[test]
fn compare_round_shows_that_round_against_the_one_before() {
    let t = three_rounds();
    let latest = json(&t.run_args(&["compare", "a", "--format", "json"]).code(0));
    assert_eq!(latest["partners"].as_array().unwrap().len(), 2);
    let out = t
        .run_args(&["compare", "a", "--format", "json", "--round", "2026-06-01"])
        .code(0);
    let past = json(&out);
    let partners = past["partners"].as_array().unwrap();
    assert_eq!(partners.len(), 1, "{past}");
    assert_eq!(partners[0]["partner"], "Acme");
    let text = past.to_string();
    assert!(
        text.contains("2026-06-01") && text.contains("2026-03-01"),
        "{text}"
    );
    assert!(
        !text.contains("2026-09-01"),
        "a later round appears: {text}"
    );
    assert!(
        out.stderr
            .contains("1 partner has no answers file in round 2026-06-01 and is left out"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_round_nobody_or_the_partner_has_is_an_error_listing_the_rounds() {
    let t = three_rounds();
    t.run_args(&["compare", "a", "--round", "2026-07-01"])
        .fails_with(&["round 2026-07-01", "2026-09-01, 2026-06-01, 2026-03-01"]);
    for cmd in ["compare", "report", "agenda", "actions"] {
        t.run_args(&[cmd, "a", "--partner", "Northwind", "--round", "2026-06-01"])
            .fails_with(&[
                "`Northwind` has no answers file in round 2026-06-01",
                "2026-09-01, 2026-03-01",
            ]);
    }
}

#[test]
fn report_and_agenda_take_the_round() {
    let t = three_rounds();
    let out = t
        .run_args(&[
            "report",
            "a",
            "--partner",
            "Acme",
            "--round",
            "2026-06-01",
            "--format",
            "markdown",
        ])
        .code(0);
    assert!(out.stdout.contains("2026-06-01"), "{}", out.stdout);
    assert!(!out.stdout.contains("2026-09-01"), "{}", out.stdout);
    let out = t
        .run_args(&["agenda", "a", "--round", "2026-06-01", "--format", "json"])
        .code(0);
    assert!(!out.stdout.contains("2026-09-01"), "{}", out.stdout);
    assert!(!out.stdout.contains("Northwind"), "{}", out.stdout);
}

#[test]
fn actions_round_leaves_out_later_actions_and_rounds() {
    let t = three_rounds().write(
        "a/acme-actions.toml",
        "partner = \"Acme\"\n\n[[action]]\nid = \"early\"\ntitle = \"Meet monthly\"\n\
         dimension = \"cultural-alignment\"\nowner = \"us\"\nagreed = 2026-03-05\nstatus = \"done\"\nclosed = 2026-04-01\n\n\
         [[action]]\nid = \"late\"\ntitle = \"Share the roadmap\"\ndimension = \"learning\"\n\
         owner = \"us\"\nagreed = 2026-07-01\nstatus = \"open\"\n",
    );
    let all = t.run_args(&["actions", "a", "--format", "json"]).code(0);
    assert!(all.stdout.contains("Share the roadmap"), "{}", all.stdout);
    let past = t
        .run_args(&["actions", "a", "--format", "json", "--round", "2026-06-01"])
        .code(0);
    assert!(past.stdout.contains("Meet monthly"), "{}", past.stdout);
    assert!(
        !past.stdout.contains("Share the roadmap"),
        "{}",
        past.stdout
    );
    assert!(!past.stdout.contains("2026-09-01"), "{}", past.stdout);
}

#[test]
fn warnings_about_files_of_other_rounds_are_counted_in_one_line() {
    // The first round's two files lack an answer; the latest rounds are
    // 2026-09-01 and 2026-06-01 (Acme), 2026-09-01 and 2026-03-01 (Northwind).
    let t = three_rounds();
    let out = t.run_args(&["compare", "a"]).code(0);
    assert!(out.stderr.contains("nw-1.toml"), "{}", out.stderr);
    assert!(!out.stderr.contains("acme-1.toml"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("1 warning about files of other rounds; partnercheck validate lists them"),
        "{}",
        out.stderr
    );
    // compare --partner shows every round: every warning.
    let out = t.run_args(&["compare", "a", "--partner", "Acme"]).code(0);
    assert!(out.stderr.contains("acme-1.toml"), "{}", out.stderr);
    assert!(!out.stderr.contains("other rounds"), "{}", out.stderr);
}
