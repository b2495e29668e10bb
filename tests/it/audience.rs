//! `report --audience internal|partner`: what each reader gets, what the
//! partner's page never shows, and the dot chart in a real browser.

use std::path::PathBuf;
use std::process::Command;

use crate::common::{self, Test};

use crate::common::default_questions as instrument;

/// An answers file of the default instrument where every statement counts
/// `level` (reverse-keyed ones answered the other way round).
fn answers(
    q: &serde_json::Value,
    partner: &str,
    respondent: &str,
    side: &str,
    level: i64,
    notes: &[(&str, &str)],
) -> String {
    let mut out = format!(
        "questionnaire = \"partnership-health\"\npartner = \"{partner}\"\nrespondent = \"{respondent}\"\n\
         side = \"{side}\"\ndate = 2026-11-20\n\n[answers]\n"
    );
    for d in q["dimensions"].as_array().unwrap() {
        for (i, x) in d["questions"].as_array().unwrap().iter().enumerate() {
            // a little variety, always within the scale
            let v = (level + (i as i64 % 2)).clamp(1, 5);
            let v = if x["reverse"].as_bool().unwrap() {
                6 - v
            } else {
                v
            };
            out.push_str(&format!("{} = {v}\n", x["id"].as_str().unwrap()));
        }
    }
    if !notes.is_empty() {
        out.push_str("\n[notes]\n");
        for (k, v) in notes {
            out.push_str(&format!("{k} = {v:?}\n"));
        }
    }
    out
}

const PEOPLE: [&str; 6] = [
    "Zelda Quartermain",
    "Olaf Brightwater",
    "Priya Nandakumar",
    "Hugo Fenwick",
    "Maud Ellery",
    "Soren Vask",
];
const NOTE: &str = "Confidential: their account manager >= useless <b>really</b>";
const ASSIGNEE: &str = "Ingrid Oakenshield";
const RIVAL: &str = "Rival Widgets";

/// A portfolio that tempts every leak: named respondents on both sides
/// (three each), notes with markup and comparisons, an action with an
/// assignee, and a second partner.
fn tempting() -> Test {
    let q = instrument();
    let mut t = Test::new();
    for (i, who) in PEOPLE.iter().enumerate() {
        let side = if i < 3 { "us" } else { "them" };
        let notes: &[(&str, &str)] = if i == 0 { &[("learning", NOTE)] } else { &[] };
        t = t.write(
            &format!("answers/target-{i}.toml"),
            &answers(&q, "Target Co", who, side, 2 + (i as i64 % 3), notes),
        );
    }
    t = t
        .write(
            "answers/rival-us.toml",
            &answers(&q, RIVAL, "Rex Rivalson", "us", 4, &[]),
        )
        .write(
            "answers/rival-them.toml",
            &answers(&q, RIVAL, "Rhea Rivalson", "them", 5, &[]),
        )
        .write(
            "answers/target-actions.toml",
            &format!(
                "partner = \"Target Co\"\n\n[[action]]\nid = \"a1\"\ntitle = \"Share the plan\"\n\
                 dimension = \"learning\"\nowner = \"both\"\nassignee = \"{ASSIGNEE}\"\n\
                 agreed = 2026-05-20\ndue = 2026-08-31\nstatus = \"open\"\n"
            ),
        );
    t
}

/// Every text the partner's page must not contain, with why.
fn forbidden(q: &serde_json::Value) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = PEOPLE
        .iter()
        .chain(["Rex Rivalson", "Rhea Rivalson"].iter())
        .map(|p| (p.to_string(), "a respondent's name"))
        .collect();
    out.push((ASSIGNEE.to_owned(), "an assignee's name"));
    out.push((RIVAL.to_owned(), "another partner"));
    out.push(("Confidential".to_owned(), "a note"));
    for (op, why) in [(">=", "rubric syntax"), ("<=", "rubric syntax")] {
        out.push((op.to_owned(), why));
    }
    out.push(("&gt;=".to_owned(), "rubric syntax"));
    out.push(("&lt;=".to_owned(), "rubric syntax"));
    out.push(("`lowest`".to_owned(), "a metric id in code font"));
    out.push(("lowest (".to_owned(), "rubric code"));
    for t in q["rubric"]["tiers"].as_array().unwrap() {
        if let Some(advice) = t["advice"].as_str() {
            // a distinctive stretch of each internal advice
            let cut: String = advice.chars().take(60).collect();
            out.push((cut, "internal advice"));
        }
    }
    out.push((
        "consider whether another organization".to_owned(),
        "internal advice",
    ));
    out
}

