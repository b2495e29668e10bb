//! `--format table`: a comfy-table per file with a bar per dimension score.
//! Colour only when asked for (a terminal, without `NO_COLOR`); every string
//! from a file goes through [`sanitize::terminal`].

use std::fmt::Write;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table};

use crate::assessment::ScoreResult;
use crate::export::markdown::byline;
use crate::export::{bar, fmt_score};
use crate::sanitize::terminal;

const BAR_WIDTH: usize = 20;

/// A new table in the house style.
pub fn new_table(color: bool) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// Green for the best band, red for the worst, yellow between.
pub fn rank_color(rank: usize, of: usize) -> Color {
    if rank == 0 {
        Color::Green
    } else if rank + 1 >= of {
        Color::Red
    } else {
        Color::Yellow
    }
}

pub fn score(results: &[ScoreResult], color: bool) -> String {
    let mut out = String::new();
    for (i, r) in results.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", terminal(&r.partner));
        let _ = writeln!(out, "{}", terminal(&byline(r)));
        let mut table = new_table(color);
        table.set_header(["Dimension", "Score", "", "Band", "Answered"]);
        for d in &r.dimensions {
            let mut band = Cell::new(terminal(d.band_label.as_deref().unwrap_or("–")));
            if let (true, Some((rank, of))) = (color, d.band_rank) {
                band = band.fg(rank_color(rank, of));
            }
            table.add_row(vec![
                Cell::new(terminal(&d.name)),
                Cell::new(fmt_score(d.score)).set_alignment(CellAlignment::Right),
                Cell::new(
                    d.score
                        .map(|s| bar(s, r.scale, BAR_WIDTH))
                        .unwrap_or_default(),
                ),
                band,
                Cell::new(format!("{}/{}", d.answered, d.questions))
                    .set_alignment(CellAlignment::Right),
            ]);
        }
        let mut overall = Cell::new("Overall");
        if color {
            overall = overall.add_attribute(Attribute::Bold);
        }
        table.add_row(vec![
            overall,
            Cell::new(fmt_score(r.overall)).set_alignment(CellAlignment::Right),
            Cell::new(
                r.overall
                    .map(|s| bar(s, r.scale, BAR_WIDTH))
                    .unwrap_or_default(),
            ),
            Cell::new(""),
            Cell::new(format!("{}/{}", r.answered, r.questions))
                .set_alignment(CellAlignment::Right),
        ]);
        let _ = writeln!(out, "{table}");
        let verdict = r.tier.as_ref().map_or("none", |t| t.label.as_str());
        if color {
            let _ = writeln!(out, "Verdict: {}", console::style(terminal(verdict)).bold());
        } else {
            let _ = writeln!(out, "Verdict: {}", terminal(verdict));
        }
        if let Some(summary) = r.tier.as_ref().and_then(|t| t.summary.as_ref()) {
            let _ = writeln!(out, "  {}", terminal(summary));
        }
        for reason in &r.reasons {
            let _ = writeln!(out, "  - {}", terminal(reason));
        }
        if let Some(advice) = r.tier.as_ref().and_then(|t| t.advice.as_ref()) {
            let _ = writeln!(out, "Next: {}", terminal(advice));
        }
    }
    out
}

/// `questions --format table`: the instrument for review, a table per dimension.
pub fn questions(q: &crate::questionnaire::Questionnaire, color: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} {}) — {} questions",
        terminal(&q.title),
        q.id,
        terminal(&q.version),
        q.questions.len()
    );
    if let Some(d) = &q.description {
        let _ = writeln!(out, "{}", terminal(d.trim()));
    }
    let labels: Vec<String> = (q.scale.min..=q.scale.max)
        .map(|v| format!("{v} {}", terminal(q.scale.label(v))))
        .collect();
    let _ = writeln!(out, "Scale: {}", labels.join(" · "));
    if q.scale.allow_unsure {
        let _ = writeln!(out, "       or \"unsure\": don't know / not applicable");
    }
    let _ = writeln!(
        out,
        "(R) reverse-keyed: agreeing counts against the partnership"
    );
    for d in &q.dimensions {
        let _ = writeln!(out, "\n{} ({})", terminal(&d.name), d.id);
        if let Some(s) = &d.summary {
            let _ = writeln!(out, "{}", terminal(s));
        }
        let mut table = new_table(color);
        table.set_header(["#", "Id", "Statement"]);
        for i in d.questions.clone() {
            let question = &q.questions[i];
            let reverse = if question.reverse { " (R)" } else { "" };
            table.add_row(vec![
                Cell::new(i + 1).set_alignment(CellAlignment::Right),
                Cell::new(&question.id),
                Cell::new(format!("{}{reverse}", terminal(&question.text))),
            ]);
        }
        let _ = writeln!(out, "{table}");
    }
    out
}
