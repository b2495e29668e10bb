//! The agenda and the actions of a partner section in the HTML report.

use std::fmt::Write;

use super::parts::e;
use crate::engine::agenda::Agenda;
use crate::model::questionnaire::Questionnaire;
use crate::present::report::View;

pub(super) fn agenda_html(out: &mut String, q: &Questionnaire, a: &Agenda, view: &View<'_>) {
    out.push_str("<h3>Agenda for the next conversation</h3>\n");
    if a.topics.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            e(&crate::present::reasons::no_topics(q, a))
        );
    }
    let previous_date = a.previous.as_ref().map(|(d, _)| *d);
    for (n, t) in a.topics.iter().enumerate() {
        let dim = &q.dimensions[t.dimension];
        out.push_str("<div class=\"topic\">\n");
        let _ = writeln!(out, "<h4>{}. {}</h4>", n + 1, e(&dim.name));
        if let Some(s) = &dim.summary {
            let _ = writeln!(out, "<p class=\"summary\">{}</p>", e(s));
        }
        out.push_str("<ul class=\"why\">\n");
        for line in crate::present::words::explain(t, previous_date) {
            let _ = writeln!(out, "<li>{}</li>", e(&line));
        }
        out.push_str("</ul>\n");
        if !t.statements.is_empty() {
            out.push_str("<p class=\"label\">Statements that scored lowest</p>\n<ul>\n");
            for (qi, mean) in &t.statements {
                let question = &q.questions[*qi];
                let reverse = if question.reverse {
                    " <em>(agreeing counts against: score reversed)</em>"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "<li><strong>{mean:.2}</strong> — {}{reverse}</li>",
                    e(&question.text)
                );
            }
            out.push_str("</ul>\n");
        }
        if !t.differing.is_empty() {
            out.push_str(
                "<p class=\"label\">Statements the two sides see most differently</p>\n<ul>\n",
            );
            for (qi, us, them) in &t.differing {
                let _ = writeln!(
                    out,
                    "<li><strong>{} {us:.2}, {} {them:.2}</strong> — {}</li>",
                    e(&view.us()),
                    e(a.partner.trim()),
                    e(&q.questions[*qi].text)
                );
            }
            out.push_str("</ul>\n");
        }
        if !dim.prompts.is_empty() {
            out.push_str("<p class=\"label\">To discuss</p>\n<ul>\n");
            for prompt in &dim.prompts {
                let _ = writeln!(out, "<li>{}</li>", e(prompt));
            }
            out.push_str("</ul>\n");
        }
        if view.notes && !t.notes.is_empty() {
            out.push_str("<p class=\"label\">What respondents wrote</p>\n");
            for note in &t.notes {
                let _ = writeln!(
                    out,
                    "<blockquote>{} <span class=\"who\">— {}</span></blockquote>",
                    e(&note.text),
                    e(&view.who(note.respondent.as_deref(), note.side, &a.partner))
                );
            }
        }
        out.push_str("</div>\n");
    }
    out.push_str("<div class=\"next\">\n");
    match &a.tier {
        Some(t) => {
            let _ = writeln!(
                out,
                "<p><strong>Next step — {}.</strong> {}</p>",
                e(&view.tier_label(q, &t.id, &t.label)),
                e(view.tier_advice(q, &t.id).unwrap_or(""))
            );
        }
        None => {
            let _ = writeln!(
                out,
                "<p><strong>Next step.</strong> {}</p>",
                e(crate::present::reasons::hidden_next_step(a).unwrap_or(
                    "No tier: too few questions were answered. Complete the answers, then score again."
                ))
            );
        }
    }
    out.push_str("</div>\n");
    let _ = writeln!(
        out,
        "<p class=\"rule\">{}</p>",
        e(&crate::present::words::agenda_rule(&q.flags))
    );
}

/// The partner's actions, overdue and open first: who, where it stands,
/// and whether its dimension moved since it was agreed.
pub(super) fn actions_html(
    out: &mut String,
    q: &Questionnaire,
    rows: &[crate::engine::actions::ActionRow],
) {
    use crate::present::words::{action_effect, action_owner, action_status};
    if rows.is_empty() {
        return;
    }
    out.push_str("<h3>Actions</h3>\n<ul class=\"actions\">\n");
    for r in rows {
        let a = &r.action;
        let _ = writeln!(
            out,
            "<li><strong>{}</strong> — {} · {} · {}<br/>{}: {}</li>",
            e(&a.title),
            e(&q.dimensions[a.dimension].name),
            e(action_owner(a.owner)),
            e(&action_status(r)),
            e(&q.dimensions[a.dimension].name),
            e(&action_effect(r))
        );
    }
    out.push_str("</ul>\n");
}
