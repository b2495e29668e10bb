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
    let c = view.words();
    let rows = summary_rows(sections, c);
    let contents = e(&c.t("doc-contents"));
    let _ = writeln!(
        out,
        "<nav class=\"toc\" aria-label=\"{contents}\">\n<h2>{contents}</h2>\n<ol>"
    );
    let _ = writeln!(
        out,
        "<li><a href=\"#summary\">{}</a></li>",
        e(&c.t("doc-portfolio-summary"))
    );
    for (i, r) in rows.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            anchor(i),
            e(&r.partner)
        );
    }
    out.push_str("</ol>\n</nav>\n");

    let _ = writeln!(
        out,
        "<section class=\"summary\" id=\"summary\">\n<h2>{}</h2>",
        e(&c.t("doc-portfolio-summary"))
    );
    let counts: Vec<String> = tier_counts(q, &rows, c)
        .iter()
        .map(|(label, n)| format!("{}: {n}", e(label)))
        .collect();
    let _ = writeln!(out, "<p class=\"counts\">{}</p>", counts.join(" · "));
    let head = |id: &str| e(&c.t(id));
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th>{}</th><th>{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead>\n<tbody>",
        head("doc-col-partner"),
        head("doc-col-verdict"),
        head("report-overall-row"),
        head("doc-col-change"),
        head("doc-col-largest-gap"),
        head("doc-col-stands-out"),
        head("doc-col-open-actions"),
        head("doc-col-overdue"),
    );
    let tiers = q.rubric.tiers.len();
    for (i, r) in rows.iter().enumerate() {
        let tier = match &r.tier {
            Some((_, label, rank)) => format!(
                "<span class=\"band {}\">{}</span>",
                rank_class(Some(*rank), tiers),
                e(label)
            ),
            None => head("report-no-verdict"),
        };
        let gap = e(&r.largest_gap_in(c));
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
        "<p class=\"rule\">{}</p>\n</section>",
        e(&view.summary_rule())
    );
}