#[track_caller]
fn assert_clean(page: &str, q: &serde_json::Value, what: &str) {
    for (text, why) in forbidden(q) {
        assert!(
            !page.contains(&text),
            "the partner's {what} page shows {why}: `{text}`"
        );
    }
}

#[test]
fn the_partner_page_leaks_nothing_in_html_or_markdown() {
    let q = instrument();
    let t = tempting();
    for format in ["html", "markdown"] {
        let out = t
            .run_args(&[
                "report",
                "answers",
                "--audience",
                "partner",
                "--partner",
                "target co",
                "--format",
                format,
                "--output",
                "-",
            ])
            .code(0);
        assert!(
            out.stdout.contains("Target Co"),
            "{format}: names the partner"
        );
        assert_clean(&out.stdout, &q, format);
        // the shared label, not the internal one
        let shared: Vec<&str> = q["rubric"]["tiers"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|t| t["shared_label"].as_str())
            .collect();
        assert!(
            shared.iter().any(|s| out.stdout.contains(s)),
            "{format}: a shared label is shown"
        );
        assert!(out.stdout.contains("answers from 6 people"), "{format}");
    }
}

#[test]
fn notes_reach_the_partner_only_when_included_and_never_with_a_name() {
    let q = instrument();
    let t = tempting();
    for format in ["html", "markdown"] {
        let out = t
            .run_args(&[
                "report",
                "answers",
                "--audience",
                "partner",
                "--partner",
                "Target Co",
                "--include",
                "notes",
                "--format",
                format,
                "--output",
                "-",
            ])
            .code(0);
        assert!(
            out.stdout.contains("Confidential"),
            "{format}: the note is there"
        );
        assert!(
            out.stdout.contains("someone on our side"),
            "{format}: the side, not the person"
        );
        for p in PEOPLE {
            assert!(!out.stdout.contains(p), "{format}: {p} named");
        }
        // the markup in the note stays text
        assert!(!out.stdout.contains(" <b>really"), "{format}: live HTML");
        if format == "markdown" {
            assert!(out.stdout.contains("\\<b>really"), "{}", out.stdout);
        }
        let _ = &q;
    }
}

#[test]
fn a_partner_report_needs_one_partner() {
    tempting()
        .run_args(&[
            "report",
            "answers",
            "--audience",
            "partner",
            "--output",
            "-",
        ])
        .fails_with(&["one partner", "2 partners", "--partner"]);
}

#[test]
fn the_internal_summary_lists_every_partner_with_its_tier() {
    let t = tempting();
    let out = t.run_args(&["report", "answers", "--output", "-"]).code(0);
    let html = &out.stdout;
    let summary = &html[html.find("id=\"summary\"").expect("a summary")..];
    let summary = &summary[..summary.find("</section>").unwrap()];
    // every partner, with a link to its section and a verdict
    let json = t
        .run_args(&["compare", "answers", "--format", "json"])
        .code(0);
    let compare: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let partners = compare["partners"].as_array().unwrap();
    assert_eq!(partners.len(), 2);
    for p in partners {
        let name = p["partner"].as_str().unwrap();
        let tier = p["tier"]["label"].as_str().unwrap();
        let row = summary
            .split("<tr>")
            .find(|r| r.contains(name))
            .unwrap_or_else(|| panic!("{name} missing from {summary}"));
        assert!(row.contains(tier), "{name}'s row lacks {tier}: {row}");
    }
    assert!(
        html.contains("<a href=\"#partner-1\">"),
        "a table of contents"
    );
    assert!(html.contains("id=\"partner-2\""));
    // the internal page names respondents and the internal advice
    assert!(html.contains(PEOPLE[0]));
    // Markdown: links to the headings
    let md = t
        .run_args(&["report", "answers", "--format", "markdown"])
        .code(0);
    assert!(
        md.stdout.contains("[Target Co](#target-co)"),
        "{}",
        md.stdout
    );
    assert!(md.stdout.contains("## Target Co\n"));
    assert!(md.stdout.contains("## Portfolio summary"));
}

