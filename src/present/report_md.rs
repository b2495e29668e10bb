//! `report --format markdown`: the report as GitHub-flavoured Markdown. The
//! radar chart becomes a table of figures with a bar per score; with
//! `--output`, an SVG written beside the file is linked as well.

use std::fmt::Write;

use crate::engine::portfolio::{DimensionView, PartnerDetail, PartnerView};
use crate::model::questionnaire::Questionnaire;
use crate::present::fmt_gap;
use crate::present::html::{bands, byline, note_subject, overall_line, report_title};
use crate::present::report::Section;
use crate::present::{bar, fmt_date, fmt_score, partners_count};
use crate::sanitize::markdown as md;

const BAR: usize = 10;

/// The report; `charts[i]`, when given, is the file name of the SVG radar
/// chart of section `i`, written beside the report.
pub fn report(q: &Questionnaire, sections: &[Section<'_>], charts: &[String]) -> String {
    let mut out = String::new();
    let title = report_title(sections);
    let _ = writeln!(out, "# {}\n", md(&title));
    let _ = writeln!(
        out,
        "{} {} · {} · scores from {} to {} · bands: {}\n",
        md(&q.title),
        md(&q.version),
        partners_count(sections.len()),
        q.scale.min,
        q.scale.max,
        md(&bands(q))
    );
    for (i, s) in sections.iter().enumerate() {
        section(&mut out, q, s, charts.get(i).map(String::as_str));
    }
    out
}

fn section(out: &mut String, q: &Questionnaire, s: &Section<'_>, chart: Option<&str>) {
    let p = s.data;
    let _ = writeln!(out, "## {}\n", md(&p.partner.partner));
    let _ = writeln!(out, "{}\n", md(&byline(p)));
    verdict(out, q, p);
    dimensions(out, q, p, chart);
    rounds(out, q, &p.partner);
    notes(out, q, &p.partner);
    actions(out, q, &s.actions);
    out.push_str(&crate::present::agenda_md::agenda(
        q,
        &s.agenda,
        3,
        "Agenda for the next conversation",
    ));
    out.push('\n');
}

/// The tier with its summary, the reasons for it and the advice.
fn verdict(out: &mut String, q: &Questionnaire, p: &PartnerDetail) {
    let v = &p.partner;
    let label = v.tier.as_ref().map_or("No tier", |t| t.label.as_str());
    let _ = writeln!(
        out,
        "**Verdict: {}** — {}\n",
        md(label),
        md(&overall_line(p))
    );
    if let Some(summary) = v.tier.as_ref().and_then(|t| t.summary.as_ref()) {
        let _ = writeln!(out, "{}\n", md(summary));
    }
    for r in &crate::present::words::reasons(q, &v.reasons) {
        let _ = writeln!(out, "- {}", md(r));
    }
    if !v.reasons.is_empty() {
        out.push('\n');
    }
    if let Some(advice) = v.tier.as_ref().and_then(|t| t.advice.as_ref()) {
        let _ = writeln!(out, "**Next:** {}\n", md(advice));
    }
}

/// Which optional columns the dimension table has.
struct Columns<'p> {
    /// "Us", "Them" and "Gap": both sides answered.
    both: bool,
    /// "Previous": the scores of the round before, one per dimension.
    previous: Option<&'p [Option<f64>]>,
    scale: (i64, i64),
}

/// The "Dimensions" heading, the chart link and the table of figures with its
/// legend.
fn dimensions(out: &mut String, q: &Questionnaire, p: &PartnerDetail, chart: Option<&str>) {
    let v = &p.partner;
    let _ = writeln!(out, "### Dimensions\n");
    if let Some(file) = chart {
        let _ = writeln!(
            out,
            "![Dimension scores of {}]({})\n",
            md(&v.partner),
            file.replace(' ', "%20")
        );
    }
    let previous = p.previous_dimensions();
    let cols = Columns {
        both: p.both_sides(),
        previous: previous.as_deref(),
        scale: (q.scale.min, q.scale.max),
    };
    table_header(out, &cols);
    for (i, d) in v.dimensions.iter().enumerate() {
        dimension_row(out, &cols, i, d);
    }
    overall_row(out, &cols, v);
    legend(out, &cols, v);
}

/// A score as a bar in backticks; empty when there is no score.
fn code_bar(score: Option<f64>, scale: (i64, i64)) -> String {
    score
        .map(|s| format!("`{}`", bar(s, scale, BAR)))
        .unwrap_or_default()
}

