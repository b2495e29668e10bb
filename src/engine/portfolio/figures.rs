//! A round's figures from its running sums, for two sides: each side's
//! score, the dimension's score (the sides weighted equally, or every file
//! once), the gap between the sides, the spread of the files, agreement
//! within each side (rwg(J)), expectations and blind spots, flags, and the
//! anonymity rule that hides what would reveal one person's answers.

use crate::engine::classify::{Verdict, classify};
use crate::engine::score::{self, weighted_mean};
use crate::engine::stats::rwg_j;
use crate::model::metrics::Metrics;
use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::EPSILON;
use crate::model::settings::{Aggregate, Flags, Respondents, Sides};

use super::sums::{RoundSums, Sum};

/// How a portfolio is analysed: the instrument's settings and the
/// anonymity threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Analysis {
    pub aggregate: Aggregate,
    pub flags: Flags,
    /// Rounds or sides with fewer files than this are suppressed (1: none).
    pub min_respondents: usize,
}

impl Analysis {
    /// The instrument's own settings, with no anonymity threshold.
    pub fn of(q: &Questionnaire) -> Self {
        Analysis {
            aggregate: q.aggregate,
            flags: q.flags,
            min_respondents: 1,
        }
    }
}

/// What the anonymity rule hid in a round.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Suppressed {
    #[default]
    None,
    /// A side has fewer files than the threshold: every per-side figure of
    /// both sides is hidden.
    Sides,
    /// The round has fewer files than the threshold: every figure is hidden.
    Round,
}

impl Suppressed {
    pub fn id(self) -> &'static str {
        match self {
            Suppressed::None => "none",
            Suppressed::Sides => "sides",
            Suppressed::Round => "round",
        }
    }
}

/// A dimension's flags, in the order they are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flag {
    Gap,
    Spread,
    LowAgreementUs,
    LowAgreementThem,
    BlindSpotUs,
    BlindSpotThem,
}

impl Flag {
    pub fn id(self) -> &'static str {
        match self {
            Flag::Gap => "gap",
            Flag::Spread => "spread",
            Flag::LowAgreementUs => "low-agreement-us",
            Flag::LowAgreementThem => "low-agreement-them",
            Flag::BlindSpotUs => "blind-spot-us",
            Flag::BlindSpotThem => "blind-spot-them",
        }
    }
}

/// A figure per side: `[us, them]`.
pub type PerSide = [Option<f64>; 2];

/// One dimension's figures in a round.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionFigures {
    pub score: Option<f64>,
    pub spread: Option<f64>,
    pub us: Option<f64>,
    pub them: Option<f64>,
    /// `them - us`.
    pub gap: Option<f64>,
    pub agreement: PerSide,
    pub expected: PerSide,
    /// `[them - expected.us, us - expected.them]`.
    pub blind_spot: PerSide,
    pub flags: Vec<Flag>,
}

/// One question's figures in a round.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuestionFigures {
    /// The sides' means combined as a dimension's score combines sides.
    pub mean: Option<f64>,
    pub us: Option<f64>,
    pub them: Option<f64>,
    pub gap: Option<f64>,
    /// Counted answers; `None` when the round is suppressed.
    pub answered: Option<usize>,
    pub unsure: Option<usize>,
}

/// A round's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundFigures {
    pub respondents: [usize; 2],
    pub suppressed: Suppressed,
    pub dimensions: Vec<DimensionFigures>,
    pub questions: Vec<QuestionFigures>,
    /// Overall, lowest, highest, coverage (coverage is 0 when suppressed:
    /// see [`RoundFigures::coverage`]).
    pub metrics: Metrics,
    pub coverage: Option<f64>,
    pub max_gap: Option<f64>,
    /// `None` when the round is suppressed.
    pub verdict: Option<Verdict>,
}

/// `v` at or above `threshold`, within the tolerance.
fn at_least(v: Option<f64>, threshold: f64) -> bool {
    v.is_some_and(|v| v >= threshold - EPSILON)
}

/// `v` below `threshold`, beyond the tolerance.
fn below(v: Option<f64>, threshold: f64) -> bool {
    v.is_some_and(|v| v < threshold - EPSILON)
}

