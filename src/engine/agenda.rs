//! The agenda: the topics for the next conversation with a partner, most
//! urgent first.
//!
//! [`plan`] is pure: it ranks a partner's dimensions from the figures of its
//! latest round (and the round before). The ranking rule, also printed under
//! every agenda (`present::words::agenda_rule`):
//!
//! 1. A dimension becomes a topic when it meets at least one criterion:
//!    its score is in the rubric's lowest band; the two sides differ by
//!    the instrument's `gap` flag or more; respondents differ by its `spread`
//!    flag or more; its score fell by its `decline` flag or more since the previous
//!    round; nobody could score it. A dimension (or a whole round) whose
//!    figures the anonymity threshold hides is no topic.
//! 2. Topics are ordered by the first criterion they meet, in that order;
//!    within a criterion, the bigger figure first (the lowest score, the
//!    largest |gap|, spread or decline); remaining ties in questionnaire
//!    order.
//! 3. When no dimension meets a criterion, the lowest-scoring dimension is
//!    the one topic, so there is always something to talk about.
//! 4. With actions ([`plan_with_actions`]): topics whose dimension has an
//!    open action come before the others, each group in the order above.
//!    The first [`PROPOSED`] topics are proposed as new actions.

use std::cmp::Ordering;

use crate::engine::actions::{ActionRow, Proposed, fresh_id};
use crate::engine::assess::TierRef;
use crate::engine::portfolio::{Flag, NoteView, PartnerDetail, PartnerView, PerSide};
use crate::model::actions::Status;
use crate::model::answers::Date;
use crate::model::questionnaire::Questionnaire;

/// Statements shown per topic: the lowest-scoring ones.
pub const STATEMENTS: usize = 2;

/// Why a dimension is on the agenda, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// The score is in the rubric's lowest band.
    LowestBand,
    /// The two sides see it differently (the gap is flagged).
    Gap,
    /// Respondents disagree (the spread is flagged).
    Disagreement,
    /// The score fell by the `decline` flag or more since the previous round.
    Decline,
    /// A side misjudged how the other sees it (a blind spot is flagged).
    BlindSpot,
    /// A side does not agree within itself (its agreement is flagged).
    LowAgreement,
    /// No respondent could score it.
    NoScore,
    /// Nothing else stands out: the lowest-scoring dimension.
    LowestScore,
}

/// One topic: a dimension, why it is urgent, and what to discuss.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    /// Index into the questionnaire's dimensions.
    pub dimension: usize,
    /// Every reason that applies, most urgent first.
    pub reasons: Vec<Reason>,
    pub score: Option<f64>,
    pub band_label: Option<String>,
    pub band: Option<String>,
    pub us: Option<f64>,
    pub them: Option<f64>,
    pub gap: Option<f64>,
    pub spread: Option<f64>,
    /// The dimension's score in the previous round.
    pub previous: Option<f64>,
    /// `score - previous`.
    pub change: Option<f64>,
    /// (question index, mean counted value), lowest first.
    pub statements: Vec<(usize, f64)>,
    /// What each side expected the other to give: `[us, them]`.
    pub expected: PerSide,
    /// `[them - expected.us, us - expected.them]`.
    pub blind_spot: PerSide,
    /// rwg(J) within each side: `[us, them]`.
    pub agreement: PerSide,
    /// The dimension's flags.
    pub flags: Vec<Flag>,
    /// The statements the two sides see most differently: (question index,
    /// us, them), largest `|them - us|` first.
    pub differing: Vec<(usize, f64, f64)>,
    /// Notes on the dimension or its questions, in file order.
    pub notes: Vec<NoteView>,
    /// The open actions on this dimension, in list order.
    pub actions: Vec<ActionRow>,
}

/// The agenda for one partner.
#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    pub partner: String,
    pub date: Option<Date>,
    pub files: usize,
    pub overall: Option<f64>,
    pub tier: Option<TierRef>,
    /// The previous round's date and tier, when there is one.
    pub previous: Option<(Option<Date>, Option<TierRef>)>,
    pub change: Option<f64>,
    pub topics: Vec<Topic>,
    /// A new action for each of the first [`PROPOSED`] topics, in topic order.
    pub proposed: Vec<Proposed>,
    /// Every action of the partner, in list order: to review at the meeting.
    pub actions: Vec<ActionRow>,
    /// Why the latest round is hidden by the anonymity threshold, when it
    /// is: then there are no topics and no proposed actions.
    pub hidden: Option<crate::engine::classify::Reason>,
}

