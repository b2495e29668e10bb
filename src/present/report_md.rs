//! `report --format markdown`: the report as GitHub-flavoured Markdown. The
//! radar chart becomes a table of figures with a bar per score; with
//! `--output`, an SVG written beside the file is linked as well.

use std::fmt::Write;

use crate::engine::portfolio::{DimensionView, PartnerDetail, PartnerView};
use crate::model::questionnaire::Questionnaire;
use crate::present::fmt_gap;
use crate::present::html::{bands, byline, note_subject, overall_line, report_title, subtitle};
use crate::present::report::{Section, View, summary_rows, tier_counts};
use crate::present::{bar, fmt_change, fmt_date, fmt_score};
use crate::sanitize::markdown_text as md;

const BAR: usize = 10;

/// The report; `charts[i]`, when given, is the file name of the SVG chart
/// of section `i`, written beside the report.
pub fn report(
    q: &Questionnaire,
    sections: &[Section<'_>],
    charts: &[String],
    view: &View<'_>,
) -> String {
    // The document's own words are in the language of the questionnaire's
    // (so far its title, subtitle, verdict, expectations and note authors).
    let view = &View {
        lang: &q.lang,
        ..*view
    };
    let mut out = String::new();
    let title = report_title(sections, view);
    let _ = writeln!(out, "# {}\n", md(&title));
    let _ = writeln!(
        out,
        "{} · scores from {} to {} · bands: {}\n",
        md(&subtitle(q, sections, view)),
        q.scale.min,
        q.scale.max,
        md(&bands(q, view))
    );
    let headings = unique_slugs(sections);
    if !view.partner() && sections.len() > 1 {
        summary(&mut out, q, sections, &headings, view);
    }
    for (i, s) in sections.iter().enumerate() {
        section(&mut out, q, s, charts.get(i).map(String::as_str), view);
    }
    out
}

/// The anchors GitHub gives the partners' headings: lowercase, spaces to
/// `-`, punctuation dropped, `-1`, `-2` … after repeats.
fn unique_slugs(sections: &[Section<'_>]) -> Vec<String> {
    let mut used: Vec<String> = vec!["portfolio-summary".to_owned(), "contents".to_owned()];
    sections
        .iter()
        .map(|s| {
            let base: String = md(&s.data.partner.partner)
                .trim()
                .to_lowercase()
                .chars()
                .filter_map(|c| match c {
                    ' ' => Some('-'),
                    c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                    _ => None,
                })
                .collect();
            let mut slug = base.clone();
            let mut n = 1;
            while used.contains(&slug) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            used.push(slug.clone());
            slug
        })
        .collect()
}

/// The table of contents and the portfolio summary.
fn summary(
    out: &mut String,
    q: &Questionnaire,
    sections: &[Section<'_>],
    headings: &[String],
    view: &View<'_>,
) {
    let rows = summary_rows(sections);
    out.push_str("## Contents\n\n1. [Portfolio summary](#portfolio-summary)\n");
    for (i, (r, slug)) in rows.iter().zip(headings).enumerate() {
        let _ = writeln!(out, "{}. [{}](#{slug})", i + 2, md(r.partner.trim()));
    }
    out.push_str("\n## Portfolio summary\n\n");
    let counts: Vec<String> = tier_counts(q, &rows)
        .iter()
        .map(|(label, n)| format!("{}: {n}", md(label)))
        .collect();
    let _ = writeln!(out, "{}\n", counts.join(" · "));
    out.push_str(
        "| Partner | Verdict | Overall | Change | Largest gap | What stands out | Open actions | Overdue |\n\
         |---|---|---:|---:|---|---|---:|---:|\n",
    );
    for (r, slug) in rows.iter().zip(headings) {
        let _ = writeln!(
            out,
            "| [{}](#{slug}) | {} | {} | {} | {} | {} | {} | {} |",
            md(r.partner.trim()),
            md(r.tier.as_ref().map_or("No verdict", |t| t.1.as_str())),
            fmt_score(r.overall),
            fmt_change(r.change, true),
            r.largest_gap
                .as_ref()
                .map_or_else(|| "–".to_owned(), |(g, n)| format!("{g:+.2} on {}", md(n))),
            if r.flags.is_empty() {
                "–".to_owned()
            } else {
                md(&r.flags.join("; "))
            },
            r.open,
            r.overdue
        );
    }
    let _ = writeln!(
        out,
        "\nLargest gap: the partner's score minus {}, on the dimension where the two sides \
         differ most. Change: the overall score since the previous round.\n",
        md(&view.ours())
    );
}

fn section(
    out: &mut String,
    q: &Questionnaire,
    s: &Section<'_>,
    chart: Option<&str>,
    view: &View<'_>,
) {
    let p = s.data;
    let _ = writeln!(out, "## {}\n", md(&p.partner.partner));
    let _ = writeln!(out, "{}\n", md(&byline(p, view)));
    if let Some(notice) = crate::present::report::suppressed_notice(&p.partner, view) {
        let _ = writeln!(out, "_{}_\n", md(&notice));
    }
    verdict(out, q, p, view);
    // nothing to draw when the anonymity rule hid the whole latest round
    if p.partner.latest.suppressed != crate::engine::portfolio::Suppressed::Round {
        dimensions(out, q, p, chart, view);
    }
    rounds(out, q, &p.partner, view);
    if view.expectations
        && let Some((header, rows)) = crate::present::report::expectations(&p.partner, view)
    {
        out.push_str("### Expectations\n\n|");
        for h in &header {
            let _ = write!(out, " {} |", md(h));
        }
        out.push_str("\n|---|");
        out.push_str(&"---:|".repeat(header.len() - 1));
        out.push('\n');
        for row in rows {
            out.push('|');
            for cell in &row {
                let _ = write!(out, " {} |", md(cell));
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "\n{}\n",
            md(&crate::present::report::expectations_legend(
                &p.partner, view
            ))
        );
    }
    if view.notes {
        notes(out, q, &p.partner, view);
    }
    actions(out, q, &s.actions, view, &p.partner.partner);
    out.push_str(&crate::present::agenda_md::agenda_for(
        q,
        &s.agenda,
        3,
        "Agenda for the next conversation",
        view,
    ));
    out.push('\n');
}

/// The tier with its summary, the reasons for it and the advice.
fn verdict(out: &mut String, q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) {
    let v = &p.partner;
    let label = v.latest.tier.as_ref().map_or_else(
        || "No verdict".to_owned(),
        |t| view.tier_label(q, &t.id, &t.label),
    );
    let _ = writeln!(
        out,
        "**Verdict: {}** — {}\n",
        md(&label),
        md(&overall_line(q, p, view))
    );
    if let Some(summary) = v.latest.tier.as_ref().and_then(|t| t.summary.as_ref())
        && !view.partner()
    {
        let _ = writeln!(out, "{}\n", md(summary));
    }
    for r in &view.reasons(q, &v.latest.reasons) {
        let _ = writeln!(out, "- {}", md(r));
    }
    if !v.latest.reasons.is_empty() {
        out.push('\n');
    }
    if let Some(advice) = v
        .latest
        .tier
        .as_ref()
        .and_then(|t| view.tier_advice(q, &t.id))
    {
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
    /// Our side's name and the partner's, for the column headers.
    us: String,
    us_text: String,
    them: String,
}

/// The "Dimensions" heading, the chart link and the table of figures with its
/// legend.
fn dimensions(
    out: &mut String,
    q: &Questionnaire,
    p: &PartnerDetail,
    chart: Option<&str>,
    view: &View<'_>,
) {
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
        both: crate::present::report::sides_shown(p),
        previous: previous.as_deref(),
        scale: (q.scale.min, q.scale.max),
        us: view.us(),
        us_text: view.us_in_text(),
        them: v.partner.trim().to_owned(),
    };
    table_header(out, &cols);
    for (i, d) in v.latest.dimensions.iter().enumerate() {
        dimension_row(out, &cols, i, d);
    }
    overall_row(out, &cols, v);
    legend(out, &cols, v, &q.flags);
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
        let _ = write!(out, " {} | {} | Gap |", md(&cols.us), md(&cols.them));
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
        fmt_score(v.latest.overall),
        code_bar(v.latest.overall, cols.scale)
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
fn legend(
    out: &mut String,
    cols: &Columns<'_>,
    v: &PartnerView,
    flags: &crate::model::settings::Flags,
) {
    let _ = writeln!(
        out,
        "Bold: {}spread of {:.1} or more (respondents disagree).{}\n",
        if cols.both {
            format!(
                "gap ({} minus {}) of {:.1} or more, ",
                md(&cols.them),
                md(&cols.us_text),
                flags.gap
            )
        } else {
            String::new()
        },
        flags.spread,
        match v.previous.as_ref().filter(|_| cols.previous.is_some()) {
            Some(prev) => format!(" Previous: the round of {}.", fmt_date(prev.date)),
            None => String::new(),
        }
    );
}

/// The overall score and tier of each round, when there is more than one.
fn rounds(out: &mut String, q: &Questionnaire, v: &PartnerView, view: &View<'_>) {
    if v.history.len() <= 1 {
        return;
    }
    let _ = writeln!(out, "### Rounds\n");
    out.push_str("| Round | Overall | Chart | Verdict |\n|---|---:|---|---|\n");
    for r in &v.history {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string()),
            fmt_score(r.overall),
            code_bar(r.overall, (q.scale.min, q.scale.max)),
            md(&r
                .tier
                .as_ref()
                .map_or_else(|| "–".to_owned(), |t| view.tier_label(q, &t.id, &t.label)))
        );
    }
    out.push('\n');
}

/// The respondents' notes, when there are any.
fn notes(out: &mut String, q: &Questionnaire, v: &PartnerView, view: &View<'_>) {
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
            md(&view.who(n.respondent.as_deref(), n.side, &v.partner))
        );
    }
    out.push('\n');
}

/// The partner's actions, overdue and open first, each with whether its
/// dimension moved since it was agreed.
fn actions(
    out: &mut String,
    q: &Questionnaire,
    rows: &[crate::engine::actions::ActionRow],
    view: &View<'_>,
    partner: &str,
) {
    use crate::present::words::{action_effect, action_status};
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
            md(&view.owner(a.owner, partner)),
            md(&action_status(r)),
            md(dim),
            md(&action_effect(r))
        );
    }
    out.push('\n');
}
