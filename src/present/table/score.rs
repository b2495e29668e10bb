//! `score --format table`: a table per file, with a bar per dimension
//! score, then the verdict and its reasons.

use std::fmt::Write;

use comfy_table::{Attribute, Cell};

use super::style::{new_table, rank_color, right};
use super::text::wrapped;
use crate::engine::assess::Assessment;
use crate::present::{bar, byline, fmt_score};
use crate::sanitize::terminal;

const BAR_WIDTH: usize = 20;

pub fn score(
    results: &[Assessment],
    qs: &[&crate::model::questionnaire::Questionnaire],
    color: bool,
    width: Option<usize>,
) -> String {
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
                right(fmt_score(d.score)),
                Cell::new(
                    d.score
                        .map(|s| bar(s, r.scale, BAR_WIDTH))
                        .unwrap_or_default(),
                ),
                band,
                right(format!("{}/{}", d.answered, d.questions)),
            ]);
        }
        let mut overall = Cell::new("Overall");
        if color {
            overall = overall.add_attribute(Attribute::Bold);
        }
        table.add_row(vec![
            overall,
            right(fmt_score(r.overall)),
            Cell::new(
                r.overall
                    .map(|s| bar(s, r.scale, BAR_WIDTH))
                    .unwrap_or_default(),
            ),
            Cell::new(""),
            right(format!("{}/{}", r.answered, r.questions)),
        ]);
        let _ = writeln!(out, "{table}");
        let verdict = r.tier.as_ref().map_or("none", |t| t.label.as_str());
        let verdict = if color {
            format!("Verdict: {}", console::style(terminal(verdict)).bold())
        } else {
            format!("Verdict: {}", terminal(verdict))
        };
        wrapped(&mut out, &verdict, "", "  ", width);
        if let Some(summary) = r.tier.as_ref().and_then(|t| t.summary.as_ref()) {
            wrapped(&mut out, &terminal(summary), "  ", "  ", width);
        }
        for reason in &crate::present::words::reasons(qs[i], &r.reasons) {
            wrapped(&mut out, &terminal(reason), "  - ", "    ", width);
        }
        if let Some(advice) = r.tier.as_ref().and_then(|t| t.advice.as_ref()) {
            wrapped(
                &mut out,
                &format!("Next: {}", terminal(advice)),
                "",
                "  ",
                width,
            );
        }
    }
    out
}
