//! Scoring: pure functions from answers to figures.

use crate::model::answers::Answer;
use crate::model::metrics::Metrics;
use crate::model::questionnaire::{Questionnaire, Scale};
use crate::model::rubric::EPSILON;

/// A dimension's score and how much of it was answered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DimensionScore {
    /// Weighted mean of the counted answers; `None` when none was counted.
    pub score: Option<f64>,
    pub answered: usize,
    pub questions: usize,
}

/// What one answers file scores.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreResult {
    pub dimensions: Vec<DimensionScore>,
    pub metrics: Metrics,
}

/// The value an answer counts as: `v`, or `min + max - v` for a reverse
/// question. "Don't know" counts as nothing.
pub fn counted(answer: Answer, reverse: bool, scale: &Scale) -> Option<f64> {
    match answer {
        Answer::Unsure => None,
        // In i128: a scale near the ends of i64 must not overflow.
        Answer::Value(v) if reverse => {
            Some((i128::from(scale.min) + i128::from(scale.max) - i128::from(v)) as f64)
        }
        Answer::Value(v) => Some(v as f64),
    }
}

/// Weighted mean of `(value, weight)` pairs; `None` for no pairs. Weights
/// are first scaled by a power of two (exact in floating point, so the
/// result is the same) that brings the largest near 1: huge weights cannot
/// overflow, and tiny (subnormal) ones cannot vanish. The power is applied
/// in two halves, since 2^1074 itself is beyond `f64`.
pub fn weighted_mean(pairs: &[(f64, f64)]) -> Option<f64> {
    let largest = pairs.iter().map(|&(_, w)| w).fold(0.0, f64::max);
    if largest <= 0.0 || !largest.is_finite() {
        return None;
    }
    let exponent = -(largest.log2().floor() as i32);
    let (half, rest) = (2f64.powi(exponent / 2), 2f64.powi(exponent - exponent / 2));
    let (sum, weights) = pairs.iter().fold((0.0, 0.0), |(s, total), &(v, w)| {
        let w = w * half * rest;
        (s + v * w, total + w)
    });
    Some(sum / weights)
}

/// `value` rounded half away from zero to `decimals` decimals. A value
/// within [`EPSILON`] (in score units) of a half counts as the half, so a
/// mean that is 3.625 on paper rounds up to 3.63 even when binary makes it
/// 3.6249999999999996.
pub fn round(value: f64, decimals: u32) -> f64 {
    if !value.is_finite() {
        return value;
    }
    let factor = 10f64.powi(decimals as i32);
    let scaled = value.abs() * factor;
    let floor = scaled.floor();
    let up = scaled - floor >= 0.5 - EPSILON * factor;
    let rounded = (floor + if up { 1.0 } else { 0.0 }) / factor;
    rounded.copysign(value)
}

/// A score as the rubric keeps it: rounded when it sets `precision`.
pub fn kept(q: &Questionnaire, value: Option<f64>) -> Option<f64> {
    match q.rubric.precision {
        Some(p) => value.map(|v| round(v, p)),
        None => value,
    }
}

/// Scores one set of answers, one slot per question of `q`.
pub fn score(q: &Questionnaire, values: &[Option<Answer>]) -> ScoreResult {
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
                score: kept(q, weighted_mean(&pairs)),
                answered: pairs.len(),
                questions: dim.questions.len(),
            }
        })
        .collect();
    let coverage = counted_total as f64 / q.questions.len() as f64;
    let metrics = metrics(q, dimensions.iter().map(|d| d.score).collect(), coverage);
    ScoreResult {
        dimensions,
        metrics,
    }
}

