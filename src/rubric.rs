//! The rubric: bands for dimension scores, tiers for the whole relationship,
//! and the conditions that choose a tier. Classification is a pure function
//! of the [`Metrics`] of an assessment.

use std::fmt;

use crate::score::Metrics;

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
pub enum Metric {
    Overall,
    Lowest,
    Highest,
    Coverage,
    /// Index into the questionnaire's dimensions.
    Dimension(usize),
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
    fn holds(self, left: f64, right: f64) -> bool {
        match self {
            Op::Ge => left >= right - EPSILON,
            Op::Gt => left > right + EPSILON,
            Op::Le => left <= right + EPSILON,
            Op::Lt => left < right - EPSILON,
        }
    }

    fn negated(self) -> &'static str {
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

    /// False when the metric has no value (SPEC section 1, Conditions).
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

impl Metric {
    pub fn name<'a>(&self, dimension_ids: &[&'a str]) -> &'a str {
        match *self {
            Metric::Overall => "overall",
            Metric::Lowest => "lowest",
            Metric::Highest => "highest",
            Metric::Coverage => "coverage",
            Metric::Dimension(i) => dimension_ids[i],
        }
    }
}

/// The tier an assessment reaches, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Index into [`Rubric::tiers`]; `None` when coverage is too low.
    pub tier: Option<usize>,
    pub reasons: Vec<String>,
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

    /// The first matching tier, with the reasons: which conditions of the
    /// chosen tier held, and which of the tier just above did not, by how much.
    pub fn classify(&self, metrics: &Metrics, dimension_ids: &[&str]) -> Verdict {
        if metrics.coverage < self.min_coverage - EPSILON {
            return Verdict {
                tier: None,
                reasons: vec![format!(
                    "coverage {:.0}% is below the rubric's minimum of {:.0}%: \
                     too few questions were answered to give a tier",
                    metrics.coverage * 100.0,
                    self.min_coverage * 100.0
                )],
            };
        }
        let Some(chosen) = self
            .tiers
            .iter()
            .position(|t| t.when.iter().all(|c| c.holds(metrics)))
        else {
            // Validation guarantees a fallback tier; stay total anyway.
            return Verdict {
                tier: None,
                reasons: vec!["no tier matched".to_owned()],
            };
        };
        let tier = &self.tiers[chosen];
        let mut reasons = Vec::new();
        if tier.when.is_empty() {
            reasons.push(format!("{}: no tier above it matched", tier.label));
        } else {
            let held: Vec<String> = tier
                .when
                .iter()
                .map(|c| describe_held(c, metrics, dimension_ids))
                .collect();
            reasons.push(format!("{}: {}", tier.label, held.join(", ")));
        }
        if let Some(above) = chosen.checked_sub(1).map(|i| &self.tiers[i]) {
            for c in above.when.iter().filter(|c| !c.holds(metrics)) {
                reasons.push(describe_missed(c, metrics, dimension_ids, &above.label));
            }
        }
        Verdict {
            tier: Some(chosen),
            reasons,
        }
    }
}

/// `lowest` and `highest` name the dimension they come from.
fn metric_label(c: &Condition, metrics: &Metrics, ids: &[&str]) -> String {
    let name = c.metric.name(ids);
    let which = match c.metric {
        Metric::Lowest => metrics.lowest_dimension(),
        Metric::Highest => metrics.highest_dimension(),
        _ => None,
    };
    match which {
        Some(i) => format!("{name} ({})", ids[i]),
        None => name.to_owned(),
    }
}

fn describe_held(c: &Condition, metrics: &Metrics, ids: &[&str]) -> String {
    let value = metrics.get(c.metric).unwrap_or(f64::NAN);
    format!(
        "{} {} {} {}",
        metric_label(c, metrics, ids),
        fmt_value(value),
        c.op,
        c.value
    )
}

fn describe_missed(c: &Condition, metrics: &Metrics, ids: &[&str], label: &str) -> String {
    let name = metric_label(c, metrics, ids);
    let Some(value) = metrics.get(c.metric) else {
        return format!(
            "{name} has no value, and {label} needs {name} {} {}",
            c.op, c.value
        );
    };
    let distance = (value - c.value).abs();
    let how = if distance <= EPSILON {
        format!("{label} needs {name} {} {}", c.op, c.value)
    } else if matches!(c.op, Op::Ge | Op::Gt) {
        format!("{} short of {label}", fmt_value(distance))
    } else {
        format!("{} over the limit for {label}", fmt_value(distance))
    };
    format!(
        "{name} {} {} {} — {how}",
        fmt_value(value),
        c.op.negated(),
        c.value
    )
}

fn fmt_value(v: f64) -> String {
    format!("{v:.2}")
}

/// Interval reasoning for `validate`: tiers that can never be chosen.
pub mod reach {
    use super::*;

    /// A set of values `lo..hi` with open or closed ends.
    #[derive(Debug, Clone, Copy)]
    struct Interval {
        lo: f64,
        lo_closed: bool,
        hi: f64,
        hi_closed: bool,
    }

