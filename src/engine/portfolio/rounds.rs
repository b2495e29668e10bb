//! From running sums to views: each round's figures (see [`super::figures`])
//! with bands and tiers, a partner's view of its latest round, and its
//! detail (every round, with its files).

use super::aggregate::PartnerAgg;
use super::figures::{Analysis, RoundFigures, Suppressed, declined, figures};
use super::{
    DimensionView, FileView, PartnerDetail, PartnerView, QuestionView, RoundDetail, RoundPoint,
};
use crate::engine::assess::TierRef;
use crate::engine::classify::{Reason, Verdict};
use crate::model::answers::Date;
use crate::model::questionnaire::Questionnaire;

/// A round's figures as the views show them.
struct Round {
    date: Option<Date>,
    figures: RoundFigures,
    dimensions: Vec<DimensionView>,
    tier: Option<TierRef>,
    reasons: Vec<Reason>,
}

impl Round {
    fn new(q: &Questionnaire, a: &Analysis, date: Option<Date>, agg: &PartnerAgg) -> Self {
        let figures = figures(q, a, &agg.rounds[&date].sums);
        let dimensions = figures
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, f)| {
                let dim = &q.dimensions[d];
                let band = f.score.and_then(|v| q.band(d, v));
                DimensionView {
                    id: dim.id.clone(),
                    name: dim.name.clone(),
                    score: f.score,
                    band: band.map(|(_, b)| b.id.clone()),
                    band_label: band.map(|(_, b)| b.label.clone()),
                    band_rank: band.map(|(i, _)| i),
                    spread: f.spread,
                    us: f.us,
                    them: f.them,
                    gap: f.gap,
                    agreement: f.agreement,
                    expected: f.expected,
                    blind_spot: f.blind_spot,
                    flags: f.flags.clone(),
                }
            })
            .collect();
        let (tier, reasons) = match &figures.verdict {
            Some(v) => (tier_ref(q, v), v.reasons.clone()),
            None => (
                None,
                vec![Reason::TooFewRespondents {
                    files: figures.respondents[0] + figures.respondents[1],
                    minimum: a.min_respondents,
                }],
            ),
        };
        Round {
            date,
            figures,
            dimensions,
            tier,
            reasons,
        }
    }

    fn point(&self) -> RoundPoint {
        RoundPoint {
            date: self.date,
            overall: self.figures.metrics.overall,
            tier: self.tier.as_ref().map(light),
        }
    }
}

/// One partner's view from its running figures; with its detail when its
/// files were kept (`files`, with their input index).
pub(super) fn finish_partner(
    q: &Questionnaire,
    a: &Analysis,
    key: String,
    agg: PartnerAgg,
    files: Option<Vec<(usize, FileView)>>,
) -> (PartnerView, Option<PartnerDetail>) {
    let mut rounds: Vec<Round> = agg
        .rounds
        .keys()
        .map(|date| Round::new(q, a, *date, &agg))
        .collect();
    let history: Vec<RoundPoint> = rounds.iter().map(Round::point).collect();
    // With an anonymity threshold no single file is kept: no name, no path,
    // no figure of one person.
    let files = files.map(|f| if a.min_respondents > 1 { Vec::new() } else { f });
    let detail_rounds = files.map(|files| detail_rounds(&rounds, files));
    let latest = rounds.pop().expect("a partner has a round");
    let latest_agg = agg.rounds.values().next_back().expect("a round");
    let previous = history.len().checked_sub(2).map(|i| history[i].clone());
    let change = previous
        .as_ref()
        .and_then(|p| Some(latest.figures.metrics.overall? - p.overall?));
    let shows_notes = match latest.figures.suppressed {
        Suppressed::None => true,
        Suppressed::Sides | Suppressed::Round => false,
    };
    let anonymous = a.min_respondents > 1;
    let mut notes = match (&latest_agg.extra, shows_notes) {
        (Some(extra), true) => extra.notes(),
        _ => Vec::new(),
    };
    if anonymous {
        // With an anonymity threshold a note appears without its author.
        for n in &mut notes {
            n.respondent = None;
            n.file.clear();
        }
    }
    let questions = q
        .questions
        .iter()
        .zip(&latest.figures.questions)
        .map(|(question, f)| QuestionView {
            id: question.id.clone(),
            dimension: question.dimension,
            mean: f.mean,
            us: f.us,
            them: f.them,
            gap: f.gap,
            answered: f.answered,
            unsure: f.unsure,
        })
        .collect();
    let f = &latest.figures;
    let view = PartnerView {
        partner: agg.name,
        key,
        date: latest.date,
        files: f.respondents[0] + f.respondents[1],
        respondents: f.respondents,
        suppressed: f.suppressed,
        overall: f.metrics.overall,
        lowest: f.metrics.lowest,
        highest: f.metrics.highest,
        coverage: f.coverage.unwrap_or(0.0),
        max_gap: f.max_gap,
        declined: declined(change, &a.flags),
        dimensions: latest.dimensions,
        tier: latest.tier,
        reasons: latest.reasons,
        previous,
        change,
        history,
        questions,
        notes,
    };
    let detail = detail_rounds.map(|rounds| PartnerDetail {
        partner: view.clone(),
        rounds,
    });
    (view, detail)
}

/// A partner's rounds, latest first, each with its kept files in input
/// order.
fn detail_rounds(rounds: &[Round], mut files: Vec<(usize, FileView)>) -> Vec<RoundDetail> {
    files.sort_by_key(|(i, _)| *i);
    rounds
        .iter()
        .rev()
        .map(|r| {
            let f = &r.figures;
            RoundDetail {
                date: r.date,
                respondents: f.respondents,
                suppressed: f.suppressed,
                overall: f.metrics.overall,
                lowest: f.metrics.lowest,
                highest: f.metrics.highest,
                coverage: f.coverage.unwrap_or(0.0),
                max_gap: f.max_gap,
                tier: r.tier.clone(),
                reasons: r.reasons.clone(),
                dimensions: r.dimensions.clone(),
                files: files
                    .iter()
                    .filter(|(_, file)| file.round == r.date)
                    .map(|(_, file)| file.clone())
                    .collect(),
            }
        })
        .collect()
}

/// A tier without its summary and advice: rounds other than the current
/// one carry only id, label and rank (memory per partner stays small; the
/// rest is in `q.rubric.tiers[rank]`).
fn light(t: &TierRef) -> TierRef {
    TierRef {
        summary: None,
        advice: None,
        ..t.clone()
    }
}

pub(super) fn tier_ref(q: &Questionnaire, verdict: &Verdict) -> Option<TierRef> {
    verdict.tier.map(|t| TierRef::new(&q.rubric.tiers[t], t))
}
