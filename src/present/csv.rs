//! `--format csv`: one row per file and dimension ("tidy" data), with the
//! file's overall figures repeated on each row. Text cells are neutralised
//! against spreadsheet formulas.

use std::fmt::Write;

use crate::engine::assess::ScoreResult;
use crate::sanitize;

pub fn score(results: &[ScoreResult]) -> String {
    let mut out = String::from(
        "file,partner,respondent,side,date,questionnaire,dimension,score,band,answered,questions,overall,coverage,tier\n",
    );
    for r in results {
        for d in &r.dimensions {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                sanitize::csv(&r.file),
                sanitize::csv(&r.partner),
                sanitize::csv(r.respondent.as_deref().unwrap_or("")),
                r.side,
                r.date.map(|d| d.to_string()).unwrap_or_default(),
                sanitize::csv(&r.questionnaire.id),
                sanitize::csv(&d.id),
                number(d.score),
                sanitize::csv(d.band.as_deref().unwrap_or("")),
                d.answered,
                d.questions,
                number(r.overall),
                r.coverage,
                sanitize::csv(r.tier.as_ref().map_or("", |t| t.id.as_str())),
            );
        }
    }
    out
}

/// Unrounded, empty for no value.
pub fn number(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// `compare --format csv`: one row per partner, numbers unrounded; per
/// dimension its score, spread, us, them and gap.
pub fn compare(
    q: &crate::model::questionnaire::Questionnaire,
    portfolio: &crate::engine::portfolio::Portfolio,
) -> String {
    let mut out = String::from(
        "partner,date,files,overall,coverage,tier,previous_date,previous_overall,previous_tier,change",
    );
    for d in &q.dimensions {
        let id = sanitize::csv(&d.id);
        let _ = write!(out, ",{id},{id}_spread,{id}_us,{id}_them,{id}_gap");
    }
    out.push('\n');
    for p in &portfolio.partners {
        let _ = write!(
            out,
            "{},{},{},{},{},{},{},{},{},{}",
            sanitize::csv(&p.partner),
            p.date.map(|d| d.to_string()).unwrap_or_default(),
            p.files,
            number(p.overall),
            p.coverage,
            sanitize::csv(p.tier.as_ref().map_or("", |t| t.id.as_str())),
            p.previous
                .as_ref()
                .and_then(|r| r.date)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            number(p.previous.as_ref().and_then(|r| r.overall)),
            sanitize::csv(
                p.previous
                    .as_ref()
                    .and_then(|r| r.tier.as_ref())
                    .map_or("", |t| t.id.as_str())
            ),
            number(p.change),
        );
        for d in &p.dimensions {
            let _ = write!(
                out,
                ",{},{},{},{},{}",
                number(d.score),
                number(d.spread),
                number(d.us),
                number(d.them),
                number(d.gap)
            );
        }
        out.push('\n');
    }
    out
}

/// `compare --partner NAME --format csv`: one row per file of every round,
/// newest round first.
pub fn compare_detail(
    q: &crate::model::questionnaire::Questionnaire,
    detail: &crate::engine::portfolio::PartnerDetail,
) -> String {
    let mut out = String::from("partner,round,file,respondent,side");
    for d in &q.dimensions {
        let _ = write!(out, ",{}", sanitize::csv(&d.id));
    }
    out.push_str(",overall,coverage,tier\n");
    for r in &detail.rounds {
        for f in &r.files {
            let _ = write!(
                out,
                "{},{},{},{},{}",
                sanitize::csv(&detail.partner.partner),
                r.date.map(|d| d.to_string()).unwrap_or_default(),
                sanitize::csv(&f.file),
                sanitize::csv(f.respondent.as_deref().unwrap_or("")),
                f.side,
            );
            for s in &f.dimensions {
                let _ = write!(out, ",{}", number(*s));
            }
            let _ = writeln!(
                out,
                ",{},{},{}",
                number(f.overall),
                f.coverage,
                sanitize::csv(f.tier.as_ref().map_or("", |t| t.id.as_str()))
            );
        }
    }
    out
}
