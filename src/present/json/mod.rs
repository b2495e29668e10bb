//! `--format json`: scores unrounded. Every JSON output has its own serde
//! types here, apart from the domain types, so the JSON shape is written
//! down in one place and changes only on purpose.

use serde::Serialize;

mod compare;
mod shared;
pub use compare::{compare, compare_detail, reason_details};
pub use shared::to_string;
use shared::{Tier, tier};

use crate::engine::actions::ActionRow;
use crate::engine::agenda::{Agenda, Reason};
use crate::engine::assess::Assessment;
use crate::engine::portfolio::Threshold;
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;
use crate::present::words::{agenda_rule, explain, topic_headline};

#[derive(Serialize)]
struct ScoreReport<'a> {
    schema_version: u32,
    results: Vec<ScoreJson<'a>>,
}

#[derive(Serialize)]
struct ScoreJson<'a> {
    file: &'a str,
    partner: &'a str,
    respondent: Option<&'a str>,
    side: Side,
    date: Option<Date>,
    questionnaire: QuestionnaireJson<'a>,
    dimensions: Vec<ScoreDimension<'a>>,
    overall: Option<f64>,
    coverage: f64,
    tier: Option<Tier<'a>>,
    reasons: Vec<String>,
    reason_details: Vec<compare::ReasonDetail>,
}

#[derive(Serialize)]
struct QuestionnaireJson<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct ScoreDimension<'a> {
    id: &'a str,
    name: &'a str,
    score: Option<f64>,
    band: Option<&'a str>,
    answered: usize,
    questions: usize,
}

/// `score --format json`.
pub fn score(results: &[Assessment], qs: &[&Questionnaire]) -> String {
    let results = results
        .iter()
        .zip(qs)
        .map(|(r, q)| ScoreJson {
            file: &r.file,
            partner: &r.partner,
            respondent: r.respondent.as_deref(),
            side: r.side,
            date: r.date,
            questionnaire: QuestionnaireJson {
                id: &r.questionnaire.id,
                version: &r.questionnaire.version,
            },
            dimensions: r
                .dimensions
                .iter()
                .map(|d| ScoreDimension {
                    id: &d.id,
                    name: &d.name,
                    score: d.score,
                    band: d.band.as_deref(),
                    answered: d.answered,
                    questions: d.questions,
                })
                .collect(),
            overall: r.overall,
            coverage: r.coverage,
            tier: tier(r.tier.as_ref()),
            reasons: crate::present::words::reasons(q, &r.reasons),
            reason_details: reason_details(&r.reasons),
        })
        .collect();
    to_string(&ScoreReport {
        schema_version: 1,
        results,
    })
}

/// `questions --format json`: the whole instrument, rubric included.
/// `questions --format json`: `text` and `help` in the wording of `side`;
/// `text_them` and `help_them` the partner's side's (defaults applied).
pub fn questions(q: &Questionnaire, side: crate::model::answers::Side) -> String {
    use crate::model::answers::Side;
    use serde_json::json;
    let ids = q.dimension_ids();
    let dimensions: Vec<_> = q
        .dimensions
        .iter()
        .map(|d| {
            let questions: Vec<_> = q.questions[d.questions.clone()]
                .iter()
                .map(|x| {
                    json!({"id": x.id, "text": x.text_for(side), "help": x.help_for(side),
                           "text_them": x.text_for(Side::Them),
                           "help_them": x.help_for(Side::Them),
                           "reverse": x.reverse, "weight": x.weight})
                })
                .collect();
            let bands: Vec<_> = d
                .bands
                .iter()
                .map(|b| json!({"id": b.id, "label": b.label, "min": b.min}))
                .collect();
            json!({"id": d.id, "name": d.name, "summary": d.summary, "weight": d.weight,
                   "prompts": d.prompts, "in_overall": d.in_overall, "bands": bands,
                   "questions": questions})
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
            let when: Vec<String> = t
                .when
                .iter()
                .map(|c| c.display(&ids, &r.band_ids))
                .collect();
            json!({"id": t.id, "label": t.label, "summary": t.summary,
                   "advice": t.advice, "shared_label": t.shared_label,
                   "shared_advice": t.shared_advice, "when": when})
        })
        .collect();
    to_string(&json!({
        "schema_version": 1,
        "side": side,
        "id": q.id, "title": q.title, "version": q.version, "description": q.description,
        "scale": {"min": q.scale.min, "max": q.scale.max, "labels": q.scale.labels,
                  "allow_unsure": q.scale.allow_unsure},
        "dimensions": dimensions,
        "rubric": {"min_coverage": r.min_coverage, "precision": r.precision,
                   "bands": bands, "tiers": tiers},
    }))
}

