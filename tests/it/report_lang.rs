//! `report --lang` and `agenda --lang`: the partner's page, the internal
//! report (HTML and Markdown) and the agenda (text and Markdown) in each
//! embedded language have no English sentence of the tool's own left, say
//! their language in `<html lang>` (the tag as given), and show the same
//! figures as in English.

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
    let q: serde_json::Value = common::default_questions();
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
    // Every message of the documents' catalogue; of the pages', those the
    // documents use.
    let mut phrases = common::english_phrases("documents", |_| true);
    phrases.extend(common::english_phrases("pages", |id| {
        ["report-", "chart-", "agenda-", "action-", "reverse-"]
            .iter()
            .any(|p| id.starts_with(p))
    }));
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

/// The short English labels of the documents (fewer than three words,
/// so [`english_phrases`] cannot see them), as whole words.
const ENGLISH_LABELS: [&str; 16] = [
    "Contents",
    "Portfolio summary",
    "Largest gap",
    "What stands out",
    "Open actions",
    "Overdue",
    "Verdict",
    "Chart",
    "Why:",
    "Open action:",
    "Next step",
    "coverage",
    "Round",
    "files",
    "Bold:",
    "band thresholds",
];

/// Whether `word` is in `text` with no letter or digit on either side.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The English the tool's own words would leave in `text`: phrases of its
/// catalogue and its short labels.
fn english_left(text: &str, phrases: &[String]) -> Vec<String> {
    let mut left: Vec<String> = phrases
        .iter()
        .filter(|p| text.contains(p.as_str()))
        .cloned()
        .collect();
    left.extend(
        ENGLISH_LABELS
            .iter()
            .filter(|w| has_word(text, w))
            .map(|w| (*w).to_owned()),
    );
    left
}

/// [`portfolio`] and a second partner, Globex, with one person on each
/// side in each of two rounds who answer alike: the two sides agree on
/// every dimension, and the partner's page hides the figures of its two
/// people.
fn two_partners() -> Test {
    let q: serde_json::Value = common::default_questions();
    let mut t = portfolio();
    for (i, date) in ["2026-05-14", "2026-11-20"].iter().enumerate() {
        for side in ["us", "them"] {
            let text = sheet(&q, &format!("G{i}{side}"), side, 3, date)
                .replace(PARTNER, "Globex")
                .replace("learning = \"Mehr teilen\"", "reciprocity = \"Weiter so\"");
            t = t.write(&format!("a/g{i}{side}.toml"), &text);
        }
    }
    t
}

/// A document in a language: `args` and `--lang LANG`, printed.
fn document(t: &Test, args: &[&str], lang: &str) -> String {
    let mut all = args.to_vec();
    all.extend(["--lang", lang]);
    t.run_args(&all).code(0).stdout
}

/// The documents of `agenda` and `report` (internal) in a language, by name,
/// as a reader sees them.
fn documents(t: &Test, lang: &str) -> Vec<(&'static str, String)> {
    let html = document(t, &["report", "a", "--output", "-"], lang);
    vec![
        ("internal report (HTML)", visible(&html)),
        (
            "internal report (Markdown)",
            document(t, &["report", "a", "--format", "markdown"], lang),
        ),
        (
            "partner report (Markdown)",
            document(
                t,
                &[
                    "report",
                    "a",
                    "--audience",
                    "partner",
                    "--partner",
                    PARTNER,
                    "--include",
                    "notes",
                    "--include",
                    "expectations",
                    "--format",
                    "markdown",
                ],
                lang,
            ),
        ),
        (
            "agenda (text)",
            document(t, &["agenda", "a", "--format", "text"], lang),
        ),
        (
            "agenda (Markdown)",
            document(t, &["agenda", "a", "--format", "markdown"], lang),
        ),
    ]
}

#[test]
fn the_internal_report_and_the_agenda_in_each_language_have_no_english_and_the_same_figures() {
    let t = two_partners();
    let phrases = english_phrases();
    let english = documents(&t, "en");
    for (name, text) in &english {
        // The phrases and labels are English these documents use.
        let on_page = english_left(text, &phrases).len();
        assert!(on_page > 12, "only {on_page} English phrases in the {name}");
        assert!(figures(text).len() > 20, "{name}: {:?}", figures(text));
    }
    for lang in LANGS {
        for ((name, text), (_, english)) in documents(&t, lang).iter().zip(&english) {
            let left = english_left(text, &phrases);
            assert!(left.is_empty(), "{lang}, {name}: English left: {left:?}");
            assert_eq!(
                figures(text),
                figures(english),
                "{lang}, {name}: the figures differ"
            );
        }
    }
}

/// The internal report's summary says the two sides agree when the
/// largest gap is nothing as shown, never "+0.00 on …".
#[test]
fn the_summary_says_the_sides_agree_when_the_largest_gap_is_nothing() {
    let t = two_partners();
    for (lang, agree) in [
        ("en", "none: the two sides score every dimension alike"),
        ("de", "keiner: Beide Seiten bewerten jede Dimension gleich"),
        (
            "fr",
            "aucun : les deux parties notent chaque dimension de la même façon",
        ),
    ] {
        let html = visible(&document(&t, &["report", "a", "--output", "-"], lang));
        let md = document(&t, &["report", "a", "--format", "markdown"], lang);
        for text in [&html, &md] {
            let summary = text
                .split(PARTNER)
                .nth(2)
                .expect("a summary row per partner");
            assert!(
                !text.contains("+0.00 on") && !text.contains("0.00 bei"),
                "{lang}"
            );
            assert!(summary.contains(agree), "{lang}: {summary}");
        }
        // Acme's sides differ: its largest gap is said as a figure.
        let acme = md.lines().find(|l| l.starts_with("| [Acme")).unwrap();
        assert!(acme.contains("+0.67 "), "{lang}: {acme}");
    }
}

