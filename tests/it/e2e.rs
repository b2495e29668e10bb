//! The whole job, end to end, as the README and the guide tell a new
//! partnership manager to do it: `init`, forms for three partners filled in
//! headless Chromium by both sides (two anonymous people saving one form on
//! one day), one Google Forms export imported, `compare`, the internal and
//! the partner's report, `agenda`, an actions file and `actions`, then
//! `round` and a second round for one partner in which the action's
//! dimension moved. Screenshots of the form and both reports at 1280 and
//! 390 px go to `PARTNERCHECK_SCREENS` when it is set (as `e2e-*.png`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{self, Output, Test};
use partnercheck::model::answers::Side;
use partnercheck::model::questionnaire::Questionnaire;
use serde_json::{Value, json};

/// Runs a command of the walk-through and asserts it succeeded.
#[track_caller]
fn ok(t: &Test, args: &[&str]) -> Output {
    let out = t.run_args(args).code(0);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    out
}

/// What each statement is clicked as so that it scores `score[dimension]`
/// (a reverse-keyed statement is clicked as 6 − score).
fn answers(q: &Questionnaire, score: &BTreeMap<&str, u8>) -> BTreeMap<String, String> {
    q.questions
        .iter()
        .map(|x| {
            let s = score[q.dimensions[x.dimension].id.as_str()];
            let clicked = if x.reverse { 6 - s } else { s };
            (x.id.clone(), clicked.to_string())
        })
        .collect()
}

fn scores(ca: u8, mg: u8, re: u8, le: u8) -> BTreeMap<&'static str, u8> {
    BTreeMap::from([
        ("cultural-alignment", ca),
        ("mutual-gains", mg),
        ("reciprocity", re),
        ("learning", le),
    ])
}

/// One person at one form, in a browser of their own.
fn person(
    form: &Path,
    downloads: &Path,
    respondent: &str,
    answers: BTreeMap<String, String>,
    notes: Value,
    shot: Option<&str>,
) -> Value {
    json!({
        "form": form, "downloads": downloads, "respondent": respondent,
        "answers": answers, "expected": {"mutual-gains": "4"}, "notes": notes, "shot": shot,
    })
}

