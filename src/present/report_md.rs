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
    // The document's own words are in the language of the questionnaire's.
    let view = &View {
        lang: &q.lang,
        ..*view
    };
    let c = view.words();
    let mut out = String::new();
    let title = report_title(sections, view);
    let _ = writeln!(out, "# {}\n", md(&title));
    let line = c.args(
        "doc-md-subtitle",
        &[
            ("subtitle", &subtitle(q, sections, view)),
            ("min", &q.scale.min.to_string()),
            ("max", &q.scale.max.to_string()),
            ("bands", &bands(q, view)),
        ],
    );
    let _ = writeln!(out, "{}\n", md(&line));
    let headings = unique_slugs(sections, view);
    if !view.partner() && sections.len() > 1 {
        summary(&mut out, q, sections, &headings, view);
    }
    for (i, s) in sections.iter().enumerate() {
        section(&mut out, q, s, charts.get(i).map(String::as_str), view);
    }
    out
}

/// The anchor GitHub gives a heading: lowercase, spaces to `-`,
/// punctuation dropped.
fn slug(heading: &str) -> String {
    md(heading)
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors GitHub gives the partners' headings ([`slug`]), `-1`, `-2` …
/// after repeats of each other or of the summary's headings.
fn unique_slugs(sections: &[Section<'_>], view: &View<'_>) -> Vec<String> {
    let c = view.words();
    let mut used: Vec<String> = vec![
        slug(&c.t("doc-portfolio-summary")),
        slug(&c.t("doc-contents")),
    ];
    sections
        .iter()
        .map(|s| {
            let base = slug(&s.data.partner.partner);
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
    let c = view.words();
    let rows = summary_rows(sections, c);
    let (contents, summary) = (c.t("doc-contents"), c.t("doc-portfolio-summary"));
    let _ = writeln!(
        out,
        "## {}\n\n1. [{}](#{})",
        md(&contents),
        md(&summary),
        slug(&summary)
    );
    for (i, (r, slug)) in rows.iter().zip(headings).enumerate() {
        let _ = writeln!(out, "{}. [{}](#{slug})", i + 2, md(r.partner.trim()));
    }
    let _ = writeln!(out, "\n## {}\n", md(&summary));
    let counts: Vec<String> = tier_counts(q, &rows, c)
        .iter()
        .map(|(label, n)| format!("{}: {n}", md(label)))
        .collect();
    let _ = writeln!(out, "{}\n", counts.join(" · "));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n\
         |---|---|---:|---:|---|---|---:|---:|",
        md(&c.t("doc-col-partner")),
        md(&c.t("doc-col-verdict")),
        md(&c.t("report-overall-row")),
        md(&c.t("doc-col-change")),
        md(&c.t("doc-col-largest-gap")),
        md(&c.t("doc-col-stands-out")),
        md(&c.t("doc-col-open-actions")),
        md(&c.t("doc-col-overdue")),
    );
    let no_verdict = c.t("report-no-verdict");
    for (r, slug) in rows.iter().zip(headings) {
        let _ = writeln!(
            out,
            "| [{}](#{slug}) | {} | {} | {} | {} | {} | {} | {} |",
            md(r.partner.trim()),
            md(r.tier
                .as_ref()
                .map_or(no_verdict.as_str(), |t| t.1.as_str())),
            fmt_score(r.overall),
            fmt_change(r.change, true),
            md(&r.largest_gap_in(c)),
            if r.flags.is_empty() {
                "–".to_owned()
            } else {
                md(&r.flags.join("; "))
            },
            r.open,
            r.overdue
        );
    }
    let _ = writeln!(out, "\n{}\n", md(&view.summary_rule()));
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
        let _ = write!(
            out,
            "### {}\n\n|",
            md(&view.words().t("report-expectations"))
        );
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
        &view.words().t("agenda-heading"),
        view,
    ));
    out.push('\n');
}

/// The tier with its summary, the reasons for it and the advice.
fn verdict(out: &mut String, q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) {
    let v = &p.partner;
    let c = view.words();
    let label = v.latest.tier.as_ref().map_or_else(
        || c.t("report-no-verdict"),
        |t| view.tier_label(q, &t.id, &t.label),
    );
    let _ = writeln!(
        out,
        "**{}** — {}\n",
        md(&c.args("doc-verdict", &[("verdict", &label)])),
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
        let _ = writeln!(out, "**{}** {}\n", md(&c.t("report-next")), md(advice));
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
    /// The words of the document's language.
    words: &'static crate::present::locale::Catalogue,
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
    let c = view.words();
    let _ = writeln!(out, "### {}\n", md(&c.t("report-dimensions")));
    if let Some(file) = chart {
        let _ = writeln!(
            out,
            "![{}]({})\n",
            md(&c.args("chart-dimension-scores", &[("partner", &v.partner)])),
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
        words: c,
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
    let head = |id: &str| md(&cols.words.t(id));
    let _ = write!(
        out,
        "| {} | {} | {} | {} |",
        head("report-col-dimension"),
        head("report-col-score"),
        head("doc-col-chart"),
        head("report-col-band")
    );
    if cols.both {
        let _ = write!(
            out,
            " {} | {} | {} |",
            md(&cols.us),
            md(&cols.them),
            head("report-col-gap")
        );
    }
    let _ = write!(out, " {} |", head("report-col-spread"));
    if cols.previous.is_some() {
        let _ = write!(out, " {} |", head("report-col-previous"));
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
        "| **{}** | **{}** | {} | |",
        md(&cols.words.t("report-overall-row")),
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
    let c = cols.words;
    let spread = format!("{:.1}", flags.spread);
    let mut legend = if cols.both {
        c.args(
            "doc-bold-sides",
            &[
                ("them", &cols.them),
                ("us", &cols.us_text),
                ("gap", &format!("{:.1}", flags.gap)),
                ("spread", &spread),
            ],
        )
    } else {
        c.args("doc-bold", &[("spread", &spread)])
    };
    if let Some(prev) = v.previous.as_ref().filter(|_| cols.previous.is_some()) {
        legend.push(' ');
        legend.push_str(&c.args("doc-previous-round", &[("date", &fmt_date(prev.date))]));
    }
    let _ = writeln!(out, "{}\n", md(&legend));
}

/// The overall score and tier of each round, when there is more than one.
fn rounds(out: &mut String, q: &Questionnaire, v: &PartnerView, view: &View<'_>) {
    if v.history.len() <= 1 {
        return;
    }
    let c = view.words();
    let _ = writeln!(out, "### {}\n", md(&c.t("report-rounds")));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---:|---|---|",
        md(&c.t("doc-col-round")),
        md(&c.t("report-overall-row")),
        md(&c.t("doc-col-chart")),
        md(&c.t("doc-col-verdict"))
    );
    for r in &v.history {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.date
                .map_or_else(|| c.t("chart-undated"), |d| d.to_string()),
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
    let _ = writeln!(out, "### {}\n", md(&view.words().t("report-notes")));
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
    use crate::present::action_words::{action_effect_in, action_status_in};
    if rows.is_empty() {
        return;
    }
    let c = view.words();
    let _ = writeln!(out, "### {}\n", md(&c.t("actions-heading")));
    for r in rows {
        let a = &r.action;
        let dim = &q.dimensions[a.dimension].name;
        let _ = writeln!(
            out,
            "- **{}** — {} · {} · {}. {}: {}.",
            md(&a.title),
            md(dim),
            md(&view.owner(a.owner, partner)),
            md(&action_status_in(c, r)),
            md(dim),
            md(&action_effect_in(c, r))
        );
    }
    out.push('\n');
}
