//! `--format table`: a comfy-table per file with a bar per dimension score.
//! Colour only when asked for (a terminal, without `NO_COLOR`); every string
//! from a file goes through [`crate::sanitize::terminal`].

use std::fmt::Write;

use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table};

use crate::engine::assess::Assessment;
use crate::present::{bar, byline, fmt_score};
use crate::sanitize::terminal;

const BAR_WIDTH: usize = 20;

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

/// `questions --format table`: the instrument for review, a table per dimension.
/// In the wording of `side`, wrapped at `width` when it is known.
pub fn questions(
    q: &crate::model::questionnaire::Questionnaire,
    side: crate::model::answers::Side,
    color: bool,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} {}) — {}",
        terminal(&q.title),
        q.id,
        terminal(&q.version),
        crate::present::count(q.questions.len(), "question")
    );
    if let Some(d) = &q.description {
        paragraphs(&mut out, d.trim(), width);
    }
    let labels: Vec<String> = (q.scale.min..=q.scale.max)
        .map(|v| format!("{v} {}", terminal(q.scale.label(v))))
        .collect();
    let scale = format!("Scale: {}", labels.join(" · "));
    wrapped(&mut out, &scale, "", "       ", width);
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
            paragraphs(&mut out, s.trim(), width);
        }
        let mut table = new_table(color);
        table.set_header(["#", "Id", "Statement"]);
        for i in d.questions.clone() {
            let question = &q.questions[i];
            let reverse = if question.reverse { " (R)" } else { "" };
            table.add_row(vec![
                Cell::new(i + 1).set_alignment(CellAlignment::Right),
                Cell::new(&question.id),
                Cell::new(format!("{}{reverse}", terminal(question.text_for(side)))),
            ]);
        }
        let _ = writeln!(out, "{table}");
    }
    out
}

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
        let names: Vec<String> = crate::present::dimension_abbreviations(q)
            .iter()
            .zip(&q.dimensions)
            .map(|(a, d)| format!("{a} {}", terminal(&d.name)))
            .collect();
        let _ = writeln!(out, "{}", names.join(" · "));
        let _ = writeln!(out, "N files in the latest round");
    }
    for line in crate::present::legend(&q.flags) {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// `text` as a line of `out` after `first`, wrapped on word boundaries at
/// `width` (when known) with `rest` before the lines it wraps into.
/// Paragraphs (separated by blank lines) each made safe for the terminal
/// and wrapped at `width`, the line breaks inside a paragraph taken as
/// spaces; a blank line between them.
fn paragraphs(out: &mut String, text: &str, width: Option<usize>) {
    let mut first = true;
    let text = text.replace("\r\n", "\n");
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
        let para = terminal(&para);
        if !first {
            out.push('\n');
        }
        first = false;
        wrapped(out, &para, "", "", width);
    }
}

#[cfg(test)]
mod paragraph_tests {
    use super::*;

    /// Regression: `questions`' description paragraphs were not wrapped at
    /// the terminal's width (the tables were).
    #[test]
    fn descriptions_are_wrapped_at_the_terminal_width() {
        let long = "A sentence that goes on and on. ".repeat(8);
        let mut out = String::new();
        paragraphs(&mut out, &format!("{long}\nstill one\n\nSecond."), Some(40));
        assert!(out.lines().all(|l| l.chars().count() <= 40), "{out}");
        assert!(out.lines().count() > 6, "{out}");
        assert!(out.contains("on. still one\n\nSecond.\n"), "{out}");
        let mut out = String::new();
        paragraphs(&mut out, "One\n\nTwo \u{1b}[31m", None);
        assert_eq!(out, "One\n\nTwo \\u{1b}[31m\n");
    }
}

fn wrapped(out: &mut String, text: &str, first: &str, rest: &str, width: Option<usize>) {
    match width {
        Some(w) => {
            let options = textwrap::Options::new(w.saturating_sub(1).max(20))
                .initial_indent(first)
                .subsequent_indent(rest);
            let _ = writeln!(out, "{}", textwrap::fill(text, options));
        }
        None => {
            let _ = writeln!(out, "{first}{text}");
        }
    }
}

/// The most characters of a name in a table cell.
pub const NAME_MAX: usize = 60;

/// A name from a file, safe for the terminal and cut to [`NAME_MAX`]
/// characters: the table's wrapping would take minutes on a name of
/// megabytes, and nobody reads one.
fn long_name(s: &str) -> String {
    let cut: String = s.chars().take(NAME_MAX * 4).collect();
    truncate(&terminal(&cut), NAME_MAX)
}

