//! The result of scoring one answers file: what every output format renders,
//! and the shape of `score --format json` (SPEC section 4).

use serde::Serialize;

use crate::answers::{AnswerSheet, Date, Side};
use crate::questionnaire::Questionnaire;
use crate::rubric::Tier;
use crate::score;

#[derive(Debug, Clone, Serialize)]
pub struct ScoreResult {
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
    pub reasons: Vec<String>,
    /// The scale, for bars and charts.
    #[serde(skip)]
    pub scale: (i64, i64),
    /// Counted answers (not "unsure"), over the whole questionnaire.
    #[serde(skip)]
    pub answered: usize,
    #[serde(skip)]
    pub questions: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionResult {
    pub id: String,
    pub name: String,
    pub score: Option<f64>,
    pub band: Option<String>,
    pub answered: usize,
    pub questions: usize,
    #[serde(skip)]
    pub band_label: Option<String>,
    /// 0 for the best band; for colour.
    #[serde(skip)]
    pub band_rank: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierRef {
    pub id: String,
    pub label: String,
    #[serde(skip)]
    pub summary: Option<String>,
    #[serde(skip)]
    pub advice: Option<String>,
    /// Index in the rubric: 0 is the best tier.
    #[serde(skip)]
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

/// `{"schema_version": 1, "results": [...]}`
#[derive(Serialize)]
pub struct ScoreReport<'a> {
    pub schema_version: u32,
    pub results: &'a [ScoreResult],
}

/// Scores a checked answers file and classifies it with the questionnaire's rubric.
pub fn assess(file: &str, sheet: &AnswerSheet, q: &Questionnaire) -> ScoreResult {
    let assessment = score::score(q, &sheet.values);
    let verdict = q.rubric.classify(&assessment.metrics, &q.dimension_ids());
    let bands = q.rubric.bands.len();
    let dimensions = q
        .dimensions
        .iter()
        .zip(&assessment.dimensions)
        .map(|(dim, s)| {
            let band = s.score.and_then(|v| q.rubric.band_index(v));
            DimensionResult {
                id: dim.id.clone(),
                name: dim.name.clone(),
                score: s.score,
                band: band.map(|b| q.rubric.bands[b].id.clone()),
                answered: s.answered,
                questions: s.questions,
                band_label: band.map(|b| q.rubric.bands[b].label.clone()),
                band_rank: band.map(|b| (b, bands)),
            }
        })
        .collect::<Vec<_>>();
    ScoreResult {
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
        overall: assessment.metrics.overall,
        coverage: assessment.metrics.coverage,
        tier: verdict.tier.map(|t| TierRef::new(&q.rubric.tiers[t], t)),
        reasons: verdict.reasons,
        scale: (q.scale.min, q.scale.max),
    }
}
