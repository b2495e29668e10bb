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

pub mod action_words;
pub mod agenda_md;
pub mod agenda_text;
pub mod counts;
pub mod csv;
pub mod form;
pub mod html;
pub mod json;
pub mod locale;
pub mod markdown;
pub mod notices;
pub mod reasons;
pub mod report;
pub mod report_md;
pub mod svg;
pub mod table;
pub mod words;
pub mod xlsform;

mod formats;
mod shared;

pub use formats::{
    ActionsFormat, AgendaFormat, Document, Format, ItemsFormat, QuestionsFormat, ReportFormat,
    Terminal,
};
pub use shared::{
    as_answered, bar, byline, dimension_abbreviations, fixed, fmt_change, fmt_date, fmt_flagged,
    fmt_gap, fmt_score, shown_change, shown_diff, sides_header, sides_rows, tier_abbreviations,
};

/// Counts and legends in words, where the formats have always found them.
pub use counts::{count, files_count, partners_count};
pub use words::{ReverseMarks, legend, sides_legend};

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
            if let Some(line) = action_words::actions_footer(portfolio, actions) {
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
            let mut out = table::compare_detail(q, detail, organization, analysis, color, width);
            let counts = actions.get(&detail.partner.key);
            if !counts.is_empty() {
                out.push_str(&format!(
                    "Actions: {}\n",
                    action_words::action_counts(counts)
                ));
            }
            out
        }
        Format::Json => json::compare_detail(q, analysis, detail, actions),
        Format::Markdown => markdown::compare_detail(q, analysis, detail, organization),
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
/// a blank line between, their own words in the language of `q`'s.
pub fn agenda(
    format: AgendaFormat,
    q: &crate::model::questionnaire::Questionnaire,
    agendas: &[crate::engine::agenda::Agenda],
    threshold: crate::engine::portfolio::Threshold,
    organization: Option<&str>,
    terminal: Terminal,
) -> String {
    let view = report::View::internal(organization);
    match format {
        AgendaFormat::Json => json::agenda(q, agendas, threshold),
        AgendaFormat::Text => agendas
            .iter()
            .map(|a| agenda_text::agenda(q, a, terminal.width))
            .collect::<Vec<_>>()
            .join("\n"),
        AgendaFormat::Markdown => agendas
            .iter()
            .map(|a| {
                let title =
                    locale::catalogue(&q.lang).args("doc-agenda-title", &[("partner", &a.partner)]);
                agenda_md::agenda_for(q, a, 1, &title, &view)
            })
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
