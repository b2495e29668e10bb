//! What a portfolio shows: each partner's latest round ([`PartnerView`]),
//! the shape every round is shown in ([`RoundView`]), and a partner in
//! detail ([`PartnerDetail`]: every round with its files).

use super::figures::{
    Analysis, DimensionFigures, Fewest, Flag, PerSide, Suppressed, flags as flags_of,
};
use crate::engine::assess::TierRef;
use crate::engine::classify::Reason;
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;

/// Every partner's current figures, sorted by name (case-insensitive).
#[derive(Debug, Clone)]
pub struct Portfolio {
    pub partners: Vec<PartnerView>,
    /// How its rounds were analysed (aggregation, flags, anonymity).
    pub analysis: Analysis,
}

/// One partner: the figures of its latest round.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartnerView {
    /// The name as written in the latest round's first file (trimmed).
    pub partner: String,
    /// The name trimmed and lowercased: what partners are merged by.
    pub key: String,
    /// The latest round's figures.
    pub latest: RoundView,
    /// The round before the latest one.
    pub previous: Option<RoundPoint>,
    /// `overall - previous.overall`.
    pub change: Option<f64>,
    /// The overall score fell by the instrument's `decline` or more.
    pub declined: bool,
    /// Every round, oldest first; the last one is the latest round.
    pub history: Vec<RoundPoint>,
    /// Per question of the latest round, in questionnaire order.
    pub questions: Vec<QuestionView>,
    /// The notes of the latest round's files, in file order (empty when
    /// aggregated without extras (`Aggregator::without_extras`), or
    /// when the anonymity rule hides them).
    pub notes: Vec<NoteView>,
}

/// One round's figures, as a partner's latest round
/// ([`PartnerView::latest`]) and each round of its detail
/// ([`RoundDetail::round`]) show them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoundView {
    /// The round's date; `None` for the undated round.
    pub date: Option<Date>,
    /// Files per side: `[us, them]`.
    pub respondents: [usize; 2],
    /// What the anonymity rule hid in the round.
    pub suppressed: Suppressed,
    /// Why the threshold hides figures: the dimension and side with the
    /// fewest answers (none when nothing is hidden).
    pub fewest: Option<Fewest>,
    /// In questionnaire order.
    pub dimensions: Vec<DimensionView>,
    pub overall: Option<f64>,
    pub lowest: Option<f64>,
    pub highest: Option<f64>,
    /// Mean coverage of the round's files (0 when the round is suppressed).
    pub coverage: f64,
    /// The largest `|them - us|` over every dimension.
    pub max_gap: Option<f64>,
    pub tier: Option<TierRef>,
    /// Why this tier (from the rubric), as data.
    pub reasons: Vec<Reason>,
}

/// A dimension's figures over the files of one round.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionView {
    pub id: String,
    pub name: String,
    /// Plain mean of the file scores (files without a score left out).
    pub score: Option<f64>,
    /// Band id.
    pub band: Option<String>,
    pub band_label: Option<String>,
    /// 0 for the best band.
    pub band_rank: Option<usize>,
    /// Greatest minus least file score (0 with one file).
    pub spread: Option<f64>,
    pub us: Option<f64>,
    pub them: Option<f64>,
    /// `them - us`; `None` unless both sides scored the dimension.
    pub gap: Option<f64>,
    /// rwg(J) within each side: `[us, them]`.
    pub agreement: PerSide,
    /// What each side expects the other to give: `[us, them]`.
    pub expected: PerSide,
    /// `[them - expected.us, us - expected.them]`.
    pub blind_spot: PerSide,
    /// In the order they are listed.
    pub flags: Vec<Flag>,
    /// Its figures are hidden by the anonymity threshold: some people
    /// answered, fewer than it needs.
    pub hidden: bool,
}

/// A round's headline: when, how much, which tier. Its `tier` has no
/// `summary` or `advice` (see `q.rubric.tiers[tier.rank]` for those).
#[derive(Debug, Clone, PartialEq)]
pub struct RoundPoint {
    pub date: Option<Date>,
    pub overall: Option<f64>,
    pub tier: Option<TierRef>,
}

