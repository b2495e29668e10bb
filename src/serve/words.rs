//! Every word the pages and answers of `serve` show a person, in one table,
//! so that a translation replaces the table and leaves the pages alone.
//!
//! Sentences that insert a name take it as `{}` placeholders filled by
//! [`fill`], in order; a placeholder never follows a semicolon.

use serde::Serialize;

/// The words of `serve`'s pages, messages and refusals.
#[derive(Debug, Clone, Serialize)]
pub struct Words {
    /// The page language (`<html lang>`).
    pub lang: &'static str,
    // The participant page: the form's send section.
    pub send_heading: &'static str,
    pub send_button: &'static str,
    pub send_hint: &'static str,
    // Messages the participant page shows after a send (its script reads
    // them from the page's data).
    pub sending: &'static str,
    pub sent: &'static str,
    pub none_answered: &'static str,
    pub closed: &'static str,
    pub refused: &'static str,
    pub busy: &'static str,
    pub failed: &'static str,
    pub offline: &'static str,
    // The facilitator's and the room's pages.
    /// "{round}": the page title.
    pub session_title: &'static str,
    pub facilitator_heading: &'static str,
    pub display_heading: &'static str,
    /// "{organization}, {round}".
    pub session_about: &'static str,
    pub counts_caption: &'static str,
    pub partner_column: &'static str,
    /// "People of {organization}".
    pub people_of: &'static str,
    /// "{count} of {expected}".
    pub count_of: &'static str,
    pub state_open: &'static str,
    pub state_closed: &'static str,
    pub close_button: &'static str,
    pub open_button: &'static str,
    pub reopen_refused: &'static str,
    pub action_failed: &'static str,
    pub reports_heading: &'static str,
    pub reports_wait: &'static str,
    /// "Report for {partner}".
    pub report_link: &'static str,
    pub report_none: &'static str,
    pub updated: &'static str,
    // The refusals of the answer route (422), one sentence each.
    pub body_not_json: &'static str,
    pub body_wrong_type: &'static str,
    /// "`{key}` is not part of an answer: …".
    pub body_unknown_key: &'static str,
    /// "`{key}` is set by the link …".
    pub body_fixed_key: &'static str,
    pub body_no_answer: &'static str,
    pub body_respondent_text: &'static str,
    pub body_lang_text: &'static str,
}

/// The English words.
pub const ENGLISH: Words = Words {
    lang: "en",
    send_heading: "Send your answers",
    send_button: "Send answers",
    send_hint: "Your answers go to the facilitator of this workshop only when you press Send \
                answers. You can change them and send again while collection is open.",
    sending: "Sending…",
    sent: "Your answers were received, thank you. You can change them and send again while \
           collection is open.",
    none_answered: "Answer at least one statement before you send.",
    closed: "Collection is closed: the answers can no longer be sent or changed.",
    refused: "The answers were not accepted.",
    busy: "Too many answers were sent from this network in the last minute. Wait a minute and \
           send again.",
    failed: "The answers could not be stored. Try again in a moment, or tell the facilitator.",
    offline: "The answers could not be sent: check the connection and send again.",
    session_title: "Partnership health check, round {}",
    facilitator_heading: "Workshop: answers so far",
    display_heading: "Partnership health check",
    session_about: "{}, round {}",
    counts_caption: "Answers per organisation",
    partner_column: "Partner",
    people_of: "People of {}",
    count_of: "{} of {}",
    state_open: "Collection is open.",
    state_closed: "Collection is closed.",
    close_button: "Close collection",
    open_button: "Reopen collection",
    reopen_refused: "Collection cannot be reopened once a report has been shown.",
    action_failed: "That did not work. Reload the page and try again.",
    reports_heading: "Reports",
    reports_wait: "The reports appear here once collection is closed.",
    report_link: "Report for {}",
    report_none: "No answers about this partner in this round yet.",
    updated: "The counts refresh by themselves.",
    body_not_json: "The answers are not valid JSON.",
    body_wrong_type: "The answers must be sent as application/json.",
    body_unknown_key: "`{}` is not part of an answer: send respondent, answers, notes, \
                       expected and lang only.",
    body_fixed_key: "`{}` is set by the link you answer on and cannot be sent.",
    body_no_answer: "Answer at least one statement.",
    body_respondent_text: "`respondent` must be text.",
    body_lang_text: "`lang` must be text.",
};

/// `template` with each `{}` replaced by the next of `parts`, inserted as
/// written.
pub fn fill(template: &str, parts: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut parts = parts.iter();
    let mut rest = template;
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        out.push_str(parts.next().copied().unwrap_or(""));
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_order_and_never_follow_a_semicolon() {
        assert_eq!(fill(ENGLISH.count_of, &["2", "5"]), "2 of 5");
        assert_eq!(fill("{} and {}", &["a"]), "a and ");
        let all = serde_json::to_value(&ENGLISH).unwrap();
        for (key, text) in all.as_object().unwrap() {
            let text = text.as_str().unwrap();
            assert!(!text.contains(";{}") && !text.contains("; {}"), "{key}");
        }
    }
}
