//! The words of an agreed action: where it stands, its effect since it was
//! agreed, who carries it out, and the counts a table shows per partner.

use std::fmt::Write;

use crate::engine::actions::{ActionRow, Counts, Tally};
use crate::engine::portfolio::Portfolio;
use crate::model::actions::{Owner, Status};
use crate::model::rubric::EPSILON;
use crate::present::fmt_score;
use crate::present::locale::{Catalogue, catalogue};
use crate::sanitize::terminal;

/// Where an action stands, in a few words (plain text): "overdue (due
/// 2026-08-31)", "open, due 2026-08-31", "done 2026-07-30", "dropped".
pub fn action_status(r: &ActionRow) -> String {
    action_status_in(catalogue("en"), r)
}

/// [`action_status`] in a catalogue's language.
pub fn action_status_in(c: &Catalogue, r: &ActionRow) -> String {
    let a = &r.action;
    let status = |s: Status| match s {
        Status::Open => "open",
        Status::Done => "done",
        Status::Dropped => "dropped",
    };
    match (a.status, r.overdue, a.due, a.closed) {
        (_, true, Some(due), _) => c.args("action-overdue", &[("due", &due.to_string())]),
        (Status::Open, _, Some(due), _) => c.args("action-open-due", &[("due", &due.to_string())]),
        (s, _, _, Some(closed)) if s != Status::Open => c.args(
            &format!("action-{}-on", status(s)),
            &[("date", &closed.to_string())],
        ),
        (s, ..) => c.t(&format!("action-{}", status(s))),
    }
}

/// Whether an action's dimension moved since it was agreed (plain text):
/// "up 0.50 since agreed (2.50 on 2026-05-14 → 3.00 on 2026-11-20)".
pub fn action_effect(r: &ActionRow) -> String {
    action_effect_in(catalogue("en"), r)
}

/// [`action_effect`] in a catalogue's language.
pub fn action_effect_in(c: &Catalogue, r: &ActionRow) -> String {
    let since = r.latest.is_some_and(|l| l.date > r.action.agreed);
    match (r.baseline, r.latest, r.change) {
        (_, None, _) => c.t("action-no-round-since"),
        (_, Some(_), _) if !since => c.t("action-no-round-since"),
        (None, Some(_), _) => c.t("action-no-baseline"),
        (Some(b), Some(l), Some(change)) => {
            let change =
                crate::present::shown_diff(l.score, b.score, Some(change)).unwrap_or(change);
            let id = if change > EPSILON {
                "action-effect-up"
            } else if change < -EPSILON {
                "action-effect-down"
            } else {
                "action-effect-unchanged"
            };
            c.args(
                id,
                &[
                    ("change", &format!("{:.2}", change.abs())),
                    ("before", &fmt_score(b.score)),
                    ("before-date", &b.date.to_string()),
                    ("after", &fmt_score(l.score)),
                    ("after-date", &l.date.to_string()),
                ],
            )
        }
        (Some(_), Some(_), None) => c.t("action-no-score"),
    }
}

/// Who carries an action out: "both sides", "us", "them".
pub fn action_owner(owner: Owner) -> &'static str {
    match owner {
        Owner::Us => "us",
        Owner::Them => "them",
        Owner::Both => "both sides",
    }
}

/// [`action_owner`] in a catalogue's language.
pub fn action_owner_in(c: &Catalogue, owner: Owner) -> String {
    c.t(&format!(
        "action-owner-{}",
        action_owner(owner).replace(' ', "-")
    ))
}

/// A partner's action counts: "2 open (1 overdue), 3 done".
pub fn action_counts(c: Counts) -> String {
    let mut out = format!("{} open", c.open);
    if c.overdue > 0 {
        let _ = write!(out, " ({} overdue)", c.overdue);
    }
    let _ = write!(out, ", {} done", c.done);
    out
}

/// The compare table's line on actions, when some partner has any:
/// "Actions: Acme Logistics 2 open (1 overdue), 3 done · …". Names are
/// sanitized for the terminal.
pub fn actions_footer(portfolio: &Portfolio, tally: &Tally) -> Option<String> {
    let parts: Vec<String> = portfolio
        .partners
        .iter()
        .map(|p| (p, tally.get(&p.key)))
        .filter(|(_, c)| !c.is_empty())
        .map(|(p, c)| format!("{} {}", terminal(&p.partner), action_counts(c)))
        .collect();
    (!parts.is_empty()).then(|| format!("Actions: {}", parts.join(" · ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Date;

    #[test]
    fn an_action_says_where_it_stands_and_whether_it_helped() {
        use crate::engine::actions::{ActionRow, RoundScore};
        use crate::model::actions::{Action, Target};
        let d = |s: &str| -> Date { s.parse().unwrap() };
        let at = |date: &str, score: f64| RoundScore {
            date: d(date),
            score: Some(score),
        };
        let mut r = ActionRow {
            partner: "Acme".into(),
            key: "acme".into(),
            file: "a.toml".into(),
            action: Action {
                id: "a".into(),
                title: "A".into(),
                target: Target::Dimension(0),
                dimension: 0,
                owner: Owner::Both,
                assignee: None,
                agreed: d("2026-05-20"),
                due: Some(d("2026-08-31")),
                status: Status::Open,
                closed: None,
                note: None,
            },
            overdue: true,
            baseline: Some(at("2026-05-14", 2.5)),
            latest: Some(at("2026-11-20", 2.0)),
            change: Some(-0.5),
        };
        assert_eq!(action_status(&r), "overdue (due 2026-08-31)");
        assert_eq!(
            action_effect(&r),
            "down 0.50 since agreed (2.50 on 2026-05-14 → 2.00 on 2026-11-20)"
        );
        r.overdue = false;
        r.action.status = Status::Done;
        r.action.closed = Some(d("2026-07-01"));
        assert_eq!(action_status(&r), "done 2026-07-01");
        r.change = Some(0.0);
        r.latest = Some(at("2026-11-20", 2.5));
        assert!(action_effect(&r).starts_with("unchanged since agreed"));
        r.latest = Some(at("2026-05-14", 2.5));
        r.change = None;
        assert_eq!(action_effect(&r), "no round since it was agreed yet");
        r.latest = Some(at("2026-11-20", 2.0));
        r.baseline = None;
        assert_eq!(
            action_effect(&r),
            "no round on or before the day it was agreed to compare with"
        );
    }
}
