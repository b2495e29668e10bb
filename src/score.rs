//! Scoring (SPEC section 2): pure functions from answers to figures.

use crate::answers::Answer;
use crate::questionnaire::{Questionnaire, Scale};
use crate::rubric::Metric;

/// A dimension's score and how much of it was answered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DimensionScore {
    /// Weighted mean of the counted answers; `None` when none was counted.
    pub score: Option<f64>,
    pub answered: usize,
    pub questions: usize,
}

/// The figures a rubric looks at.
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    pub dimensions: Vec<Option<f64>>,
    pub overall: Option<f64>,
    pub lowest: Option<f64>,
    pub highest: Option<f64>,
    /// Counted answers / questions, 0..=1.
    pub coverage: f64,
}

/// What one answers file scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub dimensions: Vec<DimensionScore>,
    pub metrics: Metrics,
}

/// The value an answer counts as: `v`, or `min + max - v` for a reverse
/// question. "Don't know" counts as nothing.
pub fn counted(answer: Answer, reverse: bool, scale: &Scale) -> Option<f64> {
    match answer {
        Answer::Unsure => None,
        Answer::Value(v) if reverse => Some((scale.min + scale.max - v) as f64),
        Answer::Value(v) => Some(v as f64),
    }
}

/// Weighted mean of `(value, weight)` pairs; `None` for no pairs.
pub fn weighted_mean(pairs: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = pairs
        .into_iter()
        .fold((0.0, 0.0), |(s, w), (v, wt)| (s + v * wt, w + wt));
    (weights > 0.0).then(|| sum / weights)
}

/// Scores one set of answers, one slot per question of `q`.
pub fn score(q: &Questionnaire, values: &[Option<Answer>]) -> Assessment {
    let mut counted_total = 0;
    let dimensions: Vec<DimensionScore> = q
        .dimensions
        .iter()
        .map(|dim| {
            let pairs: Vec<(f64, f64)> = q.questions[dim.questions.clone()]
                .iter()
                .zip(&values[dim.questions.clone()])
                .filter_map(|(question, value)| {
                    let v = counted((*value)?, question.reverse, &q.scale)?;
                    Some((v, question.weight))
                })
                .collect();
            counted_total += pairs.len();
            DimensionScore {
                score: weighted_mean(pairs.iter().copied()),
                answered: pairs.len(),
                questions: dim.questions.len(),
            }
        })
        .collect();
    let coverage = counted_total as f64 / q.questions.len() as f64;
    let metrics = Metrics::new(q, dimensions.iter().map(|d| d.score).collect(), coverage);
    Assessment {
        dimensions,
        metrics,
    }
}

impl Metrics {
    /// Overall, lowest and highest from dimension scores (SPEC section 2,
    /// steps 3 and 4). Also used for a portfolio's aggregated scores.
    pub fn new(q: &Questionnaire, dimensions: Vec<Option<f64>>, coverage: f64) -> Self {
        let overall = weighted_mean(
            dimensions
                .iter()
                .zip(&q.dimensions)
                .filter_map(|(s, d)| Some(((*s)?, d.weight))),
        );
        let all: Option<Vec<f64>> = dimensions.iter().copied().collect();
        let (lowest, highest) = match all {
            Some(all) if !all.is_empty() => (
                Some(all.iter().copied().fold(f64::INFINITY, f64::min)),
                Some(all.iter().copied().fold(f64::NEG_INFINITY, f64::max)),
            ),
            _ => (None, None),
        };
        Metrics {
            dimensions,
            overall,
            lowest,
            highest,
            coverage,
        }
    }

    pub fn get(&self, metric: Metric) -> Option<f64> {
        match metric {
            Metric::Overall => self.overall,
            Metric::Lowest => self.lowest,
            Metric::Highest => self.highest,
            Metric::Coverage => Some(self.coverage),
            Metric::Dimension(i) => self.dimensions.get(i).copied().flatten(),
        }
    }

    /// The first dimension with the lowest score, when `lowest` has a value.
    pub fn lowest_dimension(&self) -> Option<usize> {
        let lowest = self.lowest?;
        self.dimensions.iter().position(|s| *s == Some(lowest))
    }

    /// The first dimension with the highest score, when `highest` has a value.
    pub fn highest_dimension(&self) -> Option<usize> {
        let highest = self.highest?;
        self.dimensions.iter().position(|s| *s == Some(highest))
    }
}
