//! `partnercheck agenda`: the topics for the next conversation with a
//! partner, most urgent first.
//!
//! [`plan`] is pure: it ranks a partner's dimensions from the figures of its
//! latest round (and the round before). The ranking rule, also printed under
//! every agenda ([`RULE`]):
//!
//! 1. A dimension becomes a topic when it meets at least one criterion:
//!    its score is in the rubric's lowest band; the two sides differ by
//!    [`GAP_FLAG`] or more; respondents differ by [`SPREAD_FLAG`] or more
//!    (spread); its score fell by [`DECLINE_FLAG`] or more since the previous
//!    round; nobody could score it.
//! 2. Topics are ordered by the first criterion they meet, in that order;
//!    within a criterion, the bigger figure first (the lowest score, the
//!    largest |gap|, spread or decline); remaining ties in questionnaire
//!    order.
//! 3. When no dimension meets a criterion, the lowest-scoring dimension is
//!    the one topic, so there is always something to talk about.

use std::cmp::Ordering;
use std::fmt::Write;

use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use crate::answers::{Date, Side};
use crate::assessment::TierRef;
use crate::cli::{AgendaArgs, AgendaFormat};
use crate::error::Exit;
use crate::export::fmt_score;
use crate::portfolio::{GAP_FLAG, NoteView, PartnerView, SPREAD_FLAG};
use crate::questionnaire::Questionnaire;
use crate::sanitize::markdown as md;

/// A dimension whose score fell by this much or more since the previous
/// round is a topic.
pub const DECLINE_FLAG: f64 = 0.5;

/// Statements shown per topic: the lowest-scoring ones.
pub const STATEMENTS: usize = 2;

/// Why a dimension is on the agenda, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The score is in the rubric's lowest band.
    LowestBand,
    /// The two sides see it differently (|gap| >= GAP_FLAG).
    Gap,
    /// Respondents disagree (spread >= SPREAD_FLAG).
    Disagreement,
    /// The score fell by DECLINE_FLAG or more since the previous round.
    Decline,
    /// No respondent could score it.
    NoScore,
    /// Nothing else stands out: the lowest-scoring dimension.
    LowestScore,
}

/// One topic: a dimension, why it is urgent, and what to discuss.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    /// Index into the questionnaire's dimensions.
    pub dimension: usize,
    /// Every reason that applies, most urgent first.
    pub reasons: Vec<Reason>,
    pub score: Option<f64>,
    pub band_label: Option<String>,
    pub band: Option<String>,
    pub us: Option<f64>,
    pub them: Option<f64>,
    pub gap: Option<f64>,
    pub spread: Option<f64>,
    /// The dimension's score in the previous round.
    pub previous: Option<f64>,
    /// `score - previous`.
    pub change: Option<f64>,
    /// (question index, mean counted value), lowest first.
    pub statements: Vec<(usize, f64)>,
    /// Notes on the dimension or its questions, in file order.
    pub notes: Vec<NoteView>,
}

/// The agenda for one partner.
#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    pub partner: String,
    pub date: Option<Date>,
    pub files: usize,
    pub overall: Option<f64>,
    pub tier: Option<TierRef>,
    /// The previous round's date and tier, when there is one.
    pub previous: Option<(Option<Date>, Option<TierRef>)>,
    pub change: Option<f64>,
    pub topics: Vec<Topic>,
}

impl Agenda {
    /// The advice of the tier reached: it closes the agenda.
    pub fn advice(&self) -> Option<&str> {
        self.tier.as_ref().and_then(|t| t.advice.as_deref())
    }
}

/// How topics are chosen and ordered, in one paragraph for readers.
pub fn rule() -> String {
    format!(
        "Topics are the dimensions that need the conversation most. In order: a score in the \
         lowest band (lowest first); the two sides differing by {GAP_FLAG:.1} or more (largest \
         gap first); respondents differing by {SPREAD_FLAG:.1} or more (largest spread first); a \
         drop of {DECLINE_FLAG:.1} or more since the previous round (largest first); no score at \
         all. Ties keep the questionnaire's order. When nothing stands out, the lowest-scoring \
         dimension is the topic."
    )
}

