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
    /// 0..=6: scores are rounded to this many decimals as soon as computed.
    pub precision: Option<u32>,
    /// Ordered from the highest `min` down.
    pub bands: Vec<Band>,
    /// Ordered from the best tier down; the last one always matches.
    pub tiers: Vec<Tier>,
    /// Every band id `count(BAND)` may name, once each: the rubric's bands,
    /// then the dimensions' own. [`Metric::Count`] indexes it.
    pub band_ids: Vec<String>,
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
    /// The label fit to show the partner.
    pub shared_label: Option<String>,
    /// The advice fit to show the partner.
    pub shared_advice: Option<String>,
    pub when: Vec<Condition>,
}

/// `METRIC OP OPERAND`, e.g. `lowest >= 3.5` or `benefits > drawbacks`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub metric: Metric,
    pub op: Op,
    pub against: Operand,
}

/// The right-hand side of a condition.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Operand {
    Number(f64),
    Metric(Metric),
}

impl Operand {
    /// The operand's value; `None` for a metric without one.
    pub fn value(self, metrics: &Metrics) -> Option<f64> {
        match self {
            Operand::Number(v) => Some(v),
            Operand::Metric(m) => metrics.get(m),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    Ge,
    Gt,
    Le,
    Lt,
    Eq,
}

impl Op {
    /// Compares with a tolerance of [`EPSILON`]: a mean that is exactly 3 on
    /// paper but 2.9999999999999996 in floating point still meets `>= 3` and
    /// `== 3`, and does not meet `> 3`.
    pub fn holds(self, left: f64, right: f64) -> bool {
        match self {
            Op::Ge => left >= right - EPSILON,
            Op::Gt => left > right + EPSILON,
            Op::Le => left <= right + EPSILON,
            Op::Lt => left < right - EPSILON,
            Op::Eq => (left - right).abs() <= EPSILON,
        }
    }

    /// The operator that holds exactly when this one does not.
    pub fn negated(self) -> &'static str {
        match self {
            Op::Ge => "<",
            Op::Gt => "<=",
            Op::Le => ">",
            Op::Lt => ">=",
            Op::Eq => "!=",
        }
    }

    /// The operator with its sides swapped: `a < b` is `b > a`.
    pub fn swapped(self) -> Op {
        match self {
            Op::Ge => Op::Le,
            Op::Gt => Op::Lt,
            Op::Le => Op::Ge,
            Op::Lt => Op::Gt,
            Op::Eq => Op::Eq,
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
            Op::Eq => "==",
        })
    }
}

/// How a condition's names resolve: dimension ids and band ids to indices.
pub struct Names<'a> {
    pub dimension: &'a dyn Fn(&str) -> Option<usize>,
    /// Index into [`Rubric::band_ids`].
    pub band: &'a dyn Fn(&str) -> Option<usize>,
}

const FORM: &str = "`METRIC OP NUMBER` or `METRIC OP METRIC`, separated by spaces \
                    (e.g. `lowest >= 3.5` or `benefits > drawbacks`)";

impl Condition {
    /// Parses `METRIC OP OPERAND`.
    pub fn parse(text: &str, names: &Names<'_>) -> Result<Self, String> {
        let parts: Vec<&str> = text.split_whitespace().collect();
        let [metric, op, operand] = parts[..] else {
            return Err(format!("condition `{text}` is not {FORM}"));
        };
        let metric = parse_metric(text, metric, names)?;
        let op = match op {
            ">=" => Op::Ge,
            ">" => Op::Gt,
            "<=" => Op::Le,
            "<" => Op::Lt,
            "==" => Op::Eq,
            other => {
                return Err(format!(
                    "condition `{text}` has unknown operator `{other}` (use >=, >, <=, < or ==)"
                ));
            }
        };
        let starts_like_a_number = operand
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.'));
        let against = if starts_like_a_number {
            let value = operand
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && !operand.contains(['e', 'E', 'i', 'n', 'N']))
                .ok_or_else(|| {
                    format!("condition `{text}` has `{operand}` where a number belongs")
                })?;
            Operand::Number(value)
        } else {
            Operand::Metric(parse_metric(text, operand, names).map_err(|_| {
                format!(
                    "condition `{text}` has `{operand}` where a number belongs (or a metric: \
                     overall, lowest, highest, coverage, count(BAND), gap(DIM), max_gap or a \
                     dimension id)"
                )
            })?)
        };
        Ok(Condition {
            metric,
            op,
            against,
        })
    }

    /// False when either side has no value.
    pub fn holds(&self, metrics: &Metrics) -> bool {
        match (metrics.get(self.metric), self.against.value(metrics)) {
            (Some(left), Some(right)) => self.op.holds(left, right),
            _ => false,
        }
    }

    /// Every metric the condition reads: one or two.
    pub fn metrics(&self) -> impl Iterator<Item = Metric> {
        let right = match self.against {
            Operand::Metric(m) => Some(m),
            Operand::Number(_) => None,
        };
        std::iter::once(self.metric).chain(right)
    }

    /// The condition as written, with the metrics' names.
    pub fn display(&self, dimension_ids: &[&str], band_ids: &[String]) -> String {
        let right = match self.against {
            Operand::Number(v) => v.to_string(),
            Operand::Metric(m) => m.name(dimension_ids, band_ids),
        };
        format!(
            "{} {} {right}",
            self.metric.name(dimension_ids, band_ids),
            self.op
        )
    }
}

