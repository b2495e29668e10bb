//! Every page the tool writes fits a phone: at 390 px no page scrolls
//! sideways (wide tables and charts scroll in their own box) and chart text
//! renders at 11 px or more; the partner's page in German (the longest
//! words) fits too, its chart labels clear of each other. Driven by tests/browser/phone.mjs in headless
//! Chromium; fails, never skips, under CI=true when a tool is missing.

use std::path::PathBuf;
use std::process::Command;

use crate::common::{self, Test};

/// Answers to the full instrument with expectations, both sides, long
/// organisation names (the widest tables).
fn sheet(q: &serde_json::Value, side: &str, who: &str, level: i64) -> String {
    let mut out = format!(
        "questionnaire = \"partnership-health\"\npartner = \"Northwind Foods International Holdings\"\n\
         respondent = \"{who}\"\nside = \"{side}\"\ndate = 2026-11-20\n\n[answers]\n"
    );
    let mut expected = String::from("\n[expected]\n");
    for d in q["dimensions"].as_array().unwrap() {
        for (i, x) in d["questions"].as_array().unwrap().iter().enumerate() {
            let v = (level + (i as i64 % 3) - 1).clamp(1, 5);
            out.push_str(&format!("{} = {v}\n", x["id"].as_str().unwrap()));
        }
        expected.push_str(&format!("{} = {}\n", d["id"].as_str().unwrap(), 6 - level));
    }
    out + &expected
}

#[test]
fn no_page_scrolls_sideways_at_phone_width_and_chart_text_stays_legible() {
    let Some(driver) = common::node_driver(&["puppeteer-core"]) else {
        return;
    };
    let Some(chromium) = common::chromium() else {
        return;
    };
    let q: serde_json::Value = common::default_questions();
    let mut t = Test::new().write(
        "partnercheck.toml",
        "organization = \"Acme Logistics and Warehousing Group\"\n",
    );
    for (i, (side, level)) in [
        ("us", 4),
        ("us", 3),
        ("us", 4),
        ("them", 2),
        ("them", 3),
        ("them", 2),
    ]
    .iter()
    .enumerate()
    {
        t = t.write(
            &format!("a/{i}.toml"),
            &sheet(&q, side, &format!("P{i}"), *level),
        );
    }
    // An earlier round, so that the reports draw the line chart of rounds.
    for (i, side) in ["us", "us", "us", "them", "them", "them"]
        .iter()
        .enumerate()
    {
        let earlier = sheet(&q, side, &format!("E{i}"), 2).replace("2026-11-20", "2026-05-14");
        t = t.write(&format!("a/earlier-{i}.toml"), &earlier);
    }
    t.run_args(&["report", "a", "--output", "internal.html"])
        .code(0);
    t.run_args(&[
        "report",
        "a",
        "--audience",
        "partner",
        "--include",
        "expectations",
        "--output",
        "partner.html",
    ])
    .code(0);
    // German grows longest: the partner's page in German, with every part.
    let de = crate::report_lang::portfolio();
    let german = crate::report_lang::page(&de, "de");
    t = t.write("lang-report-de.html", &german);
    t.run_args(&[
        "form",
        "--partner",
        "Northwind Foods",
        "--output",
        "form.html",
    ])
    .code(0);
    let shots = std::env::var_os("PARTNERCHECK_SHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| t.dir().to_path_buf());
    let pages = ["internal", "partner", "form", "lang-report-de"];
    let out = Command::new("node")
        .arg(driver.join("phone.mjs"))
        .arg(&shots)
        .args(
            pages
                .iter()
                .map(|p| format!("{p}={}", t.path(&format!("{p}.html")).display())),
        )
        .env("PARTNERCHECK_CHROMIUM", &chromium)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(seen["errors"], serde_json::json!([]), "{seen}");
    for page in pages {
        for width in ["1280", "390"] {
            let m = &seen[page][width];
            let scroll = m["scrollWidth"].as_f64().unwrap();
            let viewport = m["viewport"].as_f64().unwrap();
            assert!(
                scroll <= viewport + 1.0,
                "{page} at {width}: the page scrolls sideways ({scroll} > {viewport})"
            );
            assert_eq!(
                m["unboxed"],
                serde_json::json!([]),
                "{page} at {width}: {m}"
            );
            assert_eq!(
                m["cutCharts"],
                serde_json::json!([]),
                "{page} at {width}: a chart is cut"
            );
            if let Some(px) = m["minChartText"].as_f64() {
                assert!(px >= 11.0, "{page} at {width}: chart text at {px:.1} px");
            }
        }
    }
    // No chart label of the German page runs into another at either width.
    for width in ["1280", "390"] {
        let m = &seen["lang-report-de"][width];
        assert_eq!(
            m["overlaps"],
            serde_json::json!([]),
            "German at {width}: {m}"
        );
        assert!(m["minChartText"].is_number(), "German at {width}: {m}");
    }
    // The reports draw charts (the line of rounds among them); their text
    // was measured.
    assert!(
        t.read("internal.html").contains("class=\"chart line\""),
        "the internal report draws the rounds"
    );
    // The reports draw charts; their text was measured.
    assert!(seen["partner"]["390"]["minChartText"].is_number(), "{seen}");
    assert!(
        seen["internal"]["390"]["minChartText"].is_number(),
        "{seen}"
    );
}
