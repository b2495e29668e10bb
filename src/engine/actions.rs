//! Actions against the rounds: which are overdue, how many are open, and
//! whether the dimension an action should improve moved since it was
//! agreed. Pure: today's date is an argument.
//!
//! - An action is *overdue* when it is open and its `due` date is before
//!   today.
//! - Per partner, `open` counts open actions (overdue ones included),
//!   `overdue` the overdue ones, `done` the done ones; dropped actions are
//!   not counted.
//! - An action's *baseline* is the latest dated round on or before the day
//!   it was agreed (the undated round never counts). Its *effect* is the
//!   change of its dimension's score from the baseline to the partner's
//!   latest round when that round is dated after the day it was agreed:
//!   `None` until there is one.
//!
//! Round scores are read from [`PartnerDetail::rounds`] only.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::engine::portfolio::{PartnerDetail, RoundDetail, partner_key};
use crate::model::actions::{Action, ActionsFile, Status};
use crate::model::answers::Date;

/// An action is overdue: open, and due before `today`.
pub fn is_overdue(a: &Action, today: Date) -> bool {
    a.status == Status::Open && a.due.is_some_and(|due| due < today)
}

/// A partner's actions counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Open actions, overdue ones included.
    pub open: usize,
    pub overdue: usize,
    pub done: usize,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }

    fn add(&mut self, a: &Action, today: Date) {
        match a.status {
            Status::Open => self.open += 1,
            Status::Done => self.done += 1,
            Status::Dropped => {}
        }
        if is_overdue(a, today) {
            self.overdue += 1;
        }
    }
}

/// Counts per partner, by [`partner_key`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally(pub BTreeMap<String, Counts>);

impl Tally {
    pub fn new(files: &[ActionsFile], today: Date) -> Self {
        let mut map: BTreeMap<String, Counts> = BTreeMap::new();
        for f in files {
            let counts = map.entry(partner_key(&f.partner)).or_default();
            for a in &f.actions {
                counts.add(a, today);
            }
        }
        Tally(map)
    }

    /// The counts of the partner whose key is `key` (zeros without actions).
    pub fn get(&self, key: &str) -> Counts {
        self.0.get(key).copied().unwrap_or_default()
    }

    /// Some partner has an action that is counted.
    pub fn any(&self) -> bool {
        self.0.values().any(|c| !c.is_empty())
    }
}

/// A round and the action's dimension score in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoundScore {
    pub date: Date,
    pub score: Option<f64>,
}

/// One action with its partner and its effect so far.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    /// The partner's name as the answers files write it (latest round).
    pub partner: String,
    /// The partner's key ([`partner_key`]).
    pub key: String,
    /// The actions file.
    pub file: String,
    pub action: Action,
    pub overdue: bool,
    /// The latest dated round on or before `agreed`.
    pub baseline: Option<RoundScore>,
    /// The partner's latest round (when it is dated).
    pub latest: Option<RoundScore>,
    /// The effect: `latest.score - baseline.score` when the latest round
    /// is dated after `agreed`.
    pub change: Option<f64>,
}

/// The latest dated round on or before `agreed`; `rounds` newest first.
pub fn baseline(rounds: &[RoundDetail], agreed: Date) -> Option<&RoundDetail> {
    rounds
        .iter()
        .find(|r| r.round.date.is_some_and(|d| d <= agreed))
}

/// The latest round, when it is dated after `agreed`; `rounds` newest first.
pub fn after(rounds: &[RoundDetail], agreed: Date) -> Option<&RoundDetail> {
    rounds
        .first()
        .filter(|r| r.round.date.is_some_and(|d| d > agreed))
}

fn round_score(r: &RoundDetail, dimension: usize) -> Option<RoundScore> {
    Some(RoundScore {
        date: r.round.date?,
        score: r.round.dimensions.get(dimension).and_then(|d| d.score),
    })
}

/// One row for an action of a partner.
pub fn row(detail: &PartnerDetail, file: &str, a: &Action, today: Date) -> ActionRow {
    let baseline = baseline(&detail.rounds, a.agreed).and_then(|r| round_score(r, a.dimension));
    let latest = detail
        .rounds
        .first()
        .and_then(|r| round_score(r, a.dimension));
    let after = after(&detail.rounds, a.agreed).and_then(|r| round_score(r, a.dimension));
    let change = baseline
        .zip(after)
        .and_then(|(b, l)| Some(l.score? - b.score?));
    ActionRow {
        partner: detail.partner.partner.clone(),
        key: detail.partner.key.clone(),
        file: file.to_owned(),
        action: a.clone(),
        overdue: is_overdue(a, today),
        baseline,
        latest,
        change,
    }
}

