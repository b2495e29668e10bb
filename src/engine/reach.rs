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
        let mut bounded = vec![false; out.len()];
        for c in when {
            if let Operand::Number(v) = c.against {
                let s = self.slot(c.metric);
                out[s] = out[s].intersect(Interval::of(c.op, v));
                bounded[s] = true;
            }
        }
        // max_gap is at least |gap(d)| for every gap that has a value (one
        // compared with a number here has one), and bounds every gap.
        let n = self.n();
        for s in 5 + n..5 + 2 * n {
            let g = out[s];
            let least = if g.lo > 0.0 {
                g.lo
            } else if g.hi < 0.0 {
                -g.hi
            } else {
                0.0
            };
            if bounded[s] {
                out[4] = out[4].intersect(Interval {
                    lo: least,
                    lo_closed: true,
                    ..Interval::all()
                });
            }
        }
        let widest = out[4];
        for gap in &mut out[5 + n..5 + 2 * n] {
            *gap = gap.intersect(Interval {
                lo: -widest.hi,
                lo_closed: true,
                hi: widest.hi,
                hi_closed: true,
            });
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
#[path = "reach_tests.rs"]
mod tests;
