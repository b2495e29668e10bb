//! `--format json`: the shapes in SPEC section 4, scores unrounded.

use serde::Serialize;

use crate::agenda::{Agenda, Reason, explain, rule};
use crate::answers::{Date, Side};
use crate::assessment::{ScoreReport, ScoreResult, TierRef};
use crate::questionnaire::Questionnaire;

pub fn score(results: &[ScoreResult]) -> String {
    to_string(&ScoreReport {
        schema_version: 1,
        results,
    })
}

/// Pretty JSON with a final newline.
pub fn to_string<T: serde::Serialize>(value: &T) -> String {
    let out = serde_json::to_string_pretty(value).expect("output types serialize");
    let mut out = match crate::sanitize::json(&out) {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(escaped) => escaped,
    };
    out.push('\n');
    out
}

/// `questions --format json`: the whole instrument, rubric included.
pub fn questions(q: &crate::questionnaire::Questionnaire) -> String {
    use serde_json::json;
    let ids = q.dimension_ids();
    let dimensions: Vec<_> = q
        .dimensions
        .iter()
        .map(|d| {
            let questions: Vec<_> = q.questions[d.questions.clone()]
                .iter()
                .map(|x| {
                    json!({"id": x.id, "text": x.text, "help": x.help,
                           "reverse": x.reverse, "weight": x.weight})
                })
                .collect();
            json!({"id": d.id, "name": d.name, "summary": d.summary, "weight": d.weight,
                   "prompts": d.prompts, "questions": questions})
        })
        .collect();
    let r = &q.rubric;
    let bands: Vec<_> = r
        .bands
        .iter()
        .map(|b| json!({"id": b.id, "label": b.label, "min": b.min}))
        .collect();
    let tiers: Vec<_> = r
        .tiers
        .iter()
        .map(|t| {
            let when: Vec<String> = t.when.iter().map(|c| c.display(&ids)).collect();
            json!({"id": t.id, "label": t.label, "summary": t.summary,
                   "advice": t.advice, "when": when})
        })
        .collect();
    to_string(&json!({
        "schema_version": 1,
        "id": q.id, "title": q.title, "version": q.version, "description": q.description,
        "scale": {"min": q.scale.min, "max": q.scale.max, "labels": q.scale.labels,
                  "allow_unsure": q.scale.allow_unsure},
        "dimensions": dimensions,
        "rubric": {"min_coverage": r.min_coverage, "bands": bands, "tiers": tiers},
    }))
}

/// `compare --format json` (SPEC section 4).
pub fn compare(portfolio: &crate::portfolio::Portfolio) -> String {
    #[derive(serde::Serialize)]
    struct Report<'a> {
        schema_version: u32,
        partners: &'a [crate::portfolio::PartnerView],
    }
    to_string(&Report {
        schema_version: 1,
        partners: &portfolio.partners,
    })
}