    impl Interval {
        fn of(c: &Condition) -> Self {
            let mut i = Interval::all();
            match c.op {
                Op::Ge | Op::Gt => {
                    i.lo = c.value;
                    i.lo_closed = c.op == Op::Ge;
                }
                Op::Le | Op::Lt => {
                    i.hi = c.value;
                    i.hi_closed = c.op == Op::Le;
                }
            }
            i
        }

        fn all() -> Self {
            Interval {
                lo: f64::NEG_INFINITY,
                lo_closed: false,
                hi: f64::INFINITY,
                hi_closed: false,
            }
        }

        fn closed(lo: f64, hi: f64) -> Self {
            Interval {
                lo,
                lo_closed: true,
                hi,
                hi_closed: true,
            }
        }

        fn intersect(self, o: Interval) -> Interval {
            let (lo, lo_closed) = if self.lo > o.lo {
                (self.lo, self.lo_closed)
            } else if o.lo > self.lo {
                (o.lo, o.lo_closed)
            } else {
                (self.lo, self.lo_closed && o.lo_closed)
            };
            let (hi, hi_closed) = if self.hi < o.hi {
                (self.hi, self.hi_closed)
            } else if o.hi < self.hi {
                (o.hi, o.hi_closed)
            } else {
                (self.hi, self.hi_closed && o.hi_closed)
            };
            Interval {
                lo,
                lo_closed,
                hi,
                hi_closed,
            }
        }

        fn is_empty(self) -> bool {
            self.lo > self.hi || (self.lo == self.hi && !(self.lo_closed && self.hi_closed))
        }

        fn within(self, o: Interval) -> bool {
            self.is_empty()
                || ((self.lo > o.lo || (self.lo == o.lo && (o.lo_closed || !self.lo_closed)))
                    && (self.hi < o.hi || (self.hi == o.hi && (o.hi_closed || !self.hi_closed))))
        }
    }

    /// Where a metric's range is kept in the vector [`ranges`] returns.
    fn slot(m: Metric) -> usize {
        match m {
            Metric::Overall => 0,
            Metric::Lowest => 1,
            Metric::Highest => 2,
            Metric::Coverage => 3,
            Metric::Dimension(i) => 4 + i,
        }
    }

    /// The values each metric can take when every condition of `when` holds.
    fn ranges(when: &[Condition], dimensions: usize, scale: (f64, f64)) -> Vec<Interval> {
        let slots = 4 + dimensions;
        let mut out = vec![Interval::closed(scale.0, scale.1); slots];
        out[3] = Interval::closed(0.0, 1.0);
        for c in when {
            out[slot(c.metric)] = out[slot(c.metric)].intersect(Interval::of(c));
        }
        // Every dimension, and so the overall mean, lies within lowest..highest.
        let (lowest, highest) = (out[1], out[2]);
        let band = Interval {
            hi: highest.hi,
            hi_closed: highest.hi_closed,
            ..lowest
        };
        for i in std::iter::once(0).chain(4..slots) {
            out[i] = out[i].intersect(band);
        }
        out
    }

