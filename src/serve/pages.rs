//! The pages `serve` shows: the participant's form (the `form` page in its
//! served mode), the facilitator's counts with close and reopen, the
//! room's display, and each page's Content-Security-Policy.

use std::fmt::Write;

use super::words::{Words, fill};
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;
use crate::present::form::{self, FormOptions, FormSubmit, csp_hash, script_json};
use crate::sanitize::html;

const STYLE: &str = include_str!("page/page.css");
const SCRIPT: &str = include_str!("page/facilitator.js");

/// What every policy of `serve` says besides what its page runs.
const POLICY_TAIL: &str = "connect-src 'self'; img-src 'none'; font-src 'none'; base-uri 'none'; \
                           form-action 'none'; frame-ancestors 'none'";

/// The policy of a response that runs nothing.
pub fn plain_policy() -> String {
    format!("default-src 'none'; {POLICY_TAIL}")
}

/// The policy of a page whose only inline code is `styles` and `scripts`.
fn policy(styles: &[&str], scripts: &[&str]) -> String {
    let list = |items: &[&str]| {
        if items.is_empty() {
            "'none'".to_owned()
        } else {
            items
                .iter()
                .map(|t| csp_hash(t))
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    format!(
        "default-src 'none'; script-src {}; style-src {}; {POLICY_TAIL}",
        list(scripts),
        list(styles)
    )
}

/// Who a participant's page is for, and the languages it offers.
pub struct Participant<'a> {
    pub partner: &'a str,
    pub side: Side,
    pub round: Date,
    pub organization: &'a str,
    /// The instrument's languages (tags), its own first.
    pub langs: &'a [&'a str],
    /// The index in `langs` of the page's language.
    pub chosen: usize,
}

/// A language's name in that language, for the menu (the tag when it is
/// not one of these).
fn autonym(tag: &str) -> &str {
    const NAMES: &[(&str, &str)] = &[
        ("en", "English"),
        ("pt-BR", "Português (Brasil)"),
        ("pt", "Português"),
        ("es", "Español"),
        ("de", "Deutsch"),
        ("fr", "Français"),
        ("it", "Italiano"),
        ("nl", "Nederlands"),
    ];
    NAMES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .map_or(tag, |(_, name)| name)
}

/// The language menu: one link per language (`?lang=TAG`, relative to
/// the page), the current one marked; nothing when there is one language.
fn language_menu(who: &Participant<'_>, words: &Words) -> String {
    if who.langs.len() < 2 {
        return String::new();
    }
    let mut out = format!(
        "<nav class=\"pc-langs\" aria-label=\"{}\"><p>",
        html(&words.languages)
    );
    for (i, tag) in who.langs.iter().enumerate() {
        if i > 0 {
            out.push_str(" · ");
        }
        let tag = html(tag);
        let name = html(autonym(&tag));
        if i == who.chosen {
            let _ = write!(
                out,
                "<a href=\"?lang={tag}\" lang=\"{tag}\" hreflang=\"{tag}\" aria-current=\"page\"><strong>{name}</strong></a>"
            );
        } else {
            let _ = write!(
                out,
                "<a href=\"?lang={tag}\" lang=\"{tag}\" hreflang=\"{tag}\">{name}</a>"
            );
        }
    }
    out.push_str("</p></nav>\n");
    out
}

/// The participant's page (`q` in the page's language) and its policy.
pub fn participant(q: &Questionnaire, who: &Participant<'_>, words: &Words) -> (String, String) {
    let messages = serde_json::json!({
        "sending": words.sending,
        "sent": words.sent,
        "none_answered": words.none_answered,
        "closed": words.closed,
        "refused": words.refused,
        "busy": words.busy,
        "failed": words.failed,
        "offline": words.offline,
    });
    let submit = FormSubmit {
        heading: &words.send_heading,
        button: &words.send_button,
        hint: &words.send_hint,
        messages: &messages,
    };
    let page = form::page(
        q,
        &FormOptions {
            partner: Some(who.partner),
            side: Some(who.side),
            round: Some(who.round),
            organization: Some(who.organization),
            submit: Some(&submit),
        },
    );
    // The menu opens the page's header.
    let page = page.replacen(
        "<header>\n",
        &format!("<header>\n{}", language_menu(who, words)),
        1,
    );
    (page, policy(&[form::STYLE], &[form::SCRIPT]))
}

