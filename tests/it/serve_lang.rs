//! `serve` in the participant's language: the page follows the browser's
//! `Accept-Language` or a `?lang=` choice among the instrument's
//! languages, an unknown language falls back without an error, an answer
//! records the language it was given in and scores as in English; the
//! facilitator's pages follow `Accept-Language`; the report route shows
//! the session's round only.

use crate::serve_common::{Server, folder, full_answer};

/// The German and French wording of a statement of the default instrument.
fn statement(lang: &str) -> String {
    let (_, text) = partnercheck::model::questionnaire::Questionnaire::embedded_translations(
        "partnership-health",
    )
    .into_iter()
    .find(|(name, _)| name.contains(&format!(".{lang}.")))
    .expect("an embedded translation");
    let t: toml::Value = toml::from_str(text).unwrap();
    t["question"]["mg-both-benefit"]["text"]
        .as_str()
        .unwrap()
        .to_owned()
}

const ENGLISH_STATEMENT: &str = "Both organizations get measurable value from working together.";

#[test]
fn the_participant_page_speaks_the_browsers_language_or_the_one_chosen() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme"]);
    let join = server.join("Acme", "us").to_owned();
    assert!(
        server.get(&join).body.contains(ENGLISH_STATEMENT),
        "the instrument's own language without a preference"
    );

    let german = server.send("GET", &join, &[("Accept-Language", "de-DE,de;q=0.9")], b"");
    assert_eq!(german.status, 200);
    german.assert_guarded();
    assert!(
        german.body.contains("<html lang=\"de\">"),
        "{}",
        &german.body[..200]
    );
    assert!(german.body.contains(&statement("de")));
    assert!(german.body.contains("Antworten absenden") && !german.body.contains(ENGLISH_STATEMENT));
    // The menu offers every language, the current one marked, by links to
    // the same route.
    for (tag, name) in [
        ("en", "English"),
        ("pt-BR", "Português (Brasil)"),
        ("es", "Español"),
        ("fr", "Français"),
    ] {
        assert!(
            german.body.contains(&format!(
                "<a href=\"?lang={tag}\" lang=\"{tag}\" hreflang=\"{tag}\">{name}</a>"
            )),
            "{tag}"
        );
    }
    assert!(
        german
            .body
            .contains("aria-current=\"page\"><strong>Deutsch</strong>")
    );
    assert!(
        german
            .body
            .contains("<nav class=\"pc-langs\" aria-label=\"Sprache\">")
    );

    // A choice in the query wins over the browser's preference.
    let french = server.send(
        "GET",
        &format!("{join}?lang=fr"),
        &[("Accept-Language", "de")],
        b"",
    );
    assert_eq!(french.status, 200);
    french.assert_guarded();
    assert!(french.body.contains("<html lang=\"fr\">") && french.body.contains(&statement("fr")));
    assert!(french.body.contains("Envoyer les réponses"));
    assert_eq!(
        french.header("content-security-policy"),
        german.header("content-security-policy"),
        "the same code, the same policy"
    );

    // Regional tags fall back to their language; `pt` is not `pt-BR`.
    let mexican = server.send("GET", &join, &[("Accept-Language", "es-MX,es;q=0.5")], b"");
    assert!(mexican.body.contains("<html lang=\"es\">"));
    let portuguese = server.send("GET", &join, &[("Accept-Language", "pt")], b"");
    assert!(portuguese.body.contains("<html lang=\"en\">"));

    // An unknown or malformed language is passed over, never an error.
    for query in [
        "?lang=xx",
        "?lang=",
        "?lang=%3Cscript%3E",
        "?lang=de&lang=fr",
        "?other=1",
    ] {
        let r = server.send(
            "GET",
            &format!("{join}{query}"),
            &[("Accept-Language", "xx, *")],
            b"",
        );
        assert_eq!(r.status, 200, "{query}");
        r.assert_guarded();
        let own = if query.starts_with("?lang=de") {
            "de"
        } else {
            "en"
        };
        assert!(
            r.body.contains(&format!("<html lang=\"{own}\">")),
            "{query}"
        );
        assert!(
            !r.body.contains("<script>alert") && !r.body.contains("%3Cscript"),
            "{query}"
        );
    }
    // The query changes nothing of the route rules: an unknown token is
    // the one 404 with or without it.
    let unknown = server.get("/a/aaaaaaaaaaaaaaaaaaaaaaaaaa?lang=de");
    let plain = server.get("/a/aaaaaaaaaaaaaaaaaaaaaaaaaa");
    assert_eq!((unknown.status, &unknown.body), (404, &plain.body));
    let foreign = server.send(
        "GET",
        &format!("{join}?lang=de"),
        &[("Host", "evil.example")],
        b"",
    );
    assert_eq!(foreign.status, 421);
    // The log never shows the query.
    let (_, log, _) = server.stop();
    assert!(
        !log.contains("lang=") && !log.contains(&join[3..19]),
        "{log}"
    );
}

