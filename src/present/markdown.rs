//! `--format markdown`: GitHub-flavoured Markdown, one section per file.

use std::fmt::Write;

use crate::engine::assess::Assessment;
use crate::present::{byline, fmt_gap, fmt_score};
use crate::sanitize::markdown as md;

pub fn score(results: &[Assessment], qs: &[&crate::model::questionnaire::Questionnaire]) -> String {
    let mut out = String::new();
    for (i, r) in results.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "## {}\n", md(&r.partner));
        let _ = writeln!(out, "{}\n", md(&byline(r)));
        out.push_str("| Dimension | Score | Band | Answered |\n|---|---:|---|---:|\n");
        for d in &r.dimensions {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {}/{} |",
                md(&d.name),
                fmt_score(d.score),
                md(d.band_label.as_deref().unwrap_or("–")),
                d.answered,
                d.questions
            );
        }
        let _ = writeln!(
            out,
            "| **Overall** | **{}** | | {}/{} |\n",
            fmt_score(r.overall),
            r.answered,
            r.questions
        );
        match &r.tier {
            Some(t) => {
                let _ = writeln!(out, "**Verdict: {}**", md(&t.label));
                if let Some(summary) = &t.summary {
                    let _ = writeln!(out, "\n{}", md(summary));
                }
            }
            None => out.push_str("**Verdict: none**\n"),
        }
        out.push('\n');
        for reason in &crate::present::words::reasons(qs[i], &r.reasons) {
            let _ = writeln!(out, "- {}", md(reason));
        }
        if let Some(advice) = r.tier.as_ref().and_then(|t| t.advice.as_ref()) {
            let _ = writeln!(out, "\n**Next:** {}", md(advice));
        }
    }
    out
}

/// `questions --format markdown`: a paper form, one box to tick per answer.
/// `questions --format markdown`, in the wording of `side`.
pub fn questions(
    q: &crate::model::questionnaire::Questionnaire,
    side: crate::model::answers::Side,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&q.title));
    if let Some(d) = &q.description {
        let _ = writeln!(out, "{}\n", md(d.trim()));
    }
    let _ = writeln!(
        out,
        "Partner: ______________________  Respondent: ______________________  \
         Side: ☐ us ☐ them  Date: ____________\n"
    );
    let labels: Vec<String> = (q.scale.min..=q.scale.max)
        .map(|v| format!("{v} = {}", md(q.scale.label(v))))
        .collect();
    let _ = write!(
        out,
        "For each statement, tick one box: {}",
        labels.join(", ")
    );
    if q.scale.allow_unsure {
        out.push_str(", ? = don't know / not applicable");
    }
    out.push_str(".\n");
    let boxes: String = (q.scale.min..=q.scale.max)
        .map(|v| format!("☐ {v} "))
        .chain(q.scale.allow_unsure.then(|| "☐ ?".to_owned()))
        .collect::<String>();
    for d in &q.dimensions {
        let _ = writeln!(out, "\n## {}\n", md(&d.name));
        if let Some(s) = &d.summary {
            let _ = writeln!(out, "_{}_\n", md(s));
        }
        for i in d.questions.clone() {
            let question = &q.questions[i];
            let _ = writeln!(out, "{}. {}  ", i + 1, md(question.text_for(side)));
            let _ = writeln!(out, "   {} `{}`", boxes.trim_end(), question.id);
        }
        if !d.prompts.is_empty() {
            out.push_str("\nTo discuss with the partner:\n\n");
            for p in &d.prompts {
                let _ = writeln!(out, "- {}", md(p));
            }
        }
    }
    out
}

/// `compare --format markdown`: a GFM table, a row per partner, and the
/// legend of the flags.
pub fn compare(
    q: &crate::model::questionnaire::Questionnaire,
    portfolio: &crate::engine::portfolio::Portfolio,
) -> String {
    use crate::present::{fmt_change, fmt_date, fmt_flagged};
    let mut out = String::from("| Partner |");
    for d in &q.dimensions {
        let _ = write!(out, " {} |", md(&d.name));
    }
    out.push_str(" Overall | Tier | Files | Date | Change |\n|---|");
    out.push_str(&"---:|".repeat(q.dimensions.len()));
    out.push_str("---:|---|---:|---|---:|\n");
    for p in &portfolio.partners {
        let _ = write!(out, "| {} |", md(&p.partner));
        for d in &p.latest.dimensions {
            let _ = write!(out, " {} |", fmt_flagged(d));
        }
        let _ = writeln!(
            out,
            " {} | {} | {} | {} | {} |",
            fmt_score(p.latest.overall),
            md(p.latest.tier.as_ref().map_or("–", |t| t.label.as_str())),
            p.latest.files(),
            fmt_date(p.latest.date),
            fmt_change(
                crate::present::shown_change(p.latest.overall, p.change),
                true
            )
        );
    }
    out.push('\n');
    for line in crate::present::legend(&q.flags) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    if let Some(note) = crate::present::words::portfolio_threshold_note(portfolio) {
        let _ = writeln!(out, "\n{}", md(&note));
    }
    out
}

