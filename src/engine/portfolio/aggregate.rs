//! The pure core of a portfolio: an [`Aggregator`] takes checked answer
//! sheets one by one and keeps running sums per partner and round.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use super::agg::{PartnerAgg, RoundAgg};
use super::figures::Analysis;
use super::rounds::{finish_partner, tier_ref};
use super::sums::RoundSums;
use super::view::{FileView, PartnerDetail, PartnerView, Portfolio, partner_key};
use crate::engine::classify::classify;
use crate::engine::score;
use crate::model::answers::AnswerSheet;
use crate::model::questionnaire::Questionnaire;

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
    analysis: Analysis,
    partners: HashMap<String, PartnerAgg>,
    /// Whose files are kept whole (detail view); `Partner` holds the
    /// partner's key.
    detail: Detail,
    /// (index, partner key, file) of those partners.
    detail_files: Vec<(usize, String, FileView)>,
    /// Whether to keep the latest round's notes.
    extras: bool,
}

impl<'q> Aggregator<'q> {
    pub fn new(q: &'q Questionnaire) -> Self {
        Aggregator {
            q,
            analysis: Analysis::of(q),
            partners: HashMap::new(),
            detail: Detail::None,
            detail_files: Vec::new(),
            extras: true,
        }
    }

    /// How rounds are analysed: aggregation, flags and the anonymity
    /// threshold (default: the instrument's own settings, no threshold).
    pub fn with_analysis(mut self, analysis: Analysis) -> Self {
        self.analysis = analysis;
        self
    }

    /// Skip the latest round's notes ([`PartnerView::notes`] comes out
    /// empty): less memory when they are not shown.
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
    /// How many partners are aggregated so far.
    pub fn partners(&self) -> usize {
        self.partners.len()
    }

    pub fn add(&mut self, index: usize, file: &str, sheet: &AnswerSheet) {
        let q = self.q;
        let scored = score::score(q, &sheet.values);
        let key = partner_key(&sheet.partner);
        if self.detail.keeps(&key) {
            let view = file_view(q, file, sheet, &scored);
            self.detail_files.push((index, key.clone(), view));
        }
        let round_key = sheet.round.or(sheet.date);
        let rank = (round_key, Reverse(index));
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
            .is_none_or(|d| round_key >= *d);
        let round = partner.rounds.entry(round_key).or_insert_with(|| RoundAgg {
            sums: RoundSums::new(q),
            extra: None,
        });
        round
            .sums
            .add(q, sheet.side, &scored, &sheet.values, &sheet.expected);
        if latest && self.extras {
            round
                .extra
                .get_or_insert_with(Default::default)
                .add(index, file, sheet);
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
                        mine.sums.merge(&round.sums);
                        match (&mut mine.extra, round.extra) {
                            (Some(a), Some(b)) => a.notes.extend(b.notes),
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
            let (view, detail) = finish_partner(q, &self.analysis, key, agg, files);
            details.extend(detail);
            partners.push(view);
        }
        let order = |a: &PartnerView, b: &PartnerView| {
            a.key.cmp(&b.key).then_with(|| a.partner.cmp(&b.partner))
        };
        partners.sort_by(order);
        details.sort_by(|a, b| order(&a.partner, &b.partner));
        (
            Portfolio {
                partners,
                analysis: self.analysis,
            },
            details,
        )
    }
}

/// The view of one answers file, scored on its own (detail view).
fn file_view(
    q: &Questionnaire,
    file: &str,
    sheet: &AnswerSheet,
    scored: &score::ScoreResult,
) -> FileView {
    let verdict = classify(&q.rubric, &scored.metrics, &q.dimension_ids());
    FileView {
        file: file.to_owned(),
        respondent: sheet.respondent.clone(),
        side: sheet.side,
        date: sheet.date,
        round: sheet.round.or(sheet.date),
        dimensions: scored.metrics.dimensions.clone(),
        overall: scored.metrics.overall,
        coverage: scored.metrics.coverage,
        tier: tier_ref(q, &verdict),
        notes: sheet
            .notes
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    }
}
