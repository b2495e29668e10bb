//! The dialogue agenda ([`crate::engine::agenda`]) as GitHub-flavoured Markdown:
//! `agenda --format markdown`, and the agenda section of a Markdown report.

use std::fmt::Write;

use crate::engine::agenda::Agenda;
use crate::model::questionnaire::Questionnaire;
use crate::present::fmt_score;
use crate::present::report::View;
use crate::present::words::{
    action_effect, action_owner, action_status, agenda_rule as rule, byline, explain,
};
use crate::sanitize::markdown_text as md;

/// The agenda as GitHub-flavoured Markdown. `level` is the heading level
/// of the agenda's title (1 alone, 3 inside a report).
pub fn agenda(q: &Questionnaire, a: &Agenda, level: usize, title: &str) -> String {
    agenda_for(q, a, level, title, &View::internal(None))
}

/// [`agenda`] for a reader: for the partner, tiers by their shared label
/// and advice, notes only when included and never with their authors.
pub fn agenda_for(
    q: &Questionnaire,
    a: &Agenda,
    level: usize,
    title: &str,
    view: &View<'_>,
) -> String {
    let h = |n: usize| "#".repeat((level + n).min(6));
    let mut out = String::new();
    let _ = writeln!(out, "{} {}\n", h(0), md(title));
    if level == 1 {
        let _ = writeln!(out, "{}\n", md(&byline(a)));
    }
    if a.topics.is_empty() {
        let _ = writeln!(out, "{}\n", md(&crate::present::reasons::no_topics(q, a)));
    }
    let previous_date = a.previous.as_ref().map(|(d, _)| *d);
    for (n, t) in a.topics.iter().enumerate() {
        let dim = &q.dimensions[t.dimension];
        let _ = writeln!(out, "{} {}. {}\n", h(1), n + 1, md(&dim.name));
        if let Some(s) = &dim.summary {
            let _ = writeln!(out, "_{}_\n", md(s));
        }
        for line in explain(t, previous_date) {
            let _ = writeln!(out, "- **Why:** {}", md(&line));
        }
        for r in &t.actions {
            let _ = writeln!(
                out,
                "- **Open action:** {} ({}; {})",
                md(&r.action.title),
                md(action_owner(r.action.owner)),
                md(&action_status(r))
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
        let (head, rule) = if t.gap.is_some() {
            (
                format!(" {} | {} | Gap |", md(&view.us()), md(a.partner.trim())),
                "---:|---:|---:|",
            )
        } else {
            (String::new(), "")
        };
        let _ = writeln!(
            out,
            "| Score | Band |{head} Spread | Previous |\n|---:|---|{rule}---:|---:|\n| {} | {} |{sides} {} | {} |\n",
            fmt_score(t.score),
            md(t.band_label.as_deref().unwrap_or("–")),
            fmt_score(t.spread),
            fmt_score(t.previous)
        );
        if !t.statements.is_empty() {
            out.push_str("Statements that scored lowest:\n\n");
            for (qi, mean) in &t.statements {
                let question = &q.questions[*qi];
                let reverse = if question.reverse {
                    " _(agreeing counts against: score reversed)_"
                } else {
                    ""
                };
                let _ = writeln!(out, "- {mean:.2} — {}{reverse}", md(&question.text));
            }
            out.push('\n');
        }
        if !t.differing.is_empty() {
            out.push_str("Statements the two sides see most differently:\n\n");
            for (qi, us, them) in &t.differing {
                let _ = writeln!(
                    out,
                    "- us {us:.2}, them {them:.2} — {}",
                    md(&q.questions[*qi].text)
                );
            }
            out.push('\n');
        }
        if !dim.prompts.is_empty() {
            out.push_str("To discuss:\n\n");
            for prompt in &dim.prompts {
                let _ = writeln!(out, "- {}", md(prompt));
            }
            out.push('\n');
        }
        if view.notes && !t.notes.is_empty() {
            out.push_str("What respondents wrote:\n\n");
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
        let _ = writeln!(out, "{} Actions to review\n", h(1));
        for r in &a.actions {
            let _ = writeln!(
                out,
                "- **{}** — {} · {} · {}. {}: {}.",
                md(&r.action.title),
                md(&q.dimensions[r.action.dimension].name),
                md(action_owner(r.action.owner)),
                md(&action_status(r)),
                md(&q.dimensions[r.action.dimension].name),
                md(&action_effect(r))
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{} Next step\n", h(1));
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
            let _ = writeln!(
                out,
                "{}\n",
                crate::present::reasons::hidden_next_step(a).unwrap_or(
                    "No tier: too few questions were answered. Complete the answers, then score again."
                )
            );
        }
    }
    let _ = writeln!(out, "_{}_", md(&rule(&q.flags)));
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
