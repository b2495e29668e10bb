//! `partnercheck compare`: formats, sorting, the detail view, --require and
//! the errors.

use crate::common::{self, Test};

const SAMPLES: [&str; 5] = [
    "samples/acme-logistics-2026-05.toml",
    "samples/acme-logistics-them.toml",
    "samples/acme-logistics.toml",
    "samples/brightlab.json",
    "samples/northwind-supply.toml",
];

/// A test folder holding the five samples.
fn samples() -> Test {
    SAMPLES.iter().fold(Test::new(), |t, s| t.copy(s))
}

/// A minimal answers file for `partnership-health` where every dimension scores `v`.
fn answers(partner: &str, date: Option<&str>, side: &str, v: i64) -> String {
    let q = partnercheck::model::questionnaire::Questionnaire::embedded("partnership-health")
        .expect("embedded");
    let mut text = format!(
        "questionnaire = \"partnership-health\"\npartner = {}\nside = \"{side}\"\n",
        toml_string(partner)
    );
    if let Some(d) = date {
        text.push_str(&format!("date = {d}\n"));
    }
    text.push_str("\n[answers]\n");
    // Reverse questions answered so that every dimension counts as `v`.
    for question in &q.questions {
        let raw = if question.reverse { 6 - v } else { v };
        text.push_str(&format!("{} = {raw}\n", question.id));
    }
    text
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// The first CSV column of each data row (the header row skipped).
fn partners_in(text: &str) -> Vec<String> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a CSV record")[0].to_owned())
        .collect()
}

#[test]
fn table_of_the_samples() {
    let out = samples().args(&["compare", "samples"]).run().code(0);
    insta::assert_snapshot!(out.stdout);
    // Missing answers are listed on stderr, as by `score`.
    assert_eq!(
        out.stderr,
        "warning: samples/northwind-supply.toml: 1 of 23 questions not answered: \
         le-failures-improve\n"
    );
}

#[test]
fn many_incomplete_files_are_listed_up_to_twenty_then_counted() {
    let mut t = Test::new();
    for i in 0..25 {
        t = t.write(
            &format!("a/p{i:02}.toml"),
            "questionnaire = \"partnership-health\"\npartner = \"P\"\n[answers]\nmg-both-benefit = 4\n",
        );
    }
    let out = t.args(&["compare", "a"]).run().code(0);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 21, "{}", out.stderr);
    assert_eq!(
        lines[0],
        "warning: a/p00.toml: 22 of 23 questions not answered: ca-shared-values, ca-decision-style, \
         ca-open-dialogue, ca-transparency, ca-shared-vision, ca-guarded-talk, mg-fair-split, \
         mg-shared-risk, mg-beyond-price, mg-price-switch, re-long-term, re-give-take, \
         re-mutual-vulnerability, re-invest-together, re-no-full-spec, re-change-orders, \
         le-two-way-knowledge, le-failures-improve, le-disagreements, le-new-ideas, le-applied, \
         le-blame-first"
    );
    assert!(lines[19].starts_with("warning: a/p19.toml: 22 of 23"));
    assert_eq!(
        lines[20],
        "warning: 5 more files have unanswered questions (25 of 25 in all): they lower coverage \
         (`partnercheck score FILE` lists them)"
    );
}

