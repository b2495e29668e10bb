//! `actions --format table`.

use std::fmt::Write;

use comfy_table::{Cell, Color};

use super::style::{new_table, right};
use crate::present::fmt_score;
use crate::sanitize::terminal;

/// `actions --format table`: a row per action, in list order (overdue and
/// open first), with its dimension's score when it was agreed, in the
/// latest round after that, and the change.
pub fn actions(
    q: &crate::model::questionnaire::Questionnaire,
    rows: &[crate::engine::actions::ActionRow],
    today: crate::model::answers::Date,
    color: bool,
) -> String {
    use crate::present::fmt_gap;
    let mut out = String::new();
    if rows.is_empty() {
        let _ = writeln!(
            out,
            "No actions: add an actions file beside the answers files."
        );
        return out;
    }
    let mut table = new_table(color);
    table.set_header(vec![
        "Partner",
        "Id",
        "Title",
        "Dimension",
        "Owner",
        "Assignee",
        "Agreed",
        "Due",
        "Status",
        "Before",
        "Latest",
        "Change",
    ]);
    for r in rows {
        let a = &r.action;
        let status = crate::present::action_words::action_status(r);
        let status = if r.overdue && color {
            Cell::new(status).fg(Color::Red)
        } else {
            Cell::new(status)
        };
        table.add_row(vec![
            Cell::new(terminal(&r.partner)),
            Cell::new(terminal(&a.id)),
            Cell::new(terminal(&a.title)),
            Cell::new(terminal(&q.dimensions[a.dimension].name)),
            Cell::new(a.owner.as_str()),
            Cell::new(terminal(a.assignee.as_deref().unwrap_or("–"))),
            Cell::new(a.agreed),
            Cell::new(crate::present::fmt_date(a.due)),
            status,
            right(fmt_score(r.baseline.and_then(|b| b.score))),
            right(fmt_score(r.latest.and_then(|l| l.score))),
            right(fmt_gap(crate::present::shown_diff(
                r.latest.and_then(|l| l.score),
                r.baseline.and_then(|b| b.score),
                r.change,
            ))),
        ]);
    }
    let counts =
        |f: fn(&crate::engine::actions::ActionRow) -> bool| rows.iter().filter(|r| f(r)).count();
    let _ = writeln!(out, "{table}");
    let _ = writeln!(
        out,
        "{} actions · {} open ({} overdue on {today}) · Before: the dimension's score in the \
         latest round on or before the day it was agreed; Latest: in the partner's latest round; \
         Change: Latest − Before, once a round is dated after the day it was agreed",
        rows.len(),
        counts(|r| r.action.status == crate::model::actions::Status::Open),
        counts(|r| r.overdue),
    );
    out
}