/// One partner as the session pages show it.
pub struct PartnerRow<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub us: usize,
    pub them: usize,
}

/// What the facilitator's and the room's pages show.
pub struct Counts<'a> {
    pub organization: &'a str,
    pub round: Date,
    pub open: bool,
    pub expect: Option<usize>,
    pub partners: Vec<PartnerRow<'a>>,
    /// The page's own token: report links are `TOKEN/report/SLUG`,
    /// relative to the page.
    pub token: &'a str,
}

/// The facilitator's page (`facilitator`) or the room's (`!facilitator`),
/// with its policy.
pub fn session(counts: &Counts<'_>, facilitator: bool, words: &Words) -> (String, String) {
    let mut out = String::with_capacity(8 * 1024);
    let round = counts.round.to_string();
    let title = fill(&words.session_title, &[&round]);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{heading}</h1>\n<p>{about}</p>\n",
        lang = words.lang,
        title = html(&title),
        heading = html(if facilitator {
            &words.facilitator_heading
        } else {
            &words.display_heading
        }),
        about = html(&fill(&words.session_about, &[counts.organization, &round])),
    );
    let state = if counts.open {
        &words.state_open
    } else {
        &words.state_closed
    };
    let _ = writeln!(
        out,
        "<p id=\"pc-state\" class=\"pc-state\" role=\"status\" aria-live=\"polite\">{}</p>",
        html(state)
    );
    if facilitator {
        let _ = writeln!(
            out,
            "<div class=\"pc-buttons\"><button type=\"button\" id=\"pc-close\"{}>{}</button> \
             <button type=\"button\" id=\"pc-open\"{}>{}</button></div>\n\
             <p id=\"pc-message\" role=\"status\" aria-live=\"polite\"></p>",
            if counts.open { "" } else { " disabled" },
            html(&words.close_button),
            if counts.open { " disabled" } else { "" },
            html(&words.open_button),
        );
    }
    let shown = |n: usize| match counts.expect {
        Some(e) => fill(&words.count_of, &[&n.to_string(), &e.to_string()]),
        None => n.to_string(),
    };
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"pc-counts-h\">\n<h2 id=\"pc-counts-h\">{}</h2>",
        html(&words.counts_caption)
    );
    for (i, p) in counts.partners.iter().enumerate() {
        let _ = writeln!(
            out,
            "<div class=\"pc-partner{big}\" role=\"group\" aria-labelledby=\"p-{i}\">\
             <h3 id=\"p-{i}\">{name}</h3>\n<dl><dt>{ours}</dt><dd id=\"c-{i}-us\">{us}</dd>\
             <dt>{theirs}</dt><dd id=\"c-{i}-them\">{them}</dd></dl>\n\
             <p class=\"pc-report\"{hidden}><a href=\"{token}/report/{slug}\">{link}</a></p></div>",
            big = if facilitator { "" } else { " pc-big" },
            name = html(p.name),
            ours = html(&fill(&words.people_of, &[counts.organization])),
            theirs = html(&fill(&words.people_of, &[p.name])),
            us = shown(p.us),
            them = shown(p.them),
            hidden = if counts.open { " hidden" } else { "" },
            token = counts.token,
            slug = p.slug,
            link = html(&fill(&words.report_link, &[p.name])),
        );
    }
    let _ = writeln!(
        out,
        "<p id=\"pc-wait\" class=\"pc-hint\"{}>{}</p>\n</section>",
        if counts.open { "" } else { " hidden" },
        html(&words.reports_wait)
    );
    let _ = writeln!(out, "<p class=\"pc-hint\">{}</p>", html(&words.updated));
    out.push_str("</main>\n");
    let data = serde_json::json!({
        "expect": counts.expect,
        "poll_ms": if facilitator { 3000 } else { 5000 },
        "display": !facilitator,
        "words": {
            "count_of": words.count_of,
            "state_open": words.state_open,
            "state_closed": words.state_closed,
            "reopen_refused": words.reopen_refused,
            "action_failed": words.action_failed,
        },
    });
    // The status as the facilitator's status route gives it: the room's
    // page reads it from a fresh copy of itself.
    let status = serde_json::json!({
        "round": round,
        "open": counts.open,
        "partners": counts.partners.iter().map(|p| serde_json::json!({
            "partner": p.name, "us": p.us, "them": p.them
        })).collect::<Vec<_>>(),
    });
    let _ = write!(
        out,
        "<script type=\"application/json\" id=\"pc-data\">{}</script>\n\
         <script type=\"application/json\" id=\"pc-status\">{}</script>\n<script>{SCRIPT}</script>\n",
        script_json(&data),
        script_json(&status)
    );
    (out, policy(&[STYLE], &[SCRIPT]))
}

