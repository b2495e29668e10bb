//! The running sums of one round of one partner: everything the round's
//! figures are computed from, kept per side, never the files themselves.
//! Sums of separate chunks of files merge, in input order.

use crate::engine::score::{ScoreResult, counted};
use crate::engine::stats::Moments;
use crate::model::answers::{Answer, Side};
use crate::model::questionnaire::Questionnaire;

/// Index of a side in the per-side arrays.
pub fn side_index(side: Side) -> usize {
    match side {
        Side::Us => 0,
        Side::Them => 1,
    }
}

/// A plain running mean: `(sum, count)`. Plain sums (not Welford) keep
/// means exactly as a one-pass sum over the files computes them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Sum {
    pub sum: f64,
    pub n: usize,
}

impl Sum {
    pub fn add(&mut self, v: f64) {
        self.sum += v;
        self.n += 1;
    }

    pub fn merge(&mut self, o: &Sum) {
        self.sum += o.sum;
        self.n += o.n;
    }

    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum / self.n as f64)
    }
}

/// One dimension over a round's files.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DimSums {
    /// The files' scores, all files.
    pub all: Sum,
    /// Least and greatest file score (for the spread).
    pub min: f64,
    pub max: f64,
    /// The files' scores per side.
    pub sides: [Sum; 2],
    /// What each side's files expect the other side to give it.
    pub expected: [Sum; 2],
}

impl DimSums {
    const EMPTY: DimSums = DimSums {
        all: Sum { sum: 0.0, n: 0 },
        min: f64::INFINITY,
        max: f64::NEG_INFINITY,
        sides: [Sum { sum: 0.0, n: 0 }; 2],
        expected: [Sum { sum: 0.0, n: 0 }; 2],
    };

    fn merge(&mut self, o: &DimSums) {
        self.all.merge(&o.all);
        self.min = self.min.min(o.min);
        self.max = self.max.max(o.max);
        for s in 0..2 {
            self.sides[s].merge(&o.sides[s]);
            self.expected[s].merge(&o.expected[s]);
        }
    }
}

/// One question over a round's files.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct QuestionSums {
    /// Counted answers (reverse questions flipped), all files.
    pub all: Sum,
    /// Counted answers per side: mean and sample variance.
    pub sides: [Moments; 2],
    /// Plain sums per side, for means that match a one-pass sum exactly.
    pub side_sums: [Sum; 2],
    /// "Don't know" answers per side.
    pub unsure: [usize; 2],
}

/// The running sums of one round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundSums {
    /// Files per side.
    pub files: [usize; 2],
    /// Sum of the files' coverage.
    pub coverage: f64,
    pub dims: Vec<DimSums>,
    pub questions: Vec<QuestionSums>,
}

impl RoundSums {
    pub fn new(q: &Questionnaire) -> Self {
        RoundSums {
            files: [0; 2],
            coverage: 0.0,
            dims: vec![DimSums::EMPTY; q.dimensions.len()],
            questions: vec![QuestionSums::default(); q.questions.len()],
        }
    }

    /// Counts one file: its side, its scores (`scored`), its answers
    /// (one slot per question) and its expectations (one per dimension).
    pub fn add(
        &mut self,
        q: &Questionnaire,
        side: Side,
        scored: &ScoreResult,
        values: &[Option<Answer>],
        expected: &[Option<Answer>],
    ) {
        let s = side_index(side);
        self.files[s] += 1;
        self.coverage += scored.metrics.coverage;
        for (d, dim) in scored.dimensions.iter().enumerate() {
            let agg = &mut self.dims[d];
            if let Some(v) = dim.score {
                agg.all.add(v);
                agg.min = agg.min.min(v);
                agg.max = agg.max.max(v);
                agg.sides[s].add(v);
            }
            if let Some(Answer::Value(v)) = expected.get(d).copied().flatten() {
                agg.expected[s].add(v as f64);
            }
        }
        for ((agg, question), value) in self.questions.iter_mut().zip(&q.questions).zip(values) {
            match value {
                Some(Answer::Unsure) => agg.unsure[s] += 1,
                Some(a) => {
                    if let Some(v) = counted(*a, question.reverse, &q.scale) {
                        agg.all.add(v);
                        agg.sides[s].add(v);
                        agg.side_sums[s].add(v);
                    }
                }
                None => {}
            }
        }
    }

    /// Adds the sums of other files of the same round.
    pub fn merge(&mut self, o: &RoundSums) {
        for s in 0..2 {
            self.files[s] += o.files[s];
        }
        self.coverage += o.coverage;
        for (a, b) in self.dims.iter_mut().zip(&o.dims) {
            a.merge(b);
        }
        for (a, b) in self.questions.iter_mut().zip(&o.questions) {
            a.all.merge(&b.all);
            for s in 0..2 {
                a.sides[s].merge(&b.sides[s]);
                a.side_sums[s].merge(&b.side_sums[s]);
                a.unsure[s] += b.unsure[s];
            }
        }
    }

    /// Files in the round, both sides.
    pub fn total(&self) -> usize {
        self.files[0] + self.files[1]
    }
}
