//! `report --format markdown`: the report as GitHub-flavoured Markdown. The
//! radar chart becomes a table of figures with a bar per score; with
//! `--output`, an SVG written beside the file is linked as well.

use std::fmt::Write;

use crate::agenda;
use crate::export::fmt_gap;
use crate::export::html::{bands, byline, note_subject, overall_line};
use crate::export::{bar, fmt_date, fmt_score};
use crate::questionnaire::Questionnaire;
use crate::report::Section;
use crate::sanitize::markdown as md;

const BAR: usize = 10;

/// The report; `charts[i]`, when given, is the file name of the SVG radar
/// chart of section `i`, written beside the report.
pub fn report(q: &Questionnaire, sections: &[Section<'_>], charts: &[String]) -> String {
    let mut out = String::new();
    let title = match sections {
        [one] => format!("Partnership report: {}", one.data.partner.partner),
        _ => "Partnership report".to_owned(),
    };
    let _ = writeln!(out, "# {}\n", md(&title));
    let _ = writeln!(
        out,
        "{} {} · {} · scores from {} to {} · bands: {}\n",
        md(&q.title),
        md(&q.version),
        match sections.len() {
            1 => "1 partner".to_owned(),
            n => format!("{n} partners"),
        },
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
    let v = &p.partner;
    let _ = writeln!(out, "## {}\n", md(&v.partner));
    let _ = writeln!(out, "{}\n", md(&byline(p)));
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
    for r in &v.reasons {
        let _ = writeln!(out, "- {}", md(r));
    }
    if !v.reasons.is_empty() {
        out.push('\n');
    }
    if let Some(advice) = v.tier.as_ref().and_then(|t| t.advice.as_ref()) {
        let _ = writeln!(out, "**Next:** {}\n", md(advice));
    }

    let _ = writeln!(out, "### Dimensions\n");
    if let Some(file) = chart {
        let _ = writeln!(
            out,
            "![Dimension scores of {}]({})\n",
            md(&v.partner),
            file.replace(' ', "%20")
        );
    }
    let both = p.both_sides();
    let previous = p.previous_dimensions();
    let scale = (q.scale.min, q.scale.max);
    out.push_str("| Dimension | Score | Chart | Band |");
    if both {
        out.push_str(" Us | Them | Gap |");
    }
    out.push_str(" Spread |");
    if previous.is_some() {
        out.push_str(" Previous |");
    }
    out.push_str("\n|---|---:|---|---|");
    if both {
        out.push_str("---:|---:|---:|");
    }
    out.push_str("---:|");
    if previous.is_some() {
        out.push_str("---:|");
    }
    out.push('\n');
    for (i, d) in v.dimensions.iter().enumerate() {
        let chart = d
            .score
            .map(|s| format!("`{}`", bar(s, scale, BAR)))
            .unwrap_or_default();
        let _ = write!(
            out,
            "| {} | {} | {chart} | {} |",
            md(&d.name),
            fmt_score(d.score),
            md(d.band_label.as_deref().unwrap_or("–"))
        );
        if both {
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
        if let Some(prev) = &previous {
            let _ = write!(out, " {} |", fmt_score(prev.get(i).copied().flatten()));
        }
        out.push('\n');
    }
    let overall_bar = v
        .overall
        .map(|s| format!("`{}`", bar(s, scale, BAR)))
        .unwrap_or_default();
    let _ = write!(
        out,
        "| **Overall** | **{}** | {overall_bar} | |",
        fmt_score(v.overall)
    );
    if both {
        out.push_str(" | | |");
    }
    out.push_str(" |");
    if previous.is_some() {
        let _ = write!(
            out,
            " {} |",
            fmt_score(v.previous.as_ref().and_then(|r| r.overall))
        );
    }
    out.push_str("\n\n");
    let _ = writeln!(
        out,
        "Bold: {}spread of {:.1} or more (respondents disagree).{}\n",
        if both {
            format!(
                "gap (them − us) of {:.1} or more, ",
                crate::portfolio::GAP_FLAG
            )
        } else {
            String::new()
        },
        crate::portfolio::SPREAD_FLAG,
        match v.previous.as_ref().filter(|_| previous.is_some()) {
            Some(prev) => format!(" Previous: the round of {}.", fmt_date(prev.date)),
            None => String::new(),
        }
    );

    if v.history.len() > 1 {
        let _ = writeln!(out, "### Rounds\n");
        out.push_str("| Round | Overall | Chart | Tier |\n|---|---:|---|---|\n");
        for r in &v.history {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                r.date
                    .map_or_else(|| "undated".to_owned(), |d| d.to_string()),
                fmt_score(r.overall),
                r.overall
                    .map(|s| format!("`{}`", bar(s, scale, BAR)))
                    .unwrap_or_default(),
                md(r.tier.as_ref().map_or("–", |t| t.label.as_str()))
            );
        }
        out.push('\n');
    }

    if !v.notes.is_empty() {
        let _ = writeln!(out, "### What respondents wrote\n");
        for n in &v.notes {
            let _ = writeln!(
                out,
                "- **{}**: {} — _{}_",
                md(&note_subject(q, n)),
                md(&n.text),
                md(&agenda::who(n.respondent.as_deref(), n.side))
            );
        }
        out.push('\n');
    }
    out.push_str(&crate::export::agenda_md::agenda(
        q,
        &s.agenda,
        3,
        "Agenda for the next conversation",
    ));
    out.push('\n');
}
