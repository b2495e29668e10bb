//! Item analysis: is the instrument measuring well? Over every file given
//! (every round): per question how often it was answered or left unsure,
//! its mean and spread, and how well it agrees with the rest of its
//! dimension (item-rest correlation); per dimension Cronbach's alpha.
//!
//! [`Items`] is a running accumulator (merge chunks for parallel reading),
//! [`Items::finish`] gives the figures.

use std::collections::BTreeMap;

use crate::engine::portfolio::{Analysis, RoundSums, Suppressed, partner_key, round_figures};
use crate::engine::score::{counted, score};
use crate::engine::stats::{CoMoments, Moments, cronbach_alpha};
use crate::model::answers::{Answer, AnswerSheet, Date};
use crate::model::questionnaire::Questionnaire;

/// Below this alpha a dimension is flagged `low-alpha`.
pub const LOW_ALPHA: f64 = 0.7;
/// Below this item-rest correlation a question is flagged `low-item-rest`.
pub const LOW_ITEM_REST: f64 = 0.3;
/// Above this unsure rate a question is flagged `high-unsure`.
pub const HIGH_UNSURE: f64 = 0.2;

/// Running figures of one question.
#[derive(Debug, Clone, Default)]
struct QuestionAgg {
    unsure: usize,
    /// Counted answers (reverse questions flipped).
    answers: Moments,
    /// (answer, mean of the file's other counted answers in the dimension).
    rest: CoMoments,
}

/// Running figures of one dimension over the files that answered every
/// one of its questions.
#[derive(Debug, Clone, Default)]
struct DimensionAgg {
    items: Vec<Moments>,
    sum: Moments,
}

/// The running figures of a set of files.
#[derive(Debug, Clone)]
struct Acc {
    files: usize,
    questions: Vec<QuestionAgg>,
    dimensions: Vec<DimensionAgg>,
}

/// The accumulator. Under an anonymity threshold it keeps each round of
/// each partner apart, with the round's running sums, so that the files of
/// a round the threshold hides can be left out.
#[derive(Debug, Clone)]
pub struct Items<'q> {
    q: &'q Questionnaire,
    analysis: Analysis,
    /// Every file, when there is no threshold.
    all: Acc,
    /// Per (partner, round) under a threshold.
    rounds: BTreeMap<(String, Option<Date>), (Acc, RoundSums)>,
}

/// One question's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFigures {
    /// Index into the questionnaire's questions.
    pub question: usize,
    pub answered: usize,
    pub unsure: usize,
    /// `unsure / (answered + unsure)`; `None` when nobody answered at all.
    pub unsure_rate: Option<f64>,
    pub mean: Option<f64>,
    /// Sample standard deviation; `None` under 2 answers.
    pub sd: Option<f64>,
    /// Pearson correlation with the rest of the dimension; `None` under 3
    /// files or without variance.
    pub item_rest: Option<f64>,
    pub flags: Vec<ItemFlag>,
}

/// One dimension's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionFigures {
    /// Index into the questionnaire's dimensions.
    pub dimension: usize,
    /// Files that answered every question of the dimension.
    pub complete: usize,
    pub alpha: Option<f64>,
    pub flags: Vec<ItemFlag>,
}

/// What item analysis points out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemFlag {
    LowAlpha,
    LowItemRest,
    HighUnsure,
}

impl ItemFlag {
    pub fn id(self) -> &'static str {
        match self {
            ItemFlag::LowAlpha => "low-alpha",
            ItemFlag::LowItemRest => "low-item-rest",
            ItemFlag::HighUnsure => "high-unsure",
        }
    }
}

/// Everything `items` reports.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemReport {
    /// The files counted (those of hidden rounds left out).
    pub files: usize,
    /// Files of rounds the anonymity threshold hides, left out.
    pub left_out: usize,
    /// The threshold, and where it came from.
    pub min_respondents: usize,
    pub min_respondents_source: crate::engine::portfolio::ThresholdSource,
    pub questions: Vec<ItemFigures>,
    pub dimensions: Vec<DimensionFigures>,
}

impl Acc {
    fn new(q: &Questionnaire) -> Self {
        Acc {
            files: 0,
            questions: vec![QuestionAgg::default(); q.questions.len()],
            dimensions: q
                .dimensions
                .iter()
                .map(|d| DimensionAgg {
                    items: vec![Moments::default(); d.questions.len()],
                    sum: Moments::default(),
                })
                .collect(),
        }
    }

