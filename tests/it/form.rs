//! `partnercheck form`: the page it writes, the answers file the page
//! saves (compared with the one partnercheck writes), and the whole round
//! trip in a real browser: answer, reload, save, score.

use std::process::Command;

use crate::common::{self, Test};
use partnercheck::diag::Source;
use partnercheck::io::load::check_answers;
use partnercheck::io::names::{SLUG_CASES, chosen_name, is_suffix, respondent_known};
use partnercheck::model::answers::write::to_toml;
use partnercheck::model::answers::{Answer, AnswerSheet, Date, RawAnswers, Side};
use partnercheck::model::questionnaire::Questionnaire;

const HOSTILE: &str = "<img src=x onerror=alert(1)>";

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).expect(start) + start.len();
    let to = from + text[from..].find(end).expect(end);
    &text[from..to]
}

#[test]
fn the_form_is_one_file_that_fetches_nothing_and_escapes_everything() {
    let t = Test::new();
    let out = t.run_args(&["form", "--partner", HOSTILE]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // PARTNER-DATE.html, the date being today's.
    let name = between(&out.stderr, "wrote ", ":").to_owned();
    let date = name
        .strip_prefix("img-src-x-onerror-alert-1-")
        .and_then(|rest| rest.strip_suffix(".html"))
        .expect(&name);
    assert!(date.parse::<Date>().is_ok(), "{name}");
    let page = t.read(&name);
    assert!(!page.contains("<img"));
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none';"));
    assert!(page.contains("Which organisation do you work for?"));
    for external in ["http://", "https://", "<link", "@import", " src=\""] {
        assert!(!page.contains(external), "{external}");
    }
    // Never overwritten without --force.
    t.run_args(&["form", "--partner", HOSTILE])
        .fails_with(&["already exists", "--force"]);
    assert_eq!(
        t.run_args(&["form", "--partner", HOSTILE, "--force"]).code,
        0
    );
}

#[test]
fn a_form_for_the_partner_side_uses_their_wording_and_names_itself() {
    let t = Test::new();
    std::fs::create_dir(t.path("forms")).unwrap();
    let out = t.run_args(&[
        "form",
        "--partner",
        "Société Générale",
        "--side",
        "them",
        "--round",
        "2026-11-01",
        "-q",
        "partnership-pulse",
        "--output",
        "forms",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = t.read("forms/societe-generale-them-2026-11-01.html");
    assert!(page.contains("<body class=\"side-them\">"));
    assert!(page.contains("Our customer would move to another provider"));
    assert!(!page.contains("Which organisation do you work for?"));
    let data = between(&page, "id=\"pc-data\">", "</script>");
    let data: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(data["round"], "2026-11-01");
    assert_eq!(data["side"], "them");
    assert_eq!(data["id"], "partnership-pulse");
}

/// Respondent, notes, how many statements are left unanswered, and
/// expectations (dimension index, answer).
type Case<'a> = (
    Option<&'a str>,
    Vec<(&'a str, &'a str)>,
    usize,
    Vec<(usize, Answer)>,
);

/// The answers file the page writes is the one partnercheck writes, byte
/// for byte, for the same answers: the page's writer runs in Node.
#[test]
fn the_page_writes_the_answers_file_partnercheck_writes() {
    let Some(_) = common::node_driver(&["puppeteer-core"]) else {
        return;
    };
    let q = Questionnaire::embedded("partnership-health").unwrap();
    let t = Test::new();
    let partner = "Acme \"Quoted\" \\ Ünïcode\u{202e}\u{1b}";
    let out = t.run_args(&[
        "form",
        "--partner",
        partner,
        "--round",
        "2026-11-01",
        "-o",
        "f.html",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = t.read("f.html");
    let script = between(&page, "<script>", "</script>");
    let data = between(&page, "id=\"pc-data\">", "</script>");

    let cases: [Case; 3] = [
        (
            Some("Jo \"J\" Doe"),
            vec![
                ("learning", "line one\nline\ttwo \u{2028}"),
                ("mutual-gains", "x"),
            ],
            0,
            // Given out of order: written in the questionnaire's.
            vec![(3, Answer::Unsure), (1, Answer::Value(4))],
        ),
        (None, vec![], 5, vec![]),
        (None, vec![], 2, vec![(0, Answer::Value(1))]),
    ];
    for (respondent, notes, unanswered, expected) in cases {
        let mut sheet = AnswerSheet::new(&q, partner.trim().to_owned());
        sheet.respondent = respondent.map(str::to_owned);
        // One case on our side: each side's file carries its own wording.
        sheet.side = if unanswered == 5 {
            Side::Us
        } else {
            Side::Them
        };
        sheet.date = Some("2026-11-20".parse().unwrap());
        sheet.round = Some("2026-11-01".parse().unwrap());
        let mut answers = serde_json::Map::new();
        for (i, question) in q.questions.iter().enumerate().skip(unanswered) {
            let answer = if i % 7 == 3 {
                Answer::Unsure
            } else {
                Answer::Value(1 + i as i64 % 5)
            };
            sheet.values[i] = Some(answer);
            answers.insert(
                question.id.clone(),
                match answer {
                    Answer::Unsure => "unsure".into(),
                    Answer::Value(v) => v.to_string().into(),
                },
            );
        }
        sheet.complete = Some(unanswered == 0);
        let mut note_map = serde_json::Map::new();
        for (k, v) in &notes {
            sheet.notes.insert(k.to_string(), v.to_string());
            note_map.insert(k.to_string(), v.to_string().into());
        }
        let mut expected_map = serde_json::Map::new();
        for (d, answer) in &expected {
            sheet.expected[*d] = Some(*answer);
            expected_map.insert(
                q.dimensions[*d].id.clone(),
                match answer {
                    Answer::Unsure => "unsure".into(),
                    Answer::Value(v) => v.to_string().into(),
                },
            );
        }
        let state = serde_json::json!({
            "partner": partner.trim(), "side": sheet.side.to_string(),
            "respondent": respondent.unwrap_or(""),
            "date": "2026-11-20", "answers": answers, "notes": note_map,
            "expected": expected_map,
        });
        // `node -e PROGRAM SCRIPT DATA STATE`: the page's script, run
        // without a document, defines pcToml and nothing else happens.
        let program = "const vm = require('vm'); const ctx = {}; vm.createContext(ctx);\
             vm.runInContext(process.argv[1], ctx);\
             process.stdout.write(vm.runInContext('pcToml(' + process.argv[2] + ',' + process.argv[3] + ')', ctx));";
        let run = Command::new("node")
            .args(["-e", program, script, data, &state.to_string()])
            .output()
            .expect("run node");
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let from_page = String::from_utf8(run.stdout).unwrap();
        assert_eq!(from_page, to_toml(&sheet, &q));
        // The partner's file reads as the partner's people read the form.
        let price = q
            .questions
            .iter()
            .find(|x| x.id == "mg-price-switch")
            .unwrap();
        let them = price.text_them.as_deref().unwrap();
        assert_eq!(from_page.contains(them), sheet.side == Side::Them);
        assert_eq!(from_page.contains(&price.text), sheet.side == Side::Us);
        assert_eq!(
            from_page.contains("\n[expected]\n"),
            !expected.is_empty(),
            "{from_page}"
        );
        // ... and partnercheck reads it back as the same answers.
        std::fs::write(t.path("saved.toml"), &from_page).unwrap();
        let score = t.run_args(&["score", "saved.toml", "--format", "json"]);
        assert_eq!(score.code, 0, "{}", score.stderr);
    }
}

/// The page names the saved file as partnercheck names answers files.
#[test]
fn the_page_names_files_as_partnercheck_does() {
    let Some(_) = common::node_driver(&["puppeteer-core"]) else {
        return;
    };
    let t = Test::new();
    assert_eq!(t.run_args(&["form", "-o", "f.html"]).code, 0);
    let page = t.read("f.html");
    let script = between(&page, "<script>", "</script>");
    let date: Date = "2026-11-20".parse().unwrap();
    let cases = [
        ("Acme Logistics", Some(Side::Them), "Jane Doe"),
        ("Société Générale & Co.", Some(Side::Us), ""),
        ("  ../../etc/passwd ", None, "日本 \u{212a}"),
        (
            "<img src=x onerror=alert(1)>",
            Some(Side::Us),
            &"x".repeat(45),
        ),
        ("!!!", None, "***"),
        ("Müller Øresund", Some(Side::Them), "東京"),
    ];
    let states: Vec<serde_json::Value> = cases
        .iter()
        .map(|(partner, side, respondent)| {
            serde_json::json!({"partner": partner, "side": side, "respondent": respondent,
                               "date": "2026-11-20", "suffix": "k3x9qa"})
        })
        .collect();
    // The slug table the Rust unit test uses, through the page's pcSlug.
    let slugs: Vec<&str> = SLUG_CASES.iter().map(|(name, _)| *name).collect();
    let program = "const vm = require('vm'); const ctx = { crypto: globalThis.crypto };\
         vm.createContext(ctx); vm.runInContext(process.argv[1], ctx);\
         ctx.states = JSON.parse(process.argv[2]); ctx.slugs = JSON.parse(process.argv[3]);\
         process.stdout.write(JSON.stringify(vm.runInContext(\
         '[states.map(pcFileName), slugs.map(pcSlug), [pcSuffix(), pcSuffix()]]', ctx)));";
    let run = Command::new("node")
        .args([
            "-e",
            program,
            script,
            &serde_json::to_string(&states).unwrap(),
            &serde_json::to_string(&slugs).unwrap(),
        ])
        .output()
        .expect("run node");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let (names, js_slugs, suffixes): (Vec<String>, Vec<String>, Vec<String>) =
        serde_json::from_slice(&run.stdout).unwrap();
    for ((partner, side, respondent), name) in cases.iter().zip(&names) {
        let respondent = Some(*respondent).filter(|r| !r.is_empty());
        let suffix = (!respondent_known(respondent)).then_some("k3x9qa");
        assert_eq!(
            name,
            &chosen_name(Some(partner), *side, respondent, Some(date), suffix),
            "{partner}"
        );
    }
    for ((name, want), got) in SLUG_CASES.iter().zip(&js_slugs) {
        assert_eq!(
            Some(got.as_str()).filter(|s| !s.is_empty()),
            *want,
            "{name:?}"
        );
    }
    assert_eq!(names[1], "societe-generale-co-us-2026-11-20-k3x9qa.toml");
    assert_eq!(names[4], "2026-11-20-k3x9qa.toml");
    assert_eq!(names[5], "muller-oresund-them-2026-11-20-k3x9qa.toml");
    assert!(suffixes.iter().all(|s| is_suffix(s)), "{suffixes:?}");
    assert_ne!(suffixes[0], suffixes[1]);
}

/// The whole round trip in headless Chromium: a hostile partner name runs
/// nothing, no request leaves the page, answers survive a reload and a new
/// tab, and the saved file scores as answered.
#[test]
fn a_respondent_answers_saves_and_the_file_scores() {
    let Some(driver) = common::node_driver(&["puppeteer-core"]) else {
        return;
    };
    let Some(chromium) = common::chromium() else {
        return;
    };
    let q = Questionnaire::embedded("partnership-health").unwrap();
    let t = Test::new();
    std::fs::create_dir(t.path("downloads")).unwrap();
    let out = t.run_args(&[
        "form",
        "--partner",
        HOSTILE,
        "--round",
        "2026-11-01",
        "-o",
        "form.html",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(t.run_args(&["form", "-o", "unnamed.html"]).code, 0);
    let next = [
        "form",
        "--partner",
        HOSTILE,
        "--round",
        "2026-12-01",
        "-o",
        "next.html",
    ];
    assert_eq!(t.run_args(&next).code, 0);
    let reverse: Vec<&str> = q
        .questions
        .iter()
        .filter(|x| x.reverse)
        .map(|x| x.id.as_str())
        .collect();
    let run = Command::new("node")
        .arg(driver.join("form.mjs"))
        .arg(t.path("form.html"))
        .arg(t.path("downloads"))
        .arg(t.path("unnamed.html"))
        .arg(t.path("next.html"))
        .env("PARTNERCHECK_CHROMIUM", &chromium)
        .env(
            "PARTNERCHECK_REVERSE",
            serde_json::to_string(&reverse).unwrap(),
        )
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let seen: serde_json::Value = serde_json::from_str(stdout.trim()).expect(&stdout);
    assert_eq!(seen["failure"], serde_json::Value::Null, "{seen:#}");
    assert_eq!(
        seen["seen"]["requests"],
        serde_json::json!([]),
        "no request leaves the page"
    );
    assert_eq!(
        seen["seen"]["dialogs"],
        serde_json::json!([]),
        "the hostile name ran nothing"
    );
    assert_eq!(
        seen["seen"]["csp"],
        serde_json::json!([]),
        "the policy blocks nothing of the page"
    );
    assert_eq!(seen["seen"]["errors"], serde_json::json!([]));
    assert_eq!(seen["fresh"]["imgs"], 0);
    assert_eq!(
        seen["fresh"]["checked"],
        serde_json::json!([]),
        "no answer is preselected"
    );
    assert_eq!(seen["fresh"]["sideName"], HOSTILE, "shown as text");
    assert!(
        seen["fresh"]["priceSwitch"]
            .as_str()
            .unwrap()
            .contains("We would switch")
    );
    assert!(
        seen["answered"]["priceSwitch"]
            .as_str()
            .unwrap()
            .contains("Our customer")
    );
    let answered = &seen["answered"]["checked"];
    assert_eq!(answered.as_array().unwrap().len(), q.questions.len());
    // The expectation's wording follows the side chosen on the page.
    assert_eq!(
        seen["fresh"]["expectation"],
        format!(
            "How far do you think the people of {HOSTILE} agree with the statements on Mutual gains?"
        )
    );
    assert_eq!(
        seen["answered"]["expectation"],
        "How far do you think your partner's people agree with the statements on Mutual gains?"
    );
    assert_eq!(seen["fresh"]["expected"], serde_json::json!([]));
    assert_eq!(
        seen["unnamed"],
        "How far do you think the people of Beta Co agree with the statements on Learning?",
        "the partner's name as typed"
    );
    // Regression: the next round's form restored this round's answers and
    // notes (the storage key lacked the round).
    assert_eq!(
        seen["nextRound"]["checked"],
        serde_json::json!([]),
        "{seen}"
    );
    assert_eq!(seen["nextRound"]["note"], "", "{seen}");
    // No name given: one suffix, kept across saves and after clearing.
    let suffix = &seen["suffix"];
    let first = suffix["first"].as_str().expect("a file name");
    let stem = first.strip_suffix(".toml").unwrap();
    let (_, end) = stem.rsplit_once('-').unwrap();
    assert!(is_suffix(end), "{first}");
    assert_eq!(suffix["second"], first);
    assert_eq!(suffix["third"], first, "the suffix survives clearing");
    assert_eq!(suffix["clearShown"], true);
    assert_eq!(suffix["cleared"]["checked"], serde_json::json!([]));
    let stored: Vec<&serde_json::Value> = suffix["stored"]
        .as_object()
        .unwrap()
        .values()
        .filter(|v| v.get("suffix").is_some())
        .collect();
    assert_eq!(stored.len(), 1, "{suffix}");
    assert_eq!(
        stored[0],
        &serde_json::json!({ "suffix": end }),
        "only the suffix is kept"
    );
    assert_eq!(
        seen["answered"]["expected"],
        serde_json::json!(["expected.mutual-gains=2"])
    );
    for when in ["reloaded", "reopened"] {
        assert_eq!(&seen[when]["checked"], answered, "{when}");
        assert_eq!(
            &seen[when]["expected"], &seen["answered"]["expected"],
            "{when}"
        );
        // On failure, the storage seen before (and after) the reload says
        // whether the page or the browser lost the side.
        assert_eq!(
            seen[when]["side"], "them",
            "{when}: before {}, after {}",
            seen["storedBeforeReload"], seen["storedAfterReload"]
        );
        assert_eq!(seen[when]["respondent"], "Jo Tester", "{when}");
        assert_eq!(
            seen[when]["note"], "They \"teach\" us a lot.\nSecond line.",
            "{when}"
        );
    }
    assert_eq!(
        seen["focus"]["outline"], "solid",
        "keyboard focus is visible"
    );
    assert_eq!(seen["printHidesButtons"], true);
    let closed = &seen["noStorage"];
    assert!(
        closed["storage"]
            .as_str()
            .unwrap()
            .contains("does not let the page keep your progress"),
        "{closed:#}"
    );
    assert_eq!(closed["warned"], "pc-storage-off");
    assert_eq!(closed["progress"], "1 of 23 statements answered.");
    let copied = closed["copied"].as_str().unwrap();
    assert!(
        copied.contains("side = \"us\"\n") && copied.contains("complete = false\n"),
        "{copied}"
    );
    assert!(copied.contains("\nca-open-dialogue = 5\n"), "{copied}");
    for png in ["desktop.png", "phone.png", "print.png"] {
        assert!(t.path("downloads").join(png).exists(), "{png}");
    }

    let saved = seen["saved"].as_array().unwrap();
    assert_eq!(saved.len(), 1, "{seen:#}");
    let file = saved[0].as_str().unwrap();
    assert!(
        file.starts_with("img-src-x-onerror-alert-1-them-jo-tester-"),
        "{file}"
    );
    let text = t.read(&format!("downloads/{file}"));
    assert_eq!(
        seen["copied"].as_str().unwrap(),
        text,
        "copy shows the saved text"
    );
    assert!(
        text.contains("round = 2026-11-01\ncomplete = true\n"),
        "{text}"
    );
    assert!(text.ends_with("\n[expected]\nmutual-gains = 2\n"), "{text}");
    let score = t.run_args(&["score", &format!("downloads/{file}"), "--format", "json"]);
    assert_eq!(score.code, 0, "{}", score.stderr);
    assert_eq!(score.stderr, "", "no warning: every statement answered");
    // What partnercheck reads from the file: the one expectation.
    let raw = RawAnswers::parse(Source::new(file, &text)).unwrap();
    let loaded = check_answers(file, raw, &text, &q, true).unwrap();
    let mut want = vec![None; q.dimensions.len()];
    want[q.dimension_index("mutual-gains").unwrap()] = Some(Answer::Value(2));
    assert_eq!(loaded.sheet.expected, want);
    let v: serde_json::Value = serde_json::from_str(&score.stdout).unwrap();
    let r = &v["results"][0];
    assert_eq!(r["partner"], HOSTILE);
    assert_eq!(r["side"], "them");
    assert_eq!(r["respondent"], "Jo Tester");
    assert!((r["overall"].as_f64().unwrap() - 4.0).abs() < 1e-9, "{r:#}");
    let coverage = (q.questions.len() - 1) as f64 / q.questions.len() as f64;
    assert!(
        (r["coverage"].as_f64().unwrap() - coverage).abs() < 1e-9,
        "{r:#}"
    );
    assert_eq!(r["tier"]["id"], "true-partnership");
}

/// The project file names our organisation, the round and the folder the
/// form goes to.
#[test]
fn the_project_file_gives_our_name_the_round_and_the_folder() {
    let t = Test::new().write(
        "partnercheck.toml",
        "organization = \"Acme <Corp>\"\nanswers = \"answers\"\nround = 2026-11-01\n",
    );
    std::fs::create_dir(t.path("answers")).unwrap();
    let out = t.run_args(&["form", "--partner", "Beta"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = t.read("answers/beta-2026-11-01.html");
    assert!(
        page.contains("<span>Acme &lt;Corp&gt;</span>"),
        "offered as our side"
    );
    assert!(page.contains("About your relationship with <strong>Acme &lt;Corp&gt;</strong>"));
    // The partner's staff are asked how we would rate each part.
    assert!(
        page.contains("How far do you think the people of Acme &lt;Corp&gt; agree with the statements on Learning?"),
        "the expectation names our organisation"
    );
    assert!(page.contains("\"round\":\"2026-11-01\""));
    // A flag wins over the project file.
    let out = t.run_args(&[
        "form",
        "--partner",
        "Beta",
        "--round",
        "2026-12-01",
        "--side",
        "us",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(t.path("answers/beta-us-2026-12-01.html").exists());
}

#[test]
fn a_form_to_standard_output_and_a_blank_partner() {
    let t = Test::new();
    let out = t.run_args(&["form", "--partner", "P", "--side", "us", "--output", "-"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("<!DOCTYPE html>"));
    assert!(out.stdout.ends_with("</html>\n"));
    assert_eq!(out.stderr, "");
    t.run_args(&["form", "--partner", "  "])
        .fails_with(&["--partner is empty"]);
    t.run_args(&["form", "--round", "November"])
        .fails_with(&["November"]);
}

/// Regression: a question id `pc-side` shared the side question's radio
/// group, and choosing one unchose the other.
#[test]
fn a_question_id_cannot_share_the_side_questions_radio_group() {
    let mini = std::fs::read_to_string(common::repo("tests/diagnostics/validate/mini.toml"))
        .unwrap()
        .replace("id = \"a1\"", "id = \"pc-side\"");
    let t = Test::new().write("mini.toml", &mini);
    let out = t.run_args(&[
        "form",
        "-q",
        "mini.toml",
        "--partner",
        "Acme",
        "-o",
        "f.html",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = t.read("f.html");
    let group = |name: &str| {
        page.matches(&format!("type=\"radio\" name=\"{name}\" value="))
            .count()
    };
    assert_eq!(
        group("pc-side"),
        6,
        "only the question's choices and \"Don't know\""
    );
    assert_eq!(group("pc.side"), 2, "the side's own group");
    assert!(!page.contains("name=\"pc-side\" value=\"us\""));
}

/// A form in each embedded language, filled in headless Chromium the same
/// way, saves a file that records its `lang` and scores exactly as the
/// English one; the page's own words are that language's.
#[test]
fn a_form_in_each_language_scores_as_in_english() {
    let Some(driver) = common::node_driver(&["puppeteer-core"]) else {
        return;
    };
    let Some(chromium) = common::chromium() else {
        return;
    };
    let q = Questionnaire::embedded("partnership-health").unwrap();
    let reverse: Vec<&str> = q
        .questions
        .iter()
        .filter(|x| x.reverse)
        .map(|x| x.id.as_str())
        .collect();
    let mut scores = Vec::new();
    for lang in ["en", "pt-BR", "es", "de", "fr"] {
        let t = Test::new();
        std::fs::create_dir(t.path("downloads")).unwrap();
        let out = t.run_args(&[
            "form",
            "--partner",
            "Acme",
            "--lang",
            lang,
            "-o",
            "form.html",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let page = t.read("form.html");
        assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        if lang != "en" {
            for english in [
                "Before you start",
                "Save answers",
                "More about this statement",
            ] {
                assert!(!page.contains(english), "{lang}: {english}");
            }
        }
        let drive = || {
            let run = Command::new("node")
                .arg(driver.join("form.mjs"))
                .arg(t.path("form.html"))
                .arg(t.path("downloads"))
                .env("PARTNERCHECK_CHROMIUM", &chromium)
                .env(
                    "PARTNERCHECK_REVERSE",
                    serde_json::to_string(&reverse).unwrap(),
                )
                // Progress kept over a reload is the English form test's
                // business; this one is about the figures.
                .env("PARTNERCHECK_NO_RELOAD", "1")
                .output()
                .expect("run node");
            let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
            assert!(run.status.success(), "{lang}: {stdout}");
            let seen: serde_json::Value = serde_json::from_str(stdout.trim()).expect(&stdout);
            seen
        };
        let seen = drive();
        assert_eq!(seen["failure"], serde_json::Value::Null, "{lang}: {seen:#}");
        assert_eq!(seen["seen"]["errors"], serde_json::json!([]), "{lang}");
        assert_eq!(seen["seen"]["csp"], serde_json::json!([]), "{lang}");
        let progress = seen["noStorage"]["progress"].as_str().unwrap();
        assert!(progress.contains("23"), "{lang}: {progress}");
        if lang != "en" {
            assert!(
                !progress.contains("statements answered"),
                "{lang}: {progress}"
            );
        }
        let saved = seen["saved"].as_array().unwrap();
        assert_eq!(saved.len(), 1, "{lang}: {seen:#}");
        let file = format!("downloads/{}", saved[0].as_str().unwrap());
        let text = t.read(&file);
        assert_eq!(
            text.contains(&format!("lang = \"{lang}\"\n")),
            lang != "en",
            "{lang}: {text}"
        );
        let score = t.run_args(&["score", &file, "--format", "json"]);
        assert_eq!(score.code, 0, "{lang}: {}", score.stderr);
        let mut v: serde_json::Value = serde_json::from_str(&score.stdout).unwrap();
        // The file's name and path differ; the figures must not.
        let r = v["results"][0].take();
        let figures = serde_json::json!({
            "overall": r["overall"], "coverage": r["coverage"], "tier": r["tier"],
            "dimensions": r["dimensions"],
        });
        scores.push((lang, figures));
    }
    for (lang, figures) in &scores[1..] {
        assert_eq!(figures, &scores[0].1, "{lang} scores as English");
    }
}