/// Ranks a partner's dimensions into an agenda. `previous` holds the
/// previous round's dimension scores (questionnaire order), when there is a
/// previous round.
pub fn plan(q: &Questionnaire, p: &PartnerView, previous: Option<&[Option<f64>]>) -> Agenda {
    let lowest_band = q.rubric.bands.len().checked_sub(1);
    let mut topics: Vec<(Topic, f64)> = Vec::new();
    for (i, d) in p.dimensions.iter().enumerate() {
        let before = previous.and_then(|prev| prev.get(i).copied().flatten());
        let change = d.score.zip(before).map(|(now, then)| now - then);
        let mut reasons = Vec::new();
        if d.band_rank.is_some() && d.band_rank == lowest_band {
            reasons.push(Reason::LowestBand);
        }
        if d.sides_differ() {
            reasons.push(Reason::Gap);
        }
        if d.disagrees() {
            reasons.push(Reason::Disagreement);
        }
        if change.is_some_and(|c| c <= -DECLINE_FLAG) {
            reasons.push(Reason::Decline);
        }
        if d.score.is_none() {
            reasons.push(Reason::NoScore);
        }
        let topic = topic(q, p, i, reasons, before, change);
        let weight = urgency(&topic, q);
        topics.push((topic, weight));
    }
    let mut chosen: Vec<(Topic, f64)> = topics
        .iter()
        .filter(|(t, _)| !t.reasons.is_empty())
        .cloned()
        .collect();
    if chosen.is_empty() {
        // Nothing stands out: the lowest-scoring dimension, first in order on a tie.
        let lowest = topics
            .into_iter()
            .filter(|(t, _)| t.score.is_some())
            .min_by(|(a, _), (b, _)| {
                a.score
                    .partial_cmp(&b.score)
                    .unwrap_or(Ordering::Equal)
                    .then(a.dimension.cmp(&b.dimension))
            });
        if let Some((mut t, _)) = lowest {
            t.reasons.push(Reason::LowestScore);
            chosen.push((t, 0.0));
        }
    }
    chosen.sort_by(|(a, wa), (b, wb)| {
        a.reasons[0]
            .cmp(&b.reasons[0])
            .then(wb.partial_cmp(wa).unwrap_or(Ordering::Equal))
            .then(a.dimension.cmp(&b.dimension))
    });
    Agenda {
        partner: p.partner.clone(),
        date: p.date,
        files: p.files,
        overall: p.overall,
        tier: p.tier.clone(),
        previous: p.previous.as_ref().map(|r| (r.date, r.tier.clone())),
        change: p.change,
        topics: chosen.into_iter().map(|(t, _)| t).collect(),
    }
}

/// The figure that orders topics of the same first reason: bigger is more
/// urgent.
fn urgency(t: &Topic, q: &Questionnaire) -> f64 {
    match t.reasons.first() {
        Some(Reason::LowestBand) => q.scale.max as f64 - t.score.unwrap_or(q.scale.max as f64),
        Some(Reason::Gap) => t.gap.map_or(0.0, f64::abs),
        Some(Reason::Disagreement) => t.spread.unwrap_or(0.0),
        Some(Reason::Decline) => -t.change.unwrap_or(0.0),
        _ => 0.0,
    }
}

fn topic(
    q: &Questionnaire,
    p: &PartnerView,
    i: usize,
    reasons: Vec<Reason>,
    previous: Option<f64>,
    change: Option<f64>,
) -> Topic {
    let d = &p.dimensions[i];
    let range = q.dimensions[i].questions.clone();
    let mut statements: Vec<(usize, f64)> = p
        .questions
        .iter()
        .enumerate()
        .filter(|(qi, _)| range.contains(qi))
        .filter_map(|(qi, v)| Some((qi, v.mean?)))
        .collect();
    statements.sort_by(|a, b| {
        a.1.partial_cmp(&b.1)
            .unwrap_or(Ordering::Equal)
            .then(a.0.cmp(&b.0))
    });
    statements.truncate(STATEMENTS);
    let notes = p
        .notes
        .iter()
        .filter(|n| {
            n.key == q.dimensions[i].id
                || q.question_index(&n.key)
                    .is_some_and(|qi| range.contains(&qi))
        })
        .cloned()
        .collect();
    Topic {
        dimension: i,
        reasons,
        score: d.score,
        band_label: d.band_label.clone(),
        band: d.band.clone(),
        us: d.us,
        them: d.them,
        gap: d.gap,
        spread: d.spread,
        previous,
        change,
        statements,
        notes,
    }
}

