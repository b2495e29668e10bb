//! Output formats, one module each, and the words people read
//! ([`words`]). Every renderer returns the whole output as a string, so
//! nothing is printed before everything has succeeded.
//!
//! This module is the one format table: each document a command prints
//! (a score, a portfolio, a partner's detail, the actions, the agendas,
//! the item analysis, the questionnaire) has a function here that takes
//! the format the user chose and the [`Terminal`], and routes to the
//! format's module. The formats of `score` and `compare` share one API:
//! each of [`table`], [`json`], [`markdown`] and [`csv`] has `score`,
//! `compare` and `compare_detail`, and [`Format`] picks one.

pub mod agenda_md;
pub mod agenda_text;
pub mod csv;
pub mod form;
pub mod html;
pub mod json;
pub mod markdown;
pub mod reasons;
pub mod report;
pub mod report_md;
pub mod svg;
pub mod table;
pub mod words;
pub mod xlsform;

/// Counts and legends in words, where the formats have always found them.
pub use words::{count, files_count, legend, partners_count, sides_legend};

/// What a terminal allows: colour, and its width (`None`: natural width,
/// as when piped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    pub color: bool,
    pub width: Option<usize>,
}

/// The formats of `score` and `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// JSON, for scripts
    Json,
    /// GitHub-flavoured Markdown
    Markdown,
    /// Comma-separated values, one row per dimension
    Csv,
}

/// The formats of `items`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemsFormat {
    /// A table per dimension for the terminal, with a legend of the flags
    Table,
    /// JSON, for scripts
    Json,
    /// Comma-separated values, one row per question
    Csv,
}

/// The formats of `actions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionsFormat {
    Table,
    Json,
    Markdown,
}

/// The formats of `agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaFormat {
    /// Plain text wrapped to the terminal (the default in a terminal)
    Text,
    /// GitHub-flavoured Markdown (the default when piped or redirected)
    Markdown,
    Json,
}

/// The formats of `questions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionsFormat {
    Table,
    Json,
    Markdown,
    /// An XLSForm workbook for ODK, KoboToolbox and other XLSForm tools (needs --output)
    Xlsform,
}

/// The formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Markdown,
}

/// A rendered document: text, or the bytes of a binary file (a workbook).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    Text(String),
    Binary(Vec<u8>),
}

/// Renders scored files in a format; `qs[i]` is the instrument of
/// `results[i]` (its reasons name its dimensions, bands and tiers).
/// The terminal's colour and width (to wrap at) apply to the table only.
pub fn score(
    format: Format,
    results: &[crate::engine::assess::Assessment],
    qs: &[&crate::model::questionnaire::Questionnaire],
    terminal: Terminal,
) -> String {
    let Terminal { color, width } = terminal;
    match format {
        Format::Table => table::score(results, qs, color, width),
        Format::Json => json::score(results, qs),
        Format::Markdown => markdown::score(results, qs),
        Format::Csv => csv::score(results),
    }
}

/// A score with two decimals, or an en dash for no score; never `-0.00`.
pub fn fmt_score(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| fixed(s, 2))
}

/// `v` with `places` decimals, never a negative zero (`-0.00` is `0.00`).
pub fn fixed(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    match s.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_owned(),
        _ => s,
    }
}

/// A gap with its sign (`+0.40`, `-1.10`), or an en dash; a gap that
/// rounds to nothing is `+0.00`, never `-0.00`.
pub fn fmt_gap(gap: Option<f64>) -> String {
    gap.map_or_else(
        || "–".to_owned(),
        |g| {
            let s = fixed(g, 2);
            if s.starts_with('-') { s } else { format!("+{s}") }
        },
    )
}

/// A statement's figure as answered: the mean of the answers as given on
/// the scale. A counted mean of a reverse-keyed statement is flipped back
/// (`min + max - v`, the flip being linear); others are as they are.
pub fn as_answered(
    q: &crate::model::questionnaire::Questionnaire,
    question: usize,
    counted: Option<f64>,
) -> Option<f64> {
    let reverse = q.questions.get(question).is_some_and(|x| x.reverse);
    counted.map(|v| {
        if reverse {
            (q.scale.min as f64 + q.scale.max as f64) - v
        } else {
            v
        }
    })
}