    /// Adds one checked sheet.
    fn add(&mut self, q: &Questionnaire, sheet: &AnswerSheet) {
        self.files += 1;
        let values: Vec<Option<f64>> = q
            .questions
            .iter()
            .zip(&sheet.values)
            .map(|(question, v)| counted((*v)?, question.reverse, &q.scale))
            .collect();
        for (agg, v) in self.questions.iter_mut().zip(&sheet.values) {
            if matches!(v, Some(Answer::Unsure)) {
                agg.unsure += 1;
            }
        }
        for (d, dim) in q.dimensions.iter().enumerate() {
            let range = dim.questions.clone();
            let answered: Vec<(usize, f64)> = range
                .clone()
                .filter_map(|i| Some((i, values[i]?)))
                .collect();
            let total: f64 = answered.iter().map(|(_, v)| v).sum();
            for &(i, v) in &answered {
                let agg = &mut self.questions[i];
                agg.answers.add(v);
                if answered.len() >= 2 {
                    let rest = (total - v) / (answered.len() - 1) as f64;
                    agg.rest.add(v, rest);
                }
            }
            if answered.len() == range.len() {
                let agg = &mut self.dimensions[d];
                for (slot, (_, v)) in agg.items.iter_mut().zip(&answered) {
                    slot.add(*v);
                }
                agg.sum.add(total);
            }
        }
    }

    /// Adds the figures of another accumulator (other files).
    fn merge(&mut self, other: &Acc) {
        self.files += other.files;
        for (a, b) in self.questions.iter_mut().zip(&other.questions) {
            a.unsure += b.unsure;
            a.answers.merge(&b.answers);
            a.rest.merge(&b.rest);
        }
        for (a, b) in self.dimensions.iter_mut().zip(&other.dimensions) {
            for (x, y) in a.items.iter_mut().zip(&b.items) {
                x.merge(y);
            }
            a.sum.merge(&b.sum);
        }
    }

    /// The figures, with what needs `n` answers hidden under it.
    fn finish(&self, n: usize) -> (Vec<ItemFigures>, Vec<DimensionFigures>) {
        let questions = self
            .questions
            .iter()
            .enumerate()
            .map(|(i, agg)| {
                let answered = agg.answers.n;
                let asked = answered + agg.unsure;
                let unsure_rate = (asked > 0).then(|| agg.unsure as f64 / asked as f64);
                // A question's figures need N counted answers.
                let shown = answered >= n;
                let item_rest = agg.rest.pearson(3).filter(|_| shown);
                let mut flags = Vec::new();
                if item_rest.is_some_and(|r| r < LOW_ITEM_REST) {
                    flags.push(ItemFlag::LowItemRest);
                }
                if unsure_rate.is_some_and(|r| r > HIGH_UNSURE) {
                    flags.push(ItemFlag::HighUnsure);
                }
                ItemFigures {
                    question: i,
                    answered,
                    unsure: agg.unsure,
                    unsure_rate,
                    mean: agg.answers.mean().filter(|_| shown),
                    sd: agg.answers.sd().filter(|_| shown),
                    item_rest,
                    flags,
                }
            })
            .collect();
        let dimensions = self
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, agg)| {
                let complete = agg.sum.n;
                // Alpha needs max(3, N) complete files.
                let alpha = if complete < n.max(3) {
                    None
                } else {
                    let variances: Option<Vec<f64>> =
                        agg.items.iter().map(Moments::sample_variance).collect();
                    variances.and_then(|v| cronbach_alpha(&v, agg.sum.sample_variance()?))
                };
                let flags = match alpha {
                    Some(a) if a < LOW_ALPHA => vec![ItemFlag::LowAlpha],
                    _ => Vec::new(),
                };
                DimensionFigures {
                    dimension: d,
                    complete,
                    alpha,
                    flags,
                }
            })
            .collect();
        (questions, dimensions)
    }
}

impl<'q> Items<'q> {
    /// With no anonymity threshold.
    pub fn new(q: &'q Questionnaire) -> Self {
        Items::with_analysis(q, Analysis::of(q))
    }

    /// Under `analysis`'s anonymity threshold: the files of rounds it
    /// hides are left out, and figures of fewer answers than it are hidden.
    pub fn with_analysis(q: &'q Questionnaire, analysis: Analysis) -> Self {
        Items {
            q,
            analysis,
            all: Acc::new(q),
            rounds: BTreeMap::new(),
        }
    }

    fn threshold(&self) -> bool {
        self.analysis.min_respondents > 1
    }

