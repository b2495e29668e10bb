//! Interval reasoning for `validate`: tiers that can never be chosen,
//! because their own conditions contradict each other or a tier above them
//! always matches first. Where the reasoning cannot decide, it says nothing.
//!
//! Every interval is built with the tolerance of [`Op::holds`]: `x >= v`
//! holds for `x >= v - EPSILON`, so validate and score agree on which
//! values a condition admits.

use std::collections::{HashMap, HashSet};

use crate::model::metrics::Metric;
use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::{Condition, EPSILON, Op, Operand, Tier};

/// The most pairwise steps spent looking for shadowed tiers; beyond it the
/// check stops and says so (a rubric of this size is generated, not written).
pub const BUDGET: u64 = 20_000_000;

/// A set of values `lo..hi` with open or closed ends.
#[derive(Debug, Clone, Copy)]
struct Interval {
    lo: f64,
    lo_closed: bool,
    hi: f64,
    hi_closed: bool,
}

impl Interval {
    /// The values `x` for which `x OP v` holds, tolerance included.
    fn of(op: Op, v: f64) -> Self {
        let mut i = Interval::all();
        match op {
            Op::Ge => (i.lo, i.lo_closed) = (v - EPSILON, true),
            Op::Gt => (i.lo, i.lo_closed) = (v + EPSILON, false),
            Op::Le => (i.hi, i.hi_closed) = (v + EPSILON, true),
            Op::Lt => (i.hi, i.hi_closed) = (v - EPSILON, false),
            Op::Eq => i = Interval::closed(v - EPSILON, v + EPSILON),
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

/// `x OP y` can hold for some `x` in `x_range` and `y` in `y_range`. Open
/// ends are treated as closed: when unsure, possible.
fn possible(op: Op, x: Interval, y: Interval) -> bool {
    match op {
        Op::Ge => x.hi >= y.lo - EPSILON,
        Op::Gt => x.hi > y.lo + EPSILON,
        Op::Le => x.lo <= y.hi + EPSILON,
        Op::Lt => x.lo < y.hi - EPSILON,
        Op::Eq => x.lo <= y.hi + EPSILON && y.lo <= x.hi + EPSILON,
    }
}

/// `x OP y` holds for every `x` in `x_range` and `y` in `y_range`.
fn always(op: Op, x: Interval, y: Interval) -> bool {
    match op {
        Op::Ge => x.lo >= y.hi - EPSILON,
        Op::Gt => x.lo > y.hi + EPSILON,
        Op::Le => x.hi <= y.lo + EPSILON,
        Op::Lt => x.hi < y.lo - EPSILON,
        Op::Eq => x.hi - y.lo <= EPSILON && y.hi - x.lo <= EPSILON,
    }
}

/// What the reasoning needs to know of the questionnaire.
struct Shape {
    /// Per dimension: in overall.
    in_overall: Vec<bool>,
    bands: usize,
    scale: (f64, f64),
}

impl Shape {
    fn n(&self) -> usize {
        self.in_overall.len()
    }

    fn slots(&self) -> usize {
        5 + 2 * self.n() + self.bands
    }

    /// Where a metric's range is kept.
    fn slot(&self, m: Metric) -> usize {
        match m {
            Metric::Overall => 0,
            Metric::Lowest => 1,
            Metric::Highest => 2,
            Metric::Coverage => 3,
            Metric::MaxGap => 4,
            Metric::Dimension(i) => 5 + i,
            Metric::Gap(i) => 5 + self.n() + i,
            Metric::Count(b) => 5 + 2 * self.n() + b,
        }
    }

    /// The values a metric can take at all.
    fn base(&self) -> Vec<Interval> {
        let (min, max) = self.scale;
        let n = self.n();
        let width = max - min;
        let counted = self.in_overall.iter().filter(|i| **i).count() as f64;
        let mut out = vec![Interval::closed(min, max); self.slots()];
        out[3] = Interval::closed(0.0, 1.0);
        out[4] = Interval::closed(0.0, width);
        for gap in &mut out[5 + n..5 + 2 * n] {
            *gap = Interval::closed(-width, width);
        }
        for count in &mut out[5 + 2 * n..] {
            *count = Interval::closed(0.0, counted);
        }
        out
    }

    /// The values each metric can take when every condition of `when` holds.
    fn ranges(&self, when: &[Condition]) -> Vec<Interval> {
        let mut out = self.base();
        for c in when {
            if let Operand::Number(v) = c.against {
                let s = self.slot(c.metric);
                out[s] = out[s].intersect(Interval::of(c.op, v));
            }
        }
        // Every dimension in overall, and so the overall mean, lies within
        // lowest..highest.
        let (lowest, highest) = (out[1], out[2]);
        let band = Interval {
            hi: highest.hi,
            hi_closed: highest.hi_closed,
            ..lowest
        };
        out[0] = out[0].intersect(band);
        for (d, _) in self.in_overall.iter().enumerate().filter(|(_, i)| **i) {
            out[5 + d] = out[5 + d].intersect(band);
        }
        out
    }

    /// Per slot: the metric surely has a value whenever every condition of
    /// `when` holds (each condition's metrics then have one).
    fn valued(&self, when: &[Condition]) -> Vec<bool> {
        let mut out = vec![false; self.slots()];
        out[3] = true;
        for b in 0..self.bands {
            out[self.slot(Metric::Count(b))] = true;
        }
        for m in when.iter().flat_map(Condition::metrics) {
            out[self.slot(m)] = true;
            match m {
                Metric::Lowest | Metric::Highest => {
                    out[0..3].fill(true);
                    for (d, _) in self.in_overall.iter().enumerate().filter(|(_, i)| **i) {
                        out[5 + d] = true;
                    }
                }
                Metric::Dimension(d) if self.in_overall[d] => out[0] = true,
                Metric::Gap(_) => out[4] = true,
                _ => {}
            }
        }
        out
    }
}

/// What an earlier tier asks, in the form the shadow check reads: one
/// interval per metric compared with a number, and the metric pairs.
struct Summary {
    bounds: Vec<(usize, Interval)>,
    pairs: Vec<(Metric, Op, Metric)>,
}

impl Summary {
    fn of(shape: &Shape, tier: &Tier) -> Self {
        let mut bounds: HashMap<usize, Interval> = HashMap::new();
        let mut pairs = Vec::new();
        for c in &tier.when {
            match c.against {
                Operand::Number(v) => {
                    let slot = bounds
                        .entry(shape.slot(c.metric))
                        .or_insert(Interval::all());
                    *slot = slot.intersect(Interval::of(c.op, v));
                }
                Operand::Metric(m) => pairs.push((c.metric, c.op, m)),
            }
        }
        let mut seen = HashSet::new();
        pairs.retain(|p| seen.insert(*p));
        let mut bounds: Vec<_> = bounds.into_iter().collect();
        bounds.sort_unstable_by_key(|(s, _)| *s);
        Summary { bounds, pairs }
    }
}

/// Why a tier can never be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreachable {
    /// The tier's own conditions cannot all hold on the scale.
    Contradiction { tier: usize },
    /// Tier `by`, above it, always matches first.
    Shadowed { tier: usize, by: usize },
    /// The tier reads gap() or max_gap: scoring one file never gives it.
    NeedsBothSides { tier: usize },
    /// The rubric is too large to look for shadowed tiers past the first
    /// `checked` tiers.
    TooLarge { checked: usize },
}

/// Every tier of `q`'s rubric that can never be chosen.
pub fn unreachable(q: &Questionnaire) -> Vec<Unreachable> {
    let shape = Shape {
        in_overall: q.dimensions.iter().map(|d| d.in_overall).collect(),
        bands: q.rubric.band_ids.len(),
        scale: (q.scale.min as f64, q.scale.max as f64),
    };
    check(&q.rubric.tiers, &shape, BUDGET)
}

/// The tiers that can never be chosen, spending at most `budget` steps on
/// the pairwise shadow check.
fn check(tiers: &[Tier], shape: &Shape, budget: u64) -> Vec<Unreachable> {
    let mut found = Vec::new();
    let mut summaries: Vec<Summary> = Vec::with_capacity(tiers.len());
    let mut spent = 0u64;
    let mut stopped = false;
    for (j, later) in tiers.iter().enumerate() {
        if later
            .when
            .iter()
            .flat_map(Condition::metrics)
            .any(|m| m.needs_both_sides())
        {
            found.push(Unreachable::NeedsBothSides { tier: j });
        }
        let range = shape.ranges(&later.when);
        let contradiction = range.iter().any(|r| r.is_empty())
            || later.when.iter().any(|c| match c.against {
                Operand::Metric(m) if m == c.metric => matches!(c.op, Op::Gt | Op::Lt),
                Operand::Metric(m) => {
                    !possible(c.op, range[shape.slot(c.metric)], range[shape.slot(m)])
                }
                Operand::Number(_) => false,
            });
        if contradiction {
            found.push(Unreachable::Contradiction { tier: j });
        } else if !stopped {
            let valued = shape.valued(&later.when);
            let literal: HashSet<(Metric, Op, Metric)> = later
                .when
                .iter()
                .filter_map(|c| match c.against {
                    Operand::Metric(m) => Some((c.metric, c.op, m)),
                    Operand::Number(_) => None,
                })
                .collect();
            let implied = |&(x, op, y): &(Metric, Op, Metric)| {
                valued[shape.slot(x)]
                    && valued[shape.slot(y)]
                    && (x == y && matches!(op, Op::Ge | Op::Le | Op::Eq)
                        || literal.contains(&(x, op, y))
                        || literal.contains(&(y, op.swapped(), x))
                        || always(op, range[shape.slot(x)], range[shape.slot(y)]))
            };
            let shadow = summaries.iter().position(|earlier| {
                spent += 1 + (earlier.bounds.len() + earlier.pairs.len()) as u64;
                earlier
                    .bounds
                    .iter()
                    .all(|&(s, i)| valued[s] && range[s].within(i))
                    && earlier.pairs.iter().all(implied)
            });
            if let Some(by) = shadow {
                found.push(Unreachable::Shadowed { tier: j, by });
            }
            if spent > budget {
                stopped = true;
                found.push(Unreachable::TooLarge { checked: j + 1 });
            }
        }
        if !stopped {
            summaries.push(Summary::of(shape, later));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::score::tests::{questionnaire, with_tiers};
    use crate::model::questionnaire::Questionnaire;

    fn warnings_in(q: Questionnaire, tiers: &[&[&str]]) -> Vec<String> {
        let q = with_tiers(q, tiers);
        unreachable(&q)
            .iter()
            .map(|u| crate::present::words::unreachable(&q, u))
            .collect()
    }

    fn warnings(tiers: &[&[&str]]) -> Vec<String> {
        warnings_in(questionnaire(), tiers)
    }

    #[test]
    fn a_tier_below_a_looser_one_is_unreachable() {
        let w = warnings(&[&["overall >= 3"], &["overall >= 4"], &[]]);
        assert_eq!(
            w,
            vec!["tier `t1` can never match: tier `t0` above it always matches first"]
        );
        let w = warnings(&[&["overall > 3"], &["overall >= 3"], &[]]);
        assert!(w.is_empty(), "{w:?}");
        let w = warnings(&[&[], &["a >= 1"], &[]]);
        assert_eq!(w.len(), 2, "{w:?}");
    }

    #[test]
    fn lowest_bounds_every_dimension() {
        // lowest >= 4 implies a >= 3, so t1 is shadowed by t0.
        let w = warnings(&[&["a >= 3"], &["lowest >= 4"], &[]]);
        assert_eq!(w.len(), 1, "{w:?}");
        // but a >= 3 does not imply lowest >= 4
        assert!(warnings(&[&["lowest >= 4"], &["a >= 3"], &[]]).is_empty());
    }

    #[test]
    fn impossible_conditions_are_reported() {
        let w = warnings(&[&["overall >= 6"], &[]]);
        assert_eq!(
            w,
            vec!["tier `t0` can never match: its conditions cannot all hold on this scale"]
        );
        let w = warnings(&[&["a >= 4", "a < 4"], &[]]);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn a_sensible_rubric_has_no_warnings() {
        assert!(
            warnings(&[
                &["lowest >= 3.5", "overall >= 4"],
                &["lowest >= 2.5"],
                &["overall >= 2.5"],
                &[]
            ])
            .is_empty()
        );
    }

    #[test]
    fn validate_uses_the_tolerance_of_scoring() {
        // score matches `overall >= 5.0000000001` for an overall of 5
        assert!(warnings(&[&["overall >= 5.0000000001"], &[]]).is_empty());
        assert!(warnings(&[&["overall == 5.0000000001"], &[]]).is_empty());
        assert_eq!(warnings(&[&["overall >= 5.01"], &[]]).len(), 1);
        assert_eq!(warnings(&[&["overall > 5"], &[]]).len(), 1);
        assert!(warnings(&[&["overall < 1.0000000001"], &[]]).len() == 1);
        // `> 3` then `>= 3.0000000005`: a value of 3.0000000005 meets the
        // second and not the first, so neither shadows the other
        assert!(warnings(&[&["overall > 3"], &["overall >= 3.0000000005"], &[]]).is_empty());
    }

    #[test]
    fn equality_is_an_interval_of_width_two_tolerances() {
        assert_eq!(warnings(&[&["overall == 6"], &[]]).len(), 1);
        assert_eq!(warnings(&[&["a == 3", "a == 4"], &[]]).len(), 1);
        let w = warnings(&[&["overall >= 3"], &["overall == 3"], &[]]);
        assert_eq!(
            w,
            vec!["tier `t1` can never match: tier `t0` above it always matches first"]
        );
        assert!(warnings(&[&["overall == 3"], &["overall >= 3"], &[]]).is_empty());
    }

    #[test]
    fn metric_operands_are_decided_where_the_ranges_allow() {
        // contradictions
        assert_eq!(warnings(&[&["a > a"], &[]]).len(), 1);
        assert_eq!(warnings(&[&["a <= 2", "b >= 3", "a > b"], &[]]).len(), 1);
        assert!(warnings(&[&["a <= 3", "b >= 3", "a >= b"], &[]]).is_empty());
        // shadowing: the same condition, mirrored, or implied by the ranges
        assert_eq!(
            warnings(&[&["a > b"], &["b < a", "overall >= 4"], &[]]).len(),
            1
        );
        assert_eq!(
            warnings(&[&["a >= b"], &["a >= 4", "b <= 3"], &[]]).len(),
            1
        );
        assert_eq!(warnings(&[&["a >= a"], &["a >= 1"], &[]]).len(), 1);
        // undecided: say nothing
        assert!(warnings(&[&["a > b"], &["overall >= 4"], &[]]).is_empty());
        assert!(warnings(&[&["a > b"], &["b > a"], &[]]).is_empty());
    }

    #[test]
    fn counts_lie_between_zero_and_the_dimensions_in_overall() {
        assert_eq!(warnings(&[&["count(high) > 2"], &[]]).len(), 1);
        assert_eq!(warnings(&[&["count(low) < 0"], &[]]).len(), 1);
        assert!(warnings(&[&["count(high) == 2"], &[]]).is_empty());
        // a count always has a value: a tier that always holds shadows all below
        let w = warnings(&[&["count(low) >= 0"], &["overall >= 4"], &[]]);
        assert_eq!(w.len(), 2, "{w:?}");
        let mut q = questionnaire();
        q.dimensions[1].in_overall = false;
        assert_eq!(warnings_in(q, &[&["count(high) >= 2"], &[]]).len(), 1);
    }

    #[test]
    fn gaps_are_noted_and_bounded_by_the_scale() {
        let w = warnings(&[&["max_gap < 1"], &[]]);
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("tier `t0` uses gap() or max_gap") && w[0].contains("`score`"),
            "{w:?}"
        );
        // gap(a) is within -4..4 on a 1..5 scale; max_gap within 0..4
        let w = warnings(&[&["gap(a) > 4"], &[]]);
        assert!(w.iter().any(|w| w.contains("cannot all hold")), "{w:?}");
        let w = warnings(&[&["max_gap < 0"], &[]]);
        assert!(w.iter().any(|w| w.contains("cannot all hold")), "{w:?}");
        // a gap has a value only when the tier below needs one too
        let w = warnings(&[&["gap(a) >= -4"], &["overall >= 1"], &[]]);
        assert_eq!(w.len(), 1, "{w:?}");
        let w = warnings(&[&["max_gap >= 0"], &["gap(b) > 1"], &[]]);
        assert!(w.iter().any(|w| w.contains("`t0` above it")), "{w:?}");
    }

    #[test]
    fn a_value_is_known_only_when_the_tier_below_implies_it() {
        // b may have no score when only a is required
        assert!(warnings(&[&["b >= 1"], &["a >= 4"], &[]]).is_empty());
        // a score for a dimension in overall gives overall a value
        assert_eq!(warnings(&[&["overall >= 1"], &["a >= 1"], &[]]).len(), 1);
        let mut q = questionnaire();
        q.dimensions[0].in_overall = false;
        assert!(warnings_in(q.clone(), &[&["overall >= 1"], &["a >= 1"], &[]]).is_empty());
        // lowest covers only the dimensions in overall
        assert!(warnings_in(q, &[&["a >= 1"], &["lowest >= 4"], &[]]).is_empty());
    }

    /// A rubric of `tiers` tiers of `per_tier` conditions each, every one
    /// different, on every form of metric.
    fn big(tiers: usize, per_tier: usize) -> Vec<Tier> {
        let q = questionnaire();
        let forms = [
            "overall",
            "lowest",
            "highest",
            "a",
            "b",
            "count(high)",
            "count(low)",
            "gap(a)",
        ];
        let texts: Vec<Vec<String>> = (0..tiers)
            .map(|t| {
                (0..per_tier)
                    .map(|c| {
                        let metric = forms[(t + c) % forms.len()];
                        if c % 3 == 0 {
                            format!("{metric} >= {}", forms[c % forms.len()])
                        } else {
                            format!("{metric} >= {}", 1.0 + (c % 97) as f64 / 1000.0)
                        }
                    })
                    .collect()
            })
            .collect();
        let refs: Vec<Vec<&str>> = texts
            .iter()
            .map(|t| t.iter().map(String::as_str).collect())
            .collect();
        let refs: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
        with_tiers(q, &refs).rubric.tiers
    }

    fn shape() -> Shape {
        let q = questionnaire();
        Shape {
            in_overall: vec![true; q.dimensions.len()],
            bands: q.rubric.band_ids.len(),
            scale: (1.0, 5.0),
        }
    }

    #[test]
    fn a_huge_rubric_is_checked_within_the_budget() {
        let tiers = big(1000, 1000);
        let found = check(&tiers, &shape(), BUDGET);
        // every tier after the first is shadowed, or the check stopped and said so
        let shadowed = found
            .iter()
            .filter(|u| matches!(u, Unreachable::Shadowed { by: 0, .. }))
            .count();
        let stopped = found
            .iter()
            .any(|u| matches!(u, Unreachable::TooLarge { .. }));
        assert!(
            shadowed > 0 || stopped,
            "{:?}",
            &found[..found.len().min(5)]
        );
        assert!(
            found
                .iter()
                .filter(|u| matches!(u, Unreachable::NeedsBothSides { .. }))
                .count()
                >= 999
        );
    }

    #[test]
    fn the_budget_stops_the_pairwise_check_and_says_so() {
        let tiers = big(50, 40);
        let found = check(&tiers, &shape(), 100);
        let stops: Vec<_> = found
            .iter()
            .filter(|u| matches!(u, Unreachable::TooLarge { .. }))
            .collect();
        assert_eq!(stops.len(), 1, "{found:?}");
        let q = with_tiers(questionnaire(), &[&[]]);
        let words = crate::present::words::unreachable(&q, stops[0]);
        assert!(words.contains("too large"), "{words}");
        // with room enough, no stop
        let found = check(&tiers, &shape(), BUDGET);
        assert!(
            !found
                .iter()
                .any(|u| matches!(u, Unreachable::TooLarge { .. }))
        );
    }
}
