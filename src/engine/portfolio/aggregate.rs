//! The pure core of a portfolio: an [`Aggregator`] takes checked answer
//! sheets one by one and keeps running sums per partner and round.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use super::rounds::{finish_partner, tier_ref};
use super::{FileView, NoteView, PartnerDetail, PartnerView, Portfolio, QuestionView, partner_key};
use crate::engine::classify::classify;
use crate::engine::score;
use crate::model::answers::{AnswerSheet, Date, Side};
use crate::model::questionnaire::Questionnaire;

/// Running figures of one dimension over a round's files.
#[derive(Debug, Clone, Copy)]
pub(super) struct DimAgg {
    pub(super) sum: f64,
    pub(super) n: usize,
    pub(super) min: f64,
    pub(super) max: f64,
    /// (sum, count) for us, them.
    pub(super) sides: [(f64, usize); 2],
}

impl DimAgg {
    const EMPTY: DimAgg = DimAgg {
        sum: 0.0,
        n: 0,
        min: f64::INFINITY,
        max: f64::NEG_INFINITY,
        sides: [(0.0, 0); 2],
    };

    fn add(&mut self, v: f64, side: Side) {
        self.sum += v;
        self.n += 1;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
        let s = &mut self.sides[side_index(side)];
        s.0 += v;
        s.1 += 1;
    }

    fn merge(&mut self, o: &DimAgg) {
        self.sum += o.sum;
        self.n += o.n;
        self.min = self.min.min(o.min);
        self.max = self.max.max(o.max);
        for (a, b) in self.sides.iter_mut().zip(&o.sides) {
            a.0 += b.0;
            a.1 += b.1;
        }
    }
}

fn side_index(side: Side) -> usize {
    match side {
        Side::Us => 0,
        Side::Them => 1,
    }
}

pub(super) fn mean((sum, n): (f64, usize)) -> Option<f64> {
    (n > 0).then(|| sum / n as f64)
}

/// What only the latest round needs: per-question sums and the notes.
#[derive(Debug, Clone)]
pub(super) struct RoundExtra {
    pub(super) questions: Vec<(f64, usize)>,
    /// (file index, note)
    pub(super) notes: Vec<(usize, NoteView)>,
}

#[derive(Debug, Clone)]
pub(super) struct RoundAgg {
    pub(super) files: usize,
    pub(super) coverage: f64,
    pub(super) dims: Vec<DimAgg>,
    pub(super) extra: Option<Box<RoundExtra>>,
}

#[derive(Debug, Clone)]
pub(super) struct PartnerAgg {
    pub(super) name: String,
    /// The display name comes from the latest round's first file.
    pub(super) name_rank: (Option<Date>, Reverse<usize>),
    /// `None` (undated) sorts before every date: the oldest round.
    pub(super) rounds: BTreeMap<Option<Date>, RoundAgg>,
}

impl PartnerAgg {
    /// Only the latest round keeps its per-question sums and notes.
    fn trim_extras(&mut self) {
        let n = self.rounds.len();
        for r in self.rounds.values_mut().take(n.saturating_sub(1)) {
            r.extra = None;
        }
    }
}

/// Whose files an [`Aggregator`] keeps whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    None,
    /// The partner with this name (compared trimmed, ignoring case: an
    /// [`Aggregator`] holds it as its [`partner_key`]).
    Partner(String),
    /// Every partner (`report`, `agenda`).
    All,
}

impl Detail {
    /// Whether the files of the partner with this key are kept (`Partner`
    /// holding a key, as in an [`Aggregator`]).
    fn keeps(&self, key: &str) -> bool {
        match self {
            Detail::None => false,
            Detail::Partner(k) => k == key,
            Detail::All => true,
        }
    }
}

/// Aggregates answer sheets into per-partner, per-round running figures.
/// Pure: no I/O. Sheets are identified by an index (their position in the
/// input), which orders notes and chooses display names deterministically.
#[derive(Debug, Clone)]
pub struct Aggregator<'q> {
    q: &'q Questionnaire,
    partners: HashMap<String, PartnerAgg>,
    /// Whose files are kept whole (detail view); `Partner` holds the
    /// partner's key.
    detail: Detail,
    /// (index, partner key, file) of those partners.
    detail_files: Vec<(usize, String, FileView)>,
    /// Whether to keep the latest round's per-question sums and notes.
    extras: bool,
}

