//! `compare --format table`: a row per partner, fitted to the terminal.

use std::fmt::Write;

use comfy_table::{Attribute, Cell, Color, ContentArrangement};

use super::style::{new_table, rank_color, right};
use super::text::{dimension_key, long_name, truncate};
use crate::present::fmt_score;
use crate::sanitize::terminal;

/// How much room a portfolio table takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Dimension names as headers, full tier labels, coverage.
    Wide,
    /// Abbreviated headers and tier labels, light borders, partner names
    /// cut to `partner_width` characters.
    Narrow { partner_width: usize },
}

/// `compare --format table`: a row per partner. On a terminal narrower than
/// the full table, headers and tier labels are abbreviated and long partner
/// names shortened (with `…`), so each partner stays on one line.
pub fn compare(
    q: &crate::model::questionnaire::Questionnaire,
    portfolio: &crate::engine::portfolio::Portfolio,
    color: bool,
    width: Option<usize>,
) -> String {
    // Widths are worked out from the cells, so the table is drawn once.
    let mut layout = Layout::Wide;
    let mut cells = compare_cells(q, portfolio, color, layout);
    if let Some(width) = width
        && cells.width(layout) > width
    {
        let longest = portfolio
            .partners
            .iter()
            .map(|p| console::measure_text_width(&long_name(&p.partner)))
            .max()
            .unwrap_or(0);
        let trial = Layout::Narrow {
            partner_width: longest,
        };
        let excess = compare_cells(q, portfolio, color, trial)
            .width(trial)
            .saturating_sub(width);
        layout = Layout::Narrow {
            partner_width: longest.saturating_sub(excess).max(8),
        };
        cells = compare_cells(q, portfolio, color, layout);
    }
    let table = cells.render(color, layout);
    let mut out = String::new();
    let tiers = crate::present::tier_abbreviations(q);
    let _ = writeln!(
        out,
        "{}, scored with `{}` {}",
        crate::present::partners_count(portfolio.partners.len()),
        terminal(&q.id),
        terminal(&q.version)
    );
    out.push_str(&table);
    out.push('\n');
    // The tally: how many partners at each tier.
    let mut tally: Vec<String> = q
        .rubric
        .tiers
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let n = portfolio
                .partners
                .iter()
                .filter(|p| p.latest.tier.as_ref().is_some_and(|x| x.rank == i))
                .count();
            let label = match layout {
                Layout::Wide => &t.label,
                Layout::Narrow { .. } => &tiers[i],
            };
            (n > 0).then(|| format!("{} {n}", terminal(label)))
        })
        .collect();
    let untiered = portfolio
        .partners
        .iter()
        .filter(|p| p.latest.tier.is_none())
        .count();
    if untiered > 0 {
        tally.push(format!("no tier (too few answers) {untiered}"));
    }
    let _ = writeln!(out, "{}", tally.join(" · "));
    if let Some(note) = crate::present::words::portfolio_threshold_note(portfolio) {
        let _ = writeln!(out, "{note}");
    }
    if let Layout::Narrow { .. } = layout {
        let abbreviations = crate::present::dimension_abbreviations(q);
        let _ = writeln!(out, "{}", dimension_key(&abbreviations, q));
        let _ = writeln!(out, "N files in the latest round");
    }
    for line in crate::present::legend(&q.flags) {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// A portfolio table before it is drawn.
struct Cells {
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

impl Cells {
    /// The width the table will take, in terminal columns.
    fn width(&self, layout: Layout) -> usize {
        let mut widths: Vec<usize> = self
            .header
            .iter()
            .map(|h| {
                h.lines()
                    .map(console::measure_text_width)
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(console::measure_text_width(&cell.content()));
            }
        }
        let content: usize = widths.iter().sum();
        match layout {
            // "│ " before each column, " " after it, and the closing "│".
            Layout::Wide => content + 3 * widths.len() + 1,
            // One space between columns.
            Layout::Narrow { .. } => content + widths.len().saturating_sub(1),
        }
    }

    fn render(self, color: bool, layout: Layout) -> String {
        let mut table = new_table(color);
        table.set_content_arrangement(ContentArrangement::Disabled);
        if layout != Layout::Wide {
            // No borders, a line under the header, one space between columns.
            table.load_preset("     ─              ");
        }
        let columns = self.header.len();
        table.set_header(self.header);
        if layout != Layout::Wide {
            for (i, column) in table.column_iter_mut().enumerate() {
                column.set_padding((0, if i + 1 < columns { 1 } else { 0 }));
            }
        }
        for row in self.rows {
            table.add_row(row);
        }
        table.to_string()
    }
}

fn compare_cells(
    q: &crate::model::questionnaire::Questionnaire,
    portfolio: &crate::engine::portfolio::Portfolio,
    color: bool,
    layout: Layout,
) -> Cells {
    use crate::present::{fmt_change, fmt_date, fmt_flagged};
    let wide = layout == Layout::Wide;
    let abbreviations = crate::present::dimension_abbreviations(q);
    let tiers = crate::present::tier_abbreviations(q);
    let mut header: Vec<String> = vec!["Partner".to_owned()];
    for (d, a) in q.dimensions.iter().zip(&abbreviations) {
        header.push(if wide {
            terminal(&d.name)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            a.clone()
        });
    }
    header.extend(
        [
            "Overall",
            "Tier",
            if wide { "Files" } else { "N" },
            "Date",
            "Change",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    if wide {
        header.push("Coverage".to_owned());
    }
    let bands = q.rubric.bands.len();
    let tier_count = q.rubric.tiers.len();
    let mut rows = Vec::with_capacity(portfolio.partners.len());
    for p in &portfolio.partners {
        let name = long_name(&p.partner);
        let name = match layout {
            Layout::Wide => name,
            Layout::Narrow { partner_width } => truncate(&name, partner_width),
        };
        let mut row = vec![Cell::new(name)];
        for d in &p.latest.dimensions {
            // Left-aligned: the scores line up, the flags trail.
            let mut cell = Cell::new(fmt_flagged(d));
            if let (true, Some(rank)) = (color, d.band_rank) {
                cell = cell.fg(rank_color(rank, bands));
            }
            row.push(cell);
        }
        let mut overall = right(fmt_score(p.latest.overall));
        if color {
            overall = overall.add_attribute(Attribute::Bold);
        }
        row.push(overall);
        let tier = match (&p.latest.tier, wide) {
            (None, _) => "–".to_owned(),
            (Some(t), true) => terminal(&t.label).into_owned(),
            (Some(t), false) => truncate(&terminal(&tiers[t.rank]), 10),
        };
        let mut tier = Cell::new(tier);
        if let (true, Some(t)) = (color, &p.latest.tier) {
            tier = tier.fg(rank_color(t.rank, tier_count));
        }
        row.push(tier);
        row.push(right(p.latest.files()));
        row.push(Cell::new(fmt_date(p.latest.date)));
        let shown = crate::present::shown_change(p.latest.overall, p.change);
        let mut change = right(fmt_change(shown, wide));
        if color {
            match shown {
                Some(c) if c >= 0.005 => change = change.fg(Color::Green),
                Some(c) if c <= -0.005 => change = change.fg(Color::Red),
                _ => {}
            }
        }
        row.push(change);
        if wide {
            row.push(right(format!("{:.0}%", p.latest.coverage * 100.0)));
        }
        rows.push(row);
    }
    Cells { header, rows }
}
