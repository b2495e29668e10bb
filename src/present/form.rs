//! `partnercheck form`: the questionnaire as one self-contained HTML page
//! to answer in a browser, offline. The page's script and style are fixed
//! files (`form/form.js`, `form/form.css`), allowed by their SHA-256 hashes
//! in a Content-Security-Policy that forbids every request; what varies
//! (the instrument, the partner, the side) is escaped into the HTML or
//! embedded as a JSON data block that the script reads.

use std::fmt::Write;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::model::answers::write::{one_line, question_comment, toml_header};
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::{Dimension, Question, Questionnaire, Scale};
use crate::present::locale::{Catalogue, catalogue};
use crate::sanitize::html;

/// The page's script, run in the browser (and, for its answers-file writer,
/// in the tests).
pub const SCRIPT: &str = include_str!("form/form.js");
/// The page's style sheet: screen, phone and print.
pub const STYLE: &str = include_str!("form/form.css");

/// What a form knows before anyone opens it.
#[derive(Debug, Clone, Copy, Default)]
pub struct FormOptions<'a> {
    /// The partner the answers are about; asked on the page when `None`.
    pub partner: Option<&'a str>,
    /// The side that answers; asked on the page when `None`.
    pub side: Option<Side>,
    /// The measurement round written into the answers file.
    pub round: Option<Date>,
    /// Our organisation's name, offered when the page asks for the side.
    pub organization: Option<&'a str>,
    /// Served by `partnercheck serve`: the page sends its answers to its
    /// own address instead of saving a file.
    pub submit: Option<&'a FormSubmit<'a>>,
}

/// How a served form sends its answers (as JSON, to the page's own
/// address), in the words of the server's table.
#[derive(Debug, Clone, Copy)]
pub struct FormSubmit<'a> {
    pub heading: &'a str,
    pub button: &'a str,
    pub hint: &'a str,
    /// The messages the script shows after a send, a JSON object.
    pub messages: &'a serde_json::Value,
}

/// The policy of a served form: [`content_security_policy`], except that
/// the page may send its answers to the server it came from.
pub fn served_content_security_policy() -> String {
    content_security_policy().replace("connect-src 'none'", "connect-src 'self'")
}

/// `'sha256-…'`: a CSP source allowing exactly this inline text.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy: nothing may be fetched, framed or submitted; only this
/// page's own script and style run.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src 'none'; font-src 'none'; \
         connect-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(SCRIPT),
        csp_hash(STYLE)
    )
}