/// An agenda reason's id in JSON.
fn reason_id(r: Reason) -> &'static str {
    match r {
        Reason::LowestBand => "lowest-band",
        Reason::Gap => "gap",
        Reason::Disagreement => "disagreement",
        Reason::Decline => "decline",
        Reason::BlindSpot => "blind-spot",
        Reason::LowAgreement => "low-agreement",
        Reason::NoScore => "no-score",
        Reason::LowestScore => "lowest-score",
    }
}

#[derive(Serialize)]
struct JsonAgenda<'a> {
    schema_version: u32,
    rule: String,
    min_respondents: usize,
    min_respondents_source: &'static str,
    partners: Vec<JsonPartner<'a>>,
}

#[derive(Serialize)]
struct JsonPartner<'a> {
    partner: &'a str,
    date: Option<Date>,
    files: usize,
    overall: Option<f64>,
    tier: Option<Tier<'a>>,
    change: Option<f64>,
    /// Why the round is hidden by the anonymity threshold (then there are
    /// no topics and no proposed actions).
    hidden: Option<String>,
    topics: Vec<JsonTopic<'a>>,
    advice: Option<&'a str>,
    proposed_actions: Vec<ProposedJson<'a>>,
}

#[derive(Serialize)]
struct JsonTopic<'a> {
    rank: usize,
    dimension: &'a str,
    name: &'a str,
    reasons: Vec<&'static str>,
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
    expected: SidesJson,
    blind_spot: SidesJson,
    agreement: SidesJson,
    /// The statements the two sides see most differently.
    differing: Vec<JsonDiffering<'a>>,
    prompts: &'a [String],
    notes: Vec<JsonNote<'a>>,
    actions: Vec<ActionJson<'a>>,
}

#[derive(Serialize)]
struct SidesJson {
    us: Option<f64>,
    them: Option<f64>,
}

fn sides_json(pair: [Option<f64>; 2]) -> SidesJson {
    SidesJson {
        us: pair[0],
        them: pair[1],
    }
}

#[derive(Serialize)]
struct JsonDiffering<'a> {
    id: &'a str,
    us: f64,
    them: f64,
    gap: f64,
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
pub fn agenda(q: &Questionnaire, agendas: &[Agenda], threshold: Threshold) -> String {
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
                        reasons: t.reasons.iter().map(|r| reason_id(*r)).collect(),
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
                        expected: sides_json(t.expected),
                        blind_spot: sides_json(t.blind_spot),
                        agreement: sides_json(t.agreement),
                        differing: t
                            .differing
                            .iter()
                            .map(|(qi, us, them)| JsonDiffering {
                                id: &q.questions[*qi].id,
                                us: *us,
                                them: *them,
                                gap: them - us,
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
                        actions: t.actions.iter().map(|r| action_in(q, r)).collect(),
                    }
                })
                .collect();
            let proposed_actions = a
                .proposed
                .iter()
                .zip(&a.topics)
                .map(|(p, t)| ProposedJson {
                    id: p.id.clone(),
                    title: topic_headline(q, t, previous_date),
                    dimension: &q.dimensions[p.dimension].id,
                    owner: "both",
                    agreed: p.agreed,
                    status: "open",
                })
                .collect();
            JsonPartner {
                partner: &a.partner,
                date: a.date,
                files: a.files,
                overall: a.overall,
                tier: tier(a.tier.as_ref()),
                change: a.change,
                hidden: a
                    .hidden
                    .as_ref()
                    .map(|r| crate::present::reasons::reason(q, r)),
                topics,
                advice: a.advice(),
                proposed_actions,
            }
        })
        .collect();
    to_string(&JsonAgenda {
        schema_version: 1,
        rule: agenda_rule(&q.flags),
        min_respondents: threshold.n,
        min_respondents_source: threshold.source.id(),
        partners,
    })
}

/// An action proposed by the agenda, in the form of an actions file.
#[derive(Serialize)]
struct ProposedJson<'a> {
    id: String,
    title: String,
    dimension: &'a str,
    owner: &'static str,
    agreed: Option<Date>,
    status: &'static str,
}

/// A dimension's score in a round.
#[derive(Serialize)]
struct RoundScoreJson {
    date: Date,
    score: Option<f64>,
}

