//! `report --format html`: one self-contained page (inline CSS and SVG, no
//! script, no external asset), readable on screen and printable, a section
//! per partner with a page break between partners. The markup is
//! well-formed XML (XHTML syntax after the doctype), and every string from a
//! file goes through [`crate::sanitize::html`].

use std::fmt::Write;

use crate::engine::portfolio::NoteView;
use crate::engine::portfolio::PartnerDetail;
use crate::model::questionnaire::Questionnaire;
use crate::present::fmt_gap;
use crate::present::report::{Section, View};
use crate::present::svg;
use crate::present::{fmt_change, fmt_date, fmt_score};

mod agenda;
mod charts;
mod parts;
pub mod summary;

use agenda::{actions_html, agenda_html};
pub use charts::{RADAR_FROM, dots_chart, line_chart, radar_chart, thresholds};
pub use parts::anchor;
use parts::{e, rank_class};

const CSS: &str = r#"
:root { color-scheme: light; --ink: #111827; --muted: #4b5563; --line: #e5e7eb; --us: #1d4ed8; --them: #c2410c; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1.5rem 2rem 3rem; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header.doc { border-bottom: 3px solid var(--ink); margin-bottom: 1rem; }
header.doc h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
header.doc p { margin: 0 0 .75rem; color: var(--muted); }
section.partner { padding-top: .5rem; }
section.partner + section.partner { border-top: 1px solid var(--line); margin-top: 2.5rem; }
h2 { font-size: 1.45rem; margin: .75rem 0 .1rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.byline { color: var(--muted); margin: 0 0 1rem; }
.top { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure { margin: 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .85rem; max-width: 35rem; }
.verdict { flex: 1 1 18rem; border-left: 6px solid #d97706; background: #fffbeb; padding: .75rem 1rem; border-radius: 4px; }
.verdict.best { border-color: #15803d; background: #f0fdf4; }
.verdict.worst, .verdict.none { border-color: #b91c1c; background: #fef2f2; }
.verdict .tier { font-size: 1.3rem; font-weight: 700; margin: 0; }
.verdict .overall { margin: .1rem 0 .5rem; font-weight: 600; }
.verdict ul { padding-left: 1.2rem; margin: .4rem 0; color: var(--muted); }
.verdict .advice { margin: .5rem 0 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
td.n, th.n { text-align: right; }
.band { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .85rem; background: #fef3c7; }
.band.best { background: #dcfce7; } .band.worst { background: #fee2e2; }
.flag { color: #b91c1c; font-weight: 700; }
.notes { padding-left: 1.2rem; }
.notes li { margin: .3rem 0; }
blockquote { margin: .3rem 0; padding: .1rem .8rem; border-left: 3px solid var(--line); color: var(--ink); }
.who { color: var(--muted); font-size: .9rem; }
.topic { border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem .6rem; margin: .8rem 0; }
.topic h4 { margin-top: .6rem; }
.topic .summary { color: var(--muted); font-style: italic; margin: 0 0 .4rem; }
.why { padding-left: 1.2rem; margin: .3rem 0; }
.label { font-weight: 600; margin: .6rem 0 .2rem; }
.next { border: 2px solid var(--ink); border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; }
nav.toc { margin: 1rem 0; } nav.toc h2, section.summary h2 { font-size: 1.2rem; }
nav.toc ol { margin: .2rem 0; padding-left: 1.4rem; columns: 2 16rem; }
section.summary .counts { font-weight: 600; }
figure.dots { flex: 1 1 26rem; }
@media (max-width: 40rem) {
  body { padding: 1rem; }
  /* Wide tables and charts scroll in their own box; a shadow at an edge
     shows there is more that way. Chart text stays at 11 px or more. */
  table, figure { display: block; overflow-x: auto; max-width: 100%; min-width: 0;
    background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 2rem 100% no-repeat local,
      linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.25), transparent) left / .8rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.25), transparent) right / .8rem 100% no-repeat scroll; }
  figure svg.chart { min-width: 30rem; max-width: none; }
  /* The dot and line charts are drawn to fit a phone: they shrink instead. */
  figure svg.chart.dots, figure svg.chart.line { min-width: 0; max-width: 100%; }
  figure.dots { flex-basis: 100%; }
}
.notice { border-left: 4px solid #6b7280; background: #f3f4f6; padding: .4rem .8rem; }
.rule, footer { color: var(--muted); font-size: .8rem; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section.partner { break-before: page; page-break-before: always; }
  section.partner:first-of-type { break-before: auto; page-break-before: auto; }
  section.partner + section.partner { border-top: none; margin-top: 0; }
  .topic, .verdict, figure, table, tr { break-inside: avoid; page-break-inside: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 16mm 14mm; }
"#;

/// The whole report: for our team with several partners, a summary and
/// a table of contents first; then one section per partner.
pub fn report(q: &Questionnaire, sections: &[Section<'_>], view: &View<'_>) -> String {
    // The page's own words are in the language of the questionnaire's.
    let view = &View {
        lang: &q.lang,
        ..*view
    };
    let c = view.words();
    let mut out = String::new();
    let title = report_title(sections, view);
    out.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(
        out,
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{}\">\n<head>",
        e(&q.lang)
    );
    out.push_str("<meta charset=\"utf-8\"/>\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.push_str("<meta name=\"generator\" content=\"partnercheck\"/>\n");
    let _ = writeln!(out, "<title>{}</title>", e(&title));
    let _ = writeln!(out, "<style>{CSS}</style>\n</head>\n<body>");
    let _ = writeln!(
        out,
        "<header class=\"doc\"><h1>{}</h1><p>{}</p></header>",
        e(&title),
        e(&subtitle(q, sections, view))
    );
    if sections.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", e(&c.t("report-no-partners")));
    }
    if !view.partner() && sections.len() > 1 {
        summary::summary(&mut out, q, sections, view);
    }
    for (i, s) in sections.iter().enumerate() {
        section(&mut out, q, s, i, view);
    }
    let footer = c.args(
        "report-footer",
        &[
            ("version", env!("CARGO_PKG_VERSION")),
            ("min", &q.scale.min.to_string()),
            ("max", &q.scale.max.to_string()),
            ("bands", &bands(q, view)),
        ],
    );
    let _ = writeln!(out, "<footer>{}</footer>\n</body>\n</html>", e(&footer));
    out
}

/// "Partnership report: Acme" for one partner, "Partnership report" for
/// several; for the partner, "Our partnership: Acme Corp and Acme" (not
/// yet escaped).
pub fn report_title(sections: &[Section<'_>], view: &View<'_>) -> String {
    let c = view.words();
    match sections {
        [one] if view.partner() => match view.organization {
            Some(org) => c.args(
                "report-title-partner-org",
                &[
                    ("org", org.trim()),
                    ("partner", one.data.partner.partner.trim()),
                ],
            ),
            None => c.args(
                "report-title-partner",
                &[("partner", one.data.partner.partner.trim())],
            ),
        },
        [one] => c.args(
            "report-title-one",
            &[("partner", &one.data.partner.partner)],
        ),
        _ => c.t("report-title"),
    }
}

/// The line under the title (not yet escaped).
pub fn subtitle(q: &Questionnaire, sections: &[Section<'_>], view: &View<'_>) -> String {
    if view.partner() {
        view.words()
            .args("report-subtitle-partner", &[("title", &q.title)])
    } else {
        view.words().args(
            "doc-subtitle",
            &[
                ("title", &q.title),
                ("version", &q.version),
                ("partners", &sections.len().to_string()),
            ],
        )
    }
}

/// "Strength from 4, Borderline from 3, Concern below"
pub fn bands(q: &Questionnaire, view: &View<'_>) -> String {
    let c = view.words();
    let n = q.rubric.bands.len();
    q.rubric
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i + 1 == n {
                c.args("report-band-below", &[("band", &b.label)])
            } else {
                c.args(
                    "report-band-from",
                    &[("band", &b.label), ("min", &b.min.to_string())],
                )
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Latest round 2026-11-20 · 2 files: Jane Doe (us), Marco Rossi (them) · coverage 98%";
/// for the partner, no names: "Latest round 2026-11-20 · answers from 2 people · …".
pub fn byline(p: &PartnerDetail, view: &View<'_>) -> String {
    let v = &p.partner;
    let c = view.words();
    let round = match v.latest.date {
        Some(d) => c.args("report-latest-round", &[("date", &d.to_string())]),
        None => c.t("report-undated"),
    };
    if view.partner() {
        let people = c.args(
            "report-answers-from",
            &[("n", &v.latest.files().to_string())],
        );
        if v.latest.suppressed == crate::engine::portfolio::Suppressed::Round {
            return format!("{round} · {people}");
        }
        let share = c.args(
            "report-answered-share",
            &[("percent", &format!("{:.0}", v.latest.coverage * 100.0))],
        );
        return format!("{round} · {people} · {share}");
    }
    let n = v.latest.files().to_string();
    // The names only when there are any: nothing hidden leaves a colon.
    let names = crate::present::words::respondents_in(c, p);
    let files = if names.is_empty() {
        c.args("doc-files", &[("n", &n)])
    } else {
        c.args(
            "doc-files-named",
            &[("n", &n), ("names", &names.join(", "))],
        )
    };
    let coverage = c.args(
        "doc-coverage",
        &[("percent", &format!("{:.0}", v.latest.coverage * 100.0))],
    );
    format!("{round} · {files} · {coverage}")
}

/// "Overall 3.71 (▲ 0.85 since 2026-05-14, when the verdict was: Supplier
/// relationship)": the label after a colon, as written. Without an overall
/// score, why in one sentence: the anonymity threshold hides the round, or
/// too little was answered; never a change from nothing.
pub fn overall_line(q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) -> String {
    let v = &p.partner;
    let c = view.words();
    if v.latest.overall.is_none() {
        return if v.latest.suppressed == crate::engine::portfolio::Suppressed::Round {
            c.args(
                "report-overall-hidden",
                &[("n", &view.min_respondents.to_string())],
            )
        } else {
            c.t("report-overall-none")
        };
    }
    let score = fmt_score(v.latest.overall);
    let Some(prev) = &v.previous else {
        return c.args("report-overall", &[("score", &score)]);
    };
    let tier = prev.tier.as_ref().map_or_else(
        || c.t("report-no-verdict-lower"),
        |t| view.tier_label(q, &t.id, &t.label),
    );
    let change = fmt_change(
        crate::present::shown_change(v.latest.overall, v.change),
        true,
    );
    let date = prev
        .date
        .map_or_else(|| c.t("report-undated-round"), |d| d.to_string());
    c.args(
        "report-overall-since",
        &[
            ("score", &score),
            ("change", &change),
            ("date", &date),
            ("tier", &tier),
        ],
    )
}

fn section(out: &mut String, q: &Questionnaire, s: &Section<'_>, i: usize, view: &View<'_>) {
    let c = view.words();
    let p = s.data;
    let v = &p.partner;
    let _ = writeln!(out, "<section class=\"partner\" id=\"{}\">", anchor(i));
    let _ = writeln!(out, "<h2>{}</h2>", e(&v.partner));
    let _ = writeln!(out, "<p class=\"byline\">{}</p>", e(&byline(p, view)));
    if let Some(notice) = crate::present::report::suppressed_notice(v, view) {
        let _ = writeln!(out, "<p class=\"notice\">{}</p>", e(&notice));
    }

    out.push_str("<div class=\"top\">\n");
    verdict(out, q, p, view);
    figures(out, q, p, view);
    out.push_str("</div>\n");
    tables(out, q, p, view);
    if let Some(line) = line_chart(q, p) {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<figure class=\"line\">",
            e(&c.t("report-rounds"))
        );
        out.push_str(&svg::line(&line));
        let _ = writeln!(
            out,
            "<figcaption>{}</figcaption>\n</figure>",
            e(&c.t("report-rounds-caption"))
        );
    }
    if view.expectations
        && let Some((header, rows)) = crate::present::report::expectations(v, view)
    {
        let _ = write!(
            out,
            "<h3>{}</h3>\n<table>\n<thead><tr>",
            e(&c.t("report-expectations"))
        );
        for (i, h) in header.iter().enumerate() {
            let class = if i == 0 { "" } else { " class=\"n\"" };
            let _ = write!(out, "<th{class}>{}</th>", e(h));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            out.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                let class = if i == 0 { "" } else { " class=\"n\"" };
                let _ = write!(out, "<td{class}>{}</td>", e(cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
        let _ = writeln!(
            out,
            "<p class=\"rule\">{}</p>",
            e(&crate::present::report::expectations_legend(v, view))
        );
    }
    if view.notes && !v.notes.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul class=\"notes\">",
            e(&c.t("report-notes"))
        );
        for n in &v.notes {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong><blockquote>{}</blockquote><span class=\"who\">{}</span></li>",
                e(&note_subject(q, n)),
                e(&n.text),
                e(&view.who(n.respondent.as_deref(), n.side, &v.partner))
            );
        }
        out.push_str("</ul>\n");
    }
    actions_html(out, q, &s.actions, view, &v.partner);
    agenda_html(out, q, &s.agenda, view);
    out.push_str("</section>\n");
}

/// The charts and the dimension table of a section; nothing when the
/// anonymity rule hid the whole latest round (there is nothing to draw).
fn figures(out: &mut String, q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) {
    let v = &p.partner;
    if v.latest.suppressed == crate::engine::portfolio::Suppressed::Round {
        return;
    }
    out.push_str("<figure class=\"dots\">\n");
    out.push_str(&svg::dots(&dots_chart(q, p, view)));
    // Why the sides are not shown is said once, in the section's notice.
    let hidden = (v.latest.suppressed == crate::engine::portfolio::Suppressed::Sides).then_some(());
    let c = view.words();
    let caption = if crate::present::report::sides_shown(p) {
        c.t("report-dots-sides")
    } else if hidden.is_some() {
        c.t("report-dots-combined")
    } else {
        c.t("report-dots-one")
    };
    let scale = c.args(
        "report-dots-scale",
        &[
            ("min", &q.scale.min.to_string()),
            ("max", &q.scale.max.to_string()),
        ],
    );
    let _ = writeln!(
        out,
        "<figcaption>{} {}</figcaption>\n</figure>",
        e(&caption),
        e(&scale)
    );
}

/// The radar (from five dimensions on) and the dimension table; nothing
/// when the whole latest round is hidden.
fn tables(out: &mut String, q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) {
    let v = &p.partner;
    if v.latest.suppressed == crate::engine::portfolio::Suppressed::Round {
        return;
    }
    if v.latest.dimensions.len() >= RADAR_FROM {
        out.push_str("<figure class=\"radar\">\n");
        out.push_str(&svg::radar(&radar_chart(q, p, view)));
        let caption = view.words().args(
            "report-radar-caption",
            &[
                ("min", &q.scale.min.to_string()),
                ("max", &q.scale.max.to_string()),
            ],
        );
        let _ = writeln!(out, "<figcaption>{}</figcaption>\n</figure>", e(&caption));
    }

    let _ = writeln!(out, "<h3>{}</h3>", e(&view.words().t("report-dimensions")));
    dimension_table(out, q, p, view);
}

/// What a note is about: the dimension's name, or the question's text.
pub fn note_subject(q: &Questionnaire, n: &NoteView) -> String {
    if let Some(i) = q.dimension_index(&n.key) {
        return q.dimensions[i].name.clone();
    }
    match q.question_index(&n.key) {
        Some(i) => {
            let question = &q.questions[i];
            format!(
                "{}: {}",
                q.dimensions[question.dimension].name, question.text
            )
        }
        None => n.key.clone(),
    }
}

fn verdict(out: &mut String, q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) {
    let v = &p.partner;
    let class = rank_class(v.latest.tier.as_ref().map(|t| t.rank), q.rubric.tiers.len());
    let _ = writeln!(out, "<div class=\"verdict {class}\">");
    let label = v.latest.tier.as_ref().map_or_else(
        || view.words().t("report-no-verdict"),
        |t| view.tier_label(q, &t.id, &t.label),
    );
    let _ = writeln!(out, "<p class=\"tier\">{}</p>", e(&label));
    let _ = writeln!(
        out,
        "<p class=\"overall\">{}</p>",
        e(&overall_line(q, p, view))
    );
    if let Some(summary) = v.latest.tier.as_ref().and_then(|t| t.summary.as_ref())
        && !view.partner()
    {
        let _ = writeln!(out, "<p>{}</p>", e(summary));
    }
    if !v.latest.reasons.is_empty() {
        out.push_str("<ul>\n");
        for r in &view.reasons(q, &v.latest.reasons) {
            let _ = writeln!(out, "<li>{}</li>", e(r));
        }
        out.push_str("</ul>\n");
    }
    if let Some(advice) = v
        .latest
        .tier
        .as_ref()
        .and_then(|t| view.tier_advice(q, &t.id))
    {
        let _ = writeln!(
            out,
            "<p class=\"advice\"><strong>{}</strong> {}</p>",
            e(&view.words().t("report-next")),
            e(advice)
        );
    }
    out.push_str("</div>\n");
}

fn dimension_table(out: &mut String, q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) {
    let v = &p.partner;
    let previous = p.previous_dimensions();
    let both = crate::present::report::sides_shown(p);
    let c = view.words();
    let head = |id: &str| e(&c.t(id));
    let _ = write!(
        out,
        "<table>\n<thead><tr><th>{}</th><th class=\"n\">{}</th><th>{}</th>",
        head("report-col-dimension"),
        head("report-col-score"),
        head("report-col-band")
    );
    if both {
        let _ = write!(
            out,
            "<th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>",
            e(&view.us()),
            e(v.partner.trim()),
            head("report-col-gap")
        );
    }
    let _ = write!(out, "<th class=\"n\">{}</th>", head("report-col-spread"));
    if previous.is_some() {
        let _ = write!(out, "<th class=\"n\">{}</th>", head("report-col-previous"));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, d) in v.latest.dimensions.iter().enumerate() {
        // a dimension's own bands may be more or fewer than the rubric's
        let bands = q.bands_of(i).len();
        let band = match &d.band_label {
            Some(label) => format!(
                "<span class=\"band {}\">{}</span>",
                rank_class(d.band_rank, bands),
                e(label)
            ),
            None => "–".to_owned(),
        };
        let flag = |on: bool, text: String| {
            if on {
                format!("<span class=\"flag\">{text}</span>")
            } else {
                text
            }
        };
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td>{band}</td>",
            e(&d.name),
            fmt_score(d.score),
        );
        if both {
            let _ = write!(
                out,
                "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
                fmt_score(d.us),
                fmt_score(d.them),
                flag(d.sides_differ(), fmt_gap(d.gap)),
            );
        }
        let _ = write!(
            out,
            "<td class=\"n\">{}</td>",
            flag(d.disagrees(), fmt_score(d.spread))
        );
        if let Some(prev) = &previous {
            let _ = write!(
                out,
                "<td class=\"n\">{}</td>",
                fmt_score(prev.get(i).copied().flatten())
            );
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "<tr><td><strong>{}</strong></td><td class=\"n\"><strong>{}</strong></td><td></td>{}<td></td>",
        head("report-overall-row"),
        fmt_score(v.latest.overall),
        if both {
            "<td></td><td></td><td></td>"
        } else {
            ""
        }
    );
    if let Some(prev) = &v.previous {
        let _ = write!(out, "<td class=\"n\">{}</td>", fmt_score(prev.overall));
    } else if previous.is_some() {
        out.push_str("<td></td>");
    }
    out.push_str("</tr>\n</tbody>\n</table>\n");
    let mut rule = Vec::new();
    if both {
        rule.push(c.args(
            "report-rule-gap",
            &[
                ("them", v.partner.trim()),
                ("us", &view.us_in_text()),
                ("gap", &format!("{:.1}", q.flags.gap)),
            ],
        ));
    }
    rule.push(c.args(
        "report-rule-spread",
        &[("spread", &format!("{:.1}", q.flags.spread))],
    ));
    if let Some(prev) = previous.as_ref().and(v.previous.as_ref()) {
        rule.push(c.args("report-rule-previous", &[("date", &fmt_date(prev.date))]));
    }
    let _ = writeln!(out, "<p class=\"rule\">{}</p>", e(&rule.join(" ")));
}
