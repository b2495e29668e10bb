//! The rubric: bands for dimension scores, tiers for the whole relationship,
//! and the conditions that choose a tier. Choosing the tier is the engine's
//! work ([`crate::engine::classify`]).

use std::fmt;

pub use crate::model::metrics::{Metric, Metrics};

/// Differences below this are floating-point noise, not differences in the
/// answers: scores are means of small integers, so real differences are
/// many orders of magnitude larger.
pub const EPSILON: f64 = 1e-9;

#[derive(Debug, Clone)]
pub struct Rubric {
    /// 0..=1; below it no tier is given.
    pub min_coverage: f64,
    /// Ordered from the highest `min` down.
    pub bands: Vec<Band>,
    /// Ordered from the best tier down; the last one always matches.
    pub tiers: Vec<Tier>,
}

#[derive(Debug, Clone)]
pub struct Band {
    pub id: String,
    pub label: String,
    pub min: f64,
}

#[derive(Debug, Clone)]
pub struct Tier {
    pub id: String,
    pub label: String,
    pub summary: Option<String>,
    pub advice: Option<String>,
    pub when: Vec<Condition>,
}

/// `METRIC OP NUMBER`, e.g. `lowest >= 3.5`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub metric: Metric,
    pub op: Op,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Ge,
    Gt,
    Le,
    Lt,
}

impl Op {
    /// Compares with a tolerance of [`EPSILON`]: a mean that is exactly 3 on
    /// paper but 2.9999999999999996 in floating point still meets `>= 3`,
    /// and does not meet `> 3`.
    pub fn holds(self, left: f64, right: f64) -> bool {
        match self {
            Op::Ge => left >= right - EPSILON,
            Op::Gt => left > right + EPSILON,
            Op::Le => left <= right + EPSILON,
            Op::Lt => left < right - EPSILON,
        }
    }

    /// The operator that holds exactly when this one does not.
    pub fn negated(self) -> &'static str {
        match self {
            Op::Ge => "<",
            Op::Gt => "<=",
            Op::Le => ">",
            Op::Lt => ">=",
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::Ge => ">=",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Lt => "<",
        })
    }
}

impl Condition {
    /// Parses `METRIC OP NUMBER`; `dimension` resolves a dimension id.
    pub fn parse(text: &str, dimension: impl Fn(&str) -> Option<usize>) -> Result<Self, String> {
        let parts: Vec<&str> = text.split_whitespace().collect();
        let [metric, op, number] = parts[..] else {
            return Err(format!(
                "condition `{text}` is not `METRIC OP NUMBER` (e.g. `lowest >= 3.5`)"
            ));
        };
        let metric = match metric {
            "overall" => Metric::Overall,
            "lowest" => Metric::Lowest,
            "highest" => Metric::Highest,
            "coverage" => Metric::Coverage,
            id => Metric::Dimension(dimension(id).ok_or_else(|| {
                format!(
                    "condition `{text}` names unknown metric `{id}` \
                     (use overall, lowest, highest, coverage or a dimension id)"
                )
            })?),
        };
        let op = match op {
            ">=" => Op::Ge,
            ">" => Op::Gt,
            "<=" => Op::Le,
            "<" => Op::Lt,
            other => {
                return Err(format!(
                    "condition `{text}` has unknown operator `{other}` (use >=, >, <= or <)"
                ));
            }
        };
        let value = number
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && !number.contains(['e', 'E', 'i', 'n', 'N']))
            .ok_or_else(|| format!("condition `{text}` has `{number}` where a number belongs"))?;
        Ok(Condition { metric, op, value })
    }

    /// False when the metric has no value.
    pub fn holds(&self, metrics: &Metrics) -> bool {
        metrics
            .get(self.metric)
            .is_some_and(|v| self.op.holds(v, self.value))
    }

    /// The condition as written, with the metric's name.
    pub fn display(&self, dimension_ids: &[&str]) -> String {
        format!(
            "{} {} {}",
            self.metric.name(dimension_ids),
            self.op,
            self.value
        )
    }
}

impl Rubric {
    /// The first band, top to bottom, whose `min` is at most `score`.
    pub fn band(&self, score: f64) -> Option<&Band> {
        self.band_index(score).map(|i| &self.bands[i])
    }

    /// [`Rubric::band`]'s index: 0 is the best band.
    pub fn band_index(&self, score: f64) -> Option<usize> {
        self.bands.iter().position(|b| b.min <= score + EPSILON)
    }

    pub fn tier_index(&self, id: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bands `high` from 4 and `low` from 1, no tiers.
    fn rubric() -> Rubric {
        let band = |id: &str, min: f64| Band {
            id: id.into(),
            label: id.into(),
            min,
        };
        Rubric {
            min_coverage: 0.0,
            bands: vec![band("high", 4.0), band("low", 1.0)],
            tiers: vec![],
        }
    }

    #[test]
    fn conditions_parse() {
        let dim = |id: &str| (id == "a").then_some(0);
        assert_eq!(
            Condition::parse("lowest >= 3.5", dim),
            Ok(Condition {
                metric: Metric::Lowest,
                op: Op::Ge,
                value: 3.5
            })
        );
        assert_eq!(
            Condition::parse("  a   <  2 ", dim),
            Ok(Condition {
                metric: Metric::Dimension(0),
                op: Op::Lt,
                value: 2.0
            })
        );
        for bad in [
            "lowest >= ",
            "lowest => 3",
            "nope >= 3",
            "overall >= x",
            "overall >= nan",
            "overall >= inf",
            "overall >= 1e3",
            "overall>=3",
        ] {
            assert!(
                Condition::parse(bad, dim).is_err(),
                "{bad} should not parse"
            );
        }
    }

    #[test]
    fn floating_point_noise_does_not_cross_a_threshold() {
        let below = 3.0 - 4.0 * f64::EPSILON;
        let above = 3.0 + 4.0 * f64::EPSILON;
        for v in [below, 3.0, above] {
            assert!(Op::Ge.holds(v, 3.0) && Op::Le.holds(v, 3.0), "{v}");
            assert!(!Op::Gt.holds(v, 3.0) && !Op::Lt.holds(v, 3.0), "{v}");
        }
        assert!(Op::Gt.holds(3.01, 3.0) && Op::Lt.holds(2.99, 3.0));
        assert_eq!(
            rubric()
                .band(4.0 - 4.0 * f64::EPSILON)
                .map(|b| b.id.as_str()),
            Some("high")
        );
    }

    #[test]
    fn bands_are_the_first_whose_min_is_reached() {
        let r = rubric();
        assert_eq!(r.band(4.0).map(|b| b.id.as_str()), Some("high"));
        assert_eq!(r.band(3.99).map(|b| b.id.as_str()), Some("low"));
        assert_eq!(r.band(1.0).map(|b| b.id.as_str()), Some("low"));
    }
}