/// "why" lines of a topic, with the figures, in plain text (unescaped:
/// only numbers, dates and labels from the rubric).
pub fn explain(t: &Topic, previous_date: Option<Option<Date>>) -> Vec<String> {
    t.reasons
        .iter()
        .map(|r| match r {
            Reason::LowestBand => format!(
                "score {} is in the lowest band ({})",
                fmt_score(t.score),
                t.band_label.as_deref().unwrap_or("–")
            ),
            Reason::Gap => {
                let (u, th, g) = (
                    t.us.unwrap_or(0.0),
                    t.them.unwrap_or(0.0),
                    t.gap.unwrap_or(0.0),
                );
                let who = if g < 0.0 {
                    "they rate it lower"
                } else {
                    "they rate it higher"
                };
                format!(
                    "the two sides see it differently: them {th:.2}, us {u:.2} (gap {g:+.2}; {who})"
                )
            }
            Reason::Disagreement => format!(
                "respondents disagree: their scores are {} apart",
                fmt_score(t.spread)
            ),
            Reason::Decline => {
                let since = match previous_date {
                    Some(Some(d)) => format!(" since {d}"),
                    _ => " since the previous round".to_owned(),
                };
                format!(
                    "down {:.2}{since} ({} → {})",
                    -t.change.unwrap_or(0.0),
                    fmt_score(t.previous),
                    fmt_score(t.score)
                )
            }
            Reason::NoScore => {
                "nobody could score it: every answer was \"unsure\" or missing".to_owned()
            }
            Reason::LowestScore => format!(
                "nothing stands out; this is the lowest-scoring dimension ({})",
                fmt_score(t.score)
            ),
        })
        .collect()
}

/// "Latest round 2026-11-20 · 2 files · overall 3.71 (▲ 0.85 since 2026-05-14) · Developing partnership"
pub fn byline(a: &Agenda) -> String {
    let round = match a.date {
        Some(d) => format!("Latest round {d}"),
        None => "Undated answers".to_owned(),
    };
    let files = match a.files {
        1 => "1 file".to_owned(),
        n => format!("{n} files"),
    };
    let mut overall = format!("overall {}", fmt_score(a.overall));
    if let Some((date, _)) = &a.previous {
        let since = date.map_or_else(|| "the undated round".to_owned(), |d| d.to_string());
        let _ = write!(
            overall,
            " ({} since {since})",
            crate::export::fmt_change(a.change, true)
        );
    }
    let tier = a.tier.as_ref().map_or("no tier", |t| t.label.as_str());
    format!("{round} · {files} · {overall} · {tier}")
}

/// A person's name and side for a note: "Marco Rossi (them)".
pub fn who(respondent: Option<&str>, side: Side) -> String {
    match respondent {
        Some(r) if !r.trim().is_empty() => format!("{} ({side})", r.trim()),
        _ => format!("a respondent ({side})"),
    }
}