/// Where a row stands in the list: overdue, other open, done, dropped.
fn standing(r: &ActionRow) -> u8 {
    match (r.overdue, r.action.status) {
        (true, _) => 0,
        (false, Status::Open) => 1,
        (false, Status::Done) => 2,
        (false, Status::Dropped) => 3,
    }
}

/// Orders rows: overdue, then other open, then done, then dropped; ties by
/// due date (none last), then agreed date, then id, then partner.
pub fn order(a: &ActionRow, b: &ActionRow) -> Ordering {
    let due = |r: &ActionRow| (r.action.due.is_none(), r.action.due);
    standing(a)
        .cmp(&standing(b))
        .then(due(a).cmp(&due(b)))
        .then(a.action.agreed.cmp(&b.action.agreed))
        .then(a.action.id.cmp(&b.action.id))
        .then(a.key.cmp(&b.key))
}

/// Every action of the partners in `details` (actions of other partners
/// are left out), in list order.
pub fn rows(details: &[PartnerDetail], files: &[ActionsFile], today: Date) -> Vec<ActionRow> {
    let mut out = Vec::new();
    // By key: many partners and many files stay linear.
    let mut by_key = std::collections::HashMap::new();
    for d in details {
        by_key.entry(d.partner.key.as_str()).or_insert(d);
    }
    for f in files {
        let key = partner_key(&f.partner);
        let Some(detail) = by_key.get(key.as_str()).copied() else {
            continue;
        };
        out.extend(f.actions.iter().map(|a| row(detail, &f.file, a, today)));
    }
    out.sort_by(order);
    out
}

/// An action proposed for an agenda topic, in the form of an actions file
/// (the title is the topic's headline, written by the presentation).
#[derive(Debug, Clone, PartialEq)]
pub struct Proposed {
    pub id: String,
    /// Index into the questionnaire's dimensions.
    pub dimension: usize,
    /// The latest round's date (`None` for the undated round).
    pub agreed: Option<Date>,
}

