//! `partnercheck serve` over HTTP: both sides of two partners answer, the
//! facilitator counts, closes and shows reports, and the files written are
//! ordinary answers files that `score` reads unchanged.

use std::time::Duration;

use crate::serve_common::{ORG, Server, folder, full_answer};

/// The `partnercheck` binary run in `dir`.
fn partnercheck(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run partnercheck")
}

#[test]
fn both_sides_of_two_partners_answer_and_the_files_score_unchanged() {
    let dir = folder();
    let server = Server::start(
        dir.path(),
        &["--partner", "Acme Logistics", "--partner", "Globex"],
    );
    assert_eq!(server.joins.len(), 4);
    for (_, _, path) in &server.joins {
        // /a/ + 26 lowercase base32 characters.
        let token = &path[3..];
        assert_eq!(token.len(), 26, "{path}");
        assert!(
            token
                .bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
        );
    }
    let page = server.get(server.join("Acme Logistics", "them"));
    assert_eq!(page.status, 200);
    page.assert_guarded();
    assert!(page.body.contains("Northwind") && page.body.contains("Acme Logistics"));
    assert!(page.body.contains("<body class=\"side-them\">"));
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("script-src 'sha256-"), "{csp}");

    let mut written = Vec::new();
    for (partner, side) in [
        ("Acme Logistics", "us"),
        ("Acme Logistics", "them"),
        ("Globex", "us"),
        ("Globex", "them"),
    ] {
        for (i, who) in [Some("Jo Müller"), None].into_iter().enumerate() {
            let r = server.post_json(server.join(partner, side), &full_answer(3 + i as i64, who));
            assert_eq!(r.status, 201, "{r:?}");
            r.assert_guarded();
            let j = r.json();
            let file = j["file"].as_str().unwrap().to_owned();
            let slug = if partner == "Globex" {
                "globex"
            } else {
                "acme-logistics"
            };
            let prefix = match who {
                Some(_) => format!("{slug}-{side}-jo-muller-"),
                None => format!("{slug}-{side}-"),
            };
            assert!(file.starts_with(&prefix), "{file}");
            // …-DATE-SUFFIX.toml, the suffix six of [a-z0-9].
            let suffix = &file[file.len() - 11..file.len() - 5];
            assert!(
                suffix
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{file}"
            );
            assert_eq!(j["edit"].as_str().unwrap().len(), 26);
            written.push((partner, side, file, j["edit"].as_str().unwrap().to_owned()));
        }
    }
    assert_eq!(server.files().len(), 8);
    let text = std::fs::read_to_string(dir.path().join("answers").join(&written[1].2)).unwrap();
    assert!(text.contains("partner = \"Acme Logistics\"") && text.contains("side = \"us\""));
    assert!(text.contains("round = 2026-12-01") && text.contains("source = \"serve\""));
    assert!(text.contains("complete = true"), "{text}");

    // The facilitator's counts.
    let status = server.get(&format!("{}/status", server.facilitator));
    assert_eq!(status.status, 200);
    status.assert_guarded();
    assert_eq!(
        status.json(),
        serde_json::json!({"round": "2026-12-01", "open": true, "partners": [
            {"partner": "Acme Logistics", "us": 2, "them": 2},
            {"partner": "Globex", "us": 2, "them": 2}]})
    );

    // A revision keeps the name and the edit token; a partial one is not complete.
    let (partner, side, file, edit) = &written[0];
    let r = server.put_json(
        &format!("{}/{edit}", server.join(partner, side)),
        r#"{"answers": {"mg-both-benefit": 1}}"#,
    );
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(r.json(), serde_json::json!({"file": file, "edit": edit}));
    let text = std::fs::read_to_string(dir.path().join("answers").join(file)).unwrap();
    assert!(
        text.contains("mg-both-benefit = 1") && text.contains("complete = false"),
        "{text}"
    );
    // An edit token works only on its own link.
    let other = server.put_json(&format!("{}/{edit}", server.join("Globex", "us")), "{}");
    assert_eq!(other.status, 404);
    assert_eq!(server.files().len(), 8);

    // Every file scores with `score`, unchanged.
    let scored = partnercheck(dir.path(), &["score", "answers", "--format", "json"]);
    assert!(
        scored.status.success(),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
    let compared = partnercheck(dir.path(), &["compare", "answers"]);
    assert!(compared.status.success());
    assert!(String::from_utf8_lossy(&compared.stdout).contains("Globex"));

    // Reports only once collection is closed.
    let report = format!("{}/report/acme-logistics", server.facilitator);
    let r = server.get(&report);
    assert_eq!(r.status, 409);
    r.assert_guarded();
    let closing = server.send("POST", &format!("{}/close", server.facilitator), &[], b"");
    assert_eq!(closing.status, 204);
    closing.assert_guarded();
    let refused = server.post_json(server.join("Globex", "us"), &full_answer(4, None));
    assert_eq!(refused.status, 409);
    let refused = server.put_json(
        &format!("{}/{edit}", server.join(partner, side)),
        &full_answer(4, None),
    );
    assert_eq!(refused.status, 409);
    assert_eq!(server.files().len(), 8);
    assert_eq!(
        server.get(&format!("{}/status", server.facilitator)).json()["open"],
        false
    );

    // Two people a side, fewer than 3: the partner's page hides each side's figures.
    let shown = server.get(&report);
    assert_eq!(shown.status, 200, "{shown:?}");
    shown.assert_guarded();
    assert!(shown.body.contains("Acme Logistics") && !shown.body.contains("Globex"));
    assert!(
        shown
            .body
            .contains("Each side&#39;s scores are not shown: a side has fewer than 3 respondents"),
        "the threshold is said"
    );
    assert!(
        !shown.body.contains("A note"),
        "notes are not on the partner's page"
    );
    let csp = shown.header("content-security-policy").unwrap();
    assert!(csp.contains("style-src 'sha256-"), "{csp}");
    // The display link shows the same report; the page carries no facilitator token.
    let display = server.get(&server.display);
    assert_eq!(display.status, 200);
    let fac_token = &server.facilitator[3..];
    assert!(!display.body.contains(fac_token));
    assert!(display.body.contains("/report/acme-logistics\""));
    let on_screen = server.get(&format!("{}/report/acme-logistics", server.display));
    assert_eq!(on_screen.status, 200);
    assert_eq!(on_screen.body, shown.body);
    // Once a report is shown, collection stays closed.
    let reopen = server.send("POST", &format!("{}/open", server.facilitator), &[], b"");
    assert_eq!(reopen.status, 409);
    let fac_page = server.get(&server.facilitator);
    assert_eq!(fac_page.status, 200);
    fac_page.assert_guarded();
    assert!(fac_page.body.contains(&format!("People of {ORG}")));
    assert!(fac_page.body.contains("People of Acme Logistics"));

    let server_tokens: Vec<String> = server
        .joins
        .iter()
        .map(|j| j.2[3..].to_owned())
        .chain([
            server.facilitator[3..].to_owned(),
            server.display[3..].to_owned(),
        ])
        .collect();
    let (code, log, took) = server.stop();
    assert_eq!(code, Some(0), "{log}");
    assert!(took < Duration::from_secs(5));
    // The log names routes, never a token, a name or an answer.
    assert!(
        log.contains("POST /a/… 201") && log.contains("GET /f/…/status 200"),
        "{log}"
    );
    let mut tokens: Vec<String> = written.iter().map(|w| w.3.clone()).collect();
    tokens.extend(server_tokens);
    for token in &tokens {
        for i in 0..=token.len() - 16 {
            assert!(
                !log.contains(&token[i..i + 16]),
                "16 characters of a token in the log"
            );
        }
    }
    assert!(!log.contains("Acme") && !log.contains("Jo") && !log.contains("note"));
}

