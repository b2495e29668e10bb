//! Classification: the tier an assessment reaches, and why, as data.
//!
//! [`classify`] is a pure function of a rubric and the [`Metrics`] of an
//! assessment. Its reasons are structured ([`Reason`]); the words people
//! read are made from them in `present::words`.

use crate::model::metrics::{Metric, Metrics};
use crate::model::rubric::{Condition, EPSILON, Op, Operand, Rubric, Tier};

/// The tier an assessment reaches, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Index into [`Rubric::tiers`]; `None` when coverage is too low.
    pub tier: Option<usize>,
    pub reasons: Vec<Reason>,
}

/// One condition checked against the figures: self-contained data (ids
/// and labels included), so it can be shown or exported without the rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The id and label of the tier the condition belongs to.
    pub tier: String,
    pub tier_label: String,
    /// The metric as the condition names it: `overall`, `lowest`, a dimension id…
    pub metric: String,
    /// For `lowest` and `highest`: the id of the dimension the value comes from.
    pub dimension: Option<String>,
    pub op: Op,
    /// The right-hand side's value: the number written, or the value of the
    /// metric named there (`None` when it has none).
    pub threshold: Option<f64>,
    /// When the right-hand side is a metric: its name.
    pub against: Option<String>,
    /// The metric's value; `None` when it has none.
    pub value: Option<f64>,
}

/// Why a verdict is what it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Too few questions were answered to give a tier.
    CoverageBelowMinimum { coverage: f64, minimum: f64 },
    /// The chosen tier (this label) has no conditions: no tier above it matched.
    Fallback { tier_label: String },
    /// Every condition of the chosen tier held.
    Held {
        tier_label: String,
        checks: Vec<Check>,
    },
    /// A condition of the tier just above the chosen one did not hold.
    Missed(Check),
    /// No tier matched (a rubric without a fallback; validation prevents it).
    NoTierMatched,
    /// The round has fewer files than the anonymity threshold: no figure
    /// and no tier are shown.
    TooFewRespondents { files: usize, minimum: usize },
    /// A dimension in the overall score was answered by fewer people than
    /// the anonymity threshold (but some): no figure and no tier are shown.
    TooFewAnswers {
        dimension: usize,
        answered: usize,
        minimum: usize,
    },
}

/// The first matching tier, with the reasons: which conditions of the
/// chosen tier held, and which of the tier just above did not.
pub fn classify(rubric: &Rubric, metrics: &Metrics, dimension_ids: &[&str]) -> Verdict {
    let name = |m: Metric| m.name(dimension_ids, &rubric.band_ids);
    if metrics.coverage < rubric.min_coverage - EPSILON {
        return Verdict {
            tier: None,
            reasons: vec![Reason::CoverageBelowMinimum {
                coverage: metrics.coverage,
                minimum: rubric.min_coverage,
            }],
        };
    }
    let Some(chosen) = rubric
        .tiers
        .iter()
        .position(|t| t.when.iter().all(|c| c.holds(metrics)))
    else {
        return Verdict {
            tier: None,
            reasons: vec![Reason::NoTierMatched],
        };
    };
    let check = |tier: &Tier, c: &Condition| Check {
        tier: tier.id.clone(),
        tier_label: tier.label.clone(),
        metric: name(c.metric),
        dimension: metrics
            .dimension_behind(c.metric)
            .map(|i| dimension_ids[i].to_owned()),
        op: c.op,
        threshold: c.against.value(metrics),
        against: match c.against {
            Operand::Metric(m) => Some(name(m)),
            Operand::Number(_) => None,
        },
        value: metrics.get(c.metric),
    };
    let tier = &rubric.tiers[chosen];
    let mut reasons = vec![if tier.when.is_empty() {
        Reason::Fallback {
            tier_label: tier.label.clone(),
        }
    } else {
        Reason::Held {
            tier_label: tier.label.clone(),
            checks: tier.when.iter().map(|c| check(tier, c)).collect(),
        }
    }];
    if let Some(above) = chosen.checked_sub(1).map(|i| &rubric.tiers[i]) {
        for c in above.when.iter().filter(|c| !c.holds(metrics)) {
            reasons.push(Reason::Missed(check(above, c)));
        }
    }
    Verdict {
        tier: Some(chosen),
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::score::tests::questionnaire;

    fn metrics(a: Option<f64>, b: Option<f64>, coverage: f64) -> Metrics {
        crate::engine::score::metrics(&questionnaire(), vec![a, b], coverage)
    }

    fn tier(m: &Metrics) -> Option<String> {
        let q = questionnaire();
        classify(&q.rubric, m, &q.dimension_ids())
            .tier
            .map(|t| q.rubric.tiers[t].id.clone())
    }

    #[test]
    fn first_matching_tier_wins() {
        assert_eq!(
            tier(&metrics(Some(4.5), Some(4.5), 1.0)).as_deref(),
            Some("top")
        );
        assert_eq!(
            tier(&metrics(Some(3.0), Some(4.5), 1.0)).as_deref(),
            Some("mid")
        );
        assert_eq!(
            tier(&metrics(Some(2.0), Some(4.5), 1.0)).as_deref(),
            Some("bottom")
        );
    }

    #[test]
    fn ge_holds_at_the_boundary_and_gt_does_not() {
        // overall is exactly 4: `overall > 4` fails, `lowest >= 4` holds.
        let m = metrics(Some(4.0), Some(4.0), 1.0);
        assert_eq!(m.overall, Some(4.0));
        assert_eq!(tier(&m).as_deref(), Some("mid"));
        // `a >= 3` at exactly 3 holds.
        assert_eq!(
            tier(&metrics(Some(3.0), Some(1.0), 1.0)).as_deref(),
            Some("mid")
        );
        assert_eq!(
            tier(&metrics(Some(2.999), Some(1.0), 1.0)).as_deref(),
            Some("bottom")
        );
    }

    #[test]
    fn a_condition_on_a_metric_without_value_is_false() {
        // `a` has no score: `a >= 3` is false, `lowest` has no value.
        assert_eq!(
            tier(&metrics(None, Some(5.0), 1.0)).as_deref(),
            Some("bottom")
        );
    }

    #[test]
    fn coverage_below_the_minimum_gives_no_tier() {
        let q = questionnaire();
        let m = metrics(Some(5.0), Some(5.0), 0.4);
        let verdict = classify(&q.rubric, &m, &q.dimension_ids());
        assert_eq!(verdict.tier, None);
        assert_eq!(
            verdict.reasons,
            [Reason::CoverageBelowMinimum {
                coverage: 0.4,
                minimum: 0.5
            }]
        );
        // exactly at the minimum is enough, floating-point noise included
        for coverage in [0.5, 0.5 - 1e-16] {
            assert_eq!(
                tier(&metrics(Some(5.0), Some(5.0), coverage)).as_deref(),
                Some("top")
            );
        }
    }
}