#[test]
fn markdown_reports_write_comparisons_as_text_not_entities() {
    let out = tempting()
        .run_args(&["report", "answers", "--format", "markdown"])
        .code(0);
    assert!(out.stdout.contains("manager >= useless"), "{}", out.stdout);
    assert!(!out.stdout.contains("&gt;"), "entities in plain text");
    assert!(!out.stdout.contains(" <b>really"), "live HTML");
}

#[test]
fn verdicts_are_sentences_in_score_output_with_details_as_data() {
    let out = Test::new()
        .copy("samples/acme-logistics.toml")
        .args(&["score", "samples/acme-logistics.toml", "--format", "json"])
        .run()
        .code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let r = &v["results"][0];
    for s in r["reasons"].as_array().unwrap() {
        let s = s.as_str().unwrap();
        assert!(!s.contains(">=") && !s.contains("<="), "{s}");
        assert!(s.ends_with('.'), "a sentence: {s}");
    }
    let details = r["reason_details"].as_array().unwrap();
    assert!(!details.is_empty());
    for d in details {
        for key in ["metric", "operator", "value", "threshold", "tier", "held"] {
            assert!(d.get(key).is_some(), "{key} in {d}");
        }
    }
    assert!(details.iter().any(|d| d["held"] == true));
}

#[test]
fn the_partner_page_hides_the_sides_of_a_small_side() {
    let q = instrument();
    // two of us, one of them: each side's figures would reveal the one
    let t = Test::new()
        .write("a/u1.toml", &answers(&q, "Small Co", "Una", "us", 2, &[]))
        .write("a/u2.toml", &answers(&q, "Small Co", "Ugo", "us", 3, &[]))
        .write("a/t1.toml", &answers(&q, "Small Co", "Tia", "them", 5, &[]));
    let partner = t
        .run_args(&[
            "report",
            "a",
            "--audience",
            "partner",
            "--format",
            "markdown",
        ])
        .code(0);
    assert!(
        partner
            .stdout
            .contains("Each side's figures are shown from 3 people on a side"),
        "{}",
        partner.stdout
    );
    // the one partner respondent's score (5.00 everywhere but reverse
    // items) appears nowhere as a side's figure
    assert!(!partner.stdout.contains("| 5.00 |"), "{}", partner.stdout);
    // for our own team with the default threshold, the sides are there
    let internal = t.run_args(&["report", "a", "--format", "markdown"]).code(0);
    assert!(
        !internal
            .stdout
            .contains("Each side's figures are shown from 3 people on a side")
    );
    assert!(internal.stdout.contains("| Us | Small Co | Gap |"));
    // --min-respondents 1 lets the partner page show them too
    let shown = t
        .run_args(&[
            "report",
            "a",
            "--audience",
            "partner",
            "--format",
            "markdown",
            "--min-respondents",
            "1",
        ])
        .code(0);
    assert!(
        !shown
            .stdout
            .contains("Each side's figures are shown from 3 people on a side")
    );
}