impl<'q> Aggregator<'q> {
    pub fn new(q: &'q Questionnaire) -> Self {
        Aggregator {
            q,
            partners: HashMap::new(),
            detail: Detail::None,
            detail_files: Vec::new(),
            extras: true,
        }
    }

    /// Skip the latest round's per-question sums and notes
    /// ([`PartnerView::questions`] and [`PartnerView::notes`] come out
    /// empty): less work and memory when they are not shown.
    pub fn without_extras(mut self) -> Self {
        self.extras = false;
        self
    }

    /// Also keep every file of the partner named `name` (see
    /// [`Aggregator::finish_detail`]).
    pub fn with_detail(mut self, name: &str) -> Self {
        self.detail = Detail::Partner(partner_key(name));
        self
    }

    /// Also keep every file of every partner (`report`, `agenda`): memory
    /// then grows with the files.
    pub fn with_all_details(mut self) -> Self {
        self.detail = Detail::All;
        self
    }

    /// Adds one checked sheet (scored against this aggregator's questionnaire).
    pub fn add(&mut self, index: usize, file: &str, sheet: &AnswerSheet) {
        let q = self.q;
        let assessment = score::score(q, &sheet.values);
        let key = partner_key(&sheet.partner);
        if self.detail.keeps(&key) {
            let view = file_view(q, file, sheet, &assessment);
            self.detail_files.push((index, key.clone(), view));
        }
        let rank = (sheet.date, Reverse(index));
        let partner = self.partners.entry(key).or_insert_with(|| PartnerAgg {
            name: sheet.partner.trim().to_owned(),
            name_rank: rank,
            rounds: BTreeMap::new(),
        });
        if rank > partner.name_rank {
            partner.name = sheet.partner.trim().to_owned();
            partner.name_rank = rank;
        }
        let latest = partner
            .rounds
            .keys()
            .next_back()
            .is_none_or(|d| sheet.round.or(sheet.date) >= *d);
        let round = partner
            .rounds
            .entry(sheet.round.or(sheet.date))
            .or_insert_with(|| RoundAgg::new(q.dimensions.len()));
        round.add(&assessment, sheet.side);
        if latest && self.extras {
            round
                .extra
                .get_or_insert_with(|| RoundExtra::new(q))
                .add(q, index, file, sheet);
            partner.trim_extras();
        }
    }

    /// Adds the figures of another aggregator (of other files, same
    /// questionnaire). Merging chunks in input order gives the same result
    /// for any number of threads.
    pub fn merge(&mut self, other: Aggregator<'_>) {
        for (key, theirs) in other.partners {
            let Some(ours) = self.partners.get_mut(&key) else {
                self.partners.insert(key, theirs);
                continue;
            };
            if theirs.name_rank > ours.name_rank {
                ours.name = theirs.name;
                ours.name_rank = theirs.name_rank;
            }
            for (date, round) in theirs.rounds {
                match ours.rounds.get_mut(&date) {
                    None => {
                        ours.rounds.insert(date, round);
                    }
                    Some(mine) => {
                        mine.files += round.files;
                        mine.coverage += round.coverage;
                        for (a, b) in mine.dims.iter_mut().zip(&round.dims) {
                            a.merge(b);
                        }
                        match (&mut mine.extra, round.extra) {
                            (Some(a), Some(b)) => {
                                for (x, y) in a.questions.iter_mut().zip(&b.questions) {
                                    x.0 += y.0;
                                    x.1 += y.1;
                                }
                                a.notes.extend(b.notes);
                            }
                            (slot @ None, Some(b)) => *slot = Some(b),
                            (_, None) => {}
                        }
                    }
                }
            }
            ours.trim_extras();
        }
        self.detail_files.extend(other.detail_files);
    }

    /// The portfolio: each partner's latest round, previous round and history.
    pub fn finish(self) -> Portfolio {
        self.finish_detail().0
    }