    /// A warning for each tier that can never be chosen.
    pub fn unreachable_tiers(
        rubric: &Rubric,
        dimension_ids: &[&str],
        scale: (f64, f64),
    ) -> Vec<String> {
        let n = dimension_ids.len();
        let mut warnings = Vec::new();
        for (j, later) in rubric.tiers.iter().enumerate() {
            let range = ranges(&later.when, n, scale);
            if range.iter().any(|r| r.is_empty()) {
                warnings.push(format!(
                    "tier `{}` can never match: its conditions cannot all hold on this scale",
                    later.id
                ));
                continue;
            }
            let shadow = rubric.tiers[..j].iter().find(|earlier| {
                earlier.when.iter().all(|c| {
                    // A condition on coverage always has a value; the others
                    // have one only when the later tier constrains them.
                    let constrained = c.metric == Metric::Coverage
                        || later.when.iter().any(|l| {
                            l.metric == c.metric
                                || matches!(l.metric, Metric::Lowest | Metric::Highest)
                                    && !matches!(c.metric, Metric::Coverage)
                        });
                    constrained && range[slot(c.metric)].within(Interval::of(c))
                })
            });
            if let Some(earlier) = shadow {
                warnings.push(format!(
                    "tier `{}` can never match: tier `{}` above it always matches first",
                    later.id, earlier.id
                ));
            }
        }
        warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::tests::questionnaire;

    fn metrics(a: Option<f64>, b: Option<f64>, coverage: f64) -> Metrics {
        Metrics::new(&questionnaire(), vec![a, b], coverage)
    }

    fn tier(m: &Metrics) -> Option<String> {
        let q = questionnaire();
        q.rubric
            .classify(m, &q.dimension_ids())
            .tier
            .map(|t| q.rubric.tiers[t].id.clone())
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
    fn floating_point_noise_does_not_cross_a_threshold() {
        let below = 3.0 - 4.0 * f64::EPSILON;
        let above = 3.0 + 4.0 * f64::EPSILON;
        for v in [below, 3.0, above] {
            assert!(Op::Ge.holds(v, 3.0) && Op::Le.holds(v, 3.0), "{v}");
            assert!(!Op::Gt.holds(v, 3.0) && !Op::Lt.holds(v, 3.0), "{v}");
        }
        assert!(Op::Gt.holds(3.01, 3.0) && Op::Lt.holds(2.99, 3.0));
        let q = questionnaire();
        assert_eq!(
            q.rubric
                .band(4.0 - 4.0 * f64::EPSILON)
                .map(|b| b.id.as_str()),
            Some("high")
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
        let verdict = q.rubric.classify(&m, &q.dimension_ids());
        assert_eq!(verdict.tier, None);
        assert!(verdict.reasons[0].contains("coverage 40% is below the rubric's minimum of 50%"));
        // exactly at the minimum is enough, floating-point noise included
        for coverage in [0.5, 0.5 - 1e-16] {
            assert_eq!(
                tier(&metrics(Some(5.0), Some(5.0), coverage)).as_deref(),
                Some("top")
            );
        }
    }

    #[test]
    fn reasons_say_what_held_and_what_fell_short() {
        let q = questionnaire();
        let m = metrics(Some(3.2), Some(4.5), 1.0);
        let verdict = q.rubric.classify(&m, &q.dimension_ids());
        assert_eq!(
            verdict.reasons,
            vec![
                "Mid: a 3.20 >= 3".to_owned(),
                "lowest (a) 3.20 < 4 — 0.80 short of Top".to_owned(),
                // overall = (3.2 + 4.5 * 3) / 4 = 4.175 holds `> 4`: not listed
            ]
        );
        let m = metrics(None, Some(4.5), 1.0);
        let verdict = q.rubric.classify(&m, &q.dimension_ids());
        assert_eq!(verdict.reasons[0], "Bottom: no tier above it matched");
        assert_eq!(verdict.reasons[1], "a has no value, and Mid needs a >= 3");
    }

    #[test]
    fn bands_are_the_first_whose_min_is_reached() {
        let q = questionnaire();
        assert_eq!(q.rubric.band(4.0).map(|b| b.id.as_str()), Some("high"));
        assert_eq!(q.rubric.band(3.99).map(|b| b.id.as_str()), Some("low"));
        assert_eq!(q.rubric.band(1.0).map(|b| b.id.as_str()), Some("low"));
    }

    fn rubric(tiers: &[&[&str]]) -> Rubric {
        let q = questionnaire();
        let dim = |id: &str| q.dimension_index(id);
        Rubric {
            min_coverage: 0.0,
            bands: q.rubric.bands.clone(),
            tiers: tiers
                .iter()
                .enumerate()
                .map(|(i, when)| Tier {
                    id: format!("t{i}"),
                    label: format!("T{i}"),
                    summary: None,
                    advice: None,
                    when: when
                        .iter()
                        .map(|c| Condition::parse(c, dim).unwrap())
                        .collect(),
                })
                .collect(),
        }
    }

    fn unreachable(tiers: &[&[&str]]) -> Vec<String> {
        reach::unreachable_tiers(&rubric(tiers), &["a", "b"], (1.0, 5.0))
    }

    #[test]
    fn a_tier_below_a_looser_one_is_unreachable() {
        let w = unreachable(&[&["overall >= 3"], &["overall >= 4"], &[]]);
        assert_eq!(
            w,
            vec!["tier `t1` can never match: tier `t0` above it always matches first"]
        );
        let w = unreachable(&[&["overall > 3"], &["overall >= 3"], &[]]);
        assert!(w.is_empty(), "{w:?}");
        let w = unreachable(&[&[], &["a >= 1"], &[]]);
        assert_eq!(w.len(), 2, "{w:?}");
    }

    #[test]
    fn lowest_bounds_every_dimension() {
        // lowest >= 4 implies a >= 3, so t1 is shadowed by t0.
        let w = unreachable(&[&["a >= 3"], &["lowest >= 4"], &[]]);
        assert_eq!(w.len(), 1, "{w:?}");
        // but a >= 3 does not imply lowest >= 4
        assert!(unreachable(&[&["lowest >= 4"], &["a >= 3"], &[]]).is_empty());
    }

    #[test]
    fn impossible_conditions_are_reported() {
        let w = unreachable(&[&["overall >= 6"], &[]]);
        assert_eq!(
            w,
            vec!["tier `t0` can never match: its conditions cannot all hold on this scale"]
        );
        let w = unreachable(&[&["a >= 4", "a < 4"], &[]]);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn a_sensible_rubric_has_no_warnings() {
        assert!(
            unreachable(&[
                &["lowest >= 3.5", "overall >= 4"],
                &["lowest >= 2.5"],
                &["overall >= 2.5"],
                &[]
            ])
            .is_empty()
        );
    }
}
