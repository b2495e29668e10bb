//! `--format markdown`: GitHub-flavoured Markdown, one section per file.

use std::fmt::Write;

use crate::assessment::ScoreResult;
use crate::export::fmt_score;
use crate::sanitize::markdown as md;

pub fn score(results: &[ScoreResult]) -> String {
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
        for reason in &r.reasons {
            let _ = writeln!(out, "- {}", md(reason));
        }
        if let Some(advice) = r.tier.as_ref().and_then(|t| t.advice.as_ref()) {
            let _ = writeln!(out, "\n**Next:** {}", md(advice));
        }
    }
    out
}

/// "Jane Doe (us) · 2026-11-20 · answers/acme.toml · coverage 95%"
pub fn byline(r: &ScoreResult) -> String {
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

/// `questions --format markdown`: a paper form, one box to tick per answer.
pub fn questions(q: &crate::questionnaire::Questionnaire) -> String {
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
            let _ = writeln!(out, "{}. {}  ", i + 1, md(&question.text));
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
