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
    /// Rounds, sides, dimensions and questions with fewer answers than
    /// this are suppressed (1: none).
    pub min_respondents: usize,
    /// Where `min_respondents` came from.
    pub min_respondents_source: ThresholdSource,
}

/// Where the anonymity threshold came from: a flag, the project file, the
/// partner report's own minimum, or the built-in default of 1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ThresholdSource {
    Flag,
    Project,
    Audience,
    #[default]
    Default,
}

impl ThresholdSource {
    pub fn id(self) -> &'static str {
        match self {
            ThresholdSource::Flag => "flag",
            ThresholdSource::Project => "project",
            ThresholdSource::Audience => "audience",
            ThresholdSource::Default => "default",
        }
    }
}

/// An anonymity threshold and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold {
    pub n: usize,
    pub source: ThresholdSource,
}

impl Threshold {
    /// No threshold (1), by default.
    pub const NONE: Threshold = Threshold {
        n: 1,
        source: ThresholdSource::Default,
    };
}

impl Analysis {
    /// The instrument's own settings, with no anonymity threshold.
    pub fn of(q: &Questionnaire) -> Self {
        Analysis {
            aggregate: q.aggregate,
            flags: q.flags,
            min_respondents: 1,
            min_respondents_source: ThresholdSource::Default,
        }
    }
}

/// What the anonymity rule hid in a round.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Suppressed {
    #[default]
    None,
    /// On some dimension a side has fewer answers than the threshold:
    /// every per-side figure of both sides is hidden, and the combined
    /// figures pool every file once.
    Sides,
    /// The round has fewer files than the threshold, or some dimension in
    /// the overall score fewer answers: every figure is hidden.
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
    /// Its figures are hidden by the anonymity threshold (some answered,
    /// fewer than the threshold).
    pub hidden: bool,
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
    /// Why figures are hidden (none when nothing is).
    pub fewest: Option<Fewest>,
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

/// Who answered a dimension: `n(d, side)` for each side and `n(d)` for
/// both. With `respondents = "files"` the files that give `d` a score;
/// with `"statements"` the least number of counted answers to any of its
/// questions that has one. 0 when none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Answered {
    pub sides: [usize; 2],
    pub all: usize,
}

/// `n(d, side)` and `n(d)` of dimension `d` in a round.
pub fn answered(q: &Questionnaire, a: &Analysis, sums: &RoundSums, d: usize) -> Answered {
    match a.aggregate.respondents {
        Respondents::Files => Answered {
            sides: [sums.dims[d].sides[0].n, sums.dims[d].sides[1].n],
            all: sums.dims[d].all.n,
        },
        Respondents::Statements => {
            let least = |n: &dyn Fn(usize) -> usize| {
                q.dimensions[d]
                    .questions
                    .clone()
                    .map(n)
                    .filter(|&n| n > 0)
                    .min()
                    .unwrap_or(0)
            };
            Answered {
                sides: [0, 1].map(|s| least(&|i| sums.questions[i].side_sums[s].n)),
                all: least(&|i| sums.questions[i].all.n),
            }
        }
    }
}

/// `0 < n < threshold`: too few to show, but some.
fn few(n: usize, threshold: usize) -> bool {
    n > 0 && n < threshold
}

/// Why a round's or a side's figures are hidden: the dimension with the
/// fewest answers (none when the round has too few files), its side (none
/// for the whole round) and their number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fewest {
    pub dimension: Option<usize>,
    pub side: Option<usize>,
    pub answered: usize,
}

/// What the threshold hides in a round, and why.
fn suppression(
    q: &Questionnaire,
    n: usize,
    sums: &RoundSums,
    counts: &[Answered],
) -> (Suppressed, Vec<bool>, Option<Fewest>) {
    // A dimension out of the overall with too few answers is hidden alone.
    let hidden: Vec<bool> = (0..q.dimensions.len())
        .map(|d| !q.dimensions[d].in_overall && few(counts[d].all, n))
        .collect();
    if sums.total() < n {
        let fewest = Fewest {
            dimension: None,
            side: None,
            answered: sums.total(),
        };
        return (Suppressed::Round, hidden, Some(fewest));
    }
    let round = (0..q.dimensions.len())
        .filter(|&d| q.dimensions[d].in_overall && few(counts[d].all, n))
        .min_by_key(|&d| counts[d].all);
    if let Some(d) = round {
        let fewest = Fewest {
            dimension: Some(d),
            side: None,
            answered: counts[d].all,
        };
        return (Suppressed::Round, hidden, Some(fewest));
    }
    let sides = (0..q.dimensions.len())
        .filter(|&d| !hidden[d])
        .flat_map(|d| [0, 1].map(|s| (d, s)))
        .filter(|&(d, s)| few(counts[d].sides[s], n))
        .min_by_key(|&(d, s)| counts[d].sides[s]);
    match sides {
        Some((d, s)) => {
            let fewest = Fewest {
                dimension: Some(d),
                side: Some(s),
                answered: counts[d].sides[s],
            };
            (Suppressed::Sides, hidden, Some(fewest))
        }
        None => (Suppressed::None, hidden, None),
    }
}

