//! `compare --partner NAME --format table`: one partner in detail.

use std::fmt::Write;

use comfy_table::{Cell, Table};

use super::style::{fitted_table, right};
use super::text::{dimension_key, long_name};
use crate::present::fmt_score;
use crate::sanitize::terminal;

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
    let _ = writeln!(out, "\n{}", dimension_key(&abbreviations, q));
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
    let mut table = fitted_table(color, width);
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
        cells.extend(row[1..].iter().map(right));
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
    let mut table = fitted_table(color, width);
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