#[test]
fn expectations_reach_the_partner_only_when_included() {
    let q = instrument();
    let with_expected = |side: &str, who: &str, level: i64| {
        let mut a = answers(&q, "Exp Co", who, side, level, &[]);
        a.push_str("\n[expected]\nlearning = 2\nmutual-gains = 4\n");
        a
    };
    let mut t = Test::new();
    for i in 0..3 {
        t = t
            .write(
                &format!("a/u{i}.toml"),
                &with_expected("us", &format!("U{i}"), 3),
            )
            .write(
                &format!("a/t{i}.toml"),
                &with_expected("them", &format!("T{i}"), 4),
            );
    }
    let run = |extra: &[&str]| {
        let mut args = vec![
            "report",
            "a",
            "--audience",
            "partner",
            "--format",
            "markdown",
        ];
        args.extend_from_slice(extra);
        t.run_args(&args).code(0).stdout
    };
    assert!(!run(&[]).contains("Expectations"));
    let with = run(&["--include", "expectations,notes"]);
    assert!(with.contains("### Expectations"), "{with}");
    assert!(
        with.contains("| Your partner expected | Exp Co gave | Blind spot |"),
        "{with}"
    );
    let internal = t.run_args(&["report", "a", "--format", "markdown"]).code(0);
    assert!(internal.stdout.contains("### Expectations"));
}

// ---------------------------------------------------------------------------
// A real browser
// ---------------------------------------------------------------------------