#[test]
fn json_of_the_samples() {
    let out = samples()
        .args(&["compare", "samples", "--format", "json"])
        .run()
        .code(0);
    insta::assert_snapshot!(out.stdout);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["schema_version"], 2);
    let partners = v["partners"].as_array().expect("partners");
    assert_eq!(partners.len(), 3);
    let acme = &partners[0];
    assert_eq!(acme["partner"], "Acme Logistics");
    assert_eq!(acme["date"], "2026-11-20");
    assert_eq!(acme["files"], 2);
    assert_eq!(acme["previous"]["date"], "2026-05-14");
    assert_eq!(acme["previous"]["tier"]["id"], "transactional");
    let change = acme["change"].as_f64().expect("change");
    let overall = acme["overall"].as_f64().expect("overall");
    let previous = acme["previous"]["overall"].as_f64().expect("previous");
    assert!((change - (overall - previous)).abs() < 1e-12);
    assert_eq!(acme["dimensions"][1]["id"], "mutual-gains");
    // The keys in their documented order (a dimension's keys within the
    // first dimension).
    let keys_from = |from: usize, names: &[&str]| {
        names
            .iter()
            .map(|k| from + out.stdout[from..].find(&format!("\"{k}\":")).expect(k))
            .collect::<Vec<_>>()
    };
    let keys = |names: &[&str]| keys_from(0, names);
    let first_dimension = out.stdout.find("\"dimensions\":").expect("dimensions");
    let at = keys_from(
        first_dimension,
        &[
            "id",
            "score",
            "band",
            "spread",
            "us",
            "them",
            "gap",
            "agreement",
            "expected",
            "blind_spot",
            "flags",
        ],
    );
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    let at = keys(&["schema_version", "aggregate", "min_respondents", "partners"]);
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    let partners_at = at[3];
    let at = keys_from(
        partners_at,
        &[
            "partner",
            "date",
            "files",
            "respondents",
            "suppressed",
            "dimensions",
        ],
    );
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    let at = keys(&[
        "overall", "lowest", "highest", "max_gap", "coverage", "tier", "reasons", "previous",
        "change",
    ]);
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    let at = keys_from(at[8], &["change", "flags", "actions"]);
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    // One side only: no gap.
    let brightlab = &partners[1];
    assert_eq!(brightlab["dimensions"][0]["them"], serde_json::Value::Null);
    assert_eq!(brightlab["dimensions"][0]["gap"], serde_json::Value::Null);
    assert_eq!(brightlab["previous"], serde_json::Value::Null);
    assert_eq!(brightlab["change"], serde_json::Value::Null);
}

#[test]
fn markdown_of_the_samples() {
    let out = samples()
        .args(&["compare", "samples", "--format", "markdown"])
        .run()
        .code(0);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn csv_of_the_samples() {
    let out = samples()
        .args(&["compare", "samples", "--format", "csv"])
        .run()
        .code(0);
    insta::assert_snapshot!(out.stdout);
    let header = out.stdout.lines().next().expect("header");
    assert!(header.starts_with("partner,date,files,overall,coverage,tier,"));
    // Numbers as the shortest decimal that reads back to the value rounded
    // to 9 decimals: 3.675, never 3.6750000000000003.
    assert!(out.stdout.contains(",3.675,"), "{}", out.stdout);
    assert!(!out.stdout.contains("0000000"), "{}", out.stdout);
}

#[test]
fn sort_keys_order_the_partners() {
    let t = Test::new()
        .write("a/high.toml", &answers("High", Some("2026-11-20"), "us", 5))
        .write(
            "a/low-old.toml",
            &answers("Low", Some("2026-01-01"), "us", 1),
        )
        .write("a/low.toml", &answers("Low", Some("2026-11-20"), "us", 3))
        .write("a/mid.toml", &answers("Mid", Some("2026-11-20"), "us", 4))
        .write(
            "a/mid-them.toml",
            &answers("Mid", Some("2026-11-20"), "them", 2),
        )
        .write(
            "a/mid-old.toml",
            &answers("Mid", Some("2026-01-01"), "us", 4),
        );
    let order = |key: &str| {
        let out = t
            .run_args(&["compare", "a", "--format", "csv", "--sort", key])
            .code(0);
        partners_in(&out.stdout)
    };
    // High 5.0; Mid (4 + 2) / 2 = 3.0, change -1; Low 3.0, change +2.
    assert_eq!(order("name"), ["High", "Low", "Mid"]);
    assert_eq!(order("overall"), ["High", "Low", "Mid"]);
    // No previous round: last.
    assert_eq!(order("change"), ["Low", "Mid", "High"]);
    // Only Mid has both sides.
    assert_eq!(order("gap"), ["Mid", "High", "Low"]);
    assert_eq!(order("learning"), ["High", "Low", "Mid"]);
}

#[test]
fn unknown_sort_key_lists_the_valid_ones_before_reading_files() {
    Test::new()
        .write("a/bad.toml", "not = [valid")
        .args(&[
            "compare",
            "a",
            "--questionnaire",
            "partnership-health",
            "--sort",
            "score",
        ])
        .run()
        .fails_with(&[
            "--sort `score`",
            "name, overall, change, gap, cultural-alignment, mutual-gains, reciprocity, learning",
        ]);
}

#[test]
fn detail_view_table() {
    let out = samples()
        .args(&["compare", "samples", "--partner", " ACME logistics"])
        .run()
        .code(0);
    insta::assert_snapshot!(out.stdout);
    // Newest round first, with both files, then the older round.
    let latest = out.stdout.find("Round 2026-11-20").expect("latest round");
    let older = out.stdout.find("Round 2026-05-14").expect("older round");
    assert!(latest < older);
    assert!(
        out.stdout
            .contains("They see the value mostly in our volumes.")
    );
    assert!(!out.stdout.contains("Northwind"));
}

#[test]
fn detail_view_markdown_and_json() {
    let t = samples();
    let md = t
        .run_args(&[
            "compare",
            "samples",
            "--partner",
            "Acme Logistics",
            "--format",
            "markdown",
        ])
        .code(0);
    insta::assert_snapshot!(md.stdout);
    let json = t
        .run_args(&[
            "compare",
            "samples",
            "--partner",
            "Acme Logistics",
            "--format",
            "json",
        ])
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(v["partner"], "Acme Logistics");
    let rounds = v["rounds"].as_array().expect("rounds");
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0]["date"], "2026-11-20");
    assert_eq!(rounds[0]["files"], 2);
    let results = rounds[0]["results"].as_array().expect("results");
    assert_eq!(results[0]["file"], "samples/acme-logistics-them.toml");
    assert_eq!(results[0]["side"], "them");
    assert_eq!(
        results[0]["notes"]["mutual-gains"],
        "They see the value mostly in our volumes."
    );
    assert_eq!(rounds[1]["results"][0]["respondent"], "Jane Doe");
    assert_eq!(rounds[0]["dimensions"][1]["gap"].as_f64(), Some(-1.0));
}