/// Marks reverse-keyed statements on one page or in one table: in words
/// the first time, by [`words::REVERSED`] after that.
#[derive(Debug, Default)]
pub struct ReverseMarks {
    said: bool,
}

impl ReverseMarks {
    /// What follows a statement's text: nothing for a statement keyed
    /// the usual way.
    pub fn mark(&mut self, reverse: bool) -> String {
        if !reverse {
            return String::new();
        }
        if std::mem::replace(&mut self.said, true) {
            format!(" {}", words::REVERSED)
        } else {
            format!(" ({} {})", words::REVERSED, words::REVERSED_MEANS)
        }
    }
}

/// A figure rounded as it is shown (two decimals).
fn shown(x: f64) -> f64 {
    format!("{x:.2}").parse::<f64>().unwrap_or(x)
}

/// The change between two shown figures as it is shown: the difference of
/// the two rounded values (`3.67` now, `2.63` before: `1.04`), so the
/// figures on a page add up; `exact` when either is missing.
pub fn shown_diff(now: Option<f64>, before: Option<f64>, exact: Option<f64>) -> Option<f64> {
    match (now, before) {
        (Some(n), Some(b)) if n.is_finite() && b.is_finite() && exact.is_some() => {
            Some(shown(n) - shown(b))
        }
        _ => exact,
    }
}

/// "Jane Doe (us) · 2026-11-20 · answers/acme.toml · coverage 95%"
pub fn byline(r: &crate::engine::assess::Assessment) -> String {
    let mut parts = Vec::new();
    if let Some(who) = &r.respondent {
        parts.push(format!("{who} ({})", r.side));
    } else {
        parts.push(format!("side: {}", r.side));
    }
    if let Some(d) = r.date {
        parts.push(d.to_string());
    }
    parts.push(r.file.clone());
    parts.push(format!("coverage {:.0}%", r.coverage * 100.0));
    parts.join(" · ")
}

/// A horizontal bar for `value` on `min..=max`, `width` cells wide, drawn
/// with eighth blocks.
pub fn bar(value: f64, (min, max): (i64, i64), width: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let span = (max - min) as f64;
    let fraction = ((value - min as f64) / span).clamp(0.0, 1.0);
    let eighths = (fraction * width as f64 * 8.0).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8]);
    }
    let used = out.chars().count();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Renders a portfolio (`compare`). The terminal's width, when standard
/// output is one, is what the table abbreviates to fit; without one it
/// has its natural width. `actions` counts each partner's actions (JSON, and
/// a line under the table when some partner has any).
pub fn compare(
    format: Format,
    q: &crate::model::questionnaire::Questionnaire,
    portfolio: &crate::engine::portfolio::Portfolio,
    actions: &crate::engine::actions::Tally,
    terminal: Terminal,
) -> String {
    let Terminal { color, width } = terminal;
    match format {
        Format::Table => {
            let mut out = table::compare(q, portfolio, color, width);
            if let Some(line) = words::actions_footer(portfolio, actions) {
                out.push_str(&line);
                out.push('\n');
            }
            out
        }
        Format::Json => json::compare(q, portfolio, actions),
        Format::Markdown => markdown::compare(q, portfolio),
        Format::Csv => csv::compare(q, portfolio),
    }
}

/// Renders one partner in detail (`compare --partner NAME`).
pub fn compare_detail(
    format: Format,
    q: &crate::model::questionnaire::Questionnaire,
    analysis: &crate::engine::portfolio::Analysis,
    detail: &crate::engine::portfolio::PartnerDetail,
    actions: &crate::engine::actions::Tally,
    organization: Option<&str>,
    terminal: Terminal,
) -> String {
    let Terminal { color, width } = terminal;
    match format {
        Format::Table => {
            let mut out = table::compare_detail(q, detail, organization, color, width);
            let counts = actions.get(&detail.partner.key);
            if !counts.is_empty() {
                out.push_str(&format!("Actions: {}\n", words::action_counts(counts)));
            }
            out
        }
        Format::Json => json::compare_detail(q, analysis, detail, actions),
        Format::Markdown => markdown::compare_detail(q, detail, organization),
        Format::Csv => csv::compare_detail(q, detail),
    }
}