/// One metric of condition `text`: a name, `count(BAND)`, `gap(DIM)` or `max_gap`.
fn parse_metric(text: &str, name: &str, names: &Names<'_>) -> Result<Metric, String> {
    let inner = |prefix: &str| {
        name.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(')'))
    };
    if let Some(band) = inner("count(") {
        return (names.band)(band).map(Metric::Count).ok_or_else(|| {
            format!(
                "condition `{text}` counts unknown band `{band}` \
                 (use the id of a rubric band or of a dimension's own band)"
            )
        });
    }
    if let Some(dim) = inner("gap(") {
        return (names.dimension)(dim)
            .map(Metric::Gap)
            .ok_or_else(|| format!("condition `{text}` names unknown dimension `{dim}` in gap()"));
    }
    Ok(match name {
        "overall" => Metric::Overall,
        "lowest" => Metric::Lowest,
        "highest" => Metric::Highest,
        "coverage" => Metric::Coverage,
        "max_gap" => Metric::MaxGap,
        id => Metric::Dimension((names.dimension)(id).ok_or_else(|| {
            format!(
                "condition `{text}` names unknown metric `{id}` (use overall, lowest, highest, \
                 coverage, count(BAND), gap(DIM), max_gap or a dimension id)"
            )
        })?),
    })
}

/// The band `score` falls in: the first, top to bottom, whose `min` is at
/// most `score` (with the tolerance [`EPSILON`]). Every band lookup goes
/// through here.
pub fn band_of(bands: &[Band], score: f64) -> Option<usize> {
    bands.iter().position(|b| b.min <= score + EPSILON)
}

impl Rubric {
    /// The first band, top to bottom, whose `min` is at most `score`.
    pub fn band(&self, score: f64) -> Option<&Band> {
        self.band_index(score).map(|i| &self.bands[i])
    }

    /// [`Rubric::band`]'s index: 0 is the best band.
    pub fn band_index(&self, score: f64) -> Option<usize> {
        band_of(&self.bands, score)
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
            precision: None,
            bands: vec![band("high", 4.0), band("low", 1.0)],
            tiers: vec![],
            band_ids: vec!["high".into(), "low".into()],
        }
    }

    /// Parses with dimensions `a` and `b` and the bands of [`rubric`].
    fn parse(text: &str) -> Result<Condition, String> {
        let dimension = |id: &str| ["a", "b"].iter().position(|d| *d == id);
        let band = |id: &str| rubric().band_ids.iter().position(|b| b == id);
        Condition::parse(
            text,
            &Names {
                dimension: &dimension,
                band: &band,
            },
        )
    }

    #[test]
    fn conditions_parse() {
        assert_eq!(
            parse("lowest >= 3.5"),
            Ok(Condition {
                metric: Metric::Lowest,
                op: Op::Ge,
                against: Operand::Number(3.5)
            })
        );
        assert_eq!(
            parse("  a   <  2 "),
            Ok(Condition {
                metric: Metric::Dimension(0),
                op: Op::Lt,
                against: Operand::Number(2.0)
            })
        );
        assert_eq!(
            parse("a > b").map(|c| (c.metric, c.op, c.against)),
            Ok((
                Metric::Dimension(0),
                Op::Gt,
                Operand::Metric(Metric::Dimension(1))
            ))
        );
        assert_eq!(
            parse("count(low) == 0").map(|c| (c.metric, c.op, c.against)),
            Ok((Metric::Count(1), Op::Eq, Operand::Number(0.0)))
        );
        assert_eq!(
            parse("gap(b) > -1").map(|c| (c.metric, c.against)),
            Ok((Metric::Gap(1), Operand::Number(-1.0)))
        );
        assert_eq!(
            parse("max_gap < overall").map(|c| (c.metric, c.against)),
            Ok((Metric::MaxGap, Operand::Metric(Metric::Overall)))
        );
        for bad in [
            "lowest >= ",
            "lowest => 3",
            "lowest = 3",
            "nope >= 3",
            "overall >= x",
            "overall >= nan",
            "overall >= inf",
            "overall >= 1e3",
            "overall>=3",
            "count(nope) >= 1",
            "count(low >= 1",
            "gap(nope) > 1",
            "gap() > 1",
            "max-gap > 1",
            "overall >= -",
            "a > b c",
        ] {
            let err = parse(bad).expect_err(bad);
            assert!(err.contains(bad.trim()), "{err} names {bad}");
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