/// Cuts `s` to `width` columns, ending with `…` when cut.
fn truncate(s: &str, width: usize) -> String {
    if console::measure_text_width(s) <= width {
        return s.to_owned();
    }
    console::truncate_str(s, width, "…").into_owned()
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
        let mut overall =
            Cell::new(fmt_score(p.latest.overall)).set_alignment(CellAlignment::Right);
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
        row.push(Cell::new(p.latest.files()).set_alignment(CellAlignment::Right));
        row.push(Cell::new(fmt_date(p.latest.date)));
        let shown = crate::present::shown_change(p.latest.overall, p.change);
        let mut change = Cell::new(fmt_change(shown, wide)).set_alignment(CellAlignment::Right);
        if color {
            match shown {
                Some(c) if c >= 0.005 => change = change.fg(Color::Green),
                Some(c) if c <= -0.005 => change = change.fg(Color::Red),
                _ => {}
            }
        }
        row.push(change);
        if wide {
            row.push(
                Cell::new(format!("{:.0}%", p.latest.coverage * 100.0))
                    .set_alignment(CellAlignment::Right),
            );
        }
        rows.push(row);
    }
    Cells { header, rows }
}

/// `compare --partner NAME --format table`: the partner's latest figures,
/// then every round (newest first): a row per file, the round's means with
/// their flags, the gap between the sides, and the notes.
pub fn compare_detail(
    q: &crate::model::questionnaire::Questionnaire,
    detail: &crate::engine::portfolio::PartnerDetail,
    organization: Option<&str>,
    analysis: &crate::engine::portfolio::Analysis,
    color: bool,
    width: Option<usize>,
) -> String {
    let min_respondents = analysis.min_respondents;
    let mut out = String::new();
    detail_headline(&mut out, q, &detail.partner, color);
    if let Some(why) = crate::present::report::sides_hidden(
        &detail.partner,
        organization.unwrap_or("our side"),
        min_respondents,
        crate::present::locale::catalogue("en"),
    ) {
        let _ = writeln!(out, "\n{}", terminal(&why));
    }
    let shown = sides_table(&mut out, q, &detail.partner, organization, color, width);
    if shown {
        let p = &detail.partner;
        let [us, them] = p.latest.respondents;
        let ours = organization.unwrap_or("our side");
        if let Some(why) = crate::present::words::agreement_hidden(
            min_respondents,
            analysis.min_respondents_source,
            &[(ours, us), (p.partner.trim(), them)],
        ) {
            let _ = writeln!(out, "{}", terminal(&why));
        }
    }
    let abbreviations = crate::present::dimension_abbreviations(q);
    for r in &detail.rounds {
        round_heading(&mut out, r);
        let table = round_table(r, &abbreviations, color, width);
        let _ = writeln!(out, "{table}");
        round_notes(&mut out, r);
    }
    let names: Vec<String> = abbreviations
        .iter()
        .zip(&q.dimensions)
        .map(|(a, d)| format!("{a} {}", terminal(&d.name)))
        .collect();
    let _ = writeln!(out, "\n{}", names.join(" · "));
    for line in &crate::present::legend(&q.flags)[..2] {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// The latest round's two sides: each side's score, the gap, agreement
/// within each side, expectations and blind spots. Nothing when both sides
/// are hidden by the anonymity rule; whether it was shown.
fn sides_table(
    out: &mut String,
    q: &crate::model::questionnaire::Questionnaire,
    p: &crate::engine::portfolio::PartnerView,
    organization: Option<&str>,
    color: bool,
    width: Option<usize>,
) -> bool {
    use crate::engine::portfolio::Suppressed;
    match p.latest.suppressed {
        Suppressed::None => {}
        // Said once by the caller, with the threshold.
        Suppressed::Sides | Suppressed::Round => return false,
    }
    let mut table = new_table(color);
    if let Some(w) = width {
        table.set_width(w.min(u16::MAX as usize) as u16);
    }
    // Narrow: short headers whose words fit a column of figures, the
    // dimensions abbreviated, and a key (no header word broken).
    let narrow = width.is_some_and(|w| w < 100);
    let abbreviations = crate::present::dimension_abbreviations(q);
    if narrow {
        table.set_header(crate::present::words::SIDES_HEADER_NARROW);
    } else {
        table.set_header(
            crate::present::sides_header(organization, &p.partner)
                .map(|h| terminal(&h).into_owned()),
        );
    }
    for (i, row) in crate::present::sides_rows(&p.latest.dimensions)
        .into_iter()
        .enumerate()
    {
        let name = match abbreviations.get(i) {
            Some(a) if narrow => a.clone(),
            _ => terminal(&row[0]).into_owned(),
        };
        let mut cells = vec![Cell::new(name)];
        cells.extend(
            row[1..]
                .iter()
                .map(|v| Cell::new(v).set_alignment(CellAlignment::Right)),
        );
        table.add_row(cells);
    }
    let _ = writeln!(out, "\nTwo sides, latest round\n{table}");
    if narrow {
        let _ = writeln!(
            out,
            "{}",
            terminal(&crate::present::words::sides_key_narrow(
                organization.unwrap_or("our side"),
                p.partner.trim()
            ))
        );
    }
    let _ = writeln!(out, "{}", crate::present::sides_legend(&q.flags));
    true
}

/// The partner's verdict and latest figures, and the reasons for the tier.
fn detail_headline(
    out: &mut String,
    q: &crate::model::questionnaire::Questionnaire,
    p: &crate::engine::portfolio::PartnerView,
    color: bool,
) {
    use crate::present::{fmt_change, fmt_date};
    let verdict = p
        .latest
        .tier
        .as_ref()
        .map_or("no tier", |t| t.label.as_str());
    let _ = writeln!(
        out,
        "{} — {}, overall {} (change {}), latest round {}",
        terminal(&p.partner),
        if color {
            console::style(terminal(verdict)).bold().to_string()
        } else {
            terminal(verdict).into_owned()
        },
        fmt_score(p.latest.overall),
        fmt_change(
            crate::present::shown_change(p.latest.overall, p.change),
            true
        ),
        fmt_date(p.latest.date)
    );
    for reason in &crate::present::words::reasons(q, &p.latest.reasons) {
        let _ = writeln!(out, "  - {}", terminal(reason));
    }
}

fn round_heading(out: &mut String, r: &crate::engine::portfolio::RoundDetail) {
    let _ = writeln!(
        out,
        "\nRound {}: {} · overall {} · {} · coverage {:.0}%",
        crate::present::fmt_date(r.round.date),
        crate::present::files_count(r.round.respondents[0] + r.round.respondents[1]),
        fmt_score(r.round.overall),
        terminal(
            r.round
                .tier
                .as_ref()
                .map_or("no tier", |t| t.label.as_str())
        ),
        r.round.coverage * 100.0
    );
}

/// A row per file of the round, then the round's means and the gaps
/// between the sides.
fn round_table(
    r: &crate::engine::portfolio::RoundDetail,
    abbreviations: &[String],
    color: bool,
    width: Option<usize>,
) -> Table {
    use crate::present::{fmt_flagged, fmt_gap};
    let right = |text: String| Cell::new(text).set_alignment(CellAlignment::Right);
    let mut table = new_table(color);
    if let Some(w) = width {
        table.set_width(w.min(u16::MAX as usize) as u16);
    }
    let mut header = vec![
        "File".to_owned(),
        "Respondent".to_owned(),
        "Side".to_owned(),
    ];
    header.extend(abbreviations.iter().cloned());
    header.push("Overall".to_owned());
    table.set_header(header);
    for f in &r.files {
        let mut row = vec![
            Cell::new(long_name(&f.file)),
            Cell::new(long_name(f.respondent.as_deref().unwrap_or("–"))),
            Cell::new(f.side),
        ];
        row.extend(f.dimensions.iter().map(|s| right(fmt_score(*s))));
        row.push(right(fmt_score(f.overall)));
        table.add_row(row);
    }
    let mut mean = vec![Cell::new("Round"), Cell::new(""), Cell::new("")];
    mean.extend(r.round.dimensions.iter().map(|d| right(fmt_flagged(d))));
    mean.push(right(fmt_score(r.round.overall)));
    table.add_row(mean);
    let mut gap = vec![Cell::new("Gap"), Cell::new("them − us"), Cell::new("")];
    gap.extend(r.round.dimensions.iter().map(|d| right(fmt_gap(d.gap))));
    gap.push(Cell::new(""));
    table.add_row(gap);
    table
}

/// The notes of the round's files, in file order.
fn round_notes(out: &mut String, r: &crate::engine::portfolio::RoundDetail) {
    for f in &r.files {
        for (key, text) in &f.notes {
            let _ = writeln!(
                out,
                "  note on {key} ({}, {}): {}",
                terminal(f.respondent.as_deref().unwrap_or("unnamed")),
                f.side,
                terminal(text)
            );
        }
    }
}

mod actions;
mod items;
mod style;

pub use actions::actions;
pub use items::items;
pub use style::new_table;