impl Agenda {
    /// The advice of the tier reached: it closes the agenda.
    pub fn advice(&self) -> Option<&str> {
        self.tier.as_ref().and_then(|t| t.advice.as_deref())
    }
}

/// Each partner's agenda, in the order of `details`: [`for_partner`] of
/// each.
pub fn agendas(q: &Questionnaire, details: &[PartnerDetail], actions: &[ActionRow]) -> Vec<Agenda> {
    details.iter().map(|d| for_partner(q, d, actions)).collect()
}

/// One partner's agenda ([`plan_with_actions`]) from its detail (the
/// previous round's scores) and its own actions among `actions` (every
/// partner's, in list order).
pub fn for_partner(q: &Questionnaire, detail: &PartnerDetail, actions: &[ActionRow]) -> Agenda {
    let mine: Vec<ActionRow> = actions
        .iter()
        .filter(|r| r.key == detail.partner.key)
        .cloned()
        .collect();
    plan_with_actions(
        q,
        &detail.partner,
        detail.previous_dimensions().as_deref(),
        &mine,
    )
}

/// Ranks a partner's dimensions into an agenda. `previous` holds the
/// previous round's dimension scores (questionnaire order), when there is a
/// previous round.
pub fn plan(q: &Questionnaire, p: &PartnerView, previous: Option<&[Option<f64>]>) -> Agenda {
    plan_with_actions(q, p, previous, &[])
}

/// [`plan`], with the partner's actions (any status, in list order): topics
/// with an open action come first, and the top topics are proposed as new
/// actions whose ids no action of the partner has.
pub fn plan_with_actions(
    q: &Questionnaire,
    p: &PartnerView,
    previous: Option<&[Option<f64>]>,
    actions: &[ActionRow],
) -> Agenda {
    let mut topics: Vec<(Topic, f64)> = Vec::new();
    let hidden = (p.latest.suppressed == crate::engine::portfolio::Suppressed::Round)
        .then(|| p.latest.reasons.first().cloned())
        .flatten();
    let round_hidden = p.latest.suppressed == crate::engine::portfolio::Suppressed::Round;
    for (i, d) in p.latest.dimensions.iter().enumerate() {
        // Nothing to discuss where the threshold hides the figures.
        if round_hidden || d.hidden {
            continue;
        }
        let before = previous.and_then(|prev| prev.get(i).copied().flatten());
        let change = d.score.zip(before).map(|(now, then)| now - then);
        let mut reasons = Vec::new();
        let lowest_band = q.bands_of(i).len().checked_sub(1);
        if d.band_rank.is_some() && d.band_rank == lowest_band {
            reasons.push(Reason::LowestBand);
        }
        if d.sides_differ() {
            reasons.push(Reason::Gap);
        }
        if d.disagrees() {
            reasons.push(Reason::Disagreement);
        }
        if change.is_some_and(|c| c <= -q.flags.decline + crate::model::rubric::EPSILON) {
            reasons.push(Reason::Decline);
        }
        if d.flags
            .iter()
            .any(|f| matches!(f, Flag::BlindSpotUs | Flag::BlindSpotThem))
        {
            reasons.push(Reason::BlindSpot);
        }
        if d.flags
            .iter()
            .any(|f| matches!(f, Flag::LowAgreementUs | Flag::LowAgreementThem))
        {
            reasons.push(Reason::LowAgreement);
        }
        if d.score.is_none() {
            reasons.push(Reason::NoScore);
        }
        let topic = topic(q, p, i, reasons, before, change);
        let weight = urgency(&topic, q);
        topics.push((topic, weight));
    }
    let mut chosen: Vec<(Topic, f64)> = topics
        .iter()
        .filter(|(t, _)| !t.reasons.is_empty())
        .cloned()
        .collect();
    if chosen.is_empty() && !round_hidden {
        // Nothing stands out: the lowest-scoring dimension, first in order on a tie.
        let lowest = topics
            .into_iter()
            .filter(|(t, _)| t.score.is_some())
            .min_by(|(a, _), (b, _)| {
                a.score
                    .partial_cmp(&b.score)
                    .unwrap_or(Ordering::Equal)
                    .then(a.dimension.cmp(&b.dimension))
            });
        if let Some((mut t, _)) = lowest {
            t.reasons.push(Reason::LowestScore);
            chosen.push((t, 0.0));
        }
    }
    for (t, _) in &mut chosen {
        t.actions = actions
            .iter()
            .filter(|r| r.action.dimension == t.dimension && r.action.status == Status::Open)
            .cloned()
            .collect();
    }
    chosen.sort_by(|(a, wa), (b, wb)| {
        a.actions
            .is_empty()
            .cmp(&b.actions.is_empty())
            .then(a.reasons[0].cmp(&b.reasons[0]))
            .then(wb.partial_cmp(wa).unwrap_or(Ordering::Equal))
            .then(a.dimension.cmp(&b.dimension))
    });
    Agenda {
        partner: p.partner.clone(),
        date: p.latest.date,
        files: p.latest.files(),
        overall: p.latest.overall,
        tier: p.latest.tier.clone(),
        previous: p.previous.as_ref().map(|r| (r.date, r.tier.clone())),
        change: p.change,
        proposed: propose(q, p, &chosen, actions),
        topics: chosen.into_iter().map(|(t, _)| t).collect(),
        actions: actions.to_vec(),
        hidden,
    }
}