/// Overall, lowest, highest and the band counts from dimension scores (as
/// kept: rounded already when the rubric sets `precision`), over the
/// dimensions in overall. Also used for a portfolio's aggregated scores,
/// which then set [`Metrics::gaps`].
pub fn metrics(q: &Questionnaire, dimensions: Vec<Option<f64>>, coverage: f64) -> Metrics {
    let in_overall = || {
        dimensions
            .iter()
            .enumerate()
            .filter(|(d, _)| q.dimensions[*d].in_overall)
    };
    let scored: Vec<(f64, f64)> = in_overall()
        .filter_map(|(d, s)| Some(((*s)?, q.dimensions[d].weight)))
        .collect();
    let overall = kept(q, weighted_mean(&scored));
    let all: Option<Vec<(usize, f64)>> = in_overall().map(|(d, s)| Some((d, (*s)?))).collect();
    let (mut lowest_at, mut highest_at) = (None, None);
    for &(d, s) in all.iter().flatten() {
        if lowest_at.is_none_or(|(_, l)| s < l) {
            lowest_at = Some((d, s));
        }
        if highest_at.is_none_or(|(_, h)| s > h) {
            highest_at = Some((d, s));
        }
    }
    let mut counts = vec![0; q.rubric.band_ids.len()];
    for (d, s) in in_overall() {
        let band = s.and_then(|s| q.band(d, s));
        if let Some(slot) =
            band.and_then(|(_, b)| q.rubric.band_ids.iter().position(|id| *id == b.id))
        {
            counts[slot] += 1;
        }
    }
    Metrics {
        dimensions,
        overall,
        lowest: kept(q, lowest_at.map(|(_, s)| s)),
        highest: kept(q, highest_at.map(|(_, s)| s)),
        coverage,
        counts,
        gaps: Vec::new(),
        lowest_at: lowest_at.map(|(d, _)| d),
        highest_at: highest_at.map(|(d, _)| d),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::diag::Source;
    use crate::model::rubric::{Condition, Names, Tier};

    /// Two dimensions on a 1..5 scale: `a` (a1, a2 reverse, a3 weight 2)
    /// and `b` (b1, b2), dimension `b` weighted 3.
    pub(crate) const TOML: &str = r#"
id = "t"
title = "T"
version = "1"
[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]
[[dimension]]
id = "a"
name = "A"
[[dimension.question]]
id = "a1"
text = "A1"
[[dimension.question]]
id = "a2"
text = "A2"
reverse = true
[[dimension.question]]
id = "a3"
text = "A3"
weight = 2.0
[[dimension]]
id = "b"
name = "B"
weight = 3
[[dimension.question]]
id = "b1"
text = "B1"
[[dimension.question]]
id = "b2"
text = "B2"
[rubric]
min_coverage = 0.5
[[rubric.band]]
id = "high"
label = "High"
min = 4
[[rubric.band]]
id = "low"
label = "Low"
min = 1
[[rubric.tier]]
id = "top"
label = "Top"
when = ["lowest >= 4", "overall > 4"]
[[rubric.tier]]
id = "mid"
label = "Mid"
when = ["a >= 3"]
[[rubric.tier]]
id = "bottom"
label = "Bottom"
when = []
"#;

    pub(crate) fn questionnaire() -> Questionnaire {
        Questionnaire::from_toml(Source::new("t.toml", TOML)).expect("test questionnaire is valid")
    }

    /// One condition, parsed against `q`'s dimensions and bands.
    pub(crate) fn condition(q: &Questionnaire, text: &str) -> Result<Condition, String> {
        let dimension = |id: &str| q.dimension_index(id);
        let band = |id: &str| q.rubric.band_ids.iter().position(|b| b == id);
        Condition::parse(
            text,
            &Names {
                dimension: &dimension,
                band: &band,
            },
        )
    }

    /// `q` with these tiers (`t0`, `t1`, …) in place of its own.
    pub(crate) fn with_tiers(mut q: Questionnaire, tiers: &[&[&str]]) -> Questionnaire {
        q.rubric.tiers = tiers
            .iter()
            .enumerate()
            .map(|(i, when)| Tier {
                id: format!("t{i}"),
                label: format!("T{i}"),
                summary: None,
                advice: None,
                shared_label: None,
                shared_advice: None,
                when: when.iter().map(|c| condition(&q, c).unwrap()).collect(),
            })
            .collect();
        q
    }

    fn v(x: i64) -> Option<Answer> {
        Some(Answer::Value(x))
    }

    #[test]
    fn reverse_answers_count_from_the_other_end() {
        let q = questionnaire();
        assert_eq!(counted(Answer::Value(2), true, &q.scale), Some(4.0));
        assert_eq!(counted(Answer::Value(2), false, &q.scale), Some(2.0));
        assert_eq!(counted(Answer::Unsure, false, &q.scale), None);
    }

    #[test]
    fn dimension_scores_are_weighted_means() {
        let q = questionnaire();
        // a: 5, reverse 1 -> 5, 2 with weight 2: (5 + 5 + 4) / 4 = 3.5
        let a = score(&q, &[v(5), v(1), v(2), v(4), v(2)]);
        assert_eq!(a.dimensions[0].score, Some(3.5));
        assert_eq!(a.dimensions[1].score, Some(3.0));
        // overall: (3.5 * 1 + 3.0 * 3) / 4
        assert_eq!(a.metrics.overall, Some(3.125));
        assert_eq!(a.metrics.lowest, Some(3.0));
        assert_eq!(a.metrics.highest, Some(3.5));
        assert_eq!(a.metrics.coverage, 1.0);
    }

    #[test]
    fn huge_weights_and_scales_stay_finite() {
        assert_eq!(weighted_mean(&[(4.0, 1e308), (2.0, 1e308)]), Some(3.0));
        assert_eq!(weighted_mean(&[(4.0, 3.0), (2.0, 1.0)]), Some(3.5));
        assert_eq!(weighted_mean(&[]), None);
        let scale = Scale {
            min: i64::MAX - 1,
            max: i64::MAX,
            labels: vec!["a".into(), "b".into()],
            allow_unsure: true,
            unsure: None,
        };
        assert_eq!(
            counted(Answer::Value(i64::MAX), true, &scale),
            Some((i64::MAX - 1) as f64)
        );
    }

    #[test]
    fn unsure_and_missing_answers_are_not_counted() {
        let q = questionnaire();
        let a = score(&q, &[v(4), Some(Answer::Unsure), None, v(5), None]);
        assert_eq!(a.dimensions[0].score, Some(4.0));
        assert_eq!(a.dimensions[0].answered, 1);
        assert_eq!(a.dimensions[1].answered, 1);
        assert_eq!(a.metrics.coverage, 2.0 / 5.0);
    }

    #[test]
    fn a_dimension_with_no_counted_answer_has_no_score() {
        let q = questionnaire();
        let a = score(
            &q,
            &[Some(Answer::Unsure), None, Some(Answer::Unsure), v(4), v(5)],
        );
        assert_eq!(a.dimensions[0].score, None);
        // overall uses the dimensions that have a score
        assert_eq!(a.metrics.overall, Some(4.5));
        // lowest and highest need every dimension
        assert_eq!(a.metrics.lowest, None);
        assert_eq!(a.metrics.highest, None);
    }

    #[test]
    fn no_answers_at_all_give_no_overall() {
        let q = questionnaire();
        let a = score(&q, &[None; 5]);
        assert_eq!(a.metrics.overall, None);
        assert_eq!(a.metrics.coverage, 0.0);
    }

    #[test]
    fn lowest_and_highest_name_their_dimension() {
        let q = questionnaire();
        let m = metrics(&q, vec![Some(2.0), Some(4.0)], 1.0);
        assert_eq!(m.lowest_dimension(), Some(0));
        assert_eq!(m.highest_dimension(), Some(1));
        assert_eq!(
            m.get(crate::model::metrics::Metric::Dimension(1)),
            Some(4.0)
        );
        assert_eq!(m.get(crate::model::metrics::Metric::Coverage), Some(1.0));
    }
}
