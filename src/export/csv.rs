//! `--format csv`: one row per file and dimension ("tidy" data), with the
//! file's overall figures repeated on each row. Text cells are neutralised
//! against spreadsheet formulas.

use std::fmt::Write;

use crate::assessment::ScoreResult;
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
