//! The body of `POST /a/TOKEN` and `PUT /a/TOKEN/EDIT`, checked by the
//! rules of an answers file: the answer becomes an [`AnswerSheet`] for the
//! link's partner and side, or a list of sentences saying what is wrong.

use serde_json::{Map, Value, json};

use super::words::{Words, fill};
use crate::diag::Source;
use crate::model::answers::{AnswerSheet, Date, RawAnswers, Side};
use crate::model::questionnaire::Questionnaire;
use crate::model::translation::is_lang_tag;

/// Keys a body may carry.
const ALLOWED: &[&str] = &["respondent", "answers", "notes", "expected", "lang"];
/// Keys the link decides, refused in a body.
const FIXED: &[&str] = &[
    "partner",
    "side",
    "round",
    "questionnaire",
    "questionnaire_version",
    "date",
    "source",
    "complete",
];

/// Whether a `Content-Type` says JSON.
pub fn is_json_type(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
    })
}

/// The link's fixed facts.
pub struct Fixed<'a> {
    pub partner: &'a str,
    pub side: Side,
    pub round: Date,
    pub date: Date,
}

/// A diagnostic's first line without the file's name and position: one
/// sentence for a person who typed no file.
fn sentence(message: &str) -> String {
    let line = message.lines().next().unwrap_or("");
    let rest = line.strip_prefix(NAME).unwrap_or(line);
    let rest = rest.trim_start_matches(|c: char| c == ':' || c.is_ascii_digit());
    rest.trim().to_owned()
}

const NAME: &str = "answers.json";

/// Checks a body; the sheet to write, or the sentences of a `422`.
pub fn check(
    body: &[u8],
    content_type: Option<&str>,
    q: &Questionnaire,
    fixed: &Fixed<'_>,
    words: &Words,
) -> Result<(AnswerSheet, Option<String>), Vec<String>> {
    if !is_json_type(content_type) {
        return Err(vec![words.body_wrong_type.to_owned()]);
    }
    let Ok(Value::Object(given)) = serde_json::from_slice::<Value>(body) else {
        return Err(vec![words.body_not_json.to_owned()]);
    };
    let mut errors = Vec::new();
    for key in given.keys() {
        if FIXED.contains(&key.as_str()) {
            errors.push(fill(&words.body_fixed_key, &[&clip(key)]));
        } else if !ALLOWED.contains(&key.as_str()) {
            errors.push(fill(&words.body_unknown_key, &[&clip(key)]));
        }
    }
    let respondent = match given.get("respondent") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Some(_) => {
            errors.push(words.body_respondent_text.to_owned());
            None
        }
    };
    let lang = match given.get("lang") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) if is_lang_tag(s.trim()) => Some(s.trim()),
        Some(Value::String(_)) => {
            errors.push(words.body_lang_tag.to_owned());
            None
        }
        Some(_) => {
            errors.push(words.body_lang_text.to_owned());
            None
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut file = Map::new();
    file.insert("questionnaire".into(), json!(q.id));
    file.insert("questionnaire_version".into(), json!(q.version));
    file.insert("partner".into(), json!(fixed.partner));
    if let Some(r) = &respondent {
        file.insert("respondent".into(), json!(r));
    }
    file.insert("side".into(), json!(fixed.side));
    file.insert("date".into(), json!(fixed.date.to_string()));
    file.insert("round".into(), json!(fixed.round.to_string()));
    file.insert("source".into(), json!("serve"));
    // The language answered in, when not the instrument's own (checked as
    // a file's `lang` is).
    let lang = lang
        .filter(|l| !l.eq_ignore_ascii_case(&q.lang))
        .map(str::to_owned);
    if let Some(lang) = &lang {
        file.insert("lang".into(), json!(lang));
    }
    for key in ["answers", "notes", "expected"] {
        if let Some(v) = given.get(key).filter(|v| !v.is_null()) {
            file.insert(key.into(), v.clone());
        }
    }
    // One key a line, so that each problem is told apart.
    let text =
        serde_json::to_string_pretty(&Value::Object(file)).map_err(|e| vec![e.to_string()])?;
    let src = Source::new(NAME, &text);
    let raw = RawAnswers::parse(src)
        .map_err(|d| d.0.iter().map(|m| sentence(&m.message)).collect::<Vec<_>>())?;
    let mut sheet = raw
        .check(q, src)
        .map_err(|d| d.0.iter().map(|m| sentence(&m.message)).collect::<Vec<_>>())?;
    if sheet.values.iter().all(Option::is_none) {
        return Err(vec![words.body_no_answer.to_owned()]);
    }
    // "Don't know" counts as answered.
    sheet.complete = Some(sheet.values.iter().all(Option::is_some));
    Ok((sheet, lang))
}