#[test]
fn the_dot_chart_stays_legible_at_the_bottom_and_top_of_the_scale() {
    let Some(driver) = common::node_driver(&["puppeteer-core"]) else {
        return;
    };
    let Some(chromium) = common::chromium() else {
        return;
    };
    let q = instrument();
    // One partner with every score near the bottom, one near the top.
    let t = Test::new()
        .write(
            "a/low-us.toml",
            &answers(&q, "Lowly Ltd", "A", "us", 1, &[]),
        )
        .write(
            "a/low-them.toml",
            &answers(&q, "Lowly Ltd", "B", "them", 1, &[]),
        )
        .write(
            "a/high-us.toml",
            &answers(&q, "Highly Inc", "C", "us", 5, &[]),
        )
        .write(
            "a/high-them.toml",
            &answers(&q, "Highly Inc", "D", "them", 4, &[]),
        )
        .write("partnercheck.toml", "organization = \"Our Own Org\"\n");
    t.run_args(&["report", "a", "--output", "report.html"])
        .code(0);
    let html = t.read("report.html");
    assert!(html.contains("Our Own Org"), "our side by name");
    let shots = std::env::var_os("PARTNERCHECK_SHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| t.dir().to_path_buf());
    let out = Command::new("node")
        .arg(driver.join("report.mjs"))
        .arg(t.path("report.html"))
        .arg(&shots)
        .env("PARTNERCHECK_CHROMIUM", &chromium)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(seen["errors"].as_array().unwrap().len(), 0, "{seen}");
    for width in ["1280", "390"] {
        let charts = seen[width]["charts"].as_array().unwrap();
        assert_eq!(charts.len(), 2, "{width}: a chart per partner");
        for c in charts {
            assert!(c["width"].as_f64().unwrap() > 200.0, "{width}: drawn: {c}");
            assert!(c["height"].as_f64().unwrap() > 100.0, "{width}: drawn: {c}");
            // four dimensions, two sides, plus the two legend markers
            assert_eq!(c["dots"].as_u64().unwrap(), 10, "{width}: {c}");
            assert_eq!(c["dotsInside"], true, "{width}: {c}");
            assert!(c["texts"].as_u64().unwrap() > 10, "{c}");
            assert_eq!(c["overlaps"].as_array().unwrap().len(), 0, "{width}: {c}");
        }
        let scroll = seen[width]["scrollWidth"].as_f64().unwrap();
        assert!(
            scroll <= width.parse::<f64>().unwrap() + 1.0,
            "{width}: the page scrolls sideways ({scroll})"
        );
    }
}

#[test]
fn the_partner_page_snapshot() {
    let out = tempting()
        .run_args(&[
            "report",
            "answers",
            "--audience",
            "partner",
            "--partner",
            "Target Co",
            "--format",
            "markdown",
            "--today",
            "2026-12-01",
        ])
        .code(0);
    insta::assert_snapshot!("partner_report_markdown", out.stdout);
}

/// An instrument of `n` dimensions, one statement each.
fn instrument_of(n: usize) -> String {
    let mut q = String::from(
        "id = \"wide\"\ntitle = \"Wide\"\nversion = \"1\"\n\n[scale]\nmin = 1\nmax = 5\n\
         labels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n",
    );
    let mut answers = String::new();
    for i in 0..n {
        q.push_str(&format!(
            "\n[[dimension]]\nid = \"d{i}\"\nname = \"Dimension number {i}\"\n\
             [[dimension.question]]\nid = \"q{i}\"\ntext = \"Q{i}\"\n"
        ));
        answers.push_str(&format!("q{i} = {}\n", 1 + i % 5));
    }
    q.push_str(
        "\n[rubric]\n[[rubric.band]]\nid = \"all\"\nlabel = \"All\"\nmin = 1\n\
         [[rubric.tier]]\nid = \"t\"\nlabel = \"T\"\nwhen = []\n",
    );
    q + "\n#ANSWERS\n" + &answers
}

#[test]
fn a_radar_joins_the_dots_from_five_dimensions_on() {
    for (n, radars) in [(4, 0), (5, 1), (12, 1)] {
        let text = instrument_of(n);
        let (q, answers) = text.split_once("\n#ANSWERS\n").unwrap();
        let file = |side: &str| {
            format!(
                "questionnaire = \"wide\"\npartner = \"P\"\nside = \"{side}\"\n\n[answers]\n{answers}"
            )
        };
        let out = Test::new()
            .write("q.toml", q)
            .write("a/us.toml", &file("us"))
            .write("a/them.toml", &file("them"))
            .run_args(&["report", "a", "--questionnaire", "q.toml", "--output", "-"])
            .code(0);
        let html = out.stdout;
        assert_eq!(html.matches("class=\"chart dots\"").count(), 1, "{n}");
        assert_eq!(html.matches("class=\"chart radar\"").count(), radars, "{n}");
        // a row per dimension: the dot chart grows with them
        assert_eq!(html.matches("<text class=\"name\"").count(), n, "{n}");
    }
}

#[test]
fn the_summary_and_contents_escape_hostile_names() {
    let q = instrument();
    let evil = "<script>alert(1)</script> & [x](y) | *z*";
    let t = Test::new()
        .write("a/e.toml", &answers(&q, evil, "E", "us", 3, &[]))
        .write("a/f.toml", &answers(&q, "Fine Co", "F", "us", 4, &[]));
    let html = t.run_args(&["report", "a", "--output", "-"]).code(0).stdout;
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"));
    let body = html.strip_prefix("<!DOCTYPE html>\n").unwrap();
    roxmltree::Document::parse(body).expect("well-formed");
    let md = t
        .run_args(&["report", "a", "--format", "markdown"])
        .code(0)
        .stdout;
    let summary = &md[md.find("## Portfolio summary").unwrap()..];
    let row = summary.lines().find(|l| l.contains("alert(1)")).unwrap();
    // the name cannot open a tag, a link or a new table cell
    assert!(
        row.starts_with("| [\\<script>alert(1)\\</script> & \\[x\\](y) \\| \\*z\\*]("),
        "{row}"
    );
    assert_eq!(row.matches(" | ").count(), 7, "eight cells: {row}");
}

#[test]
fn a_round_too_small_for_the_partner_page_shows_no_figures() {
    // the samples have one respondent a side: fewer than 3 in the round
    let t = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-them.toml");
    for format in ["markdown", "html"] {
        let out = t
            .run_args(&[
                "report",
                "samples",
                "--audience",
                "partner",
                "--format",
                format,
                "--output",
                "-",
            ])
            .code(0)
            .stdout;
        assert!(
            out.contains("figures are not shown: fewer than 3 people answered"),
            "{format}: {out}"
        );
        assert!(!out.contains("Dimensions"), "{format}: an empty table");
        assert!(!out.contains("<svg"), "{format}: an empty chart");
        assert!(!out.contains("Jane Doe") && !out.contains("Marco Rossi"));
    }
}