/// Topics proposed as new actions: the first ones.
pub const PROPOSED: usize = 3;

/// One new action per top topic (the first [`PROPOSED`]): the dimension id as its id (`-2`, `-3`…
/// where an action of the partner, or an earlier proposal, has it),
/// agreed on the latest round's date.
fn propose(
    q: &Questionnaire,
    p: &PartnerView,
    topics: &[(Topic, f64)],
    actions: &[ActionRow],
) -> Vec<Proposed> {
    let mut taken: Vec<String> = actions.iter().map(|r| r.action.id.clone()).collect();
    topics
        .iter()
        .take(PROPOSED)
        .map(|(t, _)| {
            let ids: Vec<&str> = taken.iter().map(String::as_str).collect();
            let id = fresh_id(&q.dimensions[t.dimension].id, &ids);
            taken.push(id.clone());
            Proposed {
                id,
                dimension: t.dimension,
                agreed: p.latest.date,
            }
        })
        .collect()
}

/// The figure that orders topics of the same first reason: bigger is more
/// urgent.
fn urgency(t: &Topic, q: &Questionnaire) -> f64 {
    match t.reasons.first() {
        Some(Reason::LowestBand) => q.scale.max as f64 - t.score.unwrap_or(q.scale.max as f64),
        Some(Reason::Gap) => t.gap.map_or(0.0, f64::abs),
        Some(Reason::Disagreement) => t.spread.unwrap_or(0.0),
        Some(Reason::Decline) => -t.change.unwrap_or(0.0),
        Some(Reason::BlindSpot) => t
            .blind_spot
            .iter()
            .flatten()
            .map(|b| b.abs())
            .fold(0.0, f64::max),
        Some(Reason::LowAgreement) => {
            1.0 - t.agreement.iter().flatten().copied().fold(1.0, f64::min)
        }
        _ => 0.0,
    }
}

