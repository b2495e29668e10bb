//! From running sums to views: each round's figures (see [`super::figures`])
//! with bands and tiers, a partner's view of its latest round, and its
//! detail (every round, with its files).

use super::agg::PartnerAgg;
use super::figures::{Analysis, QuestionFigures, Suppressed, declined, figures};
use super::view::{
    DimensionView, FileView, PartnerDetail, PartnerView, QuestionView, RoundDetail, RoundPoint,
    RoundView,
};
use crate::engine::assess::TierRef;
use crate::engine::classify::{Reason, Verdict};
use crate::model::answers::Date;
use crate::model::questionnaire::Questionnaire;

/// A round's view from its running sums, with its questions' figures
/// (shown for the latest round only).
fn round(
    q: &Questionnaire,
    a: &Analysis,
    date: Option<Date>,
    agg: &PartnerAgg,
) -> (RoundView, Vec<QuestionFigures>) {
    let f = figures(q, a, &agg.rounds[&date].sums);
    let (tier, reasons) = match f.verdict {
        Some(v) => (tier_ref(q, &v), v.reasons),
        None => (
            None,
            vec![
                match f.fewest.and_then(|w| Some((w.dimension?, w.answered))) {
                    Some((dimension, answered)) => Reason::TooFewAnswers {
                        dimension,
                        answered,
                        minimum: a.min_respondents,
                    },
                    None => Reason::TooFewRespondents {
                        files: f.respondents[0] + f.respondents[1],
                        minimum: a.min_respondents,
                    },
                },
            ],
        ),
    };
    let view = RoundView {
        date,
        respondents: f.respondents,
        suppressed: f.suppressed,
        fewest: f.fewest,
        dimensions: f
            .dimensions
            .into_iter()
            .enumerate()
            .map(|(d, dim)| DimensionView::of(q, d, dim))
            .collect(),
        overall: f.metrics.overall,
        lowest: f.metrics.lowest,
        highest: f.metrics.highest,
        coverage: f.coverage.unwrap_or(0.0),
        max_gap: f.max_gap,
        tier,
        reasons,
    };
    (view, f.questions)
}

/// A round's headline, for the history.
fn point(r: &RoundView) -> RoundPoint {
    RoundPoint {
        date: r.date,
        overall: r.overall,
        tier: r.tier.as_ref().map(light),
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
    let mut rounds: Vec<(RoundView, Vec<QuestionFigures>)> = agg
        .rounds
        .keys()
        .map(|date| round(q, a, *date, &agg))
        .collect();
    let history: Vec<RoundPoint> = rounds.iter().map(|(r, _)| point(r)).collect();
    // With an anonymity threshold no single file is kept: no name, no path,
    // no figure of one person.
    let files = files.map(|f| if a.min_respondents > 1 { Vec::new() } else { f });
    let detail_rounds = files.map(|files| detail_rounds(&rounds, files));
    let (latest, latest_questions) = rounds.pop().expect("a partner has a round");
    let latest_agg = agg.rounds.values().next_back().expect("a round");
    let previous = history.len().checked_sub(2).map(|i| history[i].clone());
    let change = previous
        .as_ref()
        .and_then(|p| Some(latest.overall? - p.overall?));
    let shows_notes = match latest.suppressed {
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
        .zip(latest_questions)
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
    let view = PartnerView {
        partner: agg.name,
        key,
        latest,
        previous,
        change,
        declined: declined(change, &a.flags),
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
    rounds: &[(RoundView, Vec<QuestionFigures>)],
    mut files: Vec<(usize, FileView)>,
) -> Vec<RoundDetail> {
    files.sort_by_key(|(i, _)| *i);
    rounds
        .iter()
        .rev()
        .map(|(r, _)| RoundDetail {
            round: r.clone(),
            files: files
                .iter()
                .filter(|(_, file)| file.round == r.date)
                .map(|(_, file)| file.clone())
                .collect(),
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