/// One question over the latest round's files.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuestionView {
    pub id: String,
    /// Index into the questionnaire's dimensions.
    pub dimension: usize,
    /// Mean counted value (reverse questions already flipped), the sides
    /// combined as a dimension's score combines them; `None` when no file
    /// counted an answer.
    pub mean: Option<f64>,
    /// Each side's mean, and `them - us`.
    pub us: Option<f64>,
    pub them: Option<f64>,
    pub gap: Option<f64>,
    /// Files that counted an answer; `None` when the round is suppressed.
    pub answered: Option<usize>,
    /// "Don't know" answers; `None` when the round is suppressed.
    pub unsure: Option<usize>,
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

/// One round of a partner in detail: its figures and its files.
#[derive(Debug, Clone, Default)]
pub struct RoundDetail {
    pub round: RoundView,
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
    /// The round it belongs to: its `round`, else its `date`.
    pub round: Option<Date>,
    /// Per dimension, in questionnaire order.
    pub dimensions: Vec<Option<f64>>,
    pub overall: Option<f64>,
    pub coverage: f64,
    pub tier: Option<TierRef>,
    /// (question or dimension id, text)
    pub notes: Vec<(String, String)>,
}

impl RoundView {
    /// Files in the round, both sides.
    pub fn files(&self) -> usize {
        self.respondents[0] + self.respondents[1]
    }
}

impl DimensionView {
    /// A dimension's figures, with its band from the rubric and the gap
    /// `them - us` (when both sides scored it).
    pub fn new(
        q: &Questionnaire,
        d: usize,
        score: Option<f64>,
        spread: Option<f64>,
        us: Option<f64>,
        them: Option<f64>,
    ) -> Self {
        let figures = DimensionFigures {
            score,
            spread,
            us,
            them,
            gap: us.zip(them).map(|(u, t)| t - u),
            ..DimensionFigures::default()
        };
        DimensionView::of(q, d, figures).flagged(&q.flags)
    }

    /// A dimension's figures of a round as they are, with its name and its
    /// band from the rubric.
    pub(super) fn of(q: &Questionnaire, d: usize, f: DimensionFigures) -> Self {
        let dim = &q.dimensions[d];
        let band = f.score.and_then(|v| q.band(d, v));
        DimensionView {
            id: dim.id.clone(),
            name: dim.name.clone(),
            score: f.score,
            band: band.map(|(_, b)| b.id.clone()),
            band_label: band.map(|(_, b)| b.label.clone()),
            band_rank: band.map(|(i, _)| i),
            spread: f.spread,
            us: f.us,
            them: f.them,
            gap: f.gap,
            agreement: f.agreement,
            expected: f.expected,
            blind_spot: f.blind_spot,
            flags: f.flags,
            hidden: f.hidden,
        }
    }

    /// The dimension with its flags set from its figures and `flags`.
    pub fn flagged(mut self, flags: &crate::model::settings::Flags) -> Self {
        self.flags = flags_of(
            self.gap,
            self.spread,
            self.agreement,
            self.blind_spot,
            flags,
        );
        self
    }

    /// Respondents of the round disagree on this dimension (its spread is
    /// flagged).
    pub fn disagrees(&self) -> bool {
        self.flags.contains(&Flag::Spread)
    }

    /// The two sides see this dimension differently (its gap is flagged).
    pub fn sides_differ(&self) -> bool {
        self.flags.contains(&Flag::Gap)
    }
}

impl PartnerDetail {
    /// The previous round's dimension scores, when there is a previous round.
    pub fn previous_dimensions(&self) -> Option<Vec<Option<f64>>> {
        self.rounds
            .get(1)
            .map(|r| r.round.dimensions.iter().map(|d| d.score).collect())
    }

    /// Both sides answered in the latest round.
    pub fn both_sides(&self) -> bool {
        self.partner.latest.respondents.iter().all(|n| *n > 0)
    }
}

/// What partners are merged by: the name trimmed, case ignored.
pub fn partner_key(name: &str) -> String {
    name.trim().to_lowercase()
}