/// JSON made safe inside a `<script>` element: no `<`, `>` or `&` (so no
/// `</script>` or `<!--`), and no U+2028/U+2029, which older JavaScript
/// treats as line ends.
pub fn script_json(value: &serde_json::Value) -> String {
    let text = serde_json::to_string(value).expect("JSON values always serialize");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// What the script needs: the setup, and the pieces of the answers file
/// (its header and comments exactly as `answers::write::to_toml` writes them).
fn data(q: &Questionnaire, opts: &FormOptions<'_>) -> serde_json::Value {
    use serde_json::json;
    let dims: Vec<_> = q
        .dimensions
        .iter()
        .map(|d| {
            let questions: Vec<_> = q.questions[d.questions.clone()]
                .iter()
                .map(|x| {
                    json!({
                        "id": x.id,
                        "comment": question_comment(x, Side::Us),
                        "comment_them": question_comment(x, Side::Them),
                    })
                })
                .collect();
            json!({
                "id": d.id,
                "comment": one_line(&d.name),
                "summary": d.summary.as_deref().map(one_line),
                "questions": questions,
            })
        })
        .collect();
    let c = catalogue(&q.lang);
    let plural = |id: &str| -> serde_json::Map<String, serde_json::Value> {
        c.attributes(id)
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect()
    };
    let words = json!({
        "storage_on": c.t("form-js-storage-on"),
        "storage_off": c.t("form-js-storage-off"),
        "progress": plural("form-js-progress"),
        "all": plural("form-js-all"),
        "partial": plural("form-js-partial"),
        "need_partner": c.t("form-js-need-partner"),
        "need_side": c.t("form-js-need-side"),
        "saved": c.t("form-js-saved"),
        "cleared": c.t("form-js-cleared"),
        "the_partner": c.t("form-the-partner"),
    });
    json!({
        "id": q.id,
        "version": q.version,
        "locale": c.lang,
        "words": words,
        "lang": q.answers_lang(),
        "header": toml_header(q),
        "partner": opts.partner,
        "side": opts.side,
        "round": opts.round.map(|d| d.to_string()),
        "expected": q.interview.expected,
        "dimensions": dims,
        "submit": opts.submit.map(|s| s.messages),
    })
}

/// The whole page.
pub fn page(q: &Questionnaire, opts: &FormOptions<'_>) -> String {
    let mut out = String::with_capacity(32 * 1024);
    let c = catalogue(&q.lang);
    let partner = opts.partner.map(html);
    let partner_shown = partner
        .clone()
        .unwrap_or_else(|| html(&c.t("form-the-partner")));
    let side_class = match opts.side {
        Some(Side::Them) => "side-them",
        _ => "side-us",
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}{about}</title>\n<style>{STYLE}</style>\n</head>\n\
         <body class=\"{side_class}\">\n<main>\n<header>\n<h1>{title}</h1>\n",
        csp = if opts.submit.is_some() {
            served_content_security_policy()
        } else {
            content_security_policy()
        },
        lang = html(&q.lang),
        title = html(&q.title),
        about = partner
            .as_deref()
            .map(|p| format!(" — {p}"))
            .unwrap_or_default(),
    );
    // Who the answers are about, in each side's words.
    // Never "us" on the partner's side: without our name, "your partner".
    let ours = opts
        .organization
        .map_or_else(|| html(&c.t("form-our-organisation")), html);
    let strong = |name: &str| format!("<strong>{name}</strong>");
    let a_partner = html(&c.t("form-a-partner"));
    let _ = writeln!(
        out,
        "<p class=\"pc-about\"><span class=\"w-us\">{}</span><span class=\"w-them\">{}</span></p>",
        c.args(
            "form-about-us",
            &[("partner", &strong(partner.as_deref().unwrap_or(&a_partner)))]
        ),
        c.args("form-about-them", &[("ours", &strong(&ours))]),
    );
    // The introduction in each side's words: the partner's people read
    // `description_them` when there is one.
    if let Some(d) = &q.description {
        let them = q.description_them.as_deref().unwrap_or(d);
        let _ = writeln!(out, "{}", by_side(d.trim(), them.trim(), "p"));
    } else if let Some(them) = &q.description_them {
        let _ = writeln!(out, "<p class=\"w-them\">{}</p>", html(them.trim()));
    }
    let _ = write!(
        out,
        "<noscript><p class=\"pc-warn\">{}</p></noscript>\n</header>\n",
        html(&c.t("form-noscript"))
    );
    setup(&mut out, opts, &partner_shown, c);
    let labels: Vec<String> = (q.scale.min..=q.scale.max)
        .map(|v| html(q.scale.label(v)))
        .collect();
    let unsure = html(q.scale.unsure.as_deref().unwrap_or(&c.t("form-dont-know")));
    let words = Words { c, unsure: &unsure };
    let mut number = 0;
    for d in &q.dimensions {
        let _ = writeln!(
            out,
            "<section class=\"pc-dim\" aria-labelledby=\"d-{id}\">\n<h2 id=\"d-{id}\">{}</h2>",
            html(&d.name),
            id = d.id
        );
        if let Some(s) = &d.summary {
            let _ = writeln!(out, "<p class=\"pc-summary\">{}</p>", html(s));
        }
        for question in &q.questions[d.questions.clone()] {
            number += 1;
            statement(
                &mut out,
                question,
                number,
                &labels,
                q.scale.min,
                q.scale.allow_unsure,
                &words,
            );
        }
        if q.interview.expected {
            expectation(
                &mut out,
                d,
                &partner_shown,
                opts.organization,
                &labels,
                &q.scale,
                &words,
            );
        }
        let _ = writeln!(
            out,
            "<p class=\"pc-note\"><label for=\"n-{id}\">{}</label>\n\
             <textarea id=\"n-{id}\" data-note=\"{id}\" rows=\"3\"></textarea></p>\n</section>",
            c.args("form-note", &[("dimension", &html(&d.name))]),
            id = d.id,
        );
    }
    match opts.submit {
        Some(submit) => send_section(&mut out, submit),
        None => save_section(&mut out, c),
    }
    let _ = write!(
        out,
        "</main>\n<script type=\"application/json\" id=\"pc-data\">{}</script>\n\
         <script>{SCRIPT}</script>\n</body>\n</html>\n",
        script_json(&data(q, opts))
    );
    out
}

