//! `compare --format json` (schema version 2): every partner's latest round,
//! both sides, agreement within each side, expectations, blind spots, flags,
//! and what the anonymity rule hid. Numbers are unrounded; null means no
//! value (or a value the anonymity rule hides).

use std::collections::BTreeMap;

use serde::Serialize;

use super::shared::{Tier, tier, to_string};
use crate::engine::actions::{Counts, Tally};
use crate::engine::classify::{Check, Reason};
use crate::engine::portfolio::{
    Analysis, DimensionView, PartnerDetail, PartnerView, Portfolio, RoundDetail, RoundPoint,
    RoundView, Suppressed,
};
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    aggregate: AggregateJson,
    min_respondents: usize,
    min_respondents_source: &'static str,
    partners: Vec<PartnerJson<'a>>,
}

#[derive(Serialize)]
struct AggregateJson {
    sides: &'static str,
    respondents: &'static str,
}

/// A pair of figures, one per side.
#[derive(Serialize)]
struct Sides<T> {
    us: T,
    them: T,
}

fn sides<T: Copy>(pair: [T; 2]) -> Sides<T> {
    Sides {
        us: pair[0],
        them: pair[1],
    }
}

/// A round's figures ([`RoundView`]): the partner's latest round in
/// `compare`, each round of its detail in `compare --partner`.
#[derive(Serialize)]
struct RoundViewJson<'a> {
    date: Option<Date>,
    files: usize,
    respondents: Sides<usize>,
    suppressed: &'static str,
    dimensions: Vec<DimensionJson<'a>>,
    overall: Option<f64>,
    lowest: Option<f64>,
    highest: Option<f64>,
    max_gap: Option<f64>,
    coverage: Option<f64>,
    tier: Option<Tier<'a>>,
    reasons: Vec<String>,
}

fn round_view<'a>(q: &Questionnaire, r: &'a RoundView) -> RoundViewJson<'a> {
    RoundViewJson {
        date: r.date,
        files: r.files(),
        respondents: sides(r.respondents),
        suppressed: r.suppressed.id(),
        dimensions: dimensions(&r.dimensions),
        overall: r.overall,
        lowest: r.lowest,
        highest: r.highest,
        max_gap: r.max_gap,
        coverage: (r.suppressed != Suppressed::Round).then_some(r.coverage),
        tier: tier(r.tier.as_ref()),
        reasons: crate::present::words::reasons(q, &r.reasons),
    }
}

#[derive(Serialize)]
struct PartnerJson<'a> {
    partner: &'a str,
    #[serde(flatten)]
    latest: RoundViewJson<'a>,
    reason_details: Vec<ReasonDetail>,
    previous: Option<RoundJson<'a>>,
    change: Option<f64>,
    flags: Vec<&'static str>,
    actions: ActionCountsJson,
}

#[derive(Serialize)]
struct DimensionJson<'a> {
    id: &'a str,
    score: Option<f64>,
    band: Option<&'a str>,
    spread: Option<f64>,
    us: Option<f64>,
    them: Option<f64>,
    gap: Option<f64>,
    agreement: Sides<Option<f64>>,
    expected: Sides<Option<f64>>,
    blind_spot: Sides<Option<f64>>,
    flags: Vec<&'static str>,
}

#[derive(Serialize)]
struct RoundJson<'a> {
    date: Option<Date>,
    overall: Option<f64>,
    tier: Option<Tier<'a>>,
}

/// A partner's action counts in `compare`.
#[derive(Serialize)]
struct ActionCountsJson {
    open: usize,
    overdue: usize,
    done: usize,
}

fn counts(c: Counts) -> ActionCountsJson {
    ActionCountsJson {
        open: c.open,
        overdue: c.overdue,
        done: c.done,
    }
}

/// One condition of a verdict as data, for scripts.
#[derive(Serialize)]
pub struct ReasonDetail {
    /// The metric as the condition names it (`lowest`, a dimension id…).
    metric: String,
    /// For `lowest`/`highest`: the dimension the value comes from.
    dimension: Option<String>,
    operator: String,
    value: Option<f64>,
    /// The number on the right, or the value of the metric named there.
    threshold: Option<f64>,
    /// When the right-hand side is a metric: its name.
    against: Option<String>,
    /// The tier the condition belongs to.
    tier: String,
    /// Whether the condition held.
    held: bool,
}

/// Every condition checked for a verdict, as data.
pub fn reason_details(reasons: &[Reason]) -> Vec<ReasonDetail> {
    let detail = |c: &Check, held: bool| ReasonDetail {
        metric: c.metric.clone(),
        dimension: c.dimension.clone(),
        operator: c.op.to_string(),
        value: c.value,
        threshold: c.threshold,
        against: c.against.clone(),
        tier: c.tier.clone(),
        held,
    };
    reasons
        .iter()
        .flat_map(|r| match r {
            Reason::Held { checks, .. } => checks.iter().map(|c| detail(c, true)).collect(),
            Reason::Missed(c) => vec![detail(c, false)],
            _ => Vec::new(),
        })
        .collect()
}

