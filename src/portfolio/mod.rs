//! `partnercheck compare`: a portfolio of answers files aggregated per
//! partner and round (SPEC section 4, "compare: how a portfolio is
//! aggregated").
//!
//! The core is pure: an [`Aggregator`] takes checked [`AnswerSheet`]s one by
//! one and keeps, per partner and round, running sums (never the files), so
//! memory grows with partners × rounds, not with files. Aggregators of
//! separate chunks of files [`merge`](Aggregator::merge), which lets the
//! loader parse in parallel. [`Aggregator::finish`] turns the sums into the
//! [`Portfolio`] that every output format renders, and that `report` and
//! `agenda` build on.

use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, HashMap};

use anyhow::{Result, bail};
use serde::Serialize;

use crate::answers::{AnswerSheet, Date, Side};
use crate::assessment::TierRef;
use crate::questionnaire::Questionnaire;
use crate::rubric::{EPSILON, Verdict};
use crate::sanitize::terminal;
use crate::score::{self, Metrics};

mod command;
mod load;

pub use command::run;
pub use load::{Aggregated, Detail, Options, aggregate, answer_files, load, questionnaire_for};

// ---------------------------------------------------------------------------
// The public model
// ---------------------------------------------------------------------------

/// Every partner's current figures, sorted by name (case-insensitive).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Portfolio {
    pub partners: Vec<PartnerView>,
}

/// One partner: the figures of its latest round (SPEC section 4).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerView {
    /// The name as written in the latest round's first file (trimmed).
    pub partner: String,
    /// The name trimmed and lowercased: what partners are merged by.
    #[serde(skip)]
    pub key: String,
    /// The latest round's date; `None` for the undated round.
    pub date: Option<Date>,
    /// Files in the latest round.
    pub files: usize,
    /// In questionnaire order.
    pub dimensions: Vec<DimensionView>,
    pub overall: Option<f64>,
    #[serde(skip)]
    pub lowest: Option<f64>,
    #[serde(skip)]
    pub highest: Option<f64>,
    /// Mean coverage of the latest round's files.
    pub coverage: f64,
    pub tier: Option<TierRef>,
    /// Why this tier (from the rubric).
    #[serde(skip)]
    pub reasons: Vec<String>,
    /// The round before the latest one.
    pub previous: Option<RoundPoint>,
    /// `overall - previous.overall`.
    pub change: Option<f64>,
    /// Every round, oldest first; the last one is the latest round.
    #[serde(skip)]
    pub history: Vec<RoundPoint>,
    /// Per question of the latest round, in questionnaire order (empty
    /// when aggregated [`without_extras`](Aggregator::without_extras)).
    #[serde(skip)]
    pub questions: Vec<QuestionView>,
    /// The notes of the latest round's files, in file order.
    #[serde(skip)]
    pub notes: Vec<NoteView>,
}

/// A dimension's figures over the files of one round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionView {
    pub id: String,
    #[serde(skip)]
    pub name: String,
    /// Plain mean of the file scores (files without a score left out).
    pub score: Option<f64>,
    /// Band id.
    pub band: Option<String>,
    #[serde(skip)]
    pub band_label: Option<String>,
    /// 0 for the best band.
    #[serde(skip)]
    pub band_rank: Option<usize>,
    /// Greatest minus least file score (0 with one file).
    pub spread: Option<f64>,
    pub us: Option<f64>,
    pub them: Option<f64>,
    /// `them - us`; `None` unless both sides scored the dimension.
    pub gap: Option<f64>,
}

/// A round's headline: when, how much, which tier. Its `tier` has no
/// `summary` or `advice` (see `q.rubric.tiers[tier.rank]` for those).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundPoint {
    pub date: Option<Date>,
    pub overall: Option<f64>,
    pub tier: Option<TierRef>,
}

/// One question over the latest round's files.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    pub id: String,
    /// Index into the questionnaire's dimensions.
    pub dimension: usize,
    /// Mean counted value (reverse questions already flipped); `None` when
    /// no file counted an answer.
    pub mean: Option<f64>,
    /// Files that counted an answer.
    pub answered: usize,
}