/// Who answers: the partner's name and the side when not given, and the
/// respondent's name.
fn setup(out: &mut String, opts: &FormOptions<'_>, partner_shown: &str, c: &Catalogue) {
    let _ = writeln!(
        out,
        "<section class=\"pc-setup\" aria-labelledby=\"pc-setup-h\">\n\
         <h2 id=\"pc-setup-h\">{}</h2>",
        html(&c.t("form-before-start"))
    );
    if opts.partner.is_none() {
        let _ = writeln!(
            out,
            "<p><label for=\"pc-partner\">{}</label>\n\
             <input id=\"pc-partner\" type=\"text\" autocomplete=\"organization\" required></p>",
            html(&c.t("form-which-partner"))
        );
    }
    if opts.side.is_none() {
        let ours = html(opts.organization.unwrap_or(&c.t("form-our-organisation")));
        let _ = writeln!(
            out,
            "<fieldset class=\"pc-side\"><legend>{which}</legend>\n\
             <label><input type=\"radio\" name=\"pc.side\" value=\"us\"> <span>{ours}</span></label>\n\
             <label><input type=\"radio\" name=\"pc.side\" value=\"them\"> \
             <span class=\"pc-partner-name\">{partner_shown}</span></label>\n</fieldset>",
            which = html(&c.t("form-which-side"))
        );
    }
    let _ = write!(
        out,
        "<p><label for=\"pc-respondent\">{}</label>\n\
         <input id=\"pc-respondent\" type=\"text\" autocomplete=\"name\"></p>\n\
         <p class=\"pc-hint\">{}</p>\n\
         <p id=\"pc-storage\" class=\"pc-hint\" role=\"status\"></p>\n</section>\n",
        html(&c.t("form-your-name")),
        html(&c.t("form-hint"))
    );
}

/// The page's own words a statement needs.
struct Words<'a> {
    c: &'a Catalogue,
    /// "Don't know", escaped: the translation's, else the catalogue's.
    unsure: &'a str,
}

/// One statement: a fieldset with the statement as its legend, a radio per
/// point of the scale, "Don't know" apart, and the help on request.
fn statement(
    out: &mut String,
    question: &Question,
    number: usize,
    labels: &[String],
    min: i64,
    allow_unsure: bool,
    words: &Words<'_>,
) {
    let id = &question.id;
    let _ = write!(
        out,
        "<fieldset class=\"pc-q\" id=\"q-{id}\">\n<legend><span class=\"pc-num\">{number}.</span> {}</legend>\n\
         <div class=\"pc-options\">",
        by_side(
            question.text_for(Side::Us),
            question.text_for(Side::Them),
            "span"
        )
    );
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            out,
            "<label><input type=\"radio\" name=\"{id}\" value=\"{v}\"> <span>{label}</span></label>",
            v = min + i as i64
        );
    }
    if allow_unsure {
        let _ = write!(
            out,
            "<label class=\"pc-unsure\"><input type=\"radio\" name=\"{id}\" value=\"unsure\"> \
             <span>{}</span></label>",
            words.unsure
        );
    }
    out.push_str("</div>\n");
    if let (Some(us), them) = (question.help_for(Side::Us), question.help_for(Side::Them)) {
        let _ = writeln!(
            out,
            "<details><summary>{}</summary>{}</details>",
            html(&words.c.t("form-more")),
            by_side(us, them.unwrap_or(us), "p")
        );
    }
    out.push_str("</fieldset>\n");
}

