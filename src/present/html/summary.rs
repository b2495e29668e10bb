//! The opening of an internal report on several partners: a portfolio
//! summary (a row per partner, a count per tier) and a table of contents
//! linking to each partner's section.

use std::fmt::Write;

use super::parts::{anchor, e, rank_class};
use crate::model::questionnaire::Questionnaire;
use crate::present::report::{Section, View, summary_rows, tier_counts};
use crate::present::{fmt_change, fmt_score};

/// The summary and the table of contents.
pub fn summary(out: &mut String, q: &Questionnaire, sections: &[Section<'_>], view: &View<'_>) {
    let rows = summary_rows(sections);
    out.push_str("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    out.push_str("<li><a href=\"#summary\">Portfolio summary</a></li>\n");
    for (i, r) in rows.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            anchor(i),
            e(&r.partner)
        );
    }
    out.push_str("</ol>\n</nav>\n");

    out.push_str("<section class=\"summary\" id=\"summary\">\n<h2>Portfolio summary</h2>\n");
    let counts: Vec<String> = tier_counts(q, &rows)
        .iter()
        .map(|(label, n)| format!("{}: {n}", e(label)))
        .collect();
    let _ = writeln!(out, "<p class=\"counts\">{}</p>", counts.join(" · "));
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>Partner</th><th>Verdict</th><th class=\"n\">Overall</th>\
         <th class=\"n\">Change</th><th>Largest gap</th><th>What stands out</th>\
         <th class=\"n\">Open actions</th><th class=\"n\">Overdue</th></tr></thead>\n<tbody>"
    );
    let tiers = q.rubric.tiers.len();
    for (i, r) in rows.iter().enumerate() {
        let tier = match &r.tier {
            Some((_, label, rank)) => format!(
                "<span class=\"band {}\">{}</span>",
                rank_class(Some(*rank), tiers),
                e(label)
            ),
            None => "No verdict".to_owned(),
        };
        let gap = r.largest_gap.as_ref().map_or_else(
            || "–".to_owned(),
            |(g, name)| format!("{g:+.2} on {}", e(name)),
        );
        let flags = if r.flags.is_empty() {
            "–".to_owned()
        } else {
            e(&r.flags.join("; "))
        };
        let overdue = if r.overdue > 0 {
            format!("<span class=\"flag\">{}</span>", r.overdue)
        } else {
            "0".to_owned()
        };
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#{}\">{}</a></td><td>{tier}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td>{gap}</td><td>{flags}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{overdue}</td></tr>",
            anchor(i),
            e(&r.partner),
            fmt_score(r.overall),
            fmt_change(r.change, true),
            r.open
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"rule\">Largest gap: the partner's score minus {}, on the dimension where the two sides differ most. Change: the overall score since the previous round.</p>\n</section>",
        e(&view.ours())
    );
}
