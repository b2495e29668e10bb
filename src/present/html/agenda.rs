//! The agenda and the actions of a partner section in the HTML report.

use std::fmt::Write;

use super::parts::e;
use crate::engine::agenda::Agenda;
use crate::model::questionnaire::Questionnaire;
use crate::present::report::View;
use crate::present::{ReverseMarks, as_answered, fmt_score};

pub(super) fn agenda_html(out: &mut String, q: &Questionnaire, a: &Agenda, view: &View<'_>) {
    let c = view.words();
    let _ = writeln!(out, "<h3>{}</h3>", e(&c.t("agenda-heading")));
    if a.topics.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            e(&crate::present::reasons::no_topics(q, a))
        );
    }
    let previous_date = a.previous.as_ref().map(|(d, _)| *d);
    let mut marks = ReverseMarks::in_words(c);
    for (n, t) in a.topics.iter().enumerate() {
        let dim = &q.dimensions[t.dimension];
        out.push_str("<div class=\"topic\">\n");
        let _ = writeln!(out, "<h4>{}. {}</h4>", n + 1, e(&dim.name));
        if let Some(s) = &dim.summary {
            let _ = writeln!(out, "<p class=\"summary\">{}</p>", e(s));
        }
        out.push_str("<ul class=\"why\">\n");
        for line in crate::present::words::explain_in(c, t, previous_date) {
            let _ = writeln!(out, "<li>{}</li>", e(&line));
        }
        out.push_str("</ul>\n");
        if !t.statements.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"label\">{}</p>\n<ul>",
                e(&c.t("agenda-lowest-statements"))
            );
            for (qi, mean) in &t.statements {
                let question = &q.questions[*qi];
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong> — {}<em class=\"reversed\">{}</em></li>",
                    fmt_score(as_answered(q, *qi, Some(*mean))),
                    e(&question.text),
                    e(&marks.mark(question.reverse))
                );
            }
            out.push_str("</ul>\n");
        }
        if !t.differing.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"label\">{}</p>\n<ul>",
                e(&c.t("agenda-differing-statements"))
            );
            for (qi, us, them) in &t.differing {
                let _ = writeln!(
                    out,
                    "<li><strong>{} {}, {} {}</strong> — {}<em class=\"reversed\">{}</em></li>",
                    e(&view.us()),
                    fmt_score(as_answered(q, *qi, Some(*us))),
                    e(a.partner.trim()),
                    fmt_score(as_answered(q, *qi, Some(*them))),
                    e(&q.questions[*qi].text),
                    e(&marks.mark(q.questions[*qi].reverse))
                );
            }
            out.push_str("</ul>\n");
        }
        if !dim.prompts.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"label\">{}</p>\n<ul>",
                e(&c.t("agenda-to-discuss"))
            );
            for prompt in &dim.prompts {
                let _ = writeln!(out, "<li>{}</li>", e(prompt));
            }
            out.push_str("</ul>\n");
        }
        if view.notes && !t.notes.is_empty() {
            let _ = writeln!(out, "<p class=\"label\">{}</p>", e(&c.t("report-notes")));
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
                "<p><strong>{}</strong> {}</p>",
                e(&c.args(
                    "agenda-next-step",
                    &[("tier", &view.tier_label(q, &t.id, &t.label))]
                )),
                e(view.tier_advice(q, &t.id).unwrap_or(""))
            );
        }
        None => {
            let text = crate::present::reasons::hidden_next_step(q, a)
                .unwrap_or_else(|| c.t("agenda-no-tier"));
            let _ = writeln!(
                out,
                "<p><strong>{}</strong> {}</p>",
                e(&c.t("agenda-next-step-plain")),
                e(&text)
            );
        }
    }
    out.push_str("</div>\n");
    let _ = writeln!(
        out,
        "<p class=\"rule\">{}</p>",
        e(&crate::present::words::agenda_rule_in(c, &q.flags))
    );
}

/// The partner's actions, overdue and open first: who, where it stands,
/// and whether its dimension moved since it was agreed.
pub(super) fn actions_html(
    out: &mut String,
    q: &Questionnaire,
    rows: &[crate::engine::actions::ActionRow],
    view: &View<'_>,
    partner: &str,
) {
    use crate::present::action_words::{action_effect_in, action_status_in};
    if rows.is_empty() {
        return;
    }
    let c = view.words();
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<ul class=\"actions\">",
        e(&c.t("actions-heading"))
    );
    for r in rows {
        let a = &r.action;
        let _ = writeln!(
            out,
            "<li><strong>{}</strong> — {} · {} · {}<br/>{}: {}</li>",
            e(&a.title),
            e(&q.dimensions[a.dimension].name),
            e(&view.owner(a.owner, partner)),
            e(&action_status_in(c, r)),
            e(&q.dimensions[a.dimension].name),
            e(&action_effect_in(c, r))
        );
    }
    out.push_str("</ul>\n");
}
