//! Interval reasoning for `validate`: tiers that can never be chosen,
//! because their own conditions contradict each other or a tier above them
//! always matches first.

use crate::model::metrics::Metric;
use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::{Condition, Op, Rubric};

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

/// Why a tier can never be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreachable {
    /// The tier's own conditions cannot all hold on the scale.
    Contradiction { tier: usize },
    /// Tier `by`, above it, always matches first.
    Shadowed { tier: usize, by: usize },
}

/// Every tier of `q`'s rubric that can never be chosen.
pub fn unreachable(q: &Questionnaire) -> Vec<Unreachable> {
    unreachable_tiers(
        &q.rubric,
        q.dimensions.len(),
        (q.scale.min as f64, q.scale.max as f64),
    )
}

/// Every tier that can never be chosen, for a rubric over `n` dimensions.
pub fn unreachable_tiers(rubric: &Rubric, n: usize, scale: (f64, f64)) -> Vec<Unreachable> {
    let mut found = Vec::new();
    for (j, later) in rubric.tiers.iter().enumerate() {
        let range = ranges(&later.when, n, scale);
        if range.iter().any(|r| r.is_empty()) {
            found.push(Unreachable::Contradiction { tier: j });
            continue;
        }
        let shadow = rubric.tiers[..j].iter().position(|earlier| {
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
        if let Some(by) = shadow {
            found.push(Unreachable::Shadowed { tier: j, by });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::score::tests::questionnaire;
    use crate::model::rubric::Tier;

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

    fn warnings(tiers: &[&[&str]]) -> Vec<String> {
        let mut q = questionnaire();
        q.rubric = rubric(tiers);
        unreachable(&q)
            .iter()
            .map(|u| crate::present::words::unreachable(&q, u))
            .collect()
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
}