/// One action, as `actions --format json` and the agenda show it.
#[derive(Serialize)]
struct ActionJson<'a> {
    partner: &'a str,
    file: &'a str,
    id: &'a str,
    title: &'a str,
    dimension: &'a str,
    question: Option<&'a str>,
    owner: &'static str,
    assignee: Option<&'a str>,
    agreed: Date,
    due: Option<Date>,
    status: &'static str,
    closed: Option<Date>,
    overdue: bool,
    note: Option<&'a str>,
    baseline: Option<RoundScoreJson>,
    latest: Option<RoundScoreJson>,
    change: Option<f64>,
}

/// An action without its questionnaire's ids (see [`action_in`]).
fn action(r: &ActionRow) -> ActionJson<'_> {
    let a = &r.action;
    let score = |s: Option<crate::engine::actions::RoundScore>| {
        s.map(|s| RoundScoreJson {
            date: s.date,
            score: s.score,
        })
    };
    ActionJson {
        partner: &r.partner,
        file: &r.file,
        id: &a.id,
        title: &a.title,
        dimension: "",
        question: None,
        owner: a.owner.as_str(),
        assignee: a.assignee.as_deref(),
        agreed: a.agreed,
        due: a.due,
        status: a.status.as_str(),
        closed: a.closed,
        overdue: r.overdue,
        note: a.note.as_deref(),
        baseline: score(r.baseline),
        latest: score(r.latest),
        change: r.change,
    }
}

#[derive(Serialize)]
struct ActionsReport<'a> {
    schema_version: u32,
    today: Date,
    actions: Vec<ActionJson<'a>>,
}

/// `actions --format json`: every action in list order, scores unrounded.
pub fn actions(q: &Questionnaire, rows: &[ActionRow], today: Date) -> String {
    to_string(&ActionsReport {
        schema_version: 1,
        today,
        actions: rows.iter().map(|r| action_in(q, r)).collect(),
    })
}

/// [`action`] with its dimension and question ids from `q`.
fn action_in<'a>(q: &'a Questionnaire, r: &'a ActionRow) -> ActionJson<'a> {
    ActionJson {
        dimension: &q.dimensions[r.action.dimension].id,
        question: match r.action.target {
            crate::model::actions::Target::Question(i) => Some(&q.questions[i].id),
            crate::model::actions::Target::Dimension(_) => None,
        },
        ..action(r)
    }
}

#[derive(Serialize)]
struct ItemsJson<'a> {
    schema_version: u32,
    questionnaire: QuestionnaireRef<'a>,
    files: usize,
    left_out: usize,
    min_respondents: usize,
    min_respondents_source: &'static str,
    dimensions: Vec<ItemsDimensionJson<'a>>,
}

#[derive(Serialize)]
struct QuestionnaireRef<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct ItemsDimensionJson<'a> {
    id: &'a str,
    alpha: Option<f64>,
    complete: usize,
    flags: Vec<&'static str>,
    questions: Vec<ItemJson<'a>>,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    id: &'a str,
    answered: usize,
    unsure: usize,
    unsure_rate: Option<f64>,
    mean: Option<f64>,
    sd: Option<f64>,
    item_rest: Option<f64>,
    flags: Vec<&'static str>,
}

/// `items --format json`: per dimension its alpha and questions, figures
/// unrounded, `null` for no value.
pub fn items(q: &Questionnaire, report: &crate::engine::items::ItemReport) -> String {
    let ids = |f: &[crate::engine::items::ItemFlag]| f.iter().map(|f| f.id()).collect();
    to_string(&ItemsJson {
        schema_version: 1,
        questionnaire: QuestionnaireRef {
            id: &q.id,
            version: &q.version,
        },
        files: report.files,
        left_out: report.left_out,
        min_respondents: report.min_respondents,
        min_respondents_source: report.min_respondents_source.id(),
        dimensions: report
            .dimensions
            .iter()
            .map(|d| {
                let dim = &q.dimensions[d.dimension];
                ItemsDimensionJson {
                    id: &dim.id,
                    alpha: d.alpha,
                    complete: d.complete,
                    flags: ids(&d.flags),
                    questions: report.questions[dim.questions.clone()]
                        .iter()
                        .map(|f| ItemJson {
                            id: &q.questions[f.question].id,
                            answered: f.answered,
                            unsure: f.unsure,
                            unsure_rate: f.unsure_rate,
                            mean: f.mean,
                            sd: f.sd,
                            item_rest: f.item_rest,
                            flags: ids(&f.flags),
                        })
                        .collect(),
                }
            })
            .collect(),
    })
}