/// Renders the actions (`actions`), overdue against `today`. The terminal's
/// colour applies to the table.
pub fn actions(
    format: ActionsFormat,
    q: &crate::model::questionnaire::Questionnaire,
    rows: &[crate::engine::actions::ActionRow],
    today: crate::model::answers::Date,
    terminal: Terminal,
) -> String {
    match format {
        ActionsFormat::Table => table::actions(q, rows, today, terminal.color),
        ActionsFormat::Json => json::actions(q, rows, today),
        ActionsFormat::Markdown => markdown::actions(q, rows, today),
    }
}

/// Renders agendas (`agenda`), one per partner: JSON holds them all; text
/// (wrapped to the terminal's width) and Markdown put one after another,
/// a blank line between.
pub fn agenda(
    format: AgendaFormat,
    q: &crate::model::questionnaire::Questionnaire,
    agendas: &[crate::engine::agenda::Agenda],
    organization: Option<&str>,
    terminal: Terminal,
) -> String {
    let view = report::View::internal(organization);
    match format {
        AgendaFormat::Json => json::agenda(q, agendas),
        AgendaFormat::Text => agendas
            .iter()
            .map(|a| agenda_text::agenda(q, a, terminal.width))
            .collect::<Vec<_>>()
            .join("\n"),
        AgendaFormat::Markdown => agendas
            .iter()
            .map(|a| agenda_md::agenda_for(q, a, 1, &format!("Agenda: {}", a.partner), &view))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Renders the item analysis (`items`). The terminal's colour applies to
/// the table.
pub fn items(
    format: ItemsFormat,
    q: &crate::model::questionnaire::Questionnaire,
    report: &crate::engine::items::ItemReport,
    terminal: Terminal,
) -> String {
    match format {
        ItemsFormat::Table => table::items(q, report, terminal.color),
        ItemsFormat::Json => json::items(q, report),
        ItemsFormat::Csv => csv::items(q, report),
    }
}

/// Renders the questionnaire (`questions`) in `side`'s wording; an XLSForm
/// is a workbook (bytes), the others text. The terminal applies to the
/// table.
pub fn questions(
    format: QuestionsFormat,
    q: &crate::model::questionnaire::Questionnaire,
    side: crate::model::answers::Side,
    terminal: Terminal,
) -> Result<Document, rust_xlsxwriter::XlsxError> {
    Ok(match format {
        QuestionsFormat::Table => {
            Document::Text(table::questions(q, side, terminal.color, terminal.width))
        }
        QuestionsFormat::Json => Document::Text(json::questions(q, side)),
        QuestionsFormat::Markdown => Document::Text(markdown::questions(q, side)),
        QuestionsFormat::Xlsform => Document::Binary(xlsform::questions(q)?),
    })
}

/// Renders the report (`report`) as one document: the HTML page, or the
/// Markdown that links `charts` (file names of the dot charts written
/// beside it, one per section; none when printed).
pub fn report(
    format: ReportFormat,
    q: &crate::model::questionnaire::Questionnaire,
    sections: &[report::Section<'_>],
    charts: &[String],
    view: &report::View<'_>,
) -> String {
    match format {
        ReportFormat::Html => html::report(q, sections, view),
        ReportFormat::Markdown => report_md::report(q, sections, charts, view),
    }
}

/// A change of overall score: `▲ 0.50`, `▼ 0.25`, `0.00`, or an en dash
/// without a previous round.
pub fn fmt_change(change: Option<f64>, space: bool) -> String {
    let sep = if space { " " } else { "" };
    match change {
        None => "–".to_owned(),
        Some(c) if format!("{:.2}", c.abs()) == "0.00" => "0.00".to_owned(),
        Some(c) if c > 0.0 => format!("▲{sep}{c:.2}"),
        Some(c) => format!("▼{sep}{:.2}", c.abs()),
    }
}

/// The change of overall as a table shows it: the difference of the two
/// rounded values shown (`3.55` now, `2.75` before: `▲ 0.80`), so they add
/// up. The exact change stays in JSON and decides the decline flag.
pub fn shown_change(overall: Option<f64>, change: Option<f64>) -> Option<f64> {
    match (overall, change) {
        (Some(o), Some(c)) if o.is_finite() && c.is_finite() => Some(shown(o) - shown(o - c)),
        _ => change,
    }
}

/// A date, or an en dash for the undated round.
pub fn fmt_date(date: Option<crate::model::answers::Date>) -> String {
    date.map_or_else(|| "–".to_owned(), |d| d.to_string())
}

/// A dimension's score with its flags: `±` respondents disagree (spread),
/// `≠` the two sides differ (gap).
pub fn fmt_flagged(d: &crate::engine::portfolio::DimensionView) -> String {
    let mut s = fmt_score(d.score);
    if d.disagrees() {
        s.push('±');
    }
    if d.sides_differ() {
        s.push('≠');
    }
    if d.flags
        .iter()
        .any(|f| matches!(f, Flag::LowAgreementUs | Flag::LowAgreementThem))
    {
        s.push('~');
    }
    if d.flags
        .iter()
        .any(|f| matches!(f, Flag::BlindSpotUs | Flag::BlindSpotThem))
    {
        s.push('!');
    }
    s
}

use crate::engine::portfolio::Flag;

/// The two sides of each dimension of a round, one line of figures each:
/// (name, us, them, gap, agreement us, agreement them, expected us,
/// expected them, blind spot us, blind spot them), formatted.
pub fn sides_rows(dimensions: &[crate::engine::portfolio::DimensionView]) -> Vec<[String; 10]> {
    let rwg = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
    dimensions
        .iter()
        .map(|d| {
            [
                d.name.clone(),
                fmt_score(d.us),
                fmt_score(d.them),
                fmt_gap(d.gap),
                rwg(d.agreement[0]),
                rwg(d.agreement[1]),
                fmt_score(d.expected[0]),
                fmt_score(d.expected[1]),
                fmt_gap(d.blind_spot[0]),
                fmt_gap(d.blind_spot[1]),
            ]
        })
        .collect()
}

/// The headers of [`sides_rows`], naming the sides: our organisation
/// (the project file's, else "Us") and the partner.
pub fn sides_header(ours: Option<&str>, theirs: &str) -> [String; 10] {
    let ours = ours.unwrap_or("Us");
    [
        "Dimension".to_owned(),
        ours.to_owned(),
        theirs.to_owned(),
        "Gap".to_owned(),
        format!("Agreement {ours}"),
        format!("Agreement {theirs}"),
        "We expected".to_owned(),
        "They expected".to_owned(),
        "Blind spot us".to_owned(),
        "Blind spot them".to_owned(),
    ]
}

/// Short column headers for dimensions: the initials of a name of several
/// words (`CA` for "Cultural alignment"), the first two letters of a
/// one-word name (`Re`); `D1`, `D2`… when those would clash.
pub fn dimension_abbreviations(q: &crate::model::questionnaire::Questionnaire) -> Vec<String> {
    let short: Vec<String> = q
        .dimensions
        .iter()
        .map(|d| {
            let words: Vec<&str> = d.name.split_whitespace().collect();
            let s: String = if words.len() >= 2 {
                words
                    .iter()
                    .take(3)
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            } else {
                let mut c = d.name.trim().chars();
                c.next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(c.take(1))
                    .collect()
            };
            crate::sanitize::terminal(&s).into_owned()
        })
        .collect();
    if all_distinct(&short) {
        short
    } else {
        (1..=short.len()).map(|i| format!("D{i}")).collect()
    }
}

/// Whether every label is there (not empty) and unlike every other.
fn all_distinct(labels: &[String]) -> bool {
    labels
        .iter()
        .enumerate()
        .all(|(i, s)| !s.is_empty() && !labels[..i].contains(s))
}

/// Short tier labels: the first word of each label when those are unique,
/// the ids otherwise.
pub fn tier_abbreviations(q: &crate::model::questionnaire::Questionnaire) -> Vec<String> {
    let short: Vec<String> = q
        .rubric
        .tiers
        .iter()
        .map(|t| t.label.split_whitespace().next().unwrap_or("").to_owned())
        .collect();
    if all_distinct(&short) {
        short
    } else {
        q.rubric.tiers.iter().map(|t| t.id.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_spans_the_scale() {
        assert_eq!(bar(1.0, (1, 5), 4), "    ");
        assert_eq!(bar(5.0, (1, 5), 4), "████");
        assert_eq!(bar(3.0, (1, 5), 4), "██  ");
        assert_eq!(bar(3.25, (1, 5), 4), "██▎ ");
    }

    #[test]
    fn scores_show_two_decimals_or_a_dash() {
        assert_eq!(fmt_score(Some(3.456)), "3.46");
        assert_eq!(fmt_score(None), "–");
    }
}
