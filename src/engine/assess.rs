//! The result of scoring one answers file: its figures, bands and verdict,
//! which every output format renders.

use crate::engine::classify::{Reason, classify};
use crate::engine::score;
use crate::model::answers::{AnswerSheet, Date, Side};
use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::Tier;

/// One answers file assessed: its scores with their bands, and the verdict
/// of the rubric.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub file: String,
    pub partner: String,
    pub respondent: Option<String>,
    pub side: Side,
    pub date: Option<Date>,
    pub questionnaire: QuestionnaireRef,
    pub dimensions: Vec<DimensionResult>,
    pub overall: Option<f64>,
    pub coverage: f64,
    pub tier: Option<TierRef>,
    /// Why this tier, as data: `present::words` says it.
    pub reasons: Vec<Reason>,
    /// The scale, for bars and charts.
    pub scale: (i64, i64),
    /// Counted answers (not "unsure"), over the whole questionnaire.
    pub answered: usize,
    pub questions: usize,
}

#[derive(Debug, Clone)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone)]
pub struct DimensionResult {
    pub id: String,
    pub name: String,
    pub score: Option<f64>,
    pub band: Option<String>,
    pub answered: usize,
    pub questions: usize,
    pub band_label: Option<String>,
    /// (index, number of bands): 0 for the best band; for colour.
    pub band_rank: Option<(usize, usize)>,
}

/// A tier reached, with what a reader needs of it.
#[derive(Debug, Clone, PartialEq)]
pub struct TierRef {
    pub id: String,
    pub label: String,
    pub summary: Option<String>,
    pub advice: Option<String>,
    /// Index in the rubric: 0 is the best tier.
    pub rank: usize,
}

impl TierRef {
    pub fn new(tier: &Tier, rank: usize) -> Self {
        TierRef {
            id: tier.id.clone(),
            label: tier.label.clone(),
            summary: tier.summary.clone(),
            advice: tier.advice.clone(),
            rank,
        }
    }
}

/// Scores a checked answers file and classifies it with the questionnaire's rubric.
pub fn assess(file: &str, sheet: &AnswerSheet, q: &Questionnaire) -> Assessment {
    let scored = score::score(q, &sheet.values);
    let verdict = classify(&q.rubric, &scored.metrics, &q.dimension_ids());
    let dimensions = q
        .dimensions
        .iter()
        .zip(&scored.dimensions)
        .enumerate()
        .map(|(d, (dim, s))| {
            let band = s.score.and_then(|v| q.band(d, v));
            DimensionResult {
                id: dim.id.clone(),
                name: dim.name.clone(),
                score: s.score,
                band: band.map(|(_, b)| b.id.clone()),
                answered: s.answered,
                questions: s.questions,
                band_label: band.map(|(_, b)| b.label.clone()),
                band_rank: band.map(|(i, _)| (i, q.bands_of(d).len())),
            }
        })
        .collect::<Vec<_>>();
    Assessment {
        file: file.to_owned(),
        partner: sheet.partner.clone(),
        respondent: sheet.respondent.clone(),
        side: sheet.side,
        date: sheet.date,
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
        },
        answered: dimensions.iter().map(|d| d.answered).sum(),
        questions: q.questions.len(),
        dimensions,
        overall: scored.metrics.overall,
        coverage: scored.metrics.coverage,
        tier: verdict.tier.map(|t| TierRef::new(&q.rubric.tiers[t], t)),
        reasons: verdict.reasons,
        scale: (q.scale.min, q.scale.max),
    }
}
