//! From running sums to figures: each round's dimensions, metrics and
//! verdict, and a partner's view and detail.

use super::aggregate::{PartnerAgg, RoundAgg, mean};
use super::{DimensionView, FileView, PartnerDetail, PartnerView, RoundDetail, RoundPoint};
use crate::engine::assess::TierRef;
use crate::engine::classify::{Reason, Verdict, classify};
use crate::engine::score;
use crate::model::answers::Date;
use crate::model::metrics::Metrics;
use crate::model::questionnaire::Questionnaire;

/// One partner's view from its running figures; with its detail when its
/// files were kept (`files`, with their input index).
pub(super) fn finish_partner(
    q: &Questionnaire,
    key: String,
    agg: PartnerAgg,
    files: Option<Vec<(usize, FileView)>>,
) -> (PartnerView, Option<PartnerDetail>) {
    // Only the rounds before the latest one are needed as figures
    // (history); the latest round's are moved into the view.
    let mut figures: Vec<(Option<Date>, RoundFigures)> = agg
        .rounds
        .iter()
        .map(|(date, r)| (*date, RoundFigures::new(q, r)))
        .collect();
    let history: Vec<RoundPoint> = figures
        .iter()
        .map(|(date, f)| RoundPoint {
            date: *date,
            overall: f.metrics.overall,
            tier: f.tier.as_ref().map(light),
        })
        .collect();
    let detail_rounds = files.map(|files| detail_rounds(&figures, files));
    let (latest_date, latest) = figures.pop().expect("a round");
    let latest_round = agg.rounds.values().next_back().expect("a round");
    let previous = history.len().checked_sub(2).map(|i| history[i].clone());
    let change = previous
        .as_ref()
        .and_then(|p| Some(latest.metrics.overall? - p.overall?));
    let (questions, notes) = latest_round
        .extra
        .as_deref()
        .map_or_else(|| (Vec::new(), Vec::new()), |extra| extra.views(q));
    let view = PartnerView {
        partner: agg.name,
        key,
        date: latest_date,
        files: latest_round.files,
        dimensions: latest.dimensions,
        overall: latest.metrics.overall,
        lowest: latest.metrics.lowest,
        highest: latest.metrics.highest,
        coverage: latest.metrics.coverage,
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
fn detail_rounds(
    figures: &[(Option<Date>, RoundFigures)],
    mut files: Vec<(usize, FileView)>,
) -> Vec<RoundDetail> {
    files.sort_by_key(|(i, _)| *i);
    figures
        .iter()
        .rev()
        .map(|(date, f)| RoundDetail {
            date: *date,
            overall: f.metrics.overall,
            coverage: f.metrics.coverage,
            tier: f.tier.clone(),
            dimensions: f.dimensions.clone(),
            files: files
                .iter()
                .filter(|(_, file)| file.date == *date)
                .map(|(_, file)| file.clone())
                .collect(),
        })
        .collect()
}

/// A round's figures, computed from its running sums.
struct RoundFigures {
    dimensions: Vec<DimensionView>,
    metrics: Metrics,
    tier: Option<TierRef>,
    reasons: Vec<Reason>,
}

impl RoundFigures {
    fn new(q: &Questionnaire, r: &RoundAgg) -> Self {
        let dimensions: Vec<DimensionView> = q
            .dimensions
            .iter()
            .zip(&r.dims)
            .enumerate()
            .map(|(d, (_, agg))| {
                // With `precision`, every score is rounded as computed.
                DimensionView::new(
                    q,
                    d,
                    score::kept(q, mean((agg.sum, agg.n))),
                    (agg.n > 0).then_some(agg.max - agg.min),
                    score::kept(q, mean(agg.sides[0])),
                    score::kept(q, mean(agg.sides[1])),
                )
            })
            .collect();
        let coverage = if r.files > 0 {
            r.coverage / r.files as f64
        } else {
            0.0
        };
        let mut metrics = score::metrics(q, dimensions.iter().map(|d| d.score).collect(), coverage);
        metrics.gaps = dimensions.iter().map(|d| d.gap).collect();
        let verdict = classify(&q.rubric, &metrics, &q.dimension_ids());
        RoundFigures {
            tier: tier_ref(q, &verdict),
            reasons: verdict.reasons,
            dimensions,
            metrics,
        }
    }
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