/// With two people the partner's page hides the overall score: it says
/// why in one sentence, in every language, never "– (– since …)"; the
/// agenda's line under its title says no change from nothing either.
#[test]
fn a_hidden_overall_score_says_why_and_no_change() {
    let t = two_partners();
    for (lang, why) in [
        (
            "en",
            "The overall score is not shown: it rests on the answers of fewer than 3 people",
        ),
        (
            "pt-BR",
            "A pontuação geral não é mostrada: ela se baseia nas respostas de menos de 3 pessoas",
        ),
        (
            "es",
            "La puntuación global no se muestra: se basa en las respuestas de menos de 3 personas",
        ),
        (
            "de",
            "Der Gesamtwert wird nicht gezeigt: Er beruht auf den Antworten von weniger als 3 Personen",
        ),
        (
            "fr",
            "Le score global n'est pas affiché : il repose sur les réponses de moins de 3 personnes",
        ),
    ] {
        let partner = [
            "report",
            "a",
            "--audience",
            "partner",
            "--partner",
            "Globex",
        ];
        let html = visible(&document(
            &t,
            &[&partner[..], &["--output", "-"]].concat(),
            lang,
        ));
        let md = document(
            &t,
            &[&partner[..], &["--format", "markdown"]].concat(),
            lang,
        );
        for text in [&html, &md] {
            assert!(text.contains(why), "{lang}: {text}");
            assert!(
                !text.contains("– (–") && !text.contains("(– "),
                "{lang}: {text}"
            );
        }
        let agenda = document(
            &t,
            &[
                "agenda",
                "a",
                "--partner",
                "Globex",
                "--min-respondents",
                "3",
            ],
            lang,
        );
        let byline = agenda.lines().nth(2).unwrap();
        assert!(
            byline.contains(" –") && !byline.contains("(–"),
            "{lang}: {byline}"
        );
    }
}

/// `--lang de-AT`: the words of the `de` catalogue, and `<html lang>` the
/// tag as given on every page written: both reports and the form; the
/// agenda (text and Markdown, no page) is in German too.
#[test]
fn a_regional_tag_is_the_pages_language_and_its_words_are_the_languages() {
    let t = two_partners();
    let internal = document(&t, &["report", "a", "--output", "-"], "de-AT");
    let partner = document(
        &t,
        &[
            "report",
            "a",
            "--audience",
            "partner",
            "--partner",
            PARTNER,
            "--output",
            "-",
        ],
        "de-AT",
    );
    let form = document(&t, &["form", "--partner", "Acme", "--output", "-"], "de-AT");
    for (page, german) in [
        (&internal, "Portfolio-Übersicht"),
        (&partner, "Unsere Partnerschaft mit"),
        (&form, "Bevor Sie beginnen"),
    ] {
        assert!(page.contains(" lang=\"de-AT\">"), "{}", &page[..200]);
        assert!(page.contains(german), "{german}");
    }
    let agenda = document(&t, &["agenda", "a", "--format", "markdown"], "de-AT");
    assert!(agenda.contains("## Nächster Schritt"), "{agenda}");
}

/// From five dimensions on, the internal report draws a radar: the key to
/// its dashed rings is in the page's language.
#[test]
fn the_radars_key_is_in_the_pages_language() {
    let mut q = String::from(
        "id = \"wide\"\ntitle = \"Wide\"\nversion = \"1\"\n\n[scale]\nmin = 1\nmax = 5\n\
         labels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n",
    );
    let mut answers = String::new();
    for i in 0..5 {
        q.push_str(&format!(
            "\n[[dimension]]\nid = \"d{i}\"\nname = \"D{i}\"\n\
             [[dimension.question]]\nid = \"q{i}\"\ntext = \"Q{i}\"\n"
        ));
        answers.push_str(&format!("q{i} = {}\n", 1 + i % 5));
    }
    q.push_str(
        "\n[rubric]\n[[rubric.band]]\nid = \"high\"\nlabel = \"High\"\nmin = 3\n\
         [[rubric.band]]\nid = \"low\"\nlabel = \"Low\"\nmin = 1\n\
         [[rubric.tier]]\nid = \"t\"\nlabel = \"T\"\nwhen = []\n",
    );
    let file = |side: &str| {
        format!(
            "questionnaire = \"wide\"\npartner = \"P\"\nside = \"{side}\"\n\n[answers]\n{answers}"
        )
    };
    let t = Test::new()
        .write("q.toml", &q)
        .write(
            "q.de.toml",
            "translation_of = \"wide\"\nversion = \"1\"\nlang = \"de\"\ntitle = \"Breit\"\n",
        )
        .write("a/us.toml", &file("us"))
        .write("a/them.toml", &file("them"));
    let page = |lang: &str| {
        document(
            &t,
            &["report", "a", "--questionnaire", "q.toml", "--output", "-"],
            lang,
        )
    };
    let (english, german) = (page("en"), page("de"));
    for (html, key) in [(&english, "band thresholds"), (&german, "Bereichsgrenzen")] {
        let radar = &html[html.find("class=\"chart radar\"").expect("a radar")..];
        let radar = &radar[..radar.find("</svg>").unwrap()];
        assert!(radar.contains(&format!(">{key}</text>")), "{radar}");
    }
    assert!(!german.contains("band thresholds"));
}