/// Runs tests/browser/e2e.mjs over a plan and returns what it saw.
fn browser(driver: &Path, chromium: &Path, t: &Test, name: &str, plan: Value) -> Value {
    let file = t.path(name);
    std::fs::write(&file, plan.to_string()).unwrap();
    let run = Command::new("node")
        .arg(driver.join("e2e.mjs"))
        .arg(&file)
        .env("PARTNERCHECK_CHROMIUM", chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let seen: Value = serde_json::from_str(stdout.trim()).expect(&stdout);
    assert_eq!(seen["failure"], Value::Null, "{seen:#}");
    assert_eq!(seen["errors"], json!([]), "{seen:#}");
    assert_eq!(seen["requests"], json!([]), "{seen:#}");
    for (page, by_width) in seen["pages"].as_object().unwrap() {
        for (width, m) in by_width.as_object().unwrap() {
            assert!(
                m["scrollWidth"].as_u64() <= m["viewport"].as_u64(),
                "{page} scrolls sideways at {width} px: {m}"
            );
        }
    }
    seen
}

/// The files each person saved, moved into the answers folder as the guide
/// says ("collect them in one folder").
fn collect(t: &Test, seen: &Value, downloads: &[PathBuf]) -> Vec<String> {
    let mut names = Vec::new();
    for (p, dir) in seen["people"].as_array().unwrap().iter().zip(downloads) {
        let saved = p["saved"].as_array().unwrap();
        assert_eq!(saved.len(), 1, "{p}");
        let name = saved[0].as_str().unwrap();
        assert!(p["message"].as_str().unwrap().contains(name), "{p}");
        let to = t.path("answers").join(name);
        assert!(
            !to.exists(),
            "{name} would replace a file of an earlier round"
        );
        std::fs::rename(dir.join(name), to).unwrap();
        names.push(name.to_owned());
    }
    names
}

#[test]
fn a_partnership_manager_runs_two_rounds_from_the_readme() {
    let Some(driver) = common::node_driver(&["puppeteer-core"]) else {
        return;
    };
    let Some(chromium) = common::chromium() else {
        return;
    };
    let q = Questionnaire::embedded("partnership-health").unwrap();
    let t = Test::new();
    let shots = std::env::var_os("PARTNERCHECK_SCREENS")
        .map(PathBuf::from)
        .unwrap_or_else(|| t.path("screens"));
    std::fs::create_dir_all(&shots).unwrap();

    // README: `partnercheck init` writes the project file.
    let out = ok(&t, &["init", "--organization", "Northwind Foods", "--yes"]);
    assert!(out.stdout.contains("Northwind Foods"), "{}", out.stdout);
    let project = t.read("partnercheck.toml");
    let round1 = project
        .lines()
        .find_map(|l| l.strip_prefix("round = "))
        .expect("a round line")
        .to_owned();
    assert!(t.path("answers").is_dir());
    let year: u32 = round1[..4].parse().unwrap();
    let round2 = format!("{}-03-01", year + 1);

    // Guide, `form`: one per partner and side, written into the answers folder.
    let partners = [
        ("Acme Logistics", "acme-logistics"),
        ("BrightLab", "brightlab"),
        ("Cobalt Freight", "cobalt-freight"),
    ];
    for (partner, _) in partners {
        for side in ["us", "them"] {
            ok(&t, &["form", "--partner", partner, "--side", side]);
        }
    }
    let form = |slug: &str, side: &str, round: &str| {
        let path = t.path(&format!("answers/{slug}-{side}-{round}.html"));
        assert!(path.is_file(), "{path:?}");
        path
    };
    let form_them = std::fs::read_to_string(form("acme-logistics", "them", &round1)).unwrap();
    assert!(form_them.contains("Northwind Foods"), "their form names us");

    // Round 1, filled by clicking. Acme: one named person on our side, two
    // anonymous people on theirs (one form, one day); BrightLab strong,
    // Cobalt weak.
    let dl = |n: usize| t.path(&format!("downloads/{n}"));
    let acme = scores(4, 4, 4, 3);
    let people = vec![
        person(
            &form("acme-logistics", "us", &round1),
            &dl(0),
            "Dana Reed",
            answers(&q, &acme),
            json!({"learning": "Dana: incident reviews stay internal."}),
            None,
        ),
        person(
            &form("acme-logistics", "them", &round1),
            &dl(1),
            "",
            answers(&q, &acme),
            json!({}),
            Some("form"),
        ),
        person(
            &form("acme-logistics", "them", &round1),
            &dl(2),
            "",
            answers(&q, &acme),
            json!({}),
            None,
        ),
        person(
            &form("brightlab", "us", &round1),
            &dl(3),
            "Lee Park",
            answers(&q, &scores(5, 5, 5, 5)),
            json!({}),
            None,
        ),
        person(
            &form("brightlab", "them", &round1),
            &dl(4),
            "Ada Brightlab",
            answers(&q, &scores(5, 5, 5, 5)),
            json!({}),
            None,
        ),
        person(
            &form("cobalt-freight", "us", &round1),
            &dl(5),
            "Sam Ortiz",
            answers(&q, &scores(2, 2, 2, 2)),
            json!({}),
            None,
        ),
        person(
            &form("cobalt-freight", "them", &round1),
            &dl(6),
            "",
            answers(&q, &scores(2, 2, 2, 2)),
            json!({}),
            None,
        ),
    ];
    let seen = browser(
        &driver,
        &chromium,
        &t,
        "plan1.json",
        json!({"people": people, "pages": [], "shots": shots}),
    );
    for p in seen["people"].as_array().unwrap() {
        assert!(p["progress"].as_str().unwrap().contains("23"), "{p}");
    }
    let saved = collect(&t, &seen, &(0..7).map(dl).collect::<Vec<_>>());
    assert_eq!(
        saved[0],
        format!("acme-logistics-us-dana-reed-{}.toml", round1)
    );
    // Two anonymous saves of one form on one day: two names, both kept.
    let anon = format!("acme-logistics-them-{round1}-");
    assert!(saved[1].starts_with(&anon) && saved[2].starts_with(&anon));
    assert_ne!(saved[1], saved[2]);
    for name in &saved {
        let text = t.read(&format!("answers/{name}"));
        assert!(
            text.contains(&format!("round = {round1}")),
            "{name}: {text}"
        );
    }

    // Guide, `import`: a Google Forms export of BrightLab's staff.
    let mut csv = String::from("Timestamp,Your name");
    for x in &q.questions {
        csv.push_str(&format!(",\"{}\"", x.text_for(Side::Them)));
    }
    csv.push('\n');
    let five = answers(&q, &scores(5, 5, 4, 5));
    for who in ["Kai Brightlab", "Mo Brightlab"] {
        csv.push_str(&format!("2026/11/28 10:15:00 AM GMT,{who}"));
        for x in &q.questions {
            csv.push_str(&format!(",{}", five[&x.id]));
        }
        csv.push('\n');
    }
    std::fs::write(t.path("responses.csv"), csv).unwrap();
    let out = ok(
        &t,
        &[
            "import",
            "responses.csv",
            "--partner",
            "BrightLab",
            "--side",
            "them",
        ],
    );
    assert!(
        out.stderr.contains("wrote 2 answers files"),
        "{}",
        out.stderr
    );

    // `compare`: the portfolio, one tier per partner.
    let out = ok(&t, &["compare", "--format", "json"]);
    let compare: Value = serde_json::from_str(&out.stdout).unwrap();
    let tier = |c: &Value, partner: &str| -> (String, u64) {
        let p = c["partners"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["partner"] == partner)
            .unwrap_or_else(|| panic!("{partner} in {c:#}"));
        (
            p["tier"]["id"].as_str().unwrap_or_default().to_owned(),
            p["files"].as_u64().unwrap_or_default(),
        )
    };
    assert_eq!(
        tier(&compare, "Acme Logistics"),
        ("developing-partnership".into(), 3)
    );
    assert_eq!(tier(&compare, "BrightLab"), ("true-partnership".into(), 4));
    assert_eq!(tier(&compare, "Cobalt Freight"), ("supplier".into(), 2));
    let table = ok(&t, &["compare"]).stdout;
    assert!(table.starts_with("3 partners"), "{table}");

    // `report`: ours, and the page we send Acme.
    ok(&t, &["report", "--output", "report.html"]);
    let internal = t.read("report.html");
    for needle in ["Acme Logistics", "BrightLab", "Cobalt Freight", "Dana Reed"] {
        assert!(internal.contains(needle), "internal report lacks {needle}");
    }
    ok(
        &t,
        &[
            "report",
            "--audience",
            "partner",
            "--partner",
            "Acme Logistics",
            "--output",
            "acme-shared.html",
        ],
    );
    let shared = t.read("acme-shared.html");
    assert!(shared.contains("Acme Logistics") && shared.contains("Northwind Foods"));
    for leak in [
        "Dana Reed",
        "incident reviews stay internal",
        "BrightLab",
        "Cobalt",
    ] {
        assert!(!shared.contains(leak), "the partner's page shows {leak}");
    }

    // `agenda`: learning, the weakest dimension, comes first.
    let agenda = ok(&t, &["agenda", "--partner", "Acme Logistics"]).stdout;
    assert!(agenda.contains("Learning"), "{agenda}");

    // Guide, `actions`: an actions file beside the answers.
    std::fs::write(
        t.path("answers/acme-actions.toml"),
        format!(
            "partner = \"Acme Logistics\"\n\n[[action]]\nid = \"joint-postmortems\"\n\
             title = \"Joint post-mortem after each incident\"\ndimension = \"learning\"\n\
             owner = \"both\"\nassignee = \"Kim Partner\"\nagreed = {round1}\n\
             due = {round2}\nstatus = \"open\"\n"
        ),
    )
    .unwrap();
    let out = ok(&t, &["actions", "--format", "json"]);
    let actions: Value = serde_json::from_str(&out.stdout).unwrap();
    let action = &actions["actions"][0];
    assert_eq!(action["id"], "joint-postmortems", "{actions:#}");
    assert_eq!(action["baseline"]["score"], json!(3.0), "{actions:#}");
    assert_eq!(action["change"], Value::Null, "no later round yet");

    // README: `partnercheck round DATE` starts the next round.
    ok(&t, &["round", &round2]);
    assert!(
        t.read("partnercheck.toml")
            .contains(&format!("round = {round2}"))
    );
    for side in ["us", "them"] {
        ok(&t, &["form", "--partner", "Acme Logistics", "--side", side]);
    }
    let better = scores(4, 4, 4, 5);
    let now = format!("{round2}T10:00:00");
    let mut people = vec![
        person(
            &form("acme-logistics", "us", &round2),
            &dl(7),
            "Dana Reed",
            answers(&q, &better),
            json!({}),
            None,
        ),
        person(
            &form("acme-logistics", "them", &round2),
            &dl(8),
            "",
            answers(&q, &better),
            json!({}),
            None,
        ),
        person(
            &form("acme-logistics", "them", &round2),
            &dl(9),
            "",
            answers(&q, &better),
            json!({}),
            None,
        ),
    ];
    for p in &mut people {
        p["now"] = json!(now);
    }
    let seen = browser(
        &driver,
        &chromium,
        &t,
        "plan2.json",
        json!({"people": people, "pages": [], "shots": shots}),
    );
    let saved = collect(&t, &seen, &[dl(7), dl(8), dl(9)]);
    assert_eq!(
        saved[0],
        format!("acme-logistics-us-dana-reed-{round2}.toml")
    );
    let out = ok(&t, &["round"]);
    assert!(
        out.stdout.contains(&round1) && out.stdout.contains(&round2),
        "{}",
        out.stdout
    );

    // The second round: Acme moved up, and the action's effect shows.
    let out = ok(&t, &["compare", "--format", "json"]);
    let compare: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        tier(&compare, "Acme Logistics"),
        ("true-partnership".into(), 3)
    );
    assert_eq!(tier(&compare, "BrightLab"), ("true-partnership".into(), 4));
    let out = ok(&t, &["actions", "--format", "json"]);
    let actions: Value = serde_json::from_str(&out.stdout).unwrap();
    let action = &actions["actions"][0];
    assert_eq!(action["baseline"]["score"], json!(3.0), "{actions:#}");
    assert_eq!(action["latest"]["score"], json!(5.0), "{actions:#}");
    assert_eq!(action["change"], json!(2.0), "{actions:#}");
    let table = ok(&t, &["actions", "--format", "markdown"]).stdout;
    assert!(table.contains("| 3.00 | 5.00 | +2.00 |"), "{table}");
    // A past round is still there to show.
    let out = ok(&t, &["compare", "--round", &round1, "--format", "json"]);
    let past: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        tier(&past, "Acme Logistics"),
        ("developing-partnership".into(), 3)
    );

    ok(&t, &["report", "--output", "report2.html", "--force"]);
    ok(
        &t,
        &[
            "report",
            "--audience",
            "partner",
            "--partner",
            "Acme Logistics",
            "--output",
            "acme-shared2.html",
        ],
    );
    // Three people: each side is too small to show, so the page shows both
    // sides' answers combined, and no name.
    let shared = t.read("acme-shared2.html");
    assert!(shared.contains("answers from 3 people"), "{shared}");
    assert!(shared.contains("4.25"), "the combined overall score");
    assert!(!shared.contains("Dana Reed") && !shared.contains("Kim Partner"));

    // Pictures of both reports, at 1280 and 390 px.
    browser(
        &driver,
        &chromium,
        &t,
        "plan3.json",
        json!({"people": [], "shots": shots, "pages": [
            {"name": "report", "page": t.path("report2.html")},
            {"name": "partner", "page": t.path("acme-shared2.html")},
        ]}),
    );
    for name in ["form", "report", "partner"] {
        for width in [1280, 390] {
            assert!(shots.join(format!("e2e-{name}-{width}.png")).is_file());
        }
    }
}