    /// The portfolio, and the detail of the partners given to
    /// [`Aggregator::with_detail`] or [`Aggregator::with_all_details`] that
    /// have files, in the portfolio's order.
    pub fn finish_detail(mut self) -> (Portfolio, Vec<PartnerDetail>) {
        let q = self.q;
        let mut kept: HashMap<String, Vec<(usize, FileView)>> = HashMap::new();
        for (index, key, file) in std::mem::take(&mut self.detail_files) {
            kept.entry(key).or_default().push((index, file));
        }
        let mut details = Vec::new();
        let mut partners: Vec<PartnerView> = Vec::with_capacity(self.partners.len());
        for (key, agg) in self.partners {
            let files = kept.remove(&key);
            let (view, detail) = finish_partner(q, key, agg, files);
            details.extend(detail);
            partners.push(view);
        }
        let order = |a: &PartnerView, b: &PartnerView| {
            a.key.cmp(&b.key).then_with(|| a.partner.cmp(&b.partner))
        };
        partners.sort_by(order);
        details.sort_by(|a, b| order(&a.partner, &b.partner));
        (Portfolio { partners }, details)
    }
}

/// The view of one answers file, scored on its own (detail view).
fn file_view(
    q: &Questionnaire,
    file: &str,
    sheet: &AnswerSheet,
    assessment: &score::Assessment,
) -> FileView {
    let verdict = classify(&q.rubric, &assessment.metrics, &q.dimension_ids());
    FileView {
        file: file.to_owned(),
        respondent: sheet.respondent.clone(),
        side: sheet.side,
        date: sheet.date,
        dimensions: assessment.metrics.dimensions.clone(),
        overall: assessment.metrics.overall,
        coverage: assessment.metrics.coverage,
        tier: tier_ref(q, &verdict),
        notes: sheet
            .notes
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    }
}

impl RoundAgg {
    fn new(dimensions: usize) -> Self {
        RoundAgg {
            files: 0,
            coverage: 0.0,
            dims: vec![DimAgg::EMPTY; dimensions],
            extra: None,
        }
    }

    /// Counts one file's coverage and dimension scores.
    fn add(&mut self, assessment: &score::Assessment, side: Side) {
        self.files += 1;
        self.coverage += assessment.metrics.coverage;
        for (agg, s) in self.dims.iter_mut().zip(&assessment.dimensions) {
            if let Some(v) = s.score {
                agg.add(v, side);
            }
        }
    }
}

impl RoundExtra {
    fn new(q: &Questionnaire) -> Box<Self> {
        Box::new(RoundExtra {
            questions: vec![(0.0, 0); q.questions.len()],
            notes: Vec::new(),
        })
    }

    /// Counts one file's answers per question and keeps its notes.
    fn add(&mut self, q: &Questionnaire, index: usize, file: &str, sheet: &AnswerSheet) {
        for ((slot, question), value) in self
            .questions
            .iter_mut()
            .zip(&q.questions)
            .zip(&sheet.values)
        {
            if let Some(v) = value.and_then(|a| score::counted(a, question.reverse, &q.scale)) {
                slot.0 += v;
                slot.1 += 1;
            }
        }
        self.notes.extend(sheet.notes.iter().map(|(k, text)| {
            (
                index,
                NoteView {
                    key: k.clone(),
                    text: text.clone(),
                    respondent: sheet.respondent.clone(),
                    side: sheet.side,
                    file: file.to_owned(),
                },
            )
        }));
    }

    /// The mean answer per question, and the notes in input order.
    pub(super) fn views(&self, q: &Questionnaire) -> (Vec<QuestionView>, Vec<NoteView>) {
        let questions = q
            .questions
            .iter()
            .zip(&self.questions)
            .map(|(question, slot)| QuestionView {
                id: question.id.clone(),
                dimension: question.dimension,
                mean: mean(*slot),
                answered: slot.1,
            })
            .collect();
        let mut notes = self.notes.clone();
        notes.sort_by_key(|(i, _)| *i);
        (questions, notes.into_iter().map(|(_, n)| n).collect())
    }
}
