//! A partner's view built from a few figures, for the tests of what reads
//! one (the agenda, the actions, the words).

use super::view::{DimensionView, PartnerView, QuestionView, RoundView};
use crate::model::questionnaire::Questionnaire;

pub(crate) fn q() -> Questionnaire {
    Questionnaire::embedded("partnership-health").expect("embedded")
}

/// A dimension's figures: (score, us, them, spread).
pub(crate) type Fig = (Option<f64>, Option<f64>, Option<f64>, Option<f64>);

pub(crate) fn view(q: &Questionnaire, figs: [Fig; 4]) -> PartnerView {
    let dimensions = q
        .dimensions
        .iter()
        .zip(figs)
        .enumerate()
        .map(|(d, (_, (score, us, them, spread)))| {
            DimensionView::new(q, d, score, spread, us, them)
        })
        .collect();
    PartnerView {
        partner: "Acme".into(),
        key: "acme".into(),
        latest: RoundView {
            date: None,
            respondents: [1, 1],
            dimensions,
            overall: None,
            lowest: None,
            highest: None,
            coverage: 1.0,
            tier: Some(crate::engine::assess::TierRef::new(&q.rubric.tiers[1], 1)),
            reasons: vec![],
            ..RoundView::default()
        },
        previous: None,
        change: None,
        history: vec![],
        ..PartnerView::default()
    }
    .with_questions(q)
}

/// Test views answer every question once, with a mean of 3.
trait WithQuestions {
    fn with_questions(self, q: &Questionnaire) -> Self;
}

impl WithQuestions for PartnerView {
    fn with_questions(mut self, q: &Questionnaire) -> Self {
        self.questions = q
            .questions
            .iter()
            .map(|x| QuestionView {
                id: x.id.clone(),
                dimension: x.dimension,
                mean: Some(3.0),
                answered: Some(1),
                ..QuestionView::default()
            })
            .collect();
        self
    }
}

pub(crate) fn s(score: f64) -> Fig {
    (Some(score), None, None, Some(0.0))
}
