//! The dialogue agenda for a terminal: plain text wrapped to the
//! terminal's width, no Markdown syntax, every string from a file made
//! safe for the terminal. `agenda` prints it when standard output is a
//! terminal (`--format text`); Markdown otherwise.

use std::fmt::Write;

use crate::engine::agenda::Agenda;
use crate::model::questionnaire::Questionnaire;
use crate::present::fmt_score;
use crate::present::words::{
    action_effect, action_owner, action_status, agenda_rule, byline, explain, who,
};
use crate::sanitize::terminal;

/// Wraps `text` at `width` (none: one line), with the indents given.
fn wrap(out: &mut String, text: &str, first: &str, rest: &str, width: Option<usize>) {
    match width {
        Some(w) => {
            let options = textwrap::Options::new(w.saturating_sub(1).max(24))
                .initial_indent(first)
                .subsequent_indent(rest);
            let _ = writeln!(out, "{}", textwrap::fill(text, options));
        }
        None => {
            let _ = writeln!(out, "{first}{text}");
        }
    }
}

/// The agenda of one partner as plain text.
pub fn agenda(q: &Questionnaire, a: &Agenda, width: Option<usize>) -> String {
    let mut out = String::new();
    let title = format!("Agenda: {}", terminal(&a.partner));
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "{}", "=".repeat(title.chars().count().min(72)));
    wrap(&mut out, &terminal(&byline(a)), "", "", width);
    out.push('\n');
    if a.topics.is_empty() {
        wrap(
            &mut out,
            &terminal(&crate::present::reasons::no_topics(q, a)),
            "",
            "",
            width,
        );
        out.push('\n');
    }
    let previous_date = a.previous.as_ref().map(|(d, _)| *d);
    for (n, t) in a.topics.iter().enumerate() {
        let dim = &q.dimensions[t.dimension];
        let _ = writeln!(out, "{}. {}", n + 1, terminal(&dim.name));
        if let Some(s) = &dim.summary {
            wrap(&mut out, &terminal(s), "   ", "   ", width);
        }
        for line in explain(t, previous_date) {
            wrap(
                &mut out,
                &format!("Why: {}", terminal(&line)),
                "   - ",
                "     ",
                width,
            );
        }
        for r in &t.actions {
            let line = format!(
                "Open action: {} ({}; {})",
                terminal(&r.action.title),
                action_owner(r.action.owner),
                action_status(r)
            );
            wrap(&mut out, &line, "   - ", "     ", width);
        }
        let mut figures = format!(
            "Score {} ({})",
            fmt_score(t.score),
            terminal(t.band_label.as_deref().unwrap_or("no band"))
        );
        if t.gap.is_some() {
            let _ = write!(
                figures,
                " · us {} · them {} · gap {}",
                fmt_score(t.us),
                fmt_score(t.them),
                crate::present::fmt_gap(t.gap)
            );
        }
        let _ = write!(
            figures,
            " · spread {} · previous {}",
            fmt_score(t.spread),
            fmt_score(t.previous)
        );
        wrap(&mut out, &figures, "   ", "   ", width);
        if !t.statements.is_empty() {
            out.push_str("   Statements that scored lowest:\n");
            for (qi, mean) in &t.statements {
                let question = &q.questions[*qi];
                let reverse = if question.reverse {
                    " (agreeing counts against: score reversed)"
                } else {
                    ""
                };
                let line = format!("{mean:.2} — {}{reverse}", terminal(&question.text));
                wrap(&mut out, &line, "   - ", "     ", width);
            }
        }
        if !t.differing.is_empty() {
            out.push_str("   Statements the two sides see most differently:\n");
            for (qi, us, them) in &t.differing {
                let line = format!(
                    "us {us:.2}, them {them:.2} — {}",
                    terminal(&q.questions[*qi].text)
                );
                wrap(&mut out, &line, "   - ", "     ", width);
            }
        }
        if !dim.prompts.is_empty() {
            out.push_str("   To discuss:\n");
            for prompt in &dim.prompts {
                wrap(&mut out, &terminal(prompt), "   - ", "     ", width);
            }
        }
        if !t.notes.is_empty() {
            out.push_str("   What respondents wrote:\n");
            for note in &t.notes {
                let line = format!(
                    "\"{}\" — {}",
                    terminal(&note.text),
                    terminal(&who(note.respondent.as_deref(), note.side))
                );
                wrap(&mut out, &line, "   - ", "     ", width);
            }
        }
        out.push('\n');
    }
    if !a.actions.is_empty() {
        out.push_str("Actions to review\n");
        for r in &a.actions {
            let dim = terminal(&q.dimensions[r.action.dimension].name);
            let line = format!(
                "{} — {dim} · {} · {}. {dim}: {}.",
                terminal(&r.action.title),
                action_owner(r.action.owner),
                action_status(r),
                action_effect(r)
            );
            wrap(&mut out, &line, "- ", "  ", width);
        }
        out.push('\n');
    }
    out.push_str("Next step\n");
    match (&a.tier, a.advice()) {
        (Some(t), advice) => {
            let line = match advice {
                Some(advice) => format!("{}. {}", terminal(&t.label), terminal(advice)),
                None => format!("{}.", terminal(&t.label)),
            };
            wrap(&mut out, &line, "  ", "  ", width);
        }
        (None, _) => wrap(
            &mut out,
            crate::present::reasons::hidden_next_step(a).unwrap_or(
                "No verdict: too few questions were answered. Complete the answers, then score again.",
            ),
            "  ",
            "  ",
            width,
        ),
    }
    out.push('\n');
    wrap(&mut out, &agenda_rule(&q.flags), "", "", width);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::agenda::plan;
    use crate::engine::agenda::tests::{q, s, view};

    #[test]
    fn the_terminal_agenda_has_no_markdown_and_wraps() {
        let q = q();
        let p = view(&q, [s(1.5), s(3.6), s(3.2), s(4.5)]);
        let a = plan(&q, &p, None);
        let text = agenda(&q, &a, Some(40));
        assert!(text.contains("1. "), "{text}");
        for syntax in ["**", "| ", "# ", "<sub>", "&gt;"] {
            assert!(!text.contains(syntax), "{syntax} in {text}");
        }
        assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
    }
}
