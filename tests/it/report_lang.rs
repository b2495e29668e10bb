//! `report --lang`: the partner's page in each embedded language has no
//! English sentence of the tool's own left, says its language in
//! `<html lang>`, and shows the same figures as the English page.

use crate::common::{self, Test};

const LANGS: [&str; 4] = ["pt-BR", "es", "de", "fr"];
const PARTNER: &str = "Acme Logistik GmbH";

/// An answers file of the default instrument, with expectations and a note.
fn sheet(q: &serde_json::Value, who: &str, side: &str, level: i64, date: &str) -> String {
    let mut out = format!(
        "questionnaire = \"partnership-health\"\npartner = \"{PARTNER}\"\nrespondent = \"{who}\"\n\
         side = \"{side}\"\ndate = {date}\n\n[answers]\n"
    );
    let mut expected = String::from("\n[expected]\n");
    for d in q["dimensions"].as_array().unwrap() {
        for (i, x) in d["questions"].as_array().unwrap().iter().enumerate() {
            let v = (level + (i as i64 % 3) - 1).clamp(1, 5);
            out.push_str(&format!("{} = {v}\n", x["id"].as_str().unwrap()));
        }
        expected.push_str(&format!("{} = {}\n", d["id"].as_str().unwrap(), 6 - level));
    }
    out + &expected + "\n[notes]\nlearning = \"Mehr teilen\"\n"
}

/// Two rounds, three people on each side, expectations, a note and an
/// action: every part of the partner's page is drawn.
pub fn portfolio() -> Test {
    let q: serde_json::Value = serde_json::from_str(
        &Test::new()
            .run_args(&["questions", "--format", "json"])
            .code(0)
            .stdout,
    )
    .unwrap();
    let mut t = Test::new();
    let mut i = 0;
    for (date, level) in [("2026-05-14", 2), ("2026-11-20", 3)] {
        for (side, l) in [
            ("us", level),
            ("us", level + 1),
            ("us", level),
            ("them", level + 1),
            ("them", level + 2),
            ("them", level + 1),
        ] {
            t = t.write(
                &format!("a/f{i}.toml"),
                &sheet(&q, &format!("P{i}"), side, l, date),
            );
            i += 1;
        }
    }
    t.write(
        "a/actions.toml",
        &format!(
            "partner = \"{PARTNER}\"\n\n[[action]]\nid = \"a1\"\ntitle = \"Plan\"\n\
             dimension = \"learning\"\nowner = \"both\"\nagreed = 2026-05-20\n\
             due = 2026-08-31\nstatus = \"open\"\n"
        ),
    )
}

/// The partner's page in a language (`en` for English).
pub fn page(t: &Test, lang: &str) -> String {
    t.run_args(&[
        "report",
        "a",
        "--audience",
        "partner",
        "--include",
        "notes",
        "--include",
        "expectations",
        "--lang",
        lang,
        "--output",
        "-",
    ])
    .code(0)
    .stdout
}

/// The text a reader sees: no style, script or tags, entities decoded.
fn visible(html: &str) -> String {
    let mut rest = html.to_owned();
    for (open, close) in [("<style", "</style>"), ("<script", "</script>")] {
        while let Some(a) = rest.find(open) {
            let b = rest[a..]
                .find(close)
                .map_or(rest.len(), |b| a + b + close.len());
            rest.replace_range(a..b, "");
        }
    }
    let mut text = String::new();
    let mut in_tag = false;
    for ch in rest.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push('\n');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Runs of three or more words of the English catalogue's report, chart,
/// agenda and action messages, outside their variables: the phrases an
/// untranslated sentence would leave on the page.
fn english_phrases() -> Vec<String> {
    let en = ["pages", "interview", "documents"]
        .map(|part| {
            std::fs::read_to_string(common::repo(&format!("src/present/locales/en/{part}.ftl")))
                .unwrap()
        })
        .concat();
    let mut phrases = Vec::new();
    let mut take = false;
    for line in en.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let text = if !line.starts_with(' ') {
            let Some((id, value)) = line.split_once(" = ") else {
                take = false;
                continue;
            };
            take = ["report-", "chart-", "agenda-", "action-", "reverse-"]
                .iter()
                .any(|p| id.starts_with(p));
            value
        } else {
            line.trim_start_matches([' ', '*'])
                .trim_start_matches(|c: char| c != ']')
                .trim_start_matches(']')
        };
        if !take {
            continue;
        }
        // the literal text between variables, cut at punctuation
        let mut literal = String::new();
        let mut depth = 0;
        for ch in text.chars() {
            match ch {
                '{' => {
                    depth += 1;
                    literal.push('|');
                }
                '}' => depth -= 1,
                c if depth == 0 => literal.push(c),
                _ => {}
            }
        }
        for run in literal.split(|c: char| "|.,;:()—=→\"".contains(c)) {
            let words: Vec<&str> = run.split_whitespace().collect();
            if words.len() >= 3 {
                phrases.push(words.join(" "));
            }
        }
    }
    // The verdict's sentences (present/reasons.rs) too.
    phrases.extend(
        [
            "is the weakest dimension",
            "which needs every dimension",
            "an overall score at",
            "to go",
            "The overall score is",
        ]
        .map(str::to_owned),
    );
    phrases.sort();
    phrases.dedup();
    phrases
}

/// The decimal figures of a page, in order.
fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in text.chars().chain([' ']) {
        if ch.is_ascii_digit() || (ch == '.' && !cur.is_empty()) {
            cur.push(ch);
        } else {
            let figure = cur.trim_end_matches('.');
            if figure.contains('.') && !figure.starts_with("20") {
                out.push(figure.to_owned());
            }
            cur.clear();
        }
    }
    out.sort();
    out
}

#[test]
fn the_partner_page_in_each_language_has_no_english_sentence_and_the_same_figures() {
    let t = portfolio();
    let english = page(&t, "en");
    assert!(english.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"));
    let phrases = english_phrases();
    assert!(phrases.len() > 60, "{}", phrases.len());
    let english_text = visible(&english);
    // The phrases are English the page uses: a good share are on it.
    let on_page = phrases.iter().filter(|p| english_text.contains(*p)).count();
    assert!(
        on_page > 25,
        "only {on_page} English phrases on the English page"
    );
    let english_figures = figures(&english_text);
    assert!(english_figures.len() > 40, "{english_figures:?}");
    for lang in LANGS {
        let html = page(&t, lang);
        assert!(
            html.contains(&format!("lang=\"{lang}\">")),
            "{lang}: {}",
            &html[..200]
        );
        let text = visible(&html);
        let left: Vec<&String> = phrases.iter().filter(|p| text.contains(*p)).collect();
        assert!(left.is_empty(), "{lang}: English left: {left:?}");
        assert_eq!(
            figures(&text),
            english_figures,
            "{lang}: the figures differ"
        );
    }
}