#[test]
fn a_restart_keeps_the_links_and_new_links_replace_them() {
    let dir = folder();
    let first = Server::start(dir.path(), &["--partner", "Acme"]);
    let old = first.join("Acme", "us").to_owned();
    assert_eq!(first.post_json(&old, &full_answer(4, None)).status, 201);
    let stdout = first.stdout.clone();
    let (code, _, _) = first.stop();
    assert_eq!(code, Some(0));

    let again = Server::start(dir.path(), &["--partner", "Acme"]);
    let lines = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| l.rsplit_once("/").unwrap().1.to_owned())
            .collect()
    };
    assert_eq!(
        lines(&again.stdout),
        lines(&stdout),
        "same tokens after a restart"
    );
    assert_eq!(
        again.get(&format!("{}/status", again.facilitator)).json()["partners"][0]["us"],
        1
    );
    drop(again);

    let renewed = Server::start(dir.path(), &["--partner", "Acme", "--new-links"]);
    assert_eq!(renewed.get(&old).status, 404, "the old link stops working");
    assert_eq!(renewed.get(renewed.join("Acme", "us")).status, 200);
    assert_eq!(
        renewed
            .get(&format!("{}/status", renewed.facilitator))
            .json()["partners"][0]["us"],
        1
    );
    let new_token = renewed.join("Acme", "us").to_owned();
    drop(renewed);

    // A link of one round is unknown in another.
    let other = Server::start(dir.path(), &["--partner", "Acme", "--round", "2027-03-01"]);
    assert_eq!(other.get(&new_token).status, 404);
    assert_eq!(
        other.get(&format!("{}/status", other.facilitator)).json()["partners"][0]["us"],
        0
    );
}

#[test]
fn expect_caps_the_answers_of_each_side() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme", "--expect", "1"]);
    let us = server.join("Acme", "us").to_owned();
    assert_eq!(server.post_json(&us, &full_answer(4, None)).status, 201);
    let over = server.post_json(&us, &full_answer(4, None));
    assert_eq!(over.status, 409);
    over.assert_guarded();
    assert_eq!(
        server
            .post_json(server.join("Acme", "them"), &full_answer(2, None))
            .status,
        201
    );
    assert_eq!(server.files().len(), 2);
    let page = server.get(&server.facilitator);
    assert!(page.body.contains(">1 of 1<"), "{}", page.body);
}

#[test]
fn start_refuses_a_missing_organisation_and_partners_that_share_a_slug() {
    let dir = folder();
    let out = partnercheck(
        dir.path(),
        &["serve", "--partner", "Acme", "--listen", "127.0.0.1:0"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--organization"));
    let out = partnercheck(
        dir.path(),
        &[
            "serve",
            "--organization",
            "N",
            "--partner",
            "Acme Co",
            "--partner",
            "acme-co",
            "--listen",
            "127.0.0.1:0",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("acme-co"));
    let out = partnercheck(
        dir.path(),
        &["serve", "--organization", "N", "--listen", "127.0.0.1:0"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