#[test]
fn an_answer_in_german_records_its_language_and_scores_as_in_english() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme", "--partner", "Globex"]);
    let english = server.post_json(server.join("Acme", "us"), &full_answer(4, None));
    assert_eq!(english.status, 201);
    let mut body: serde_json::Value = serde_json::from_str(&full_answer(4, None)).unwrap();
    body["lang"] = serde_json::json!("de");
    let german = server.post_json(server.join("Globex", "us"), &body.to_string());
    assert_eq!(german.status, 201, "{german:?}");
    let read = |r: &crate::serve_common::Reply| {
        std::fs::read_to_string(
            dir.path()
                .join("answers")
                .join(r.json()["file"].as_str().unwrap()),
        )
        .unwrap()
    };
    let (en_text, de_text) = (read(&english), read(&german));
    assert!(de_text.contains("\nlang = \"de\"\n"), "{de_text}");
    assert!(!en_text.contains("\nlang ="), "{en_text}");
    // The German file's comments are in German.
    assert!(de_text.contains(&statement("de")));
    // A refusal follows the browser's language.
    let refused = server.send(
        "POST",
        server.join("Acme", "them"),
        &[
            ("Content-Type", "application/json"),
            ("Accept-Language", "de"),
        ],
        br#"{"answers": {}, "partner": "x"}"#,
    );
    assert_eq!(refused.status, 422);
    let errors = refused.json()["errors"].to_string();
    assert!(errors.contains("ist durch den Link festgelegt"), "{errors}");
    let bad = body.to_string().replace("\"de\"", "\"not a tag\"");
    assert_eq!(
        server.post_json(server.join("Globex", "them"), &bad).status,
        422
    );
    drop(server);

    // Scoring ignores the language: the two files score the same.
    let score = |text: &str| {
        let path = dir.path().join("one.toml");
        std::fs::write(&path, text.replace("Globex", "Acme")).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_partnercheck"))
            .current_dir(dir.path())
            .args(["score", "one.toml", "--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(score(&en_text), score(&de_text));
}

#[test]
fn the_facilitators_and_the_rooms_pages_follow_accept_language() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme", "--expect", "5"]);
    let fac = server.send(
        "GET",
        &server.facilitator,
        &[("Accept-Language", "fr-CA,fr;q=0.8")],
        b"",
    );
    assert_eq!(fac.status, 200);
    fac.assert_guarded();
    assert!(fac.body.contains("<html lang=\"fr\">") && fac.body.contains("Clore la collecte"));
    assert!(fac.body.contains(">0 sur 5<") && fac.body.contains("Personnes de Acme"));
    let room = server.send("GET", &server.display, &[("Accept-Language", "pt-BR")], b"");
    assert!(
        room.body.contains("<html lang=\"pt-BR\">") && room.body.contains("Check-up da parceria")
    );
    let plain = server.get(&server.facilitator);
    assert!(plain.body.contains("<html lang=\"en\">") && plain.body.contains("Close collection"));
}

#[test]
fn the_report_route_shows_the_sessions_round_only() {
    let dir = folder();
    // Answers of an earlier round…
    let earlier = Server::start(dir.path(), &["--partner", "Acme", "--round", "2026-06-01"]);
    for side in ["us", "us", "us", "them", "them", "them"] {
        assert_eq!(
            earlier
                .post_json(earlier.join("Acme", side), &full_answer(4, None))
                .status,
            201
        );
    }
    drop(earlier);
    // …are not this round's report.
    let server = Server::start(dir.path(), &["--partner", "Acme"]);
    assert_eq!(
        server
            .send("POST", &format!("{}/close", server.facilitator), &[], b"")
            .status,
        204
    );
    let report = server.send(
        "GET",
        &format!("{}/report/acme", server.facilitator),
        &[("Accept-Language", "de")],
        b"",
    );
    assert_eq!(report.status, 200);
    assert!(
        report
            .body
            .contains("Zu diesem Partner gibt es in dieser Runde noch keine Antworten."),
        "{}",
        report.body
    );
}
