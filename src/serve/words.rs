//! Every word the pages and answers of `serve` show a person, in one table
//! per language, filled from the message catalogues
//! ([`crate::present::locale`], messages `serve-…`), so that the pages
//! take their words from the table and leave translation to the
//! catalogues.
//!
//! Sentences that insert a value hold numbered placeholders (`{0}`,
//! `{1}`, …) filled by [`fill`]: the catalogue places each variable where
//! its language wants it, and the facilitator page's script fills the same
//! placeholders.

use std::sync::LazyLock;

use serde::Serialize;

use crate::present::locale::{CATALOGUES, Catalogue, catalogue};

/// The words of `serve`'s pages, messages and refusals in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Words {
    /// The page language (`<html lang>`): the catalogue's tag.
    pub lang: &'static str,
    // The participant page: the form's send section.
    pub send_heading: String,
    pub send_button: String,
    pub send_hint: String,
    // Messages the participant page shows after a send (its script reads
    // them from the page's data).
    pub sending: String,
    pub sent: String,
    pub none_answered: String,
    pub closed: String,
    pub refused: String,
    pub busy: String,
    pub failed: String,
    pub offline: String,
    /// The name of the language menu.
    pub languages: String,
    // The facilitator's and the room's pages.
    /// `{0}`: the round; the page title.
    pub session_title: String,
    pub facilitator_heading: String,
    pub display_heading: String,
    /// `{0}`: our organisation, `{1}`: the round.
    pub session_about: String,
    pub counts_caption: String,
    pub partner_column: String,
    /// `{0}`: an organisation.
    pub people_of: String,
    /// `{0}` answers of `{1}` expected.
    pub count_of: String,
    pub state_open: String,
    pub state_closed: String,
    pub close_button: String,
    pub open_button: String,
    pub reopen_refused: String,
    pub action_failed: String,
    pub reports_heading: String,
    pub reports_wait: String,
    /// `{0}`: the partner.
    pub report_link: String,
    pub report_none: String,
    pub updated: String,
    // The refusals of the answer route (422), one sentence each.
    pub body_not_json: String,
    pub body_wrong_type: String,
    /// `{0}`: the key.
    pub body_unknown_key: String,
    /// `{0}`: the key.
    pub body_fixed_key: String,
    pub body_no_answer: String,
    pub body_respondent_text: String,
    pub body_lang_text: String,
    pub body_lang_tag: String,
}

impl Words {
    /// The words of one catalogue.
    fn of(c: &Catalogue) -> Words {
        let t = |id: &str| c.t(&format!("serve-{id}"));
        // Each variable becomes its numbered placeholder.
        let with = |id: &str, vars: &[&str]| {
            let marks: Vec<String> = (0..vars.len()).map(|i| format!("{{{i}}}")).collect();
            let args: Vec<(&str, &str)> = vars
                .iter()
                .zip(&marks)
                .map(|(v, m)| (*v, m.as_str()))
                .collect();
            c.args(&format!("serve-{id}"), &args)
        };
        Words {
            lang: c.lang,
            send_heading: t("send-heading"),
            send_button: t("send-button"),
            send_hint: t("send-hint"),
            sending: t("sending"),
            sent: t("sent"),
            none_answered: t("none-answered"),
            closed: t("closed"),
            refused: t("refused"),
            busy: t("busy"),
            failed: t("failed"),
            offline: t("offline"),
            languages: t("languages"),
            session_title: with("session-title", &["round"]),
            facilitator_heading: t("facilitator-heading"),
            display_heading: t("display-heading"),
            session_about: with("session-about", &["organization", "round"]),
            counts_caption: t("counts-caption"),
            partner_column: t("partner-column"),
            people_of: with("people-of", &["organization"]),
            count_of: with("count-of", &["count", "expected"]),
            state_open: t("state-open"),
            state_closed: t("state-closed"),
            close_button: t("close-button"),
            open_button: t("open-button"),
            reopen_refused: t("reopen-refused"),
            action_failed: t("action-failed"),
            reports_heading: t("reports-heading"),
            reports_wait: t("reports-wait"),
            report_link: with("report-link", &["partner"]),
            report_none: t("report-none"),
            updated: t("updated"),
            body_not_json: t("body-not-json"),
            body_wrong_type: t("body-wrong-type"),
            body_unknown_key: with("body-unknown-key", &["key"]),
            body_fixed_key: with("body-fixed-key", &["key"]),
            body_no_answer: t("body-no-answer"),
            body_respondent_text: t("body-respondent-text"),
            body_lang_text: t("body-lang-text"),
            body_lang_tag: t("body-lang-tag"),
        }
    }
}

static ALL: LazyLock<Vec<Words>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|(lang, _)| Words::of(catalogue(lang)))
        .collect()
});