/// The policy of a report page: its own style sheets (and scripts, if
/// any), found in the page.
pub fn report_policy(page: &str) -> String {
    let inline = |tag: &str| -> Vec<&str> {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let mut found = Vec::new();
        let mut rest = page;
        while let Some(i) = rest.find(&open) {
            let after = &rest[i + open.len()..];
            let Some(j) = after.find(&close) else { break };
            found.push(&after[..j]);
            rest = &after[j + close.len()..];
        }
        found
    };
    policy(&inline("style"), &inline("script"))
}

/// A page with one sentence, for a report with nothing to show.
pub fn message(title: &str, text: &str, words: &Words) -> (String, String) {
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{t}</h1>\n\
         <p>{}</p>\n</main>\n</body>\n</html>\n",
        words.lang,
        html(text),
        t = html(title),
    );
    (page, policy(&[STYLE], &[]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::words::{english, words};

    #[test]
    fn the_served_form_sends_to_its_server_and_names_both_organisations() {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let round = "2026-12-01".parse().unwrap();
        let who = Participant {
            partner: "Acme <Co>",
            side: Side::Them,
            round,
            organization: "Northwind",
            langs: &["en", "de"],
            chosen: 1,
        };
        let (page, csp) = participant(&q, &who, words("de"));
        assert!(page.contains("<a href=\"?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"));
        assert!(page.contains("aria-current=\"page\"><strong>Deutsch</strong>"));
        assert!(page.contains("Antworten absenden"));
        assert!(page.contains("connect-src 'self'"));
        assert!(page.contains("id=\"pc-submit\"") && !page.contains("id=\"pc-save\""));
        assert!(page.contains("Northwind") && page.contains("Acme &lt;Co&gt;"));
        assert!(csp.contains(&csp_hash(form::SCRIPT)) && csp.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn report_links_appear_only_when_closed() {
        let mut counts = Counts {
            organization: "Northwind",
            round: "2026-12-01".parse().unwrap(),
            open: true,
            expect: Some(5),
            partners: vec![PartnerRow {
                name: "Acme <Co>",
                slug: "acme-co",
                us: 2,
                them: 1,
            }],
            token: "tok",
        };
        let (page, csp) = session(&counts, true, english());
        assert!(page.contains("<p class=\"pc-report\" hidden><a href=\"tok/report/acme-co\">"));
        assert!(page.contains(">2 of 5<") && page.contains("People of Acme &lt;Co&gt;"));
        assert!(csp.contains(&csp_hash(SCRIPT)));
        counts.open = false;
        let (page, csp) = session(&counts, false, english());
        assert!(page.contains("<p class=\"pc-report\"><a"));
        assert!(!page.contains("id=\"pc-close\"") && csp.contains(&csp_hash(SCRIPT)));
        assert!(page.contains("\"open\":false"));
    }
}