/// A note of one file. The text is untrusted: sanitize before printing.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteView {
    /// A question id or a dimension id.
    pub key: String,
    pub text: String,
    pub respondent: Option<String>,
    pub side: Side,
    pub file: String,
}

/// One partner in detail: every round, newest first, with every file.
#[derive(Debug, Clone)]
pub struct PartnerDetail {
    pub partner: PartnerView,
    pub rounds: Vec<RoundDetail>,
}

#[derive(Debug, Clone)]
pub struct RoundDetail {
    pub date: Option<Date>,
    pub overall: Option<f64>,
    pub coverage: f64,
    pub tier: Option<TierRef>,
    pub dimensions: Vec<DimensionView>,
    /// In file order.
    pub files: Vec<FileView>,
}

/// One answers file, scored on its own.
#[derive(Debug, Clone)]
pub struct FileView {
    pub file: String,
    pub respondent: Option<String>,
    pub side: Side,
    pub date: Option<Date>,
    /// Per dimension, in questionnaire order.
    pub dimensions: Vec<Option<f64>>,
    pub overall: Option<f64>,
    pub coverage: f64,
    pub tier: Option<TierRef>,
    /// (question or dimension id, text)
    pub notes: Vec<(String, String)>,
}

/// A dimension's `spread` from this value up is flagged: respondents disagree.
pub const SPREAD_FLAG: f64 = 1.5;
/// A dimension's `|gap|` from this value up is flagged: the two sides see it
/// differently.
pub const GAP_FLAG: f64 = 1.0;

impl DimensionView {
    /// A dimension's figures, with its band from the rubric and the gap
    /// `them - us` (when both sides scored it).
    pub fn new(
        q: &Questionnaire,
        dim: &crate::questionnaire::Dimension,
        score: Option<f64>,
        spread: Option<f64>,
        us: Option<f64>,
        them: Option<f64>,
    ) -> Self {
        let band = score.and_then(|v| q.rubric.band_index(v));
        DimensionView {
            id: dim.id.clone(),
            name: dim.name.clone(),
            score,
            band: band.map(|b| q.rubric.bands[b].id.clone()),
            band_label: band.map(|b| q.rubric.bands[b].label.clone()),
            band_rank: band,
            spread,
            us,
            them,
            gap: us.zip(them).map(|(u, t)| t - u),
        }
    }

    /// Respondents of the round disagree on this dimension. (Means are not
    /// exact in binary: a spread of 1.5 may be computed as
    /// 1.4999999999999998, hence [`EPSILON`].)
    pub fn disagrees(&self) -> bool {
        self.spread.is_some_and(|s| s >= SPREAD_FLAG - EPSILON)
    }

    /// The two sides see this dimension differently.
    pub fn sides_differ(&self) -> bool {
        self.gap.is_some_and(|g| g.abs() >= GAP_FLAG - EPSILON)
    }
}

impl PartnerDetail {
    /// The previous round's dimension scores, when there is a previous round.
    pub fn previous_dimensions(&self) -> Option<Vec<Option<f64>>> {
        self.rounds
            .get(1)
            .map(|r| r.dimensions.iter().map(|d| d.score).collect())
    }

    /// Who answered in the latest round, in file order.
    pub fn respondents(&self) -> Vec<String> {
        self.rounds.first().map_or_else(Vec::new, |r| {
            r.files
                .iter()
                .map(|f| crate::agenda::who(f.respondent.as_deref(), f.side))
                .collect()
        })
    }

    /// Both sides answered in the latest round.
    pub fn both_sides(&self) -> bool {
        let files = self.rounds.first().map_or(&[][..], |r| &r.files[..]);
        files.iter().any(|f| f.side == Side::Us) && files.iter().any(|f| f.side == Side::Them)
    }
}

/// What partners are merged by: the name trimmed, case ignored.
pub fn partner_key(name: &str) -> String {
    name.trim().to_lowercase()
}