fn table_header(out: &mut String, cols: &Columns<'_>) {
    out.push_str("| Dimension | Score | Chart | Band |");
    if cols.both {
        out.push_str(" Us | Them | Gap |");
    }
    out.push_str(" Spread |");
    if cols.previous.is_some() {
        out.push_str(" Previous |");
    }
    out.push_str("\n|---|---:|---|---|");
    if cols.both {
        out.push_str("---:|---:|---:|");
    }
    out.push_str("---:|");
    if cols.previous.is_some() {
        out.push_str("---:|");
    }
    out.push('\n');
}

/// The row of dimension `i`; a gap or spread worth a look is in bold.
fn dimension_row(out: &mut String, cols: &Columns<'_>, i: usize, d: &DimensionView) {
    let _ = write!(
        out,
        "| {} | {} | {} | {} |",
        md(&d.name),
        fmt_score(d.score),
        code_bar(d.score, cols.scale),
        md(d.band_label.as_deref().unwrap_or("–"))
    );
    if cols.both {
        let gap = fmt_gap(d.gap);
        let gap = if d.sides_differ() {
            format!("**{gap}**")
        } else {
            gap
        };
        let _ = write!(
            out,
            " {} | {} | {gap} |",
            fmt_score(d.us),
            fmt_score(d.them)
        );
    }
    let spread = fmt_score(d.spread);
    let spread = if d.disagrees() {
        format!("**{spread}**")
    } else {
        spread
    };
    let _ = write!(out, " {spread} |");
    if let Some(prev) = cols.previous {
        let _ = write!(out, " {} |", fmt_score(prev.get(i).copied().flatten()));
    }
    out.push('\n');
}

fn overall_row(out: &mut String, cols: &Columns<'_>, v: &PartnerView) {
    let _ = write!(
        out,
        "| **Overall** | **{}** | {} | |",
        fmt_score(v.overall),
        code_bar(v.overall, cols.scale)
    );
    if cols.both {
        out.push_str(" | | |");
    }
    out.push_str(" |");
    if cols.previous.is_some() {
        let _ = write!(
            out,
            " {} |",
            fmt_score(v.previous.as_ref().and_then(|r| r.overall))
        );
    }
    out.push_str("\n\n");
}

/// What bold means, and which round "Previous" is.
fn legend(out: &mut String, cols: &Columns<'_>, v: &PartnerView) {
    let _ = writeln!(
        out,
        "Bold: {}spread of {:.1} or more (respondents disagree).{}\n",
        if cols.both {
            format!(
                "gap (them − us) of {:.1} or more, ",
                crate::engine::portfolio::GAP_FLAG
            )
        } else {
            String::new()
        },
        crate::engine::portfolio::SPREAD_FLAG,
        match v.previous.as_ref().filter(|_| cols.previous.is_some()) {
            Some(prev) => format!(" Previous: the round of {}.", fmt_date(prev.date)),
            None => String::new(),
        }
    );
}

/// The overall score and tier of each round, when there is more than one.
fn rounds(out: &mut String, q: &Questionnaire, v: &PartnerView) {
    if v.history.len() <= 1 {
        return;
    }
    let _ = writeln!(out, "### Rounds\n");
    out.push_str("| Round | Overall | Chart | Tier |\n|---|---:|---|---|\n");
    for r in &v.history {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string()),
            fmt_score(r.overall),
            code_bar(r.overall, (q.scale.min, q.scale.max)),
            md(r.tier.as_ref().map_or("–", |t| t.label.as_str()))
        );
    }
    out.push('\n');
}

/// The respondents' notes, when there are any.
fn notes(out: &mut String, q: &Questionnaire, v: &PartnerView) {
    if v.notes.is_empty() {
        return;
    }
    let _ = writeln!(out, "### What respondents wrote\n");
    for n in &v.notes {
        let _ = writeln!(
            out,
            "- **{}**: {} — _{}_",
            md(&note_subject(q, n)),
            md(&n.text),
            md(&crate::present::words::who(n.respondent.as_deref(), n.side))
        );
    }
    out.push('\n');
}

/// The partner's actions, overdue and open first, each with whether its
/// dimension moved since it was agreed.
fn actions(out: &mut String, q: &Questionnaire, rows: &[crate::engine::actions::ActionRow]) {
    use crate::present::words::{action_effect, action_owner, action_status};
    if rows.is_empty() {
        return;
    }
    out.push_str("### Actions\n\n");
    for r in rows {
        let a = &r.action;
        let dim = &q.dimensions[a.dimension].name;
        let _ = writeln!(
            out,
            "- **{}** — {} · {} · {}. {}: {}.",
            md(&a.title),
            md(dim),
            md(action_owner(a.owner)),
            md(&action_status(r)),
            md(dim),
            md(&action_effect(r))
        );
    }
    out.push('\n');
}