/// A question's figures may be shown: each side has 0 or at least `n`
/// counted answers, and both together at least `n`.
fn question_shown(answers: [usize; 2], n: usize) -> bool {
    answers.iter().all(|&a| !few(a, n)) && answers[0] + answers[1] >= n
}

/// Computes a round's figures.
pub fn figures(q: &Questionnaire, a: &Analysis, sums: &RoundSums) -> RoundFigures {
    let n = a.min_respondents;
    let counts: Vec<Answered> = (0..q.dimensions.len())
        .map(|d| answered(q, a, sums, d))
        .collect();
    let (suppressed, hidden, fewest) = suppression(q, n, sums, &counts);
    if suppressed == Suppressed::Round {
        // Too few answers for any figure: counts only.
        return RoundFigures {
            respondents: sums.files,
            suppressed,
            fewest,
            dimensions: vec![DimensionFigures::default(); q.dimensions.len()],
            questions: vec![QuestionFigures::default(); q.questions.len()],
            metrics: score::metrics(q, vec![None; q.dimensions.len()], 0.0),
            coverage: None,
            max_gap: None,
            verdict: None,
        };
    }
    let shown_sides = suppressed == Suppressed::None;
    // Under "sides" the combined figures count every file once, so that no
    // two outputs combine the same sides in two ways.
    let sides_mode = if shown_sides {
        a.aggregate.sides
    } else {
        Sides::Pooled
    };
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
    let dimensions: Vec<DimensionFigures> = (0..q.dimensions.len())
        .map(|d| {
            if hidden[d] {
                return DimensionFigures {
                    hidden: true,
                    ..DimensionFigures::default()
                };
            }
            let us = side_score(d, 0);
            let them = side_score(d, 1);
            let score = match sides_mode {
                Sides::Equal => match (us, them) {
                    (Some(u), Some(t)) => Some(precise((u + t) / 2.0)),
                    (u, t) => u.or(t),
                },
                Sides::Pooled => pooled_score(d),
            };
            let agg = &sums.dims[d];
            // Agreement of a side needs max(3, N) files scoring d on it.
            let agreement = [0, 1].map(|s| {
                let enough = agg.sides[s].n >= n.max(3);
                let variances: Vec<f64> = q.dimensions[d]
                    .questions
                    .clone()
                    .filter_map(|i| sums.questions[i].sides[s].sample_variance())
                    .collect();
                rwg_j(&variances, points).filter(|_| enough)
            });
            // Expectations of a side need N values on it.
            let expected =
                [0, 1].map(|s| agg.expected[s].mean().filter(|_| agg.expected[s].n >= n));
            // Spread needs N + 2 files scoring d under a threshold.
            let spread_shown = n <= 1 || agg.all.n >= n + 2;
            let mut f = DimensionFigures {
                score,
                spread: (agg.all.n > 0 && spread_shown).then_some(agg.max - agg.min),
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
                hidden: false,
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
        .enumerate()
        .map(|(i, agg)| {
            let counted = [agg.side_sums[0].n, agg.side_sums[1].n];
            let dimension_hidden = hidden[q.questions[i].dimension];
            let answered = Some(agg.all.n);
            let unsure = Some(agg.unsure[0] + agg.unsure[1]);
            if dimension_hidden || !question_shown(counted, n) {
                return QuestionFigures {
                    answered,
                    unsure,
                    ..QuestionFigures::default()
                };
            }
            let us = agg.side_sums[0].mean();
            let them = agg.side_sums[1].mean();
            let mean = match sides_mode {
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
                answered,
                unsure,
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
        fewest,
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