/// A key from a body, shortened and made plain for a sentence.
fn clip(key: &str) -> String {
    let plain: String = key.chars().filter(|c| !c.is_control()).take(40).collect();
    plain
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::words::english;

    fn fixed() -> Fixed<'static> {
        Fixed {
            partner: "Acme",
            side: Side::Them,
            round: "2026-12-01".parse().unwrap(),
            date: "2026-12-06".parse().unwrap(),
        }
    }

    fn run(body: &str) -> Result<AnswerSheet, Vec<String>> {
        run_lang(body).map(|(sheet, _)| sheet)
    }

    fn run_lang(body: &str) -> Result<(AnswerSheet, Option<String>), Vec<String>> {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        check(
            body.as_bytes(),
            Some("application/json"),
            &q,
            &fixed(),
            english(),
        )
    }

    #[test]
    fn a_good_body_becomes_a_sheet_of_the_links_partner_and_side() {
        let sheet = run(r#"{"respondent": " Jo ", "answers": {"mg-both-benefit": 4, "ca-shared-values": "unsure"},
            "notes": {"learning": "ok"}, "expected": {"learning": 3}, "lang": "en"}"#)
        .unwrap();
        assert_eq!(sheet.partner, "Acme");
        assert_eq!(sheet.side, Side::Them);
        assert_eq!(sheet.respondent.as_deref(), Some("Jo"));
        assert_eq!(sheet.source.as_deref(), Some("serve"));
        assert_eq!(sheet.complete, Some(false));
        assert_eq!(sheet.round.unwrap().to_string(), "2026-12-01");
    }

    #[test]
    fn a_language_is_kept_when_not_the_instruments_own_and_must_be_a_tag() {
        let lang = |l: &str| {
            run_lang(&format!(
                r#"{{"answers": {{"mg-both-benefit": 4}}, "lang": "{l}"}}"#
            ))
            .map(|(_, lang)| lang)
        };
        assert_eq!(lang("de").unwrap().as_deref(), Some("de"));
        assert_eq!(lang("EN").unwrap(), None);
        assert!(lang("not a tag!").is_err());
    }

    #[test]
    fn each_broken_rule_is_one_sentence() {
        let e = run(r#"{"answers": {"nope": 4}}"#).unwrap_err();
        assert!(
            e[0].contains("nope") && !e[0].contains("answers.json"),
            "{e:?}"
        );
        let e = run(r#"{"answers": {"mg-both-benefit": 9}}"#).unwrap_err();
        assert!(e[0].contains('9'), "{e:?}");
        let e = run(r#"{"answers": {"mg-both-benefit": 4}, "partner": "X", "side": "us", "x": 1}"#)
            .unwrap_err();
        assert_eq!(e.len(), 3, "{e:?}");
        assert_eq!(
            run(r#"{"answers": {}}"#).unwrap_err(),
            [english().body_no_answer.clone()]
        );
        assert_eq!(run("[1]").unwrap_err(), [english().body_not_json.clone()]);
        assert_eq!(run("{").unwrap_err(), [english().body_not_json.clone()]);
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let e = check(b"{}", Some("text/plain"), &q, &fixed(), english()).unwrap_err();
        assert_eq!(e, [english().body_wrong_type.clone()]);
    }
}
