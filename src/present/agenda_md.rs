//! The dialogue agenda ([`crate::engine::agenda`]) as GitHub-flavoured Markdown:
//! `agenda --format markdown`, and the agenda section of a Markdown report.

use std::fmt::Write;

use crate::engine::agenda::Agenda;
use crate::model::questionnaire::Questionnaire;
use crate::present::action_words::{action_effect_in, action_status_in};
use crate::present::report::View;
use crate::present::words::{agenda_rule_in, byline, explain_in};
use crate::present::{as_answered, fmt_score};
use crate::sanitize::markdown_text as md;

/// The agenda as GitHub-flavoured Markdown. `level` is the heading level
/// of the agenda's title (1 alone, 3 inside a report).
pub fn agenda(q: &Questionnaire, a: &Agenda, level: usize, title: &str) -> String {
    agenda_for(q, a, level, title, &View::internal(None))
}

/// [`agenda`] for a reader: for the partner, tiers by their shared label
/// and advice, notes only when included and never with their authors. The
/// agenda's own words are in the language of `q`'s.
pub fn agenda_for(
    q: &Questionnaire,
    a: &Agenda,
    level: usize,
    title: &str,
    view: &View<'_>,
) -> String {
    let view = &View {
        lang: &q.lang,
        ..*view
    };
    let c = view.words();
    let h = |n: usize| "#".repeat((level + n).min(6));
    let mut out = String::new();
    let _ = writeln!(out, "{} {}\n", h(0), md(title));
    if level == 1 {
        let _ = writeln!(out, "{}\n", md(&byline(c, a)));
    }
    if a.topics.is_empty() {
        let _ = writeln!(out, "{}\n", md(&crate::present::reasons::no_topics(q, a)));
    }
    let previous_date = a.previous.as_ref().map(|(d, _)| *d);
    let mut marks = crate::present::ReverseMarks::in_words(c);
    for (n, t) in a.topics.iter().enumerate() {
        let dim = &q.dimensions[t.dimension];
        let _ = writeln!(out, "{} {}. {}\n", h(1), n + 1, md(&dim.name));
        if let Some(s) = &dim.summary {
            let _ = writeln!(out, "_{}_\n", md(s));
        }
        for line in explain_in(c, t, previous_date) {
            let _ = writeln!(out, "- **{}** {}", md(&c.t("doc-why")), md(&line));
        }
        for r in &t.actions {
            let _ = writeln!(
                out,
                "- **{}** {} ({}; {})",
                md(&c.t("doc-open-action")),
                md(&r.action.title),
                md(&view.owner(r.action.owner, &a.partner)),
                md(&action_status_in(c, r))
            );
        }
        out.push('\n');
        // Us, them and gap only when both sides scored the dimension.
        let sides = match t.gap {
            Some(gap) => format!(
                " {} | {} | {} |",
                fmt_score(t.us),
                fmt_score(t.them),
                crate::present::fmt_gap(Some(gap))
            ),
            None => String::new(),
        };
        let col = |id: &str| md(&c.t(id));
        let (head, rule) = if t.gap.is_some() {
            (
                format!(
                    " {} | {} | {} |",
                    md(&view.us()),
                    md(a.partner.trim()),
                    col("report-col-gap")
                ),
                "---:|---:|---:|",
            )
        } else {
            (String::new(), "")
        };
        let _ = writeln!(
            out,
            "| {} | {} |{head} {} | {} |\n|---:|---|{rule}---:|---:|\n| {} | {} |{sides} {} | {} |\n",
            col("report-col-score"),
            col("report-col-band"),
            col("report-col-spread"),
            col("report-col-previous"),
            fmt_score(t.score),
            md(t.band_label.as_deref().unwrap_or("–")),
            fmt_score(t.spread),
            fmt_score(t.previous)
        );
        if !t.statements.is_empty() {
            let _ = writeln!(out, "{}\n", md(&c.t("doc-lowest-statements")));
            for (qi, mean) in &t.statements {
                let question = &q.questions[*qi];
                let _ = writeln!(
                    out,
                    "- {} — {}{}",
                    fmt_score(as_answered(q, *qi, Some(*mean))),
                    md(&question.text),
                    md(&marks.mark(question.reverse))
                );
            }
            out.push('\n');
        }
        if !t.differing.is_empty() {
            let _ = writeln!(out, "{}\n", md(&c.t("doc-differing-statements")));
            for (qi, us, them) in &t.differing {
                let _ = writeln!(
                    out,
                    "- {} {}, {} {} — {}{}",
                    md(&view.us()),
                    fmt_score(as_answered(q, *qi, Some(*us))),
                    md(a.partner.trim()),
                    fmt_score(as_answered(q, *qi, Some(*them))),
                    md(&q.questions[*qi].text),
                    md(&marks.mark(q.questions[*qi].reverse))
                );
            }
            out.push('\n');
        }
        if !dim.prompts.is_empty() {
            let _ = writeln!(out, "{}\n", md(&c.t("doc-to-discuss")));
            for prompt in &dim.prompts {
                let _ = writeln!(out, "- {}", md(prompt));
            }
            out.push('\n');
        }
        if view.notes && !t.notes.is_empty() {
            let _ = writeln!(out, "{}\n", md(&c.t("doc-notes")));
            for note in &t.notes {
                let _ = writeln!(
                    out,
                    "> {} — {}",
                    md(&note.text),
                    md(&view.who(note.respondent.as_deref(), note.side, &a.partner))
                );
                out.push_str(">\n");
            }
            out.truncate(out.len() - 2);
            out.push('\n');
        }
    }
    // In a report, the partner's actions have their own section.
    if level == 1 && !a.actions.is_empty() {
        let _ = writeln!(out, "{} {}\n", h(1), md(&c.t("doc-actions-to-review")));
        for r in &a.actions {
            let _ = writeln!(
                out,
                "- **{}** — {} · {} · {}. {}: {}.",
                md(&r.action.title),
                md(&q.dimensions[r.action.dimension].name),
                md(&view.owner(r.action.owner, &a.partner)),
                md(&action_status_in(c, r)),
                md(&q.dimensions[r.action.dimension].name),
                md(&action_effect_in(c, r))
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{} {}\n", h(1), md(&c.t("doc-next-step")));
    let advice = a.tier.as_ref().and_then(|t| view.tier_advice(q, &t.id));
    match (&a.tier, advice) {
        (Some(t), Some(advice)) => {
            let _ = writeln!(
                out,
                "**{}.** {}\n",
                md(&view.tier_label(q, &t.id, &t.label)),
                md(advice)
            );
        }
        (Some(t), None) => {
            let _ = writeln!(out, "**{}.**\n", md(&view.tier_label(q, &t.id, &t.label)));
        }
        (None, _) => {
            let text = crate::present::reasons::hidden_next_step(q, a)
                .unwrap_or_else(|| c.t("agenda-no-tier"));
            let _ = writeln!(out, "{}\n", md(&text));
        }
    }
    let _ = writeln!(out, "_{}_", md(&agenda_rule_in(c, &q.flags)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::agenda::plan;
    use crate::engine::agenda::tests::{q, s, view};
    use crate::engine::portfolio::NoteView;
    use crate::model::answers::Side;

    #[test]
    fn topics_show_prompts_notes_and_the_lowest_statements() {
        let q = q();
        let mut p = view(&q, [s(4.0), s(2.0), s(4.0), s(4.0)]);
        let mg = q.dimensions[1].questions.clone();
        for (i, mean) in mg
            .clone()
            .zip([Some(2.0), Some(1.5), Some(1.5), Some(3.0), None])
        {
            p.questions[i].mean = mean;
        }
        let note = |key: &str, text: &str| NoteView {
            key: key.into(),
            text: text.into(),
            respondent: Some("Jo".into()),
            side: Side::Them,
            file: "a.toml".into(),
        };
        p.notes = vec![
            note("mutual-gains", "on the dimension"),
            note("mg-shared-risk", "on a question"),
        ];
        let a = plan(&q, &p, None);
        let md = agenda(&q, &a, 1, "Agenda: Acme");
        assert!(
            md.contains("To discuss:\n\n- What would make this relationship worth more to you?")
        );
        assert!(md.contains("> on the dimension — Jo (them)\n>\n> on a question — Jo (them)\n"));
        assert!(md.contains(&format!(
            "1.50 — {}",
            crate::sanitize::markdown(&q.questions[mg.start + 1].text)
        )));
    }

    #[test]
    fn hostile_notes_are_escaped_in_markdown_and_kept_in_json() {
        let q = q();
        let mut p = view(&q, [s(2.0), s(4.0), s(4.0), s(4.0)]);
        p.notes = vec![NoteView {
            key: "cultural-alignment".into(),
            text: "<script>alert('x')</script> | **bold** & co".into(),
            respondent: Some("<img src=x onerror=alert(1)>".into()),
            side: Side::Us,
            file: "a.toml".into(),
        }];
        let a = plan(&q, &p, None);
        let md = agenda(&q, &a, 1, "Agenda");
        // every `<` that could open a tag is escaped: no live HTML
        let live = md
            .match_indices('<')
            .filter(|(i, _)| !md[..*i].ends_with('\\'))
            .any(|(i, _)| md[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'));
        assert!(!live, "{md}");
        assert!(
            md.contains("\\<script>alert('x')\\</script> \\| \\*\\*bold\\*\\* & co"),
            "{md}"
        );
        assert!(md.contains("\\<img src=x"), "{md}");
        let json: serde_json::Value = serde_json::from_str(&crate::present::json::agenda(
            &q,
            &[a],
            crate::engine::portfolio::Threshold::NONE,
        ))
        .unwrap();
        let topic = &json["partners"][0]["topics"][0];
        assert_eq!(
            topic["notes"][0]["text"],
            "<script>alert('x')</script> | **bold** & co"
        );
        assert_eq!(topic["reasons"][0], "lowest-band");
        assert_eq!(topic["rank"], 1);
    }
}
