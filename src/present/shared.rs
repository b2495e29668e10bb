//! Numbers, bars, dates and abbreviations that several formats show the
//! same way.

/// A score with two decimals, or an en dash for no score.
pub fn fmt_score(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.2}"))
}

/// A gap with its sign (`+0.40`, `-1.10`), or an en dash.
pub fn fmt_gap(gap: Option<f64>) -> String {
    gap.map_or_else(|| "–".to_owned(), |g| format!("{g:+.2}"))
}

/// "Jane Doe (us) · 2026-11-20 · answers/acme.toml · coverage 95%"
pub fn byline(r: &crate::engine::assess::Assessment) -> String {
    let mut parts = Vec::new();
    if let Some(who) = &r.respondent {
        parts.push(format!("{who} ({})", r.side));
    } else {
        parts.push(format!("side: {}", r.side));
    }
    if let Some(d) = r.date {
        parts.push(d.to_string());
    }
    parts.push(r.file.clone());
    parts.push(format!("coverage {:.0}%", r.coverage * 100.0));
    parts.join(" · ")
}

/// A horizontal bar for `value` on `min..=max`, `width` cells wide, drawn
/// with eighth blocks.
pub fn bar(value: f64, (min, max): (i64, i64), width: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let span = (max - min) as f64;
    let fraction = ((value - min as f64) / span).clamp(0.0, 1.0);
    let eighths = (fraction * width as f64 * 8.0).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8]);
    }
    let used = out.chars().count();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// A change of overall score: `▲ 0.50`, `▼ 0.25`, `0.00`, or an en dash
/// without a previous round.
pub fn fmt_change(change: Option<f64>, space: bool) -> String {
    let sep = if space { " " } else { "" };
    match change {
        None => "–".to_owned(),
        Some(c) if format!("{:.2}", c.abs()) == "0.00" => "0.00".to_owned(),
        Some(c) if c > 0.0 => format!("▲{sep}{c:.2}"),
        Some(c) => format!("▼{sep}{:.2}", c.abs()),
    }
}

/// The change of overall as a table shows it: the difference of the two
/// rounded values shown (`3.55` now, `2.75` before: `▲ 0.80`), so they add
/// up. The exact change stays in JSON and decides the decline flag.
pub fn shown_change(overall: Option<f64>, change: Option<f64>) -> Option<f64> {
    let round = |x: f64| format!("{x:.2}").parse::<f64>().unwrap_or(x);
    match (overall, change) {
        (Some(o), Some(c)) if o.is_finite() && c.is_finite() => Some(round(o) - round(o - c)),
        _ => change,
    }
}

/// A date, or an en dash for the undated round.
pub fn fmt_date(date: Option<crate::model::answers::Date>) -> String {
    date.map_or_else(|| "–".to_owned(), |d| d.to_string())
}

/// A dimension's score with its flags: `±` respondents disagree (spread),
/// `≠` the two sides differ (gap).
pub fn fmt_flagged(d: &crate::engine::portfolio::DimensionView) -> String {
    let mut s = fmt_score(d.score);
    if d.disagrees() {
        s.push('±');
    }
    if d.sides_differ() {
        s.push('≠');
    }
    if d.flags
        .iter()
        .any(|f| matches!(f, Flag::LowAgreementUs | Flag::LowAgreementThem))
    {
        s.push('~');
    }
    if d.flags
        .iter()
        .any(|f| matches!(f, Flag::BlindSpotUs | Flag::BlindSpotThem))
    {
        s.push('!');
    }
    s
}

use crate::engine::portfolio::Flag;

/// The two sides of each dimension of a round, one line of figures each:
/// (name, us, them, gap, agreement us, agreement them, expected us,
/// expected them, blind spot us, blind spot them), formatted.
pub fn sides_rows(dimensions: &[crate::engine::portfolio::DimensionView]) -> Vec<[String; 10]> {
    let rwg = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
    dimensions
        .iter()
        .map(|d| {
            [
                d.name.clone(),
                fmt_score(d.us),
                fmt_score(d.them),
                fmt_gap(d.gap),
                rwg(d.agreement[0]),
                rwg(d.agreement[1]),
                fmt_score(d.expected[0]),
                fmt_score(d.expected[1]),
                fmt_gap(d.blind_spot[0]),
                fmt_gap(d.blind_spot[1]),
            ]
        })
        .collect()
}

/// The headers of [`sides_rows`], naming the sides: our organisation
/// (the project file's, else "Us") and the partner.
pub fn sides_header(ours: Option<&str>, theirs: &str) -> [String; 10] {
    let ours = ours.unwrap_or("Us");
    [
        "Dimension".to_owned(),
        ours.to_owned(),
        theirs.to_owned(),
        "Gap".to_owned(),
        format!("Agreement {ours}"),
        format!("Agreement {theirs}"),
        "We expected".to_owned(),
        "They expected".to_owned(),
        "Blind spot us".to_owned(),
        "Blind spot them".to_owned(),
    ]
}

/// Short column headers for dimensions: the initials of a name of several
/// words (`CA` for "Cultural alignment"), the first two letters of a
/// one-word name (`Re`); `D1`, `D2`… when those would clash.
pub fn dimension_abbreviations(q: &crate::model::questionnaire::Questionnaire) -> Vec<String> {
    let short: Vec<String> = q
        .dimensions
        .iter()
        .map(|d| {
            let words: Vec<&str> = d.name.split_whitespace().collect();
            let s: String = if words.len() >= 2 {
                words
                    .iter()
                    .take(3)
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            } else {
                let mut c = d.name.trim().chars();
                c.next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(c.take(1))
                    .collect()
            };
            crate::sanitize::terminal(&s).into_owned()
        })
        .collect();
    if all_distinct(&short) {
        short
    } else {
        (1..=short.len()).map(|i| format!("D{i}")).collect()
    }
}

/// Whether every label is there (not empty) and unlike every other.
fn all_distinct(labels: &[String]) -> bool {
    labels
        .iter()
        .enumerate()
        .all(|(i, s)| !s.is_empty() && !labels[..i].contains(s))
}

/// Short tier labels: the first word of each label when those are unique,
/// the ids otherwise.
pub fn tier_abbreviations(q: &crate::model::questionnaire::Questionnaire) -> Vec<String> {
    let short: Vec<String> = q
        .rubric
        .tiers
        .iter()
        .map(|t| t.label.split_whitespace().next().unwrap_or("").to_owned())
        .collect();
    if all_distinct(&short) {
        short
    } else {
        q.rubric.tiers.iter().map(|t| t.id.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_spans_the_scale() {
        assert_eq!(bar(1.0, (1, 5), 4), "    ");
        assert_eq!(bar(5.0, (1, 5), 4), "████");
        assert_eq!(bar(3.0, (1, 5), 4), "██  ");
        assert_eq!(bar(3.25, (1, 5), 4), "██▎ ");
    }

    #[test]
    fn scores_show_two_decimals_or_a_dash() {
        assert_eq!(fmt_score(Some(3.456)), "3.46");
        assert_eq!(fmt_score(None), "–");
    }
}