// ---------------------------------------------------------------------------
// The pure core: aggregation
// ---------------------------------------------------------------------------

/// Running figures of one dimension over a round's files.
#[derive(Debug, Clone, Copy)]
struct DimAgg {
    sum: f64,
    n: usize,
    min: f64,
    max: f64,
    /// (sum, count) for us, them.
    sides: [(f64, usize); 2],
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

fn mean((sum, n): (f64, usize)) -> Option<f64> {
    (n > 0).then(|| sum / n as f64)
}

/// What only the latest round needs: per-question sums and the notes.
#[derive(Debug, Clone)]
struct RoundExtra {
    questions: Vec<(f64, usize)>,
    /// (file index, note)
    notes: Vec<(usize, NoteView)>,
}

#[derive(Debug, Clone)]
struct RoundAgg {
    files: usize,
    coverage: f64,
    dims: Vec<DimAgg>,
    extra: Option<Box<RoundExtra>>,
}

#[derive(Debug, Clone)]
struct PartnerAgg {
    name: String,
    /// The display name comes from the latest round's first file.
    name_rank: (Option<Date>, Reverse<usize>),
    /// `None` (undated) sorts before every date: the oldest round.
    rounds: BTreeMap<Option<Date>, RoundAgg>,
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
            .is_none_or(|d| sheet.date >= *d);
        let round = partner
            .rounds
            .entry(sheet.date)
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
    let verdict = q.rubric.classify(&assessment.metrics, &q.dimension_ids());
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
    fn views(&self, q: &Questionnaire) -> (Vec<QuestionView>, Vec<NoteView>) {
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

/// One partner's view from its running figures; with its detail when its
/// files were kept (`files`, with their input index).
fn finish_partner(
    q: &Questionnaire,
    key: String,
    agg: PartnerAgg,
    files: Option<Vec<(usize, FileView)>>,
) -> (PartnerView, Option<PartnerDetail>) {
    // Only the rounds before the latest one are needed as figures
    // (history); the latest round's are moved into the view.
    let mut figures: Vec<(Option<Date>, RoundFigures)> = agg
        .rounds
        .iter()
        .map(|(date, r)| (*date, RoundFigures::new(q, r)))
        .collect();
    let history: Vec<RoundPoint> = figures
        .iter()
        .map(|(date, f)| RoundPoint {
            date: *date,
            overall: f.metrics.overall,
            tier: f.tier.as_ref().map(light),
        })
        .collect();
    let detail_rounds = files.map(|files| detail_rounds(&figures, files));
    let (latest_date, latest) = figures.pop().expect("a round");
    let latest_round = agg.rounds.values().next_back().expect("a round");
    let previous = history.len().checked_sub(2).map(|i| history[i].clone());
    let change = previous
        .as_ref()
        .and_then(|p| Some(latest.metrics.overall? - p.overall?));
    let (questions, notes) = latest_round
        .extra
        .as_deref()
        .map_or_else(|| (Vec::new(), Vec::new()), |extra| extra.views(q));
    let view = PartnerView {
        partner: agg.name,
        key,
        date: latest_date,
        files: latest_round.files,
        dimensions: latest.dimensions,
        overall: latest.metrics.overall,
        lowest: latest.metrics.lowest,
        highest: latest.metrics.highest,
        coverage: latest.metrics.coverage,
        tier: latest.tier,
        reasons: latest.reasons,
        previous,
        change,
        history,
        questions,
        notes,
    };
    let detail = detail_rounds.map(|rounds| PartnerDetail {
        partner: view.clone(),
        rounds,
    });
    (view, detail)
}

/// A partner's rounds, latest first, each with its kept files in input
/// order.
fn detail_rounds(
    figures: &[(Option<Date>, RoundFigures)],
    mut files: Vec<(usize, FileView)>,
) -> Vec<RoundDetail> {
    files.sort_by_key(|(i, _)| *i);
    figures
        .iter()
        .rev()
        .map(|(date, f)| RoundDetail {
            date: *date,
            overall: f.metrics.overall,
            coverage: f.metrics.coverage,
            tier: f.tier.clone(),
            dimensions: f.dimensions.clone(),
            files: files
                .iter()
                .filter(|(_, file)| file.date == *date)
                .map(|(_, file)| file.clone())
                .collect(),
        })
        .collect()
}

/// A round's figures, computed from its running sums.
struct RoundFigures {
    dimensions: Vec<DimensionView>,
    metrics: Metrics,
    tier: Option<TierRef>,
    reasons: Vec<String>,
}

impl RoundFigures {
    fn new(q: &Questionnaire, r: &RoundAgg) -> Self {
        let dimensions: Vec<DimensionView> = q
            .dimensions
            .iter()
            .zip(&r.dims)
            .map(|(dim, agg)| {
                DimensionView::new(
                    q,
                    dim,
                    mean((agg.sum, agg.n)),
                    (agg.n > 0).then_some(agg.max - agg.min),
                    mean(agg.sides[0]),
                    mean(agg.sides[1]),
                )
            })
            .collect();
        let coverage = if r.files > 0 {
            r.coverage / r.files as f64
        } else {
            0.0
        };
        let metrics = Metrics::new(q, dimensions.iter().map(|d| d.score).collect(), coverage);
        let verdict = q.rubric.classify(&metrics, &q.dimension_ids());
        RoundFigures {
            tier: tier_ref(q, &verdict),
            reasons: verdict.reasons,
            dimensions,
            metrics,
        }
    }
}

/// A tier without its summary and advice: rounds other than the current
/// one carry only id, label and rank (memory per partner stays small; the
/// rest is in `q.rubric.tiers[rank]`).
fn light(t: &TierRef) -> TierRef {
    TierRef {
        summary: None,
        advice: None,
        ..t.clone()
    }
}

fn tier_ref(q: &Questionnaire, verdict: &Verdict) -> Option<TierRef> {
    verdict.tier.map(|t| TierRef::new(&q.rubric.tiers[t], t))
}

impl Portfolio {
    /// The partner named `name` (trimmed, case ignored), or an error that
    /// lists the nearest names.
    pub fn find(&self, name: &str) -> Result<&PartnerView> {
        let key = partner_key(name);
        if let Some(p) = self.partners.iter().find(|p| p.key == key) {
            return Ok(p);
        }
        bail!("{}", self.unknown_partner(name))
    }

    fn unknown_partner(&self, name: &str) -> String {
        let key = partner_key(name);
        let mut near: Vec<(usize, &str)> = self
            .partners
            .iter()
            .filter_map(|p| {
                let d = edit_distance(&key, &p.key);
                let close = d <= (key.chars().count() / 3).max(2)
                    || (!key.is_empty() && (p.key.contains(&key) || key.contains(&p.key)));
                close.then_some((d, p.partner.as_str()))
            })
            .collect();
        near.sort();
        near.truncate(5);
        let mut message = format!(
            "no partner named `{}` among the {} partners",
            terminal(name.trim()),
            self.partners.len()
        );
        if near.is_empty() {
            message.push_str(": run `partnercheck compare` without --partner to list them");
        } else {
            let names: Vec<String> = near
                .iter()
                .map(|(_, n)| format!("`{}`", terminal(n)))
                .collect();
            message.push_str(&format!("; did you mean {}?", names.join(", ")));
        }
        message
    }
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

// ---------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------

/// `--sort KEY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// By name, A to Z.
    Name,
    /// Highest overall first.
    Overall,
    /// Biggest improvement first.
    Change,
    /// Largest |gap| on any dimension first.
    Gap,
    /// Highest score on this dimension (index) first.
    Dimension(usize),
}

impl SortKey {
    /// Parses a sort key; the error lists every valid one.
    pub fn parse(key: &str, q: &Questionnaire) -> Result<Self> {
        Ok(match key {
            "name" => SortKey::Name,
            "overall" => SortKey::Overall,
            "change" => SortKey::Change,
            "gap" => SortKey::Gap,
            other => match q.dimension_index(other) {
                Some(i) => SortKey::Dimension(i),
                None => bail!(
                    "--sort `{}` is not a sort key; use one of: name, overall, change, gap, {}",
                    terminal(other),
                    q.dimension_ids().join(", ")
                ),
            },
        })
    }

    /// The figure a partner is sorted by (higher first); `None` sorts last.
    fn value(self, p: &PartnerView) -> Option<f64> {
        match self {
            SortKey::Name => None,
            SortKey::Overall => p.overall,
            SortKey::Change => p.change,
            SortKey::Gap => max_abs_gap(p),
            SortKey::Dimension(i) => p.dimensions.get(i).and_then(|d| d.score),
        }
    }
}

/// The largest |gap| over the partner's dimensions.
pub fn max_abs_gap(p: &PartnerView) -> Option<f64> {
    p.dimensions
        .iter()
        .filter_map(|d| d.gap.map(f64::abs))
        .fold(None, |m, g| Some(m.map_or(g, |m: f64| m.max(g))))
}

/// Sorts partners: by name A to Z, or by a figure highest first with the
/// partners without that figure last; ties by name.
pub fn sort(partners: &mut [PartnerView], key: SortKey) {
    partners.sort_by(|a, b| {
        let by_value = match (key.value(a), key.value(b)) {
            (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_value
            .then_with(|| a.key.cmp(&b.key))
            .then_with(|| a.partner.cmp(&b.partner))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    fn q() -> Questionnaire {
        Questionnaire::embedded("partnership-health").expect("embedded")
    }

    fn date(s: &str) -> Option<Date> {
        Some(s.parse().expect("a date"))
    }

    /// A sheet with every question answered `v` (reverse questions too, so
    /// a dimension's score is not simply `v`; use `dim` for exact figures).
    fn sheet(q: &Questionnaire, partner: &str, when: Option<Date>, side: Side) -> AnswerSheet {
        let mut s = AnswerSheet::new(q, partner.to_owned());
        s.date = when;
        s.side = side;
        s
    }

    /// Answers every question of dimension `d` so that it counts as `v`.
    fn dim(q: &Questionnaire, s: &mut AnswerSheet, d: usize, v: i64) {
        for i in q.dimensions[d].questions.clone() {
            let raw = if q.questions[i].reverse {
                q.scale.min + q.scale.max - v
            } else {
                v
            };
            s.values[i] = Some(Answer::Value(raw));
        }
    }

    /// Every dimension counts as `v`.
    fn all(q: &Questionnaire, s: &mut AnswerSheet, v: i64) {
        for d in 0..q.dimensions.len() {
            dim(q, s, d, v);
        }
    }

    fn build(q: &Questionnaire, sheets: &[AnswerSheet]) -> Portfolio {
        let mut agg = Aggregator::new(q);
        for (i, s) in sheets.iter().enumerate() {
            agg.add(i, &format!("f{i}.toml"), s);
        }
        agg.finish()
    }

    #[test]
    fn the_latest_round_gives_the_figures() {
        let q = q();
        let mut old = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
        all(&q, &mut old, 2);
        let mut a = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
        all(&q, &mut a, 4);
        let mut b = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
        all(&q, &mut b, 5);
        // The older round comes last in input order: order must not matter.
        let p = build(&q, &[a, b, old]);
        assert_eq!(p.partners.len(), 1);
        let acme = &p.partners[0];
        assert_eq!(acme.date, date("2026-11-20"));
        assert_eq!(acme.files, 2);
        assert_eq!(acme.overall, Some(4.5));
        assert_eq!(acme.dimensions[0].score, Some(4.5));
        assert_eq!(acme.dimensions[0].spread, Some(1.0));
        assert_eq!(acme.coverage, 1.0);
        assert_eq!(
            acme.tier.as_ref().map(|t| t.id.as_str()),
            Some("true-partnership")
        );
        assert_eq!(acme.history.len(), 2);
        assert_eq!(acme.history[0].date, date("2026-05-14"));
        assert_eq!(acme.history[1].overall, Some(4.5));
    }

    #[test]
    fn previous_round_and_change() {
        let q = q();
        let mut old = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
        all(&q, &mut old, 2);
        let mut new = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
        all(&q, &mut new, 3);
        let p = build(&q, &[old, new]);
        let acme = &p.partners[0];
        let previous = acme.previous.as_ref().expect("a previous round");
        assert_eq!(previous.date, date("2026-05-14"));
        assert_eq!(previous.overall, Some(2.0));
        assert_eq!(
            previous.tier.as_ref().map(|t| t.id.as_str()),
            Some("supplier")
        );
        assert_eq!(acme.change, Some(1.0));

        let mut only = sheet(&q, "Solo", date("2026-11-20"), Side::Us);
        all(&q, &mut only, 3);
        let p = build(&q, &[only]);
        assert_eq!(p.partners[0].previous, None);
        assert_eq!(p.partners[0].change, None);
    }

    #[test]
    fn undated_files_form_the_oldest_round() {
        let q = q();
        let mut undated = sheet(&q, "Acme", None, Side::Us);
        all(&q, &mut undated, 5);
        let mut dated = sheet(&q, "Acme", date("2020-01-01"), Side::Us);
        all(&q, &mut dated, 3);
        let p = build(&q, &[undated.clone(), dated]);
        let acme = &p.partners[0];
        assert_eq!(acme.date, date("2020-01-01"));
        assert_eq!(acme.overall, Some(3.0));
        let previous = acme.previous.as_ref().expect("the undated round");
        assert_eq!(previous.date, None);
        assert_eq!(previous.overall, Some(5.0));
        assert_eq!(acme.change, Some(-2.0));

        // Only undated files: one round, without a date.
        let mut second = undated.clone();
        all(&q, &mut second, 4);
        let p = build(&q, &[undated, second]);
        assert_eq!(p.partners[0].date, None);
        assert_eq!(p.partners[0].files, 2);
        assert_eq!(p.partners[0].overall, Some(4.5));
        assert_eq!(p.partners[0].previous, None);
    }

    #[test]
    fn both_sides_give_a_gap_one_side_does_not() {
        let q = q();
        let mut us = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
        all(&q, &mut us, 4);
        let mut us2 = us.clone();
        all(&q, &mut us2, 5);
        let mut them = sheet(&q, "Acme", date("2026-11-20"), Side::Them);
        all(&q, &mut them, 2);
        let p = build(&q, &[us.clone(), us2.clone(), them]);
        let d = &p.partners[0].dimensions[1];
        assert_eq!(d.us, Some(4.5));
        assert_eq!(d.them, Some(2.0));
        assert_eq!(d.gap, Some(-2.5));
        assert_eq!(d.spread, Some(3.0));
        assert!(d.disagrees() && d.sides_differ());
        assert!((d.score.unwrap() - 11.0 / 3.0).abs() < 1e-12);

        let p = build(&q, &[us, us2]);
        let d = &p.partners[0].dimensions[1];
        assert_eq!(d.us, Some(4.5));
        assert_eq!(d.them, None);
        assert_eq!(d.gap, None);
        assert!(!d.sides_differ());
    }

    #[test]
    fn files_without_a_score_for_a_dimension_are_left_out() {
        let q = q();
        let mut full = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
        all(&q, &mut full, 4);
        let mut partial = sheet(&q, "Acme", date("2026-11-20"), Side::Them);
        dim(&q, &mut partial, 1, 2);
        // Dimension 0 of `partial` is "unsure" throughout: no score either.
        for i in q.dimensions[0].questions.clone() {
            partial.values[i] = Some(Answer::Unsure);
        }
        let p = build(&q, &[full, partial]);
        let acme = &p.partners[0];
        assert_eq!(acme.dimensions[0].score, Some(4.0), "not (4 + 0) / 2");
        assert_eq!(acme.dimensions[0].spread, Some(0.0));
        assert_eq!(acme.dimensions[0].them, None);
        assert_eq!(acme.dimensions[0].gap, None);
        assert_eq!(acme.dimensions[1].score, Some(3.0));
        assert_eq!(acme.dimensions[1].gap, Some(-2.0));
        let q_count = q.questions.len() as f64;
        let partial_cov = q.dimensions[1].questions.len() as f64 / q_count;
        assert!((acme.coverage - (1.0 + partial_cov) / 2.0).abs() < 1e-12);
        // The per-question figures count only counted answers.
        let first = &acme.questions[q.dimensions[0].questions.start];
        assert_eq!(first.answered, 1);
        assert_eq!(first.mean, Some(4.0));

        // No file scores a dimension at all: no score, no spread, no lowest.
        let mut thin = sheet(&q, "Thin", date("2026-11-20"), Side::Us);
        dim(&q, &mut thin, 0, 3);
        let p = build(&q, &[thin]);
        let thin = &p.partners[0];
        assert_eq!(thin.dimensions[1].score, None);
        assert_eq!(thin.dimensions[1].spread, None);
        assert_eq!(thin.lowest, None);
        assert_eq!(thin.overall, Some(3.0));
    }

    #[test]
    fn names_merge_trimmed_and_case_blind_and_show_the_latest() {
        let q = q();
        let mut a = sheet(&q, "  acme logistics ", date("2026-05-14"), Side::Us);
        all(&q, &mut a, 3);
        let mut b = sheet(&q, "ACME Logistics", date("2026-11-20"), Side::Us);
        all(&q, &mut b, 3);
        let mut c = sheet(&q, "Acme Logistics", date("2026-11-20"), Side::Them);
        all(&q, &mut c, 3);
        let mut other = sheet(&q, "Acme Logistic", date("2026-11-20"), Side::Us);
        all(&q, &mut other, 3);
        let p = build(&q, &[a, b, c, other]);
        assert_eq!(p.partners.len(), 2);
        let acme = p.find(" acme LOGISTICS").expect("found");
        // The latest round's first file names it.
        assert_eq!(acme.partner, "ACME Logistics");
        assert_eq!(acme.files, 2);
        assert_eq!(acme.history.len(), 2);
        let err = p.find("acme logistix").unwrap_err().to_string();
        assert!(err.contains("did you mean"), "{err}");
        assert!(err.contains("`ACME Logistics`"), "{err}");
    }

    #[test]
    fn notes_and_questions_come_from_the_latest_round_only() {
        let q = q();
        let mut old = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
        all(&q, &mut old, 1);
        old.notes.insert("learning".into(), "old note".into());
        let mut new = sheet(&q, "Acme", date("2026-11-20"), Side::Them);
        all(&q, &mut new, 5);
        new.respondent = Some("Marco".into());
        new.notes.insert("mutual-gains".into(), "new note".into());
        for order in [[old.clone(), new.clone()], [new, old]] {
            let p = build(&q, &order);
            let acme = &p.partners[0];
            assert_eq!(acme.notes.len(), 1);
            assert_eq!(acme.notes[0].text, "new note");
            assert_eq!(acme.notes[0].key, "mutual-gains");
            assert_eq!(acme.notes[0].side, Side::Them);
            assert_eq!(acme.notes[0].respondent.as_deref(), Some("Marco"));
            assert!(acme.questions.iter().all(|x| x.mean == Some(5.0)));
        }
    }

    #[test]
    fn without_extras_keeps_the_figures_only() {
        let q = q();
        let mut s = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
        all(&q, &mut s, 4);
        s.notes.insert("learning".into(), "a note".into());
        let full = build(&q, std::slice::from_ref(&s));
        let mut agg = Aggregator::new(&q).without_extras();
        agg.add(0, "f0.toml", &s);
        let lean = agg.finish();
        assert_eq!(full.partners[0].questions.len(), q.questions.len());
        assert_eq!(full.partners[0].notes.len(), 1);
        assert!(lean.partners[0].questions.is_empty());
        assert!(lean.partners[0].notes.is_empty());
        assert_eq!(lean.partners[0].dimensions, full.partners[0].dimensions);
        assert_eq!(lean.partners[0].overall, Some(4.0));
    }

    /// Chunks merged in order give exactly what one pass gives.
    #[test]
    fn merging_chunks_equals_one_pass() {
        let q = q();
        let mut sheets = Vec::new();
        for i in 0..40i64 {
            let mut s = sheet(
                &q,
                &format!("Partner {}", i % 7),
                date(&format!("2026-0{}-01", 1 + i % 3)),
                if i % 2 == 0 { Side::Us } else { Side::Them },
            );
            for d in 0..q.dimensions.len() {
                dim(&q, &mut s, d, 1 + (i + d as i64) % 5);
            }
            s.notes.insert("learning".into(), format!("note {i}"));
            sheets.push(s);
        }
        let one = build(&q, &sheets);
        let mut total = Aggregator::new(&q);
        for (c, chunk) in sheets.chunks(6).enumerate() {
            let mut part = Aggregator::new(&q);
            for (j, s) in chunk.iter().enumerate() {
                let i = c * 6 + j;
                part.add(i, &format!("f{i}.toml"), s);
            }
            total.merge(part);
        }
        assert_eq!(total.finish().partners, one.partners);
    }

    #[test]
    fn detail_keeps_every_file_newest_round_first() {
        let q = q();
        let mut a = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
        all(&q, &mut a, 2);
        let mut b = sheet(&q, "acme", date("2026-11-20"), Side::Them);
        all(&q, &mut b, 4);
        let mut c = sheet(&q, "Other", date("2026-11-20"), Side::Us);
        all(&q, &mut c, 4);
        let mut agg = Aggregator::new(&q).with_detail("ACME");
        for (i, s) in [a, b, c].iter().enumerate() {
            agg.add(i, &format!("f{i}.toml"), s);
        }
        let (p, detail) = agg.finish_detail();
        assert_eq!(p.partners.len(), 2);
        let detail = detail.into_iter().next().expect("detail");
        assert_eq!(detail.rounds.len(), 2);
        assert_eq!(detail.rounds[0].date, date("2026-11-20"));
        assert_eq!(detail.rounds[0].files[0].file, "f1.toml");
        assert_eq!(detail.rounds[1].files[0].overall, Some(2.0));
    }

    #[test]
    fn sorting_puts_missing_figures_last() {
        let q = q();
        let mk = |name: &str, v: i64, old: Option<i64>, them: Option<i64>| {
            let mut out = Vec::new();
            let mut s = sheet(&q, name, date("2026-11-20"), Side::Us);
            all(&q, &mut s, v);
            out.push(s);
            if let Some(o) = old {
                let mut s = sheet(&q, name, date("2026-01-01"), Side::Us);
                all(&q, &mut s, o);
                out.push(s);
            }
            if let Some(t) = them {
                let mut s = sheet(&q, name, date("2026-11-20"), Side::Them);
                all(&q, &mut s, t);
                out.push(s);
            }
            out
        };
        let mut sheets = mk("b", 3, Some(1), None);
        sheets.extend(mk("a", 4, None, Some(4)));
        sheets.extend(mk("c", 2, Some(3), Some(5)));
        let p = build(&q, &sheets);
        let order = |key: SortKey| {
            let mut partners = p.partners.clone();
            sort(&mut partners, key);
            partners
                .iter()
                .map(|x| x.partner.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(order(SortKey::Name), ["a", "b", "c"]);
        assert_eq!(order(SortKey::Overall), ["a", "c", "b"]);
        assert_eq!(order(SortKey::Change), ["b", "c", "a"]);
        assert_eq!(order(SortKey::Gap), ["c", "a", "b"]);
        assert_eq!(order(SortKey::Dimension(0)), ["a", "c", "b"]);
        assert_eq!(
            SortKey::parse("learning", &q).expect("a dimension"),
            SortKey::Dimension(3)
        );
        let err = SortKey::parse("score", &q).unwrap_err().to_string();
        assert!(
            err.contains("name, overall, change, gap, cultural-alignment"),
            "{err}"
        );
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("acme", "acme"), 0);
        assert_eq!(edit_distance("acme", "acne"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