/// The words in `lang` (`es-MX` is served by `es`), else in English.
pub fn words(lang: &str) -> &'static Words {
    let c = catalogue(lang);
    ALL.iter().find(|w| w.lang == c.lang).unwrap_or(&ALL[0])
}

/// The English words.
pub fn english() -> &'static Words {
    &ALL[0]
}

/// The words for a request's `Accept-Language` (the first language it
/// prefers that a catalogue has), else English.
pub fn for_accept_language(header: Option<&str>) -> &'static Words {
    let tags: Vec<&str> = CATALOGUES.iter().map(|(l, _)| *l).collect();
    match preferred(header, &tags) {
        Some(i) => words(tags[i]),
        None => english(),
    }
}

/// The languages of an `Accept-Language` header, most preferred first
/// (by `q`, then by order); `*` and those with `q=0` left out.
pub fn accepted(header: &str) -> Vec<&str> {
    let mut out: Vec<(u16, usize, &str)> = Vec::new();
    for (i, item) in header.split(',').enumerate().take(32) {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let mut q = 1000u16;
        for p in parts {
            if let Some(v) = p
                .trim()
                .strip_prefix("q=")
                .or_else(|| p.trim().strip_prefix("Q="))
            {
                q = v
                    .trim()
                    .parse::<f32>()
                    .ok()
                    .filter(|q| (0.0..=1.0).contains(q))
                    .map_or(0, |q| (q * 1000.0).round() as u16);
            }
        }
        if q > 0 && tag != "*" && crate::model::translation::is_lang_tag(tag) {
            out.push((q, i, tag));
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    out.into_iter().map(|(_, _, t)| t).collect()
}

/// The index in `available` of the first language of `header` that one of
/// them serves (`es-MX` by `es`; `pt` never by `pt-BR`).
pub fn preferred<S: AsRef<str>>(header: Option<&str>, available: &[S]) -> Option<usize> {
    accepted(header?)
        .into_iter()
        .find_map(|tag| crate::model::translation::pick_lang(tag, available))
}

/// `template` with each `{N}` replaced by `parts[N]`, inserted as written
/// (a part that holds `{1}` stays as it is).
pub fn fill(template: &str, parts: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match after[digits..]
            .starts_with('}')
            .then(|| after[..digits].parse::<usize>())
        {
            Some(Ok(n)) if digits > 0 => {
                out.push_str(parts.get(n).copied().unwrap_or(""));
                rest = &after[digits + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_where_each_language_puts_them() {
        assert_eq!(fill(&english().count_of, &["2", "5"]), "2 of 5");
        assert_eq!(fill("{1} {0} {x} {", &["{1}", "b"]), "b {1} {x} {");
        assert_eq!(fill(&words("de").count_of, &["2", "5"]), "2 von 5");
        assert_eq!(
            fill(&words("fr").session_about, &["Northwind", "2026-12-01"]),
            "Northwind, cycle du 2026-12-01"
        );
        // No isolation marks around a value.
        assert!(!words("es").people_of.contains('\u{2068}'));
    }

    #[test]
    fn every_language_has_its_own_words_and_tags_fall_back() {
        assert_eq!(words("es-MX").lang, "es");
        assert_eq!(words("pt").lang, "en");
        assert_eq!(words("pt-br").lang, "pt-BR");
        let en = serde_json::to_value(english()).unwrap();
        for (lang, _) in &CATALOGUES[1..] {
            let other = serde_json::to_value(words(lang)).unwrap();
            for (key, text) in en.as_object().unwrap() {
                if matches!(key.as_str(), "lang" | "partner_column") {
                    continue;
                }
                assert_ne!(&other[key], text, "{lang}: {key} is still English");
            }
        }
    }

    #[test]
    fn accept_language_is_read_by_preference_and_fallback() {
        assert_eq!(accepted("de-DE,de;q=0.9,en;q=0.8"), ["de-DE", "de", "en"]);
        assert_eq!(accepted("en;q=0.5, fr , *;q=0.1, x_y"), ["fr", "en"]);
        assert_eq!(accepted("fr;q=0, es"), ["es"]);
        let available = ["en", "pt-BR", "es", "de", "fr"];
        assert_eq!(preferred(Some("es-MX,en;q=0.5"), &available), Some(2));
        assert_eq!(preferred(Some("pt,fr;q=0.4"), &available), Some(4));
        assert_eq!(preferred(Some("pt"), &available), None);
        assert_eq!(preferred(None, &available), None);
        assert_eq!(for_accept_language(Some("de-DE,de;q=0.9")).lang, "de");
        assert_eq!(for_accept_language(Some("it")).lang, "en");
    }
}