/// The agenda as GitHub-flavoured Markdown. `level` is the heading level
/// of the agenda's title (1 alone, 3 inside a report).
pub fn markdown(q: &Questionnaire, a: &Agenda, level: usize, title: &str) -> String {
    let h = |n: usize| "#".repeat((level + n).min(6));
    let mut out = String::new();
    let _ = writeln!(out, "{} {}\n", h(0), md(title));
    if level == 1 {
        let _ = writeln!(out, "{}\n", md(&byline(a)));
    }
    if a.topics.is_empty() {
        out.push_str("No dimension has a score yet: nothing to rank.\n\n");
    }
    let previous_date = a.previous.as_ref().map(|(d, _)| *d);
    for (n, t) in a.topics.iter().enumerate() {
        let dim = &q.dimensions[t.dimension];
        let _ = writeln!(out, "{} {}. {}\n", h(1), n + 1, md(&dim.name));
        if let Some(s) = &dim.summary {
            let _ = writeln!(out, "_{}_\n", md(s));
        }
        for line in explain(t, previous_date) {
            let _ = writeln!(out, "- **Why:** {}", md(&line));
        }
        out.push('\n');
        out.push_str("| Score | Band | Us | Them | Gap | Spread | Previous |\n|---:|---|---:|---:|---:|---:|---:|\n");
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            fmt_score(t.score),
            md(t.band_label.as_deref().unwrap_or("–")),
            fmt_score(t.us),
            fmt_score(t.them),
            crate::export::markdown::fmt_gap(t.gap),
            fmt_score(t.spread),
            fmt_score(t.previous)
        );
        if !t.statements.is_empty() {
            out.push_str("Statements that scored lowest:\n\n");
            for (qi, mean) in &t.statements {
                let question = &q.questions[*qi];
                let reverse = if question.reverse {
                    " _(agreeing counts against: score reversed)_"
                } else {
                    ""
                };
                let _ = writeln!(out, "- {mean:.2} — {}{reverse}", md(&question.text));
            }
            out.push('\n');
        }
        if !dim.prompts.is_empty() {
            out.push_str("To discuss:\n\n");
            for prompt in &dim.prompts {
                let _ = writeln!(out, "- {}", md(prompt));
            }
            out.push('\n');
        }
        if !t.notes.is_empty() {
            out.push_str("What respondents wrote:\n\n");
            for note in &t.notes {
                let _ = writeln!(
                    out,
                    "> {} — {}",
                    md(&note.text),
                    md(&who(note.respondent.as_deref(), note.side))
                );
                out.push_str(">\n");
            }
            out.truncate(out.len() - 2);
            out.push('\n');
        }
    }
    let _ = writeln!(out, "{} Next step\n", h(1));
    match (&a.tier, a.advice()) {
        (Some(t), Some(advice)) => {
            let _ = writeln!(out, "**{}.** {}\n", md(&t.label), md(advice));
        }
        (Some(t), None) => {
            let _ = writeln!(out, "**{}.**\n", md(&t.label));
        }
        (None, _) => out.push_str(
            "No tier: too few questions were answered. Complete the answers, then score again.\n\n",
        ),
    }
    let _ = writeln!(out, "<sub>{}</sub>", md(&rule()));
    out
}

/// `agenda --format json`.
pub fn json(q: &Questionnaire, agendas: &[Agenda]) -> String {
    let partners: Vec<_> = agendas
        .iter()
        .map(|a| {
            let previous_date = a.previous.as_ref().map(|(d, _)| *d);
            let topics: Vec<_> = a
                .topics
                .iter()
                .enumerate()
                .map(|(n, t)| {
                    let dim = &q.dimensions[t.dimension];
                    json!({
                        "rank": n + 1,
                        "dimension": dim.id,
                        "name": dim.name,
                        "reasons": t.reasons,
                        "why": explain(t, previous_date),
                        "score": t.score,
                        "band": t.band,
                        "us": t.us,
                        "them": t.them,
                        "gap": t.gap,
                        "spread": t.spread,
                        "previous": t.previous,
                        "change": t.change,
                        "statements": t.statements.iter().map(|(qi, mean)| {
                            let question = &q.questions[*qi];
                            json!({"id": question.id, "text": question.text, "mean": mean,
                                   "reverse": question.reverse})
                        }).collect::<Vec<_>>(),
                        "prompts": dim.prompts,
                        "notes": t.notes.iter().map(|n| json!({
                            "key": n.key, "text": n.text, "respondent": n.respondent,
                            "side": n.side, "file": n.file,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "partner": a.partner,
                "date": a.date,
                "files": a.files,
                "overall": a.overall,
                "tier": a.tier,
                "change": a.change,
                "topics": topics,
                "advice": a.advice(),
            })
        })
        .collect();
    crate::export::json::to_string(&json!({
        "schema_version": 1,
        "rule": rule(),
        "partners": partners,
    }))
}

pub fn run(args: AgendaArgs) -> Result<Exit> {
    let (q, partners) = crate::report::load(
        &args.paths,
        args.questionnaire.as_deref(),
        args.rubric.as_deref(),
        args.partner.as_deref(),
    )?;
    let agendas: Vec<Agenda> = partners
        .iter()
        .map(|p| plan(&q, &p.view, p.previous_dimensions().as_deref()))
        .collect();
    let out = match args.format {
        AgendaFormat::Json => json(&q, &agendas),
        AgendaFormat::Markdown => agendas
            .iter()
            .map(|a| markdown(&q, a, 1, &format!("Agenda: {}", a.partner)))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    crate::files::emit(&out)?;
    Ok(Exit::Done)
}