/// How the respondent expects the other side to rate a dimension: a radio
/// group like a statement's, named `expected.ID` (a dot is in no id), with
/// each side's question; the partner's name follows the one typed on the
/// page when the form does not give it.
fn expectation(
    out: &mut String,
    d: &Dimension,
    partner_shown: &str,
    organization: Option<&str>,
    labels: &[String],
    scale: &Scale,
    words: &Words<'_>,
) {
    let c = words.c;
    let id = &d.id;
    let name = html(&d.name);
    // Worded for the agreement scale it is answered on.
    let ours = organization.map_or_else(
        || html(&c.t("form-partners-people")),
        |o| html(&c.args("form-people-of", &[("name", o)])),
    );
    let partner = format!("<span class=\"pc-partner-name\">{partner_shown}</span>");
    let _ = write!(
        out,
        "<fieldset class=\"pc-e\" id=\"e-{id}\">\n<legend>\
         <span class=\"w-us\">{}</span><span class=\"w-them\">{}</span></legend>\n\
         <div class=\"pc-options\">",
        c.args(
            "form-expect-us",
            &[("partner", &partner), ("dimension", &name)]
        ),
        c.args("form-expect-them", &[("ours", &ours), ("dimension", &name)]),
    );
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            out,
            "<label><input type=\"radio\" name=\"expected.{id}\" value=\"{v}\"> <span>{label}</span></label>",
            v = scale.min + i as i64
        );
    }
    if scale.allow_unsure {
        let _ = write!(
            out,
            "<label class=\"pc-unsure\"><input type=\"radio\" name=\"expected.{id}\" value=\"unsure\"> \
             <span>{}</span></label>",
            words.unsure
        );
    }
    out.push_str("</div>\n</fieldset>\n");
}

/// Text that differs by side: both, each shown only for its side.
fn by_side(us: &str, them: &str, tag: &str) -> String {
    if us == them {
        format!("<{tag}>{}</{tag}>", html(us))
    } else {
        format!(
            "<{tag} class=\"w-us\">{}</{tag}><{tag} class=\"w-them\">{}</{tag}>",
            html(us),
            html(them)
        )
    }
}

/// The served form's last section: one button that sends the answers.
fn send_section(out: &mut String, submit: &FormSubmit<'_>) {
    let _ = writeln!(
        out,
        "<section class=\"pc-send\" aria-labelledby=\"pc-send-h\">\n\
         <h2 id=\"pc-send-h\">{}</h2>\n\
         <p id=\"pc-progress\" role=\"status\" aria-live=\"polite\"></p>\n\
         <div class=\"pc-buttons\"><button type=\"button\" id=\"pc-submit\">{}</button></div>\n\
         <p id=\"pc-message\" role=\"status\" aria-live=\"polite\"></p>\n\
         <p class=\"pc-hint\">{}</p>\n</section>",
        html(submit.heading),
        html(submit.button),
        html(submit.hint)
    );
}