#[test]
fn unknown_partner_lists_near_names() {
    samples()
        .args(&["compare", "samples", "--partner", "Acme Logistix"])
        .run()
        .fails_with(&["no partner named `Acme Logistix`", "`Acme Logistics`"]);
}

#[test]
fn require_gates_on_every_partner() {
    let out = samples()
        .args(&["compare", "samples", "--require", "developing-partnership"])
        .run()
        .code(1);
    assert!(
        out.stdout.contains("Northwind Supply"),
        "results still printed"
    );
    assert!(
        out.stderr
            .contains("--require not met: Northwind Supply is `supplier`"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("Acme"), "{}", out.stderr);
    samples()
        .args(&["compare", "samples", "--require", "supplier"])
        .run()
        .code(0);
    // The detail view gates on its partner only.
    samples()
        .args(&[
            "compare",
            "samples",
            "--partner",
            "acme logistics",
            "--require",
            "developing-partnership",
        ])
        .run()
        .code(0);
    samples()
        .args(&["compare", "samples", "--require", "best"])
        .run()
        .fails_with(&["--require `best` is not a tier", "true-partnership"]);
}

#[test]
fn a_file_for_another_questionnaire_is_an_error() {
    samples()
        .write(
            "samples/pulse.toml",
            "questionnaire = \"partnership-pulse\"\npartner = \"Pulse Co\"\n\n[answers]\nre-long-term = 4\n",
        )
        .args(&["compare", "samples"])
        .run()
        .fails_with(&[
            "samples/pulse.toml:1:17",
            "answers are for questionnaire `partnership-pulse`",
        ]);
}

#[test]
fn a_toml_file_that_is_not_answers_is_an_error() {
    let out = samples()
        .write("samples/config.toml", "[server]\nport = 8080\n")
        .copy("questionnaires/partnership.toml")
        .args(&["compare", "samples", "questionnaires"])
        .run()
        .fails_with(&[
            "samples/config.toml: not an answers file: it has no `questionnaire` key",
            "questionnaires/partnership.toml: not an answers file: it is a questionnaire file",
        ]);
    // Every bad file is reported, in path order, in one error.
    assert_eq!(out.stderr.matches("error: ").count(), 2, "{}", out.stderr);
}

#[test]
fn broken_files_are_all_reported() {
    samples()
        .write(
            "samples/a-broken.toml",
            "questionnaire = \"partnership-health\"\npartner = \n",
        )
        .write(
            "samples/z-bad-value.toml",
            &answers("Zed", None, "us", 3).replace("ca-shared-values = 3", "ca-shared-values = 9"),
        )
        .args(&["compare", "samples"])
        .run()
        .fails_with(&[
            "samples/a-broken.toml:2:",
            "samples/z-bad-value.toml:",
            "answer to `ca-shared-values` is 9",
        ]);
}

#[test]
fn a_file_named_twice_counts_once() {
    let out = samples()
        .args(&[
            "compare",
            "samples",
            "samples/brightlab.json",
            "--format",
            "csv",
        ])
        .run()
        .code(0);
    let brightlab = out.stdout.lines().nth(2).expect("BrightLab row");
    assert!(
        brightlab.starts_with("BrightLab,2026-11-10,1,"),
        "{brightlab}"
    );
}

#[test]
fn an_empty_folder_is_an_error() {
    Test::new()
        .write("empty/notes.txt", "not answers")
        .args(&["compare", "empty"])
        .run()
        .fails_with(&["empty: no answers files (*.toml, *.json) in this folder"]);
    Test::new()
        .args(&["compare", "missing"])
        .run()
        .fails_with(&["missing: no such file or folder"]);
}

#[test]
fn folders_are_walked_recursively_and_names_merged() {
    let out = Test::new()
        .write(
            "p/2026/a.toml",
            &answers("  Acme ", Some("2026-11-20"), "us", 4),
        )
        .write(
            "p/2025/b.toml",
            &answers("ACME", Some("2025-11-20"), "them", 2),
        )
        .write("p/undated/c.toml", &answers("acme", None, "us", 1))
        .write("p/.hidden/d.toml", "this is skipped")
        .write("p/readme.md", "skipped")
        .args(&["compare", "p", "--format", "json"])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let partners = v["partners"].as_array().expect("partners");
    assert_eq!(partners.len(), 1);
    assert_eq!(partners[0]["partner"], "Acme");
    assert_eq!(partners[0]["overall"].as_f64(), Some(4.0));
    assert_eq!(partners[0]["previous"]["date"], "2025-11-20");
    assert_eq!(partners[0]["change"].as_f64(), Some(2.0));
}

#[test]
fn hostile_partner_names_are_neutralised() {
    let name = "=cmd|evil\u{1b}[31m red";
    let t = Test::new().write("a/x.toml", &answers(name, Some("2026-11-20"), "us", 3));
    let table = t.run_args(&["compare", "a"]).code(0);
    assert!(!table.stdout.contains('\u{1b}'), "{}", table.stdout);
    assert!(table.stdout.contains("\\u{1b}[31m"), "{}", table.stdout);
    let csv = t.run_args(&["compare", "a", "--format", "csv"]).code(0);
    let row = csv.stdout.lines().nth(1).expect("row");
    assert!(row.starts_with("'=cmd|evil\\u{1b}[31m red,"), "{row}");
    let md = t
        .run_args(&["compare", "a", "--format", "markdown"])
        .code(0);
    assert!(
        md.stdout.contains("| =cmd\\|evil\\\\u{1b}\\[31m red |"),
        "{}",
        md.stdout
    );
    let detail = t.run_args(&["compare", "a", "--partner", name]).code(0);
    assert!(!detail.stdout.contains('\u{1b}'), "{}", detail.stdout);
}

/// The parallel loader gives the same output for any number of threads.
#[test]
fn threads_do_not_change_the_result() {
    let mut t = Test::new();
    for i in 0..700 {
        let side = if i % 3 == 0 { "them" } else { "us" };
        let date = ["2026-01-10", "2026-06-10"][i % 2];
        t = t.write(
            &format!("many/{i:04}.toml"),
            &answers(
                &format!("P{}", i % 37),
                Some(date),
                side,
                1 + (i as i64 * 7) % 5,
            ),
        );
    }
    let run = |n: &str| {
        t.run_with(
            &["compare", "many", "--format", "json"],
            &[("PARTNERCHECK_THREADS", n)],
        )
        .code(0)
        .stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("3"));
    let v: serde_json::Value = serde_json::from_str(&one).expect("JSON");
    assert_eq!(v["partners"].as_array().map(Vec::len), Some(37));
}

/// On an 80-column terminal the table abbreviates instead of wrapping.
#[test]
fn the_table_fits_eighty_columns() {
    let t = samples().write(
        "samples/long.toml",
        &answers(
            "The Very Long Name of a Partner Incorporated International",
            Some("2026-11-20"),
            "us",
            4,
        ),
    );
    let path = t.path("samples");
    use partnercheck::io::portfolio::{Options, aggregate, questionnaire_for};
    use partnercheck::io::walk::answer_files;
    let files = answer_files(&[path], Default::default()).expect("samples");
    let q = questionnaire_for(&files, None, None).expect("the default");
    let portfolio = aggregate(&files, &q, Options::default())
        .expect("samples load")
        .portfolio;
    let narrow = partnercheck::present::table::compare(&q, &portfolio, false, Some(80));
    for line in narrow.lines() {
        assert!(
            console::measure_text_width(line) <= 80,
            "{} columns: {line}\n{narrow}",
            console::measure_text_width(line)
        );
    }
    assert_eq!(narrow.lines().filter(|l| l.contains("…")).count(), 1);
    assert!(
        narrow.contains("CA Cultural alignment"),
        "a legend of the abbreviations"
    );
    assert!(narrow.contains("Developing "));
    insta::assert_snapshot!(narrow);
    // A terminal as wide as the full table gets it; one column less does not.
    let natural = partnercheck::present::table::compare(&q, &portfolio, false, None);
    let full = natural
        .lines()
        .map(console::measure_text_width)
        .max()
        .expect("lines");
    let wide = partnercheck::present::table::compare(&q, &portfolio, false, Some(full));
    assert_eq!(wide, natural);
    assert!(wide.contains("Developing partnership"));
    assert!(wide.contains("Partner Incorporated International"));
    let almost = partnercheck::present::table::compare(&q, &portfolio, false, Some(full - 1));
    assert!(!almost.contains("Developing partnership"), "{almost}");
    assert!(
        almost.contains("Partner Incorporated International"),
        "{almost}"
    );
}

#[test]
fn a_file_spelled_two_ways_counts_once() {
    let out = samples()
        .args(&[
            "compare",
            "samples",
            "./samples",
            "samples/../samples/brightlab.json",
            "--format",
            "json",
        ])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let files: Vec<u64> = v["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["files"].as_u64().unwrap())
        .collect();
    assert_eq!(files, vec![2, 1, 1]);
}

#[test]
fn stdin_answers_are_aggregated() {
    let text =
        std::fs::read_to_string(common::repo("samples/acme-logistics.toml")).expect("sample");
    let out = Test::new()
        .args(&["compare", "-", "--format", "csv"])
        .stdin(&text)
        .run()
        .code(0);
    assert!(
        out.stdout
            .lines()
            .nth(1)
            .expect("a row")
            .starts_with("Acme Logistics,2026-11-20,1,"),
        "{}",
        out.stdout
    );
}

#[test]
fn detail_view_csv_has_a_row_per_file() {
    let out = samples()
        .args(&[
            "compare",
            "samples",
            "--partner",
            "Acme Logistics",
            "--format",
            "csv",
        ])
        .run()
        .code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "partner,round,file,respondent,side,cultural-alignment,mutual-gains,reciprocity,learning,overall,coverage,tier"
    );
    assert_eq!(lines.len(), 4, "{}", out.stdout);
    assert!(lines[1].starts_with(
        "Acme Logistics,2026-11-20,samples/acme-logistics-them.toml,Marco Rossi,them,4,2.8,"
    ));
    assert!(
        lines[3].starts_with(
            "Acme Logistics,2026-05-14,samples/acme-logistics-2026-05.toml,Jane Doe,us,"
        )
    );
}

#[test]
fn an_undated_round_has_no_date() {
    let t = Test::new()
        .write("a/one.toml", &answers("Undated", None, "us", 4))
        .write("a/two.toml", &answers("Undated", None, "them", 2));
    let json = t.run_args(&["compare", "a", "--format", "json"]).code(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let p = &v["partners"][0];
    assert_eq!(p["date"], serde_json::Value::Null);
    assert_eq!(p["files"], 2);
    assert_eq!(p["dimensions"][0]["gap"].as_f64(), Some(-2.0));
    assert_eq!(p["dimensions"][0]["spread"].as_f64(), Some(2.0));
    let table = t.run_args(&["compare", "a"]).code(0);
    let row = table
        .stdout
        .lines()
        .find(|l| l.contains("Undated"))
        .expect("row");
    assert!(row.contains("3.00±≠"), "{row}");
    assert!(row.contains("┆     2 ┆ –    ┆"), "{row}");
}