/// `compare --partner NAME --format markdown`: the partner's figures, then
/// a section per round, newest first, with every file and the notes.
pub fn compare_detail(
    q: &crate::model::questionnaire::Questionnaire,
    analysis: &crate::engine::portfolio::Analysis,
    detail: &crate::engine::portfolio::PartnerDetail,
    organization: Option<&str>,
) -> String {
    use crate::present::{fmt_change, fmt_date, fmt_flagged};
    let p = &detail.partner;
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", md(&p.partner));
    let _ = writeln!(
        out,
        "Latest round {}: overall **{}**, **{}**, change {}, {}, coverage {:.0}%\n",
        fmt_date(p.latest.date),
        fmt_score(p.latest.overall),
        md(p.latest
            .tier
            .as_ref()
            .map_or("no tier", |t| t.label.as_str())),
        fmt_change(
            crate::present::shown_change(p.latest.overall, p.change),
            true
        ),
        crate::present::files_count(p.latest.files()),
        p.latest.coverage * 100.0
    );
    if p.latest.suppressed == crate::engine::portfolio::Suppressed::None {
        out.push_str("### Two sides, latest round\n\n|");
        let header = crate::present::sides_header(organization, &p.partner);
        for h in &header {
            let _ = write!(out, " {} |", md(h));
        }
        out.push_str("\n|---|");
        out.push_str(&"---:|".repeat(header.len() - 1));
        out.push('\n');
        for row in crate::present::sides_rows(&p.latest.dimensions) {
            let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        let _ = writeln!(out, "\n{}\n", md(&crate::present::sides_legend(&q.flags)));
        let [us, them] = p.latest.respondents;
        if let Some(why) = crate::present::words::agreement_hidden(
            analysis.min_respondents,
            analysis.min_respondents_source,
            &[
                (organization.unwrap_or("our side"), us),
                (p.partner.trim(), them),
            ],
        ) {
            let _ = writeln!(out, "{}\n", md(&why));
        }
    }
    if let Some(why) = crate::present::report::sides_hidden(
        p,
        organization.unwrap_or("our side"),
        analysis.min_respondents,
        crate::present::locale::catalogue("en"),
    ) {
        let _ = writeln!(out, "{}\n", md(&why));
    }
    for r in &detail.rounds {
        let _ = writeln!(
            out,
            "### Round {}\n\n{} · overall {} · {} · coverage {:.0}%\n",
            fmt_date(r.round.date),
            crate::present::files_count(r.round.respondents[0] + r.round.respondents[1]),
            fmt_score(r.round.overall),
            md(r.round
                .tier
                .as_ref()
                .map_or("no tier", |t| t.label.as_str())),
            r.round.coverage * 100.0
        );
        out.push_str("| File | Respondent | Side |");
        for d in &q.dimensions {
            let _ = write!(out, " {} |", md(&d.name));
        }
        out.push_str(" Overall |\n|---|---|---|");
        out.push_str(&"---:|".repeat(q.dimensions.len() + 1));
        out.push('\n');
        for f in &r.files {
            let _ = write!(
                out,
                "| {} | {} | {} |",
                md(&f.file),
                md(f.respondent.as_deref().unwrap_or("–")),
                f.side
            );
            for s in &f.dimensions {
                let _ = write!(out, " {} |", fmt_score(*s));
            }
            let _ = writeln!(out, " {} |", fmt_score(f.overall));
        }
        out.push_str("| **Round** | | |");
        for d in &r.round.dimensions {
            let _ = write!(out, " **{}** |", fmt_flagged(d));
        }
        let _ = writeln!(out, " **{}** |", fmt_score(r.round.overall));
        out.push_str("| Gap (them − us) | | |");
        for d in &r.round.dimensions {
            let _ = write!(out, " {} |", fmt_gap(d.gap));
        }
        out.push_str(" |\n");
        let notes: Vec<_> = r
            .files
            .iter()
            .flat_map(|f| f.notes.iter().map(move |n| (f, n)))
            .collect();
        if !notes.is_empty() {
            out.push_str("\nNotes:\n\n");
            for (f, (key, text)) in notes {
                let _ = writeln!(
                    out,
                    "- `{key}` ({}, {}): {}",
                    md(f.respondent.as_deref().unwrap_or("unnamed")),
                    f.side,
                    md(text)
                );
            }
        }
        out.push('\n');
    }
    for line in crate::present::legend(&q.flags) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    out
}

/// `actions --format markdown`: a GFM table, a row per action in list
/// order, and what each column means.
pub fn actions(
    q: &crate::model::questionnaire::Questionnaire,
    rows: &[crate::engine::actions::ActionRow],
    today: crate::model::answers::Date,
) -> String {
    use crate::present::{fmt_date, fmt_gap};
    let mut out = String::from("# Actions\n\n");
    if rows.is_empty() {
        out.push_str("No actions: add an actions file beside the answers files.\n");
        return out;
    }
    out.push_str(
        "| Partner | Id | Title | Dimension | Owner | Assignee | Agreed | Due | Status | Before | Latest | Change |\n\
         |---|---|---|---|---|---|---|---|---|---:|---:|---:|\n",
    );
    for r in rows {
        let a = &r.action;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            md(&r.partner),
            md(&a.id),
            md(&a.title),
            md(&q.dimensions[a.dimension].name),
            a.owner.as_str(),
            md(a.assignee.as_deref().unwrap_or("–")),
            a.agreed,
            fmt_date(a.due),
            md(&crate::present::action_words::action_status(r)),
            fmt_score(r.baseline.and_then(|b| b.score)),
            fmt_score(r.latest.and_then(|l| l.score)),
            fmt_gap(crate::present::shown_diff(
                r.latest.and_then(|l| l.score),
                r.baseline.and_then(|b| b.score),
                r.change
            )),
        );
    }
    let _ = writeln!(
        out,
        "\nOverdue: open and due before {today}. Before: the dimension's score in the latest \
         round on or before the day the action was agreed. Latest: in the partner's latest round. \
         Change: Latest − Before, once a round is dated after the day the action was agreed."
    );
    out
}