    /// Adds one checked sheet.
    pub fn add(&mut self, sheet: &AnswerSheet) {
        let q = self.q;
        if !self.threshold() {
            self.all.add(q, sheet);
            return;
        }
        let key = (partner_key(&sheet.partner), sheet.round.or(sheet.date));
        let (acc, sums) = self
            .rounds
            .entry(key)
            .or_insert_with(|| (Acc::new(q), RoundSums::new(q)));
        acc.add(q, sheet);
        let scored = score(q, &sheet.values);
        sums.add(q, sheet.side, &scored, &sheet.values, &sheet.expected);
    }

    /// Adds the figures of another accumulator (other files, same
    /// questionnaire).
    pub fn merge(&mut self, other: &Items<'_>) {
        self.all.merge(&other.all);
        for (key, (acc, sums)) in &other.rounds {
            match self.rounds.get_mut(key) {
                Some((a, s)) => {
                    a.merge(acc);
                    s.merge(sums);
                }
                None => {
                    self.rounds.insert(key.clone(), (acc.clone(), sums.clone()));
                }
            }
        }
    }

    /// The figures.
    pub fn finish(&self) -> ItemReport {
        let q = self.q;
        let n = self.analysis.min_respondents;
        let mut total = self.all.clone();
        let mut left_out = 0;
        for (acc, sums) in self.rounds.values() {
            if round_figures(q, &self.analysis, sums).suppressed == Suppressed::Round {
                left_out += acc.files;
            } else {
                total.merge(acc);
            }
        }
        let (questions, dimensions) = total.finish(n);
        ItemReport {
            files: total.files,
            left_out,
            min_respondents: n,
            min_respondents_source: self.analysis.min_respondents_source,
            questions,
            dimensions,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Source;

    /// One dimension of three questions (the third reversed), another of one.
    const TOML: &str = r#"
id = "items-test"
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
[[dimension.question]]
id = "a3"
text = "A3"
reverse = true
[[dimension]]
id = "b"
name = "B"
[[dimension.question]]
id = "b1"
text = "B1"
[rubric]
[[rubric.band]]
id = "all"
label = "All"
min = 1
[[rubric.tier]]
id = "any"
label = "Any"
when = []
"#;

    fn q() -> Questionnaire {
        Questionnaire::from_toml(Source::new("t.toml", TOML)).unwrap()
    }

    fn sheet(q: &Questionnaire, values: [Option<Answer>; 4]) -> AnswerSheet {
        let mut s = AnswerSheet::new(q, "P".into());
        s.values = values.to_vec();
        s
    }

    fn v(x: i64) -> Option<Answer> {
        Some(Answer::Value(x))
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }

    #[test]
    fn alpha_item_rest_and_unsure_on_a_worked_example() {
        let q = q();
        let mut items = Items::new(&q);
        // Counted a3 = 6 - raw: raw 4, 3, 2, 1 count as 2, 3, 4, 5.
        // Files (a1, a2, a3 counted): (1,2,2) (2,3,3) (3,3,4) (4,4,5) — the
        // textbook example of stats.rs: alpha 33/34.
        for (a1, a2, a3) in [(1, 2, 4), (2, 3, 3), (3, 3, 2), (4, 4, 1)] {
            items.add(&sheet(&q, [v(a1), v(a2), v(a3), Some(Answer::Unsure)]));
        }
        // A fifth file answers only a1 (so not complete for alpha), and b1.
        items.add(&sheet(&q, [v(5), None, None, v(3)]));
        let r = items.finish();
        assert_eq!(r.files, 5);
        assert!(close(r.dimensions[0].alpha, 33.0 / 34.0));
        assert_eq!(r.dimensions[0].complete, 4);
        assert!(r.dimensions[0].flags.is_empty());
        // a1: answered 5 (1..5), mean 3, sd sqrt(2.5).
        let a1 = &r.questions[0];
        assert_eq!((a1.answered, a1.unsure), (5, 0));
        assert!(close(a1.mean, 3.0) && close(a1.sd, 2.5f64.sqrt()));
        // a1's rest means: (2+2)/2=2, 3, 3.5, 4.5 (the fifth file has no
        // other answer): r(1..4, [2,3,3.5,4.5]).
        let mut c = CoMoments::default();
        for (x, y) in [(1.0, 2.0), (2.0, 3.0), (3.0, 3.5), (4.0, 4.5)] {
            c.add(x, y);
        }
        assert_eq!(a1.item_rest, c.pearson(3));
        // b1: 1 answer, 4 unsure: rate 0.8, flagged; one question, no alpha.
        let b1 = &r.questions[3];
        assert_eq!((b1.answered, b1.unsure), (1, 4));
        assert!(close(b1.unsure_rate, 0.8));
        assert_eq!(b1.flags, [ItemFlag::HighUnsure]);
        assert_eq!(b1.sd, None);
        assert_eq!(r.dimensions[1].alpha, None);
    }

    #[test]
    fn too_few_files_give_no_alpha_or_item_rest_and_merge_equals_one_pass() {
        let q = q();
        let files = [
            [v(1), v(5), v(1), v(2)],
            [v(5), v(1), v(5), v(4)],
            [v(3), v(3), v(3), v(3)],
            [v(2), v(4), v(2), None],
        ];
        let mut two = Items::new(&q);
        for f in &files[..2] {
            two.add(&sheet(&q, *f));
        }
        let r = two.finish();
        assert_eq!(r.dimensions[0].alpha, None);
        assert_eq!(r.questions[0].item_rest, None);
        let mut whole = Items::new(&q);
        files.iter().for_each(|f| whole.add(&sheet(&q, *f)));
        let mut rest = Items::new(&q);
        files[2..].iter().for_each(|f| rest.add(&sheet(&q, *f)));
        two.merge(&rest);
        let (a, b) = (two.finish(), whole.finish());
        assert_eq!(a.files, b.files);
        for (x, y) in a.questions.iter().zip(&b.questions) {
            assert_eq!((x.answered, x.unsure), (y.answered, y.unsure));
            assert!(
                x.item_rest
                    .zip(y.item_rest)
                    .is_none_or(|(x, y)| (x - y).abs() < 1e-12)
            );
        }
        // Answers that contradict each other within a dimension: low alpha.
        assert!(b.dimensions[0].alpha.is_some_and(|a| a < LOW_ALPHA));
        assert_eq!(b.dimensions[0].flags, [ItemFlag::LowAlpha]);
    }

    /// The contract's formulas written out directly (two passes, no running
    /// sums), to check the accumulator against on many files with unsure and
    /// missing answers.
    fn naive(q: &Questionnaire, sheets: &[AnswerSheet]) -> (Vec<Option<f64>>, Vec<Option<f64>>) {
        let counted_of =
            |s: &AnswerSheet, i: usize| counted(s.values[i]?, q.questions[i].reverse, &q.scale);
        let mean = |xs: &[f64]| xs.iter().sum::<f64>() / xs.len() as f64;
        let var = |xs: &[f64]| {
            let m = mean(xs);
            xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64
        };
        let mut item_rest = Vec::new();
        let mut alpha = Vec::new();
        for dim in &q.dimensions {
            for i in dim.questions.clone() {
                let pairs: Vec<(f64, f64)> = sheets
                    .iter()
                    .filter_map(|s| {
                        let x = counted_of(s, i)?;
                        let others: Vec<f64> = dim
                            .questions
                            .clone()
                            .filter(|&j| j != i)
                            .filter_map(|j| counted_of(s, j))
                            .collect();
                        (!others.is_empty()).then(|| (x, mean(&others)))
                    })
                    .collect();
                let xs: Vec<f64> = pairs.iter().map(|p| p.0).collect();
                let ys: Vec<f64> = pairs.iter().map(|p| p.1).collect();
                item_rest.push(if pairs.len() < 3 || var(&xs) == 0.0 || var(&ys) == 0.0 {
                    None
                } else {
                    let (mx, my) = (mean(&xs), mean(&ys));
                    let sxy: f64 = pairs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
                    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
                    let syy: f64 = ys.iter().map(|y| (y - my).powi(2)).sum();
                    Some(sxy / (sxx * syy).sqrt())
                });
            }
            let rows: Vec<Vec<f64>> = sheets
                .iter()
                .filter_map(|s| dim.questions.clone().map(|i| counted_of(s, i)).collect())
                .collect();
            let j = dim.questions.len();
            alpha.push(if j < 2 || rows.len() < 3 {
                None
            } else {
                let sums: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
                let items: f64 = (0..j)
                    .map(|k| var(&rows.iter().map(|r| r[k]).collect::<Vec<_>>()))
                    .sum();
                let total = var(&sums);
                (total > 0.0).then(|| j as f64 / (j as f64 - 1.0) * (1.0 - items / total))
            });
        }
        (item_rest, alpha)
    }

    #[test]
    fn the_accumulator_follows_the_formulas_written_out() {
        let q = q();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for n in [2, 3, 4, 7, 40, 300] {
            let sheets: Vec<AnswerSheet> = (0..n)
                .map(|_| {
                    let base = (next() % 5) as i64;
                    let mut one = || match next() % 10 {
                        0 => None,
                        1 => Some(Answer::Unsure),
                        k => Some(Answer::Value(1 + (base + (k as i64 % 3)) % 5)),
                    };
                    sheet(&q, [one(), one(), one(), one()])
                })
                .collect();
            let mut items = Items::new(&q);
            // Two chunks merged, as the parallel reader does.
            let mut second = Items::new(&q);
            for (k, s) in sheets.iter().enumerate() {
                if k % 2 == 0 {
                    items.add(s)
                } else {
                    second.add(s)
                }
            }
            items.merge(&second);
            let r = items.finish();
            let (item_rest, alpha) = naive(&q, &sheets);
            let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                (a, b) => a == b,
            };
            for (f, expected) in r.questions.iter().zip(&item_rest) {
                assert!(
                    same(f.item_rest, *expected),
                    "n {n}: {:?} != {expected:?}",
                    f.item_rest
                );
            }
            for (d, expected) in r.dimensions.iter().zip(&alpha) {
                assert!(
                    same(d.alpha, *expected),
                    "n {n}: {:?} != {expected:?}",
                    d.alpha
                );
            }
            assert!(alpha[0].is_some() || n < 7, "n {n}: the case is exercised");
            // answered, unsure, rate, mean and sd, written out.
            for (i, f) in r.questions.iter().enumerate() {
                let xs: Vec<f64> = sheets
                    .iter()
                    .filter_map(|s| counted(s.values[i]?, q.questions[i].reverse, &q.scale))
                    .collect();
                let unsure = sheets
                    .iter()
                    .filter(|s| s.values[i] == Some(Answer::Unsure))
                    .count();
                assert_eq!((f.answered, f.unsure), (xs.len(), unsure));
                let asked = xs.len() + unsure;
                let rate = (asked > 0).then(|| unsure as f64 / asked as f64);
                assert!(same(f.unsure_rate, rate));
                let mean = (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64);
                assert!(same(f.mean, mean), "{:?} != {mean:?}", f.mean);
                let sd = (xs.len() >= 2).then(|| {
                    let m = mean.unwrap_or_default();
                    (xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt()
                });
                assert!(same(f.sd, sd), "{:?} != {sd:?}", f.sd);
                let flags = [
                    f.item_rest
                        .is_some_and(|r| r < 0.3)
                        .then_some(ItemFlag::LowItemRest),
                    rate.is_some_and(|r| r > 0.2)
                        .then_some(ItemFlag::HighUnsure),
                ];
                assert_eq!(f.flags, flags.into_iter().flatten().collect::<Vec<_>>());
            }
        }
    }

    /// Under a threshold of 3: the round of partner Q (2 files) is left out;
    /// in P's round (3 files, each scoring both dimensions), a question with
    /// 2 answers hides its figures.
    #[test]
    fn the_threshold_leaves_out_hidden_rounds_and_hides_small_figures() {
        let q = q();
        let analysis = Analysis {
            min_respondents: 3,
            ..Analysis::of(&q)
        };
        let mut items = Items::with_analysis(&q, analysis);
        let of = |partner: &str, values| {
            let mut s = sheet(&q, values);
            s.partner = partner.into();
            s
        };
        // P: a3 answered twice; the rest by all three.
        items.add(&of("P", [v(1), v(2), v(4), v(3)]));
        items.add(&of("P", [v(2), v(3), v(3), v(5)]));
        items.add(&of("P", [v(4), v(4), None, v(2)]));
        // Q: two files, fewer than 3: left out whatever they answered.
        items.add(&of("Q", [v(5), v(5), v(1), v(1)]));
        items.add(&of("Q", [v(5), v(5), v(1), v(1)]));
        let r = items.finish();
        assert_eq!((r.files, r.left_out, r.min_respondents), (3, 2, 3));
        // a1 over P's files only: (1 + 2 + 4) / 3.
        assert!(close(r.questions[0].mean, 7.0 / 3.0));
        // a3: 2 answers < 3: no mean, no sd, no item-rest; the counts stay.
        let a3 = &r.questions[2];
        assert_eq!(
            (a3.mean, a3.sd, a3.item_rest, a3.answered),
            (None, None, None, 2)
        );
        // b1: (3 + 5 + 2) / 3.
        assert!(close(r.questions[3].mean, 10.0 / 3.0));
        // a: 2 complete files, under max(3, 3): no alpha.
        assert_eq!((r.dimensions[0].complete, r.dimensions[0].alpha), (2, None));
        // At a threshold of 4 the same P round is itself hidden.
        let mut items = Items::with_analysis(
            &q,
            Analysis {
                min_respondents: 4,
                ..Analysis::of(&q)
            },
        );
        items.add(&of("P", [v(1), v(2), v(4), v(3)]));
        let r = items.finish();
        assert_eq!((r.files, r.left_out), (0, 1));
        assert!(r.questions.iter().all(|f| f.mean.is_none()));
    }
}