/// Computes a round's figures.
pub fn figures(q: &Questionnaire, a: &Analysis, sums: &RoundSums) -> RoundFigures {
    let n = a.min_respondents;
    let suppressed = if sums.total() < n {
        Suppressed::Round
    } else if sums.files.iter().any(|&f| f > 0 && f < n) {
        Suppressed::Sides
    } else {
        Suppressed::None
    };
    if suppressed == Suppressed::Round {
        // Too few files for any figure: counts only.
        return RoundFigures {
            respondents: sums.files,
            suppressed,
            dimensions: vec![DimensionFigures::default(); q.dimensions.len()],
            questions: vec![QuestionFigures::default(); q.questions.len()],
            metrics: score::metrics(q, vec![None; q.dimensions.len()], 0.0),
            coverage: None,
            max_gap: None,
            verdict: None,
        };
    }
    let precise = |v: f64| score::kept(q, Some(v)).unwrap_or(v);
    let side_score = |d: usize, s: usize| -> Option<f64> {
        match a.aggregate.respondents {
            Respondents::Files => sums.dims[d].sides[s].mean().map(precise),
            Respondents::Statements => statements(q, d, |i| sums.questions[i].side_sums[s]),
        }
    };
    let pooled_score = |d: usize| -> Option<f64> {
        match a.aggregate.respondents {
            Respondents::Files => sums.dims[d].all.mean().map(precise),
            Respondents::Statements => statements(q, d, |i| sums.questions[i].all),
        }
    };
    let points = (q.scale.max as f64) - (q.scale.min as f64) + 1.0;
    let shown_sides = suppressed == Suppressed::None;
    let dimensions: Vec<DimensionFigures> = (0..q.dimensions.len())
        .map(|d| {
            let us = side_score(d, 0);
            let them = side_score(d, 1);
            let score = match a.aggregate.sides {
                Sides::Equal => match (us, them) {
                    (Some(u), Some(t)) => Some(precise((u + t) / 2.0)),
                    (u, t) => u.or(t),
                },
                Sides::Pooled => pooled_score(d),
            };
            let agg = &sums.dims[d];
            let agreement = [0, 1].map(|s| {
                let enough = n <= 1 || sums.files[s] >= 3;
                let variances: Vec<f64> = q.dimensions[d]
                    .questions
                    .clone()
                    .filter_map(|i| sums.questions[i].sides[s].sample_variance())
                    .collect();
                rwg_j(&variances, points).filter(|_| enough)
            });
            let expected = [agg.expected[0].mean(), agg.expected[1].mean()];
            let mut f = DimensionFigures {
                score,
                spread: (agg.all.n > 0).then_some(agg.max - agg.min),
                us,
                them,
                gap: us.zip(them).map(|(u, t)| t - u),
                agreement,
                expected,
                blind_spot: [
                    them.zip(expected[0]).map(|(t, e)| t - e),
                    us.zip(expected[1]).map(|(u, e)| u - e),
                ],
                flags: Vec::new(),
            };
            if !shown_sides {
                f = DimensionFigures {
                    score: f.score,
                    ..DimensionFigures::default()
                };
            }
            f.flags = flags(f.gap, f.spread, f.agreement, f.blind_spot, &a.flags);
            f
        })
        .collect();
    let questions = sums
        .questions
        .iter()
        .map(|agg| {
            let us = agg.side_sums[0].mean();
            let them = agg.side_sums[1].mean();
            let mean = match a.aggregate.sides {
                Sides::Equal => match (us, them) {
                    (Some(u), Some(t)) => Some((u + t) / 2.0),
                    (u, t) => u.or(t),
                },
                Sides::Pooled => agg.all.mean(),
            };
            let figures = QuestionFigures {
                mean,
                us,
                them,
                gap: us.zip(them).map(|(u, t)| t - u),
                answered: Some(agg.all.n),
                unsure: Some(agg.unsure[0] + agg.unsure[1]),
            };
            if shown_sides {
                figures
            } else {
                QuestionFigures {
                    us: None,
                    them: None,
                    gap: None,
                    ..figures
                }
            }
        })
        .collect();
    let coverage = sums.coverage / sums.total().max(1) as f64;
    let mut metrics = score::metrics(q, dimensions.iter().map(|d| d.score).collect(), coverage);
    // gap() and max_gap read the gaps shown: none when the sides are hidden.
    metrics.gaps = dimensions.iter().map(|d| d.gap).collect();
    let max_gap = dimensions
        .iter()
        .filter_map(|d| d.gap.map(f64::abs))
        .fold(None, |m: Option<f64>, g| Some(m.map_or(g, |m| m.max(g))));
    let verdict = classify(&q.rubric, &metrics, &q.dimension_ids());
    RoundFigures {
        respondents: sums.files,
        suppressed,
        dimensions,
        questions,
        metrics,
        coverage: Some(coverage),
        max_gap,
        verdict: Some(verdict),
    }
}

/// A side's (or all files') score for dimension `d` in `statements` mode:
/// the weighted mean of the question means that exist, rounded.
fn statements(q: &Questionnaire, d: usize, sum: impl Fn(usize) -> Sum) -> Option<f64> {
    let pairs: Vec<(f64, f64)> = q.dimensions[d]
        .questions
        .clone()
        .filter_map(|i| Some((sum(i).mean()?, q.questions[i].weight)))
        .collect();
    score::kept(q, weighted_mean(&pairs))
}

/// A dimension's flags, in order, from the figures shown.
pub(super) fn flags(
    gap: Option<f64>,
    spread: Option<f64>,
    agreement: PerSide,
    blind_spot: PerSide,
    t: &Flags,
) -> Vec<Flag> {
    let mut out = Vec::new();
    if at_least(gap.map(f64::abs), t.gap) {
        out.push(Flag::Gap);
    }
    if at_least(spread, t.spread) {
        out.push(Flag::Spread);
    }
    if below(agreement[0], t.agreement) {
        out.push(Flag::LowAgreementUs);
    }
    if below(agreement[1], t.agreement) {
        out.push(Flag::LowAgreementThem);
    }
    if at_least(blind_spot[0].map(f64::abs), t.gap) {
        out.push(Flag::BlindSpotUs);
    }
    if at_least(blind_spot[1].map(f64::abs), t.gap) {
        out.push(Flag::BlindSpotThem);
    }
    out
}

/// `change <= -decline`, within the tolerance.
pub fn declined(change: Option<f64>, t: &Flags) -> bool {
    change.is_some_and(|c| c <= -t.decline + EPSILON)
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
