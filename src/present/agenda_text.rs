//! The dialogue agenda for a terminal: plain text wrapped to the
//! terminal's width, no Markdown syntax, every string from a file made
//! safe for the terminal. `agenda` prints it when standard output is a
//! terminal (`--format text`); Markdown otherwise.

use std::fmt::Write;

use crate::engine::agenda::Agenda;
use crate::model::questionnaire::Questionnaire;
use crate::present::action_words::{action_effect_in, action_owner_in, action_status_in};
use crate::present::locale::catalogue;
use crate::present::words::{agenda_rule_in, byline, explain_in, who_in};
use crate::present::{as_answered, fmt_score};
use crate::sanitize::terminal;

/// Wraps `text` at `width` (none: one line), with the indents given.
fn wrap(out: &mut String, text: &str, first: &str, rest: &str, width: Option<usize>) {
    match width {
        Some(w) => {
            let options = textwrap::Options::new(w.saturating_sub(1).max(24))
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .initial_indent(first)
                .subsequent_indent(rest);
            let _ = writeln!(out, "{}", textwrap::fill(text, options));
        }
        None => {
            let _ = writeln!(out, "{first}{text}");
        }
    }
}

/// The agenda of one partner as plain text, its own words in the language
/// of `q`'s.
pub fn agenda(q: &Questionnaire, a: &Agenda, width: Option<usize>) -> String {
    let c = catalogue(&q.lang);
    let mut out = String::new();
    let title = c.args("doc-agenda-title", &[("partner", &terminal(&a.partner))]);
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "{}", "=".repeat(title.chars().count().min(72)));
    wrap(&mut out, &terminal(&byline(c, a)), "", "", width);
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
    let mut marks = crate::present::ReverseMarks::in_words(c);
    for (n, t) in a.topics.iter().enumerate() {
        let dim = &q.dimensions[t.dimension];
        let _ = writeln!(out, "{}. {}", n + 1, terminal(&dim.name));
        if let Some(s) = &dim.summary {
            wrap(&mut out, &terminal(s), "   ", "   ", width);
        }
        for line in explain_in(c, t, previous_date) {
            wrap(
                &mut out,
                &format!("{} {}", c.t("doc-why"), terminal(&line)),
                "   - ",
                "     ",
                width,
            );
        }
        for r in &t.actions {
            let line = format!(
                "{} {} ({}; {})",
                c.t("doc-open-action"),
                terminal(&r.action.title),
                action_owner_in(c, r.action.owner),
                action_status_in(c, r)
            );
            wrap(&mut out, &line, "   - ", "     ", width);
        }
        let band = t
            .band_label
            .as_deref()
            .map_or_else(|| c.t("doc-no-band"), |b| terminal(b).into_owned());
        let mut figures = c.args(
            "doc-figure-score",
            &[("score", &fmt_score(t.score)), ("band", &band)],
        );
        if t.gap.is_some() {
            let _ = write!(
                figures,
                " · {}",
                c.args(
                    "doc-figure-sides",
                    &[
                        ("us", &fmt_score(t.us)),
                        ("them", &fmt_score(t.them)),
                        ("gap", &crate::present::fmt_gap(t.gap)),
                    ],
                )
            );
        }
        let _ = write!(
            figures,
            " · {}",
            c.args(
                "doc-figure-spread",
                &[
                    ("spread", &fmt_score(t.spread)),
                    ("previous", &fmt_score(t.previous)),
                ],
            )
        );
        wrap(&mut out, &figures, "   ", "   ", width);
        if !t.statements.is_empty() {
            let _ = writeln!(out, "   {}", c.t("doc-lowest-statements"));
            for (qi, mean) in &t.statements {
                let question = &q.questions[*qi];
                let reverse = marks.mark(question.reverse);
                let line = format!(
                    "{} — {}{reverse}",
                    fmt_score(as_answered(q, *qi, Some(*mean))),
                    terminal(&question.text)
                );
                wrap(&mut out, &line, "   - ", "     ", width);
            }
        }
        if !t.differing.is_empty() {
            let _ = writeln!(out, "   {}", c.t("doc-differing-statements"));
            for (qi, us, them) in &t.differing {
                let line = format!(
                    "{} — {}{}",
                    c.args(
                        "doc-us-them",
                        &[
                            ("us", &fmt_score(as_answered(q, *qi, Some(*us)))),
                            ("them", &fmt_score(as_answered(q, *qi, Some(*them)))),
                        ],
                    ),
                    terminal(&q.questions[*qi].text),
                    marks.mark(q.questions[*qi].reverse)
                );
                wrap(&mut out, &line, "   - ", "     ", width);
            }
        }
        if !dim.prompts.is_empty() {
            let _ = writeln!(out, "   {}", c.t("doc-to-discuss"));
            for prompt in &dim.prompts {
                wrap(&mut out, &terminal(prompt), "   - ", "     ", width);
            }
        }
        if !t.notes.is_empty() {
            let _ = writeln!(out, "   {}", c.t("doc-notes"));
            for note in &t.notes {
                let line = c.args(
                    "doc-quoted",
                    &[
                        ("text", &terminal(&note.text)),
                        (
                            "who",
                            &terminal(&who_in(c, note.respondent.as_deref(), note.side)),
                        ),
                    ],
                );
                wrap(&mut out, &line, "   - ", "     ", width);
            }
        }
        out.push('\n');
    }
    if !a.actions.is_empty() {
        let _ = writeln!(out, "{}", c.t("doc-actions-to-review"));
        for r in &a.actions {
            let dim = terminal(&q.dimensions[r.action.dimension].name);
            let line = format!(
                "{} — {dim} · {} · {}. {dim}: {}.",
                terminal(&r.action.title),
                action_owner_in(c, r.action.owner),
                action_status_in(c, r),
                action_effect_in(c, r)
            );
            wrap(&mut out, &line, "- ", "  ", width);
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", c.t("doc-next-step"));
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
            &crate::present::reasons::hidden_next_step(q, a)
                .unwrap_or_else(|| c.t("agenda-no-tier")),
            "  ",
            "  ",
            width,
        ),
    }
    out.push('\n');
    wrap(&mut out, &agenda_rule_in(c, &q.flags), "", "", width);
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
