//! `partnercheck serve` in headless Chromium (tests/browser/serve.mjs):
//! both sides of two partners answer at 390 and 1280 px, the facilitator's
//! page counts them live, axe-core finds no WCAG 2 A/AA violation, and the
//! files score. Screenshots go to `PARTNERCHECK_SCREENSHOTS` when set.

use std::path::PathBuf;
use std::process::Command;

use crate::common;
use crate::serve_common::{Server, folder};

#[test]
fn two_partners_answer_in_the_browser_and_the_facilitator_counts_live() {
    let Some(driver) = common::node_driver(&["puppeteer-core", "axe-core"]) else {
        return;
    };
    let Some(chromium) = common::chromium() else {
        return;
    };
    let dir = folder();
    let server = Server::start(
        dir.path(),
        &["--partner", "Acme Logistics", "--partner", "Globex <Inc>"],
    );
    let base = format!("http://{}", server.addr);
    let links = serde_json::json!({
        "joins": server.joins.iter().map(|(p, s, path)| serde_json::json!({
            "partner": p, "side": s, "url": format!("{base}{path}")
        })).collect::<Vec<_>>(),
        "facilitator": format!("{base}{}", server.facilitator),
        "display": format!("{base}{}", server.display),
    });
    let links_file = dir.path().join("links.json");
    std::fs::write(&links_file, links.to_string()).unwrap();
    let shots = std::env::var_os("PARTNERCHECK_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("shots"));
    std::fs::create_dir_all(&shots).unwrap();
    let run = Command::new("node")
        .arg(driver.join("serve.mjs"))
        .arg(&links_file)
        .arg(&shots)
        .env("PARTNERCHECK_CHROMIUM", &chromium)
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
    assert_eq!(seen["seen"]["foreign"], serde_json::json!([]), "{seen:#}");
    assert_eq!(seen["seen"]["errors"], serde_json::json!([]), "{seen:#}");
    assert_eq!(seen["seen"]["csp"], serde_json::json!([]), "{seen:#}");
    for key in [
        "axeParticipant",
        "axeFacilitator",
        "axeClosed",
        "axeDisplay",
        "axeGerman",
    ] {
        assert_eq!(seen[key], serde_json::json!([]), "{key}: {:#}", seen[key]);
    }
    // A German browser reads the page in German, without a horizontal
    // scroll at 390 px, and the menu's French link gives the French page.
    assert_eq!(seen["german"]["lang"], "de", "{seen:#}");
    assert_eq!(seen["german"]["button"], "Antworten absenden", "{seen:#}");
    assert_eq!(seen["german"]["overflow"], 0, "{seen:#}");
    assert_eq!(seen["german"]["next"], "fr", "{seen:#}");
    assert_eq!(seen["before"], serde_json::json!(["0", "0", "0", "0"]));
    // After each answer, the facilitator's page shows it without a reload.
    let live: Vec<usize> = seen["live"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c.as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_str().unwrap().parse::<usize>().unwrap())
                .sum()
        })
        .collect();
    assert_eq!(live, [1, 2, 3, 4]);
    let answered = seen["answered"].as_array().unwrap();
    assert_eq!(answered.len(), 4);
    for a in answered {
        assert_eq!(a["overflow"], 0, "no horizontal scroll: {a}");
        assert!(a["message"].as_str().unwrap().contains("received"), "{a}");
        // Answers cleared from the browser, the edit token kept for the tab.
        assert_eq!(a["storage"]["local"], 0, "{a}");
        assert_eq!(a["storage"]["edit"].as_array().unwrap().len(), 1, "{a}");
        let heading = a["heading"].as_str().unwrap();
        assert!(
            !heading.contains(" us") && !heading.contains("them"),
            "{heading}"
        );
    }
    assert_eq!(answered[0]["width"], 390);
    assert_eq!(answered[3]["width"], 1280);
    assert_eq!(seen["facilitatorOverflow"], 0);
    assert_eq!(seen["closedState"], "Collection is closed.");
    assert_eq!(seen["reportStatus"], 200);
    assert_eq!(seen["reportOverflow"], 0);
    assert_eq!(seen["displayOverflow"], 0);
    assert_eq!(seen["displayLinks"], 2);
    assert!(
        seen["reportHref"]
            .as_str()
            .unwrap()
            .ends_with("/f/TOKEN/report/acme-logistics")
    );
    for shot in [
        "serve-participant-390.png",
        "serve-participant-1280.png",
        "serve-facilitator-1280.png",
        "serve-facilitator-390.png",
        "serve-report-390.png",
        "serve-display-1280.png",
    ] {
        assert!(shots.join(shot).is_file(), "{shot}");
    }
    // Four files (the second sends revised them), and they score.
    let files = server.files();
    assert_eq!(files.len(), 4, "{files:?}");
    let scored = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(dir.path())
        .args(["score", "answers"])
        .output()
        .unwrap();
    assert!(
        scored.status.success(),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
}