fn topic(
    q: &Questionnaire,
    p: &PartnerView,
    i: usize,
    reasons: Vec<Reason>,
    previous: Option<f64>,
    change: Option<f64>,
) -> Topic {
    let d = &p.latest.dimensions[i];
    let range = q.dimensions[i].questions.clone();
    let mut statements: Vec<(usize, f64)> = p
        .questions
        .iter()
        .enumerate()
        .filter(|(qi, _)| range.contains(qi))
        .filter_map(|(qi, v)| Some((qi, v.mean?)))
        .collect();
    statements.sort_by(|a, b| {
        a.1.partial_cmp(&b.1)
            .unwrap_or(Ordering::Equal)
            .then(a.0.cmp(&b.0))
    });
    statements.truncate(STATEMENTS);
    let mut differing: Vec<(usize, f64, f64)> = p
        .questions
        .iter()
        .enumerate()
        .filter(|(qi, _)| range.contains(qi))
        .filter_map(|(qi, v)| Some((qi, v.us?, v.them?)))
        .filter(|(_, us, them)| (them - us).abs() > crate::model::rubric::EPSILON)
        .collect();
    differing.sort_by(|a, b| {
        (b.2 - b.1)
            .abs()
            .partial_cmp(&(a.2 - a.1).abs())
            .unwrap_or(Ordering::Equal)
            .then(a.0.cmp(&b.0))
    });
    differing.truncate(STATEMENTS);
    let notes = p
        .notes
        .iter()
        .filter(|n| {
            n.key == q.dimensions[i].id
                || q.question_index(&n.key)
                    .is_some_and(|qi| range.contains(&qi))
        })
        .cloned()
        .collect();
    Topic {
        dimension: i,
        reasons,
        score: d.score,
        band_label: d.band_label.clone(),
        band: d.band.clone(),
        us: d.us,
        them: d.them,
        gap: d.gap,
        spread: d.spread,
        previous,
        change,
        statements,
        expected: d.expected,
        blind_spot: d.blind_spot,
        agreement: d.agreement,
        flags: d.flags.clone(),
        differing,
        notes,
        actions: Vec::new(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::answers::Side;

    pub(crate) use crate::engine::portfolio::fixtures::{q, s, view};

    fn order(a: &Agenda, q: &Questionnaire) -> Vec<(String, Vec<Reason>)> {
        a.topics
            .iter()
            .map(|t| (q.dimensions[t.dimension].id.clone(), t.reasons.clone()))
            .collect()
    }

    #[test]
    fn lowest_band_comes_first_lowest_score_first() {
        let q = q();
        // learning 3.5 with a gap of 2.0; mutual-gains 2.9 and reciprocity 2.0 in the lowest band.
        let p = view(
            &q,
            [
                s(4.2),
                s(2.9),
                s(2.0),
                (Some(3.5), Some(2.5), Some(4.5), Some(2.0)),
            ],
        );
        let a = plan(&q, &p, None);
        assert_eq!(
            order(&a, &q),
            vec![
                ("reciprocity".into(), vec![Reason::LowestBand]),
                ("mutual-gains".into(), vec![Reason::LowestBand]),
                ("learning".into(), vec![Reason::Gap, Reason::Disagreement]),
            ]
        );
    }

    #[test]
    fn gaps_rank_by_size_whatever_their_sign_then_disagreement() {
        let q = q();
        let p = view(
            &q,
            [
                (Some(3.5), Some(4.0), Some(3.0), Some(1.0)), // gap -1.0
                (Some(3.5), Some(3.0), Some(4.5), Some(1.5)), // gap +1.5, spread 1.5
                (Some(3.5), Some(3.5), Some(3.5), Some(2.0)), // spread 2.0 only
                (Some(3.5), Some(4.25), Some(3.0), Some(1.25)), // gap -1.25
            ],
        );
        let a = plan(&q, &p, None);
        assert_eq!(
            order(&a, &q),
            vec![
                (
                    "mutual-gains".into(),
                    vec![Reason::Gap, Reason::Disagreement]
                ),
                ("learning".into(), vec![Reason::Gap]),
                ("cultural-alignment".into(), vec![Reason::Gap]),
                ("reciprocity".into(), vec![Reason::Disagreement]),
            ]
        );
    }

    #[test]
    fn declines_need_a_previous_round_and_half_a_point() {
        let q = q();
        let p = view(&q, [s(3.5), s(3.6), s(3.2), s(4.5)]);
        assert_eq!(
            order(&plan(&q, &p, None), &q),
            vec![("reciprocity".into(), vec![Reason::LowestScore])],
            "without a previous round nothing declines"
        );
        let previous = [Some(4.5), Some(4.0), Some(3.9), Some(5.0)];
        let a = plan(&q, &p, Some(&previous));
        // Drops: 1.0, 0.4 (too small), 0.7, 0.5 (exactly the threshold).
        assert_eq!(
            order(&a, &q),
            vec![
                ("cultural-alignment".into(), vec![Reason::Decline]),
                ("reciprocity".into(), vec![Reason::Decline]),
                ("learning".into(), vec![Reason::Decline]),
            ]
        );
        let t = &a.topics[0];
        assert_eq!((t.previous, t.change), (Some(4.5), Some(-1.0)));
    }

    #[test]
    fn ties_keep_questionnaire_order() {
        let q = q();
        let p = view(&q, [s(4.0), s(2.5), s(4.0), s(2.5)]);
        let ids: Vec<String> = order(&plan(&q, &p, None), &q)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["mutual-gains", "learning"]);
        let p = view(&q, [s(3.5), s(3.5), s(3.5), s(3.5)]);
        let a = plan(&q, &p, None);
        assert_eq!(
            order(&a, &q),
            vec![("cultural-alignment".into(), vec![Reason::LowestScore])]
        );
    }

    #[test]
    fn unscored_dimensions_come_after_declines() {
        let q = q();
        let p = view(&q, [(None, None, None, None), s(3.0), s(2.0), s(3.8)]);
        let a = plan(&q, &p, Some(&[Some(3.0), Some(4.0), Some(2.0), Some(3.8)]));
        assert_eq!(
            order(&a, &q),
            vec![
                ("reciprocity".into(), vec![Reason::LowestBand]),
                ("mutual-gains".into(), vec![Reason::Decline]),
                ("cultural-alignment".into(), vec![Reason::NoScore]),
            ]
        );
    }

    #[test]
    fn unscored_dimensions_are_each_a_topic_and_the_advice_still_closes() {
        let q = q();
        let none = (None, None, None, None);
        let a = plan(&q, &view(&q, [none; 4]), None);
        assert_eq!(a.topics.len(), 4);
        assert!(a.topics.iter().all(|t| t.reasons == [Reason::NoScore]));
        assert_eq!(a.advice(), q.rubric.tiers[1].advice.as_deref());
    }

    #[test]
    fn topics_carry_the_lowest_statements_and_the_dimensions_notes() {
        let q = q();
        let mut p = view(&q, [s(4.0), s(2.0), s(4.0), s(4.0)]);
        let mg = q.dimensions[1].questions.clone();
        // Means 2.0, 1.5, 1.5, 3.0, none: the two lowest, ties in order.
        for (i, mean) in mg
            .clone()
            .zip([Some(2.0), Some(1.5), Some(1.5), Some(3.0), None])
        {
            p.questions[i].mean = mean;
        }
        let note = |key: &str, text: &str| NoteView {
            key: key.into(),
            text: text.into(),
            respondent: Some("Jo".into()),
            side: Side::Them,
            file: "a.toml".into(),
        };
        p.notes = vec![
            note("mutual-gains", "on the dimension"),
            note("learning", "elsewhere"),
            note("mg-shared-risk", "on a question"),
            note("ca-shared-values", "elsewhere too"),
        ];
        let a = plan(&q, &p, None);
        let t = &a.topics[0];
        assert_eq!(t.statements, vec![(mg.start + 1, 1.5), (mg.start + 2, 1.5)]);
        let texts: Vec<&str> = t.notes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["on the dimension", "on a question"]);
    }

    #[test]
    fn topics_with_an_open_action_come_first_in_the_agenda() {
        use crate::engine::actions::tests::{action, d, detail};
        use crate::engine::actions::{ActionRow, row};
        use crate::model::actions::Status;
        let q = q();
        // Cultural alignment and reciprocity both in the lowest band, the
        // first lower: it leads without actions.
        let p = view(&q, [s(1.5), s(4.5), s(2.0), s(4.5)]);
        let first = |a: &Agenda| a.topics[0].dimension;
        assert_eq!(first(&plan(&q, &p, None)), 0);
        let det = detail(&[(Some("2026-05-14"), 2.5)]);
        let mut open = action(Status::Open, None);
        open.dimension = 2;
        open.id = "cultural-alignment".into();
        let mut done = action(Status::Done, None);
        done.dimension = 0;
        let rows: Vec<ActionRow> = [open, done]
            .iter()
            .map(|a| row(&det, "a.toml", a, d("2026-09-01")))
            .collect();
        let a = plan_with_actions(&q, &p, None, &rows);
        assert_eq!(first(&a), 2);
        assert_eq!(a.topics[0].actions.len(), 1);
        assert!(
            a.topics[1].actions.is_empty(),
            "a done action does not count"
        );
        // Proposals follow the topics; the taken id counts up.
        let proposed: Vec<&str> = a.proposed.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(proposed, ["reciprocity", "cultural-alignment-2"]);
    }
}