/// Where the respondent saves or copies the answers.
fn save_section(out: &mut String, c: &Catalogue) {
    let _ = write!(
        out,
        "<section class=\"pc-send\" aria-labelledby=\"pc-send-h\">\n\
         <h2 id=\"pc-send-h\">{}</h2>\n\
         <p id=\"pc-progress\" role=\"status\" aria-live=\"polite\"></p>\n\
         <div class=\"pc-buttons\"><button type=\"button\" id=\"pc-save\">{}</button> \
         <button type=\"button\" id=\"pc-copy\">{}</button></div>\n\
         <p id=\"pc-message\" role=\"status\" aria-live=\"polite\"></p>\n\
         <div id=\"pc-clear-box\" class=\"pc-buttons\" hidden><p>{}</p>\n\
         <button type=\"button\" id=\"pc-clear\">{}</button></div>\n\
         <div id=\"pc-copy-box\" hidden><p><label for=\"pc-text\">{}</label></p>\n\
         <textarea id=\"pc-text\" readonly rows=\"12\"></textarea></div>\n\
         <p class=\"pc-hint\">{}</p>\n\
         </section>\n",
        html(&c.t("form-send")),
        html(&c.t("form-save")),
        html(&c.t("form-copy")),
        html(&c.t("form-clear-hint")),
        html(&c.t("form-clear")),
        html(&c.t("form-copy-label")),
        html(&c.t("form-save-hint")),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::embedded("partnership-health").expect("embedded")
    }

    #[test]
    fn hostile_names_are_escaped_in_html_and_json() {
        let name = "</script><img src=x onerror=alert(1)>&\u{2028}";
        let opts = FormOptions {
            partner: Some(name),
            side: None,
            round: None,
            organization: Some("<b>Us</b>"),
            submit: None,
        };
        let page = page(&q(), &opts);
        assert!(!page.contains("<img"));
        assert!(!page.contains("<b>Us"));
        assert_eq!(page.matches("</script>").count(), 2);
        assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(page.contains("\\u003c/script\\u003e\\u003cimg"));
        assert!(!page.contains('\u{2028}'));
    }

    #[test]
    fn the_policy_allows_exactly_the_page_script_and_style() {
        let page = page(&q(), &FormOptions::default());
        assert!(page.contains(&format!("<script>{SCRIPT}</script>")));
        assert!(page.contains(&format!("<style>{STYLE}</style>")));
        let csp = content_security_policy();
        assert!(csp.starts_with("default-src 'none';"));
        assert!(csp.contains(&csp_hash(SCRIPT)) && csp.contains(&csp_hash(STYLE)));
        assert_eq!(
            csp_hash(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
        for external in ["src=\"http", "href=\"http", "url(", "@import", "<link"] {
            assert!(!page.contains(external), "{external}");
        }
    }

    #[test]
    fn each_dimension_asks_the_expectation_in_each_sides_words() {
        let q = q();
        assert!(q.interview.expected);
        let opts = FormOptions {
            partner: Some("Acme <Co>"),
            organization: Some("Northwind"),
            ..FormOptions::default()
        };
        let page = page(&q, &opts);
        assert_eq!(page.matches("<fieldset class=\"pc-e\"").count(), 4);
        assert!(page.contains(
            "<span class=\"w-us\">How far do you think the people of <span class=\"pc-partner-name\">Acme &lt;Co&gt;</span> \
             agree with the statements on Mutual gains?</span><span class=\"w-them\">How far do you think \
             the people of Northwind agree with the statements on Mutual gains?</span>"
        ));
        assert!(page.contains("name=\"expected.learning\" value=\"unsure\""));
        // After the dimension's statements, before its note.
        let e = page.find("id=\"e-learning\"").unwrap();
        assert!(page.find("id=\"q-le-two-way-knowledge\"").unwrap() < e);
        assert!(e < page.find("data-note=\"learning\"").unwrap());
        let without = super::page(&q, &FormOptions::default());
        assert!(without.contains(
            "How far do you think your partner&#39;s people agree with the statements on Learning?"
        ));
        assert!(without.contains(
            "How far do you think the people of <span class=\"pc-partner-name\">the partner</span>"
        ));
        let pulse = Questionnaire::embedded("partnership-pulse").unwrap();
        assert!(!super::page(&pulse, &opts).contains("class=\"pc-e\""));
    }

    #[test]
    fn the_partner_side_reads_its_own_wording() {
        let q = q();
        let page = page(&q, &FormOptions::default());
        let i = q.question_index("mg-price-switch").unwrap();
        let them = q.questions[i].text_them.as_deref().unwrap();
        assert!(page.contains(&format!("<span class=\"w-them\">{}</span>", html(them))));
        assert!(page.contains("Which organisation do you work for?"));
        // Without our name, never "us": "your partner".
        assert!(page.contains("your partner"));
        assert!(!page.contains("our organisation"));
        let given = super::page(
            &q,
            &FormOptions {
                side: Some(Side::Them),
                ..FormOptions::default()
            },
        );
        assert!(given.contains("<body class=\"side-them\">"));
        assert!(!given.contains("Which organisation do you work for?"));
        // No answer is preselected.
        assert!(
            !page.contains(" checked>")
                && !page.contains(" checked=")
                && page.contains(" value=\"unsure\">")
        );
    }
}