/// The id for a new action on dimension `dim_id`: the dimension id, else
/// with `-2`, `-3`… appended, the first one not in `taken`.
pub fn fresh_id(dim_id: &str, taken: &[&str]) -> String {
    if !taken.contains(&dim_id) {
        return dim_id.to_owned();
    }
    (2..)
        .map(|n| format!("{dim_id}-{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .expect("some suffix is free")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::engine::portfolio::{DimensionView, RoundView};
    use crate::model::actions::{Owner, Target};
    use crate::model::questionnaire::Questionnaire;

    pub(crate) fn d(s: &str) -> Date {
        s.parse().expect("a date")
    }

    pub(crate) fn action(status: Status, due: Option<&str>) -> Action {
        Action {
            id: "a".into(),
            title: "A".into(),
            target: Target::Dimension(3),
            dimension: 3,
            owner: Owner::Both,
            assignee: None,
            agreed: d("2026-05-20"),
            due: due.map(d),
            status,
            closed: None,
            note: None,
        }
    }

    #[test]
    fn overdue_is_open_and_due_before_today() {
        let today = d("2026-09-01");
        assert!(is_overdue(&action(Status::Open, Some("2026-08-31")), today));
        assert!(!is_overdue(
            &action(Status::Open, Some("2026-09-01")),
            today
        ));
        assert!(!is_overdue(
            &action(Status::Open, Some("2026-09-02")),
            today
        ));
        assert!(!is_overdue(&action(Status::Open, None), today));
        assert!(!is_overdue(
            &action(Status::Done, Some("2026-01-01")),
            today
        ));
        assert!(!is_overdue(
            &action(Status::Dropped, Some("2026-01-01")),
            today
        ));
    }

    #[test]
    fn counts_leave_dropped_out_and_include_overdue_in_open() {
        let file = ActionsFile {
            file: "a.toml".into(),
            partner: " ACME ".into(),
            partner_span: 0..0,
            actions: vec![
                action(Status::Open, Some("2026-01-01")),
                action(Status::Open, None),
                action(Status::Done, Some("2026-01-01")),
                action(Status::Dropped, None),
            ],
        };
        let tally = Tally::new(&[file], d("2026-09-01"));
        assert_eq!(
            tally.get("acme"),
            Counts {
                open: 2,
                overdue: 1,
                done: 1
            }
        );
        assert!(tally.any());
        assert_eq!(tally.get("globex"), Counts::default());
    }

    /// A detail with rounds (newest first) scoring dimension 3 as given.
    pub(crate) fn detail(rounds: &[(Option<&str>, f64)]) -> PartnerDetail {
        let q = Questionnaire::embedded("partnership-health").expect("embedded");
        let view = crate::engine::portfolio::fixtures::view(&q, [(None, None, None, None); 4]);
        let rounds = rounds
            .iter()
            .map(|(date, score)| RoundDetail {
                round: RoundView {
                    date: date.map(d),
                    overall: None,
                    coverage: 1.0,
                    tier: None,
                    dimensions: (0..q.dimensions.len())
                        .map(|d| DimensionView::new(&q, d, Some(*score), None, None, None))
                        .collect(),
                    ..RoundView::default()
                },
                ..RoundDetail::default()
            })
            .collect();
        PartnerDetail {
            partner: view,
            rounds,
        }
    }

    fn effect(rounds: &[(Option<&str>, f64)], agreed: &str) -> ActionRow {
        let mut a = action(Status::Open, None);
        a.agreed = d(agreed);
        row(&detail(rounds), "a.toml", &a, d("2027-01-01"))
    }

    #[test]
    fn agreed_between_rounds() {
        let r = effect(
            &[(Some("2026-11-20"), 3.5), (Some("2026-05-14"), 2.5)],
            "2026-05-20",
        );
        assert_eq!(r.baseline.map(|b| b.date), Some(d("2026-05-14")));
        assert_eq!(r.latest.map(|l| l.date), Some(d("2026-11-20")));
        assert_eq!(r.change, Some(1.0));
    }

    #[test]
    fn agreed_on_a_round_date_takes_that_round_as_baseline() {
        let r = effect(
            &[(Some("2026-11-20"), 4.0), (Some("2026-05-14"), 2.5)],
            "2026-05-14",
        );
        assert_eq!(r.baseline.map(|b| b.score), Some(Some(2.5)));
        assert_eq!(r.change, Some(1.5));
        // Agreed on the latest round's date: no round after it yet.
        let r = effect(
            &[(Some("2026-11-20"), 4.0), (Some("2026-05-14"), 2.5)],
            "2026-11-20",
        );
        assert_eq!(r.baseline.map(|b| b.score), Some(Some(4.0)));
        assert_eq!(r.latest.map(|l| l.date), Some(d("2026-11-20")));
        assert_eq!(r.change, None);
    }

    #[test]
    fn agreed_before_every_round_has_no_baseline() {
        let r = effect(
            &[(Some("2026-11-20"), 4.0), (Some("2026-05-14"), 2.5)],
            "2026-01-01",
        );
        assert_eq!(r.baseline, None);
        assert_eq!(r.latest.map(|l| l.score), Some(Some(4.0)));
        assert_eq!(r.change, None);
    }

    #[test]
    fn the_undated_round_never_counts() {
        let r = effect(&[(Some("2026-11-20"), 4.0), (None, 1.0)], "2026-05-20");
        assert_eq!(r.baseline, None);
        assert_eq!(r.change, None);
        let r = effect(&[(None, 1.0)], "2026-05-20");
        assert_eq!((r.baseline, r.latest, r.change), (None, None, None));
    }

    #[test]
    fn no_round_after_agreed_gives_no_effect() {
        let r = effect(&[(Some("2026-05-14"), 2.5)], "2026-05-20");
        assert_eq!(r.baseline.map(|b| b.score), Some(Some(2.5)));
        assert_eq!(r.latest.map(|l| l.score), Some(Some(2.5)));
        assert_eq!(r.change, None);
    }

    #[test]
    fn rows_are_ordered_overdue_open_done_dropped() {
        let det = detail(&[(Some("2026-05-14"), 2.5)]);
        let mk = |id: &str, status, due: Option<&str>| {
            let mut a = action(status, due);
            a.id = id.into();
            a
        };
        let file = ActionsFile {
            file: "a.toml".into(),
            partner: "acme".into(),
            partner_span: 0..0,
            actions: vec![
                mk("dropped", Status::Dropped, None),
                mk("done", Status::Done, None),
                mk("open-late", Status::Open, Some("2026-12-01")),
                mk("open-none", Status::Open, None),
                mk("open-soon", Status::Open, Some("2026-10-01")),
                mk("overdue", Status::Open, Some("2026-08-01")),
            ],
        };
        let rows = rows(&[det], &[file], d("2026-09-01"));
        let ids: Vec<&str> = rows.iter().map(|r| r.action.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "overdue",
                "open-soon",
                "open-late",
                "open-none",
                "done",
                "dropped"
            ]
        );
        assert!(rows[0].overdue);
    }

    #[test]
    fn fresh_ids_count_up_where_taken() {
        assert_eq!(fresh_id("learning", &[]), "learning");
        assert_eq!(fresh_id("learning", &["learning"]), "learning-2");
        assert_eq!(
            fresh_id("learning", &["learning", "learning-2"]),
            "learning-3"
        );
    }
}