/// `compare --partner NAME --format json`: the partner's figures as in
/// `compare`, then every round (newest first) with the `results` of its
/// files, each with its notes.
pub fn compare_detail(detail: &crate::portfolio::PartnerDetail) -> String {
    use crate::answers::{Date, Side};
    use crate::assessment::TierRef;
    use crate::portfolio::{DimensionView, PartnerView};
    use std::collections::BTreeMap;
    #[derive(serde::Serialize)]
    struct Report<'a> {
        schema_version: u32,
        partner: &'a PartnerView,
        rounds: Vec<Round<'a>>,
    }
    #[derive(serde::Serialize)]
    struct Round<'a> {
        date: Option<Date>,
        files: usize,
        dimensions: &'a [DimensionView],
        overall: Option<f64>,
        coverage: f64,
        tier: Option<&'a TierRef>,
        results: Vec<File<'a>>,
    }
    #[derive(serde::Serialize)]
    struct File<'a> {
        file: &'a str,
        respondent: Option<&'a str>,
        side: Side,
        dimensions: Vec<Dim<'a>>,
        overall: Option<f64>,
        coverage: f64,
        tier: Option<&'a TierRef>,
        notes: BTreeMap<&'a str, &'a str>,
    }
    #[derive(serde::Serialize)]
    struct Dim<'a> {
        id: &'a str,
        score: Option<f64>,
    }
    let rounds = detail
        .rounds
        .iter()
        .map(|r| Round {
            date: r.date,
            files: r.files.len(),
            dimensions: &r.dimensions,
            overall: r.overall,
            coverage: r.coverage,
            tier: r.tier.as_ref(),
            results: r
                .files
                .iter()
                .map(|f| File {
                    file: &f.file,
                    respondent: f.respondent.as_deref(),
                    side: f.side,
                    dimensions: r
                        .dimensions
                        .iter()
                        .zip(&f.dimensions)
                        .map(|(d, s)| Dim {
                            id: &d.id,
                            score: *s,
                        })
                        .collect(),
                    overall: f.overall,
                    coverage: f.coverage,
                    tier: f.tier.as_ref(),
                    notes: f
                        .notes
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    to_string(&Report {
        schema_version: 1,
        partner: &detail.partner,
        rounds,
    })
}

#[derive(Serialize)]
struct JsonAgenda<'a> {
    schema_version: u32,
    rule: String,
    partners: Vec<JsonPartner<'a>>,
}

#[derive(Serialize)]
struct JsonPartner<'a> {
    partner: &'a str,
    date: Option<Date>,
    files: usize,
    overall: Option<f64>,
    tier: Option<&'a TierRef>,
    change: Option<f64>,
    topics: Vec<JsonTopic<'a>>,
    advice: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonTopic<'a> {
    rank: usize,
    dimension: &'a str,
    name: &'a str,
    reasons: &'a [Reason],
    why: Vec<String>,
    score: Option<f64>,
    band: Option<&'a str>,
    us: Option<f64>,
    them: Option<f64>,
    gap: Option<f64>,
    spread: Option<f64>,
    previous: Option<f64>,
    change: Option<f64>,
    statements: Vec<JsonStatement<'a>>,
    prompts: &'a [String],
    notes: Vec<JsonNote<'a>>,
}

#[derive(Serialize)]
struct JsonStatement<'a> {
    id: &'a str,
    text: &'a str,
    mean: f64,
    reverse: bool,
}

#[derive(Serialize)]
struct JsonNote<'a> {
    key: &'a str,
    text: &'a str,
    respondent: Option<&'a str>,
    side: Side,
    file: &'a str,
}

/// `agenda --format json`: scores unrounded, like every JSON output.
pub fn agenda(q: &Questionnaire, agendas: &[Agenda]) -> String {
    let partners = agendas
        .iter()
        .map(|a| {
            let previous_date = a.previous.as_ref().map(|(d, _)| *d);
            let topics = a
                .topics
                .iter()
                .enumerate()
                .map(|(n, t)| {
                    let dim = &q.dimensions[t.dimension];
                    JsonTopic {
                        rank: n + 1,
                        dimension: &dim.id,
                        name: &dim.name,
                        reasons: &t.reasons,
                        why: explain(t, previous_date),
                        score: t.score,
                        band: t.band.as_deref(),
                        us: t.us,
                        them: t.them,
                        gap: t.gap,
                        spread: t.spread,
                        previous: t.previous,
                        change: t.change,
                        statements: t
                            .statements
                            .iter()
                            .map(|(qi, mean)| {
                                let question = &q.questions[*qi];
                                JsonStatement {
                                    id: &question.id,
                                    text: &question.text,
                                    mean: *mean,
                                    reverse: question.reverse,
                                }
                            })
                            .collect(),
                        prompts: &dim.prompts,
                        notes: t
                            .notes
                            .iter()
                            .map(|n| JsonNote {
                                key: &n.key,
                                text: &n.text,
                                respondent: n.respondent.as_deref(),
                                side: n.side,
                                file: &n.file,
                            })
                            .collect(),
                    }
                })
                .collect();
            JsonPartner {
                partner: &a.partner,
                date: a.date,
                files: a.files,
                overall: a.overall,
                tier: a.tier.as_ref(),
                change: a.change,
                topics,
                advice: a.advice(),
            }
        })
        .collect();
    to_string(&JsonAgenda {
        schema_version: 1,
        rule: rule(),
        partners,
    })
}