fn dimensions(ds: &[DimensionView]) -> Vec<DimensionJson<'_>> {
    ds.iter()
        .map(|d| DimensionJson {
            id: &d.id,
            score: d.score,
            band: d.band.as_deref(),
            spread: d.spread,
            us: d.us,
            them: d.them,
            gap: d.gap,
            agreement: sides(d.agreement),
            expected: sides(d.expected),
            blind_spot: sides(d.blind_spot),
            flags: d.flags.iter().map(|f| f.id()).collect(),
        })
        .collect()
}

fn round(r: &RoundPoint) -> RoundJson<'_> {
    RoundJson {
        date: r.date,
        overall: r.overall,
        tier: tier(r.tier.as_ref()),
    }
}

fn partner<'a>(q: &Questionnaire, p: &'a PartnerView, tally: &Tally) -> PartnerJson<'a> {
    PartnerJson {
        partner: &p.partner,
        latest: round_view(q, &p.latest),
        reason_details: reason_details(&p.latest.reasons),
        previous: p.previous.as_ref().map(round),
        change: p.change,
        flags: if p.declined {
            vec!["decline"]
        } else {
            Vec::new()
        },
        actions: counts(tally.get(&p.key)),
    }
}

fn report<'a>(
    _q: &Questionnaire,
    analysis: &Analysis,
    partners: Vec<PartnerJson<'a>>,
) -> Report<'a> {
    Report {
        schema_version: 2,
        aggregate: AggregateJson {
            sides: analysis.aggregate.sides.id(),
            respondents: analysis.aggregate.respondents.id(),
        },
        min_respondents: analysis.min_respondents,
        min_respondents_source: analysis.min_respondents_source.id(),
        partners,
    }
}

/// `compare --format json`.
pub fn compare(q: &Questionnaire, portfolio: &Portfolio, tally: &Tally) -> String {
    let partners = portfolio
        .partners
        .iter()
        .map(|p| partner(q, p, tally))
        .collect();
    to_string(&report(q, &portfolio.analysis, partners))
}

#[derive(Serialize)]
struct DetailReport<'a> {
    #[serde(flatten)]
    partner: PartnerJson<'a>,
    schema_version: u32,
    aggregate: AggregateJson,
    min_respondents: usize,
    min_respondents_source: &'static str,
    rounds: Vec<DetailRound<'a>>,
    questions: Vec<QuestionJson<'a>>,
}

#[derive(Serialize)]
struct DetailRound<'a> {
    #[serde(flatten)]
    round: RoundViewJson<'a>,
    /// Each file's own figures: only without an anonymity threshold.
    #[serde(skip_serializing_if = "Option::is_none")]
    results: Option<Vec<DetailFile<'a>>>,
}

#[derive(Serialize)]
struct DetailFile<'a> {
    file: &'a str,
    respondent: Option<&'a str>,
    side: Side,
    dimensions: Vec<FileDimension<'a>>,
    overall: Option<f64>,
    coverage: f64,
    tier: Option<Tier<'a>>,
    notes: BTreeMap<&'a str, &'a str>,
}

#[derive(Serialize)]
struct FileDimension<'a> {
    id: &'a str,
    score: Option<f64>,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    mean: Option<f64>,
    us: Option<f64>,
    them: Option<f64>,
    gap: Option<f64>,
    answered: Option<usize>,
    unsure: Option<usize>,
}

fn detail_round<'a>(q: &Questionnaire, r: &'a RoundDetail, files_shown: bool) -> DetailRound<'a> {
    DetailRound {
        round: round_view(q, &r.round),
        results: files_shown.then(|| {
            r.files
                .iter()
                .map(|f| DetailFile {
                    file: &f.file,
                    respondent: f.respondent.as_deref(),
                    side: f.side,
                    dimensions: r
                        .round
                        .dimensions
                        .iter()
                        .zip(&f.dimensions)
                        .map(|(d, s)| FileDimension {
                            id: &d.id,
                            score: *s,
                        })
                        .collect(),
                    overall: f.overall,
                    coverage: f.coverage,
                    tier: tier(f.tier.as_ref()),
                    notes: f
                        .notes
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect(),
                })
                .collect()
        }),
    }
}

/// `compare --partner NAME --format json`: the partner's figures as in
/// `compare`, then every round (newest first) and each question of the
/// latest round. Each file's own figures (`results`) appear only without
/// an anonymity threshold: with one, no name, path or single file's
/// figure is shown.
pub fn compare_detail(
    q: &Questionnaire,
    analysis: &Analysis,
    detail: &PartnerDetail,
    tally: &Tally,
) -> String {
    let files_shown = analysis.min_respondents <= 1;
    let p = &detail.partner;
    let head = report(q, analysis, Vec::new());
    to_string(&DetailReport {
        partner: partner(q, p, tally),
        schema_version: head.schema_version,
        aggregate: head.aggregate,
        min_respondents: head.min_respondents,
        min_respondents_source: head.min_respondents_source,
        rounds: detail
            .rounds
            .iter()
            .map(|r| detail_round(q, r, files_shown))
            .collect(),
        questions: p
            .questions
            .iter()
            .map(|x| QuestionJson {
                id: &x.id,
                mean: x.mean,
                us: x.us,
                them: x.them,
                gap: x.gap,
                answered: x.answered,
                unsure: x.unsure,
            })
            .collect(),
    })
}
