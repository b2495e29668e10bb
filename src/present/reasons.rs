//! The reasons for a verdict in sentences a person reads ("Learning is the
//! weakest dimension at 2.80. True partnership needs every dimension at 3.5
//! or more — 0.70 to go."), made from the structured checks of
//! [`crate::engine::classify`], with dimension and band names from the
//! questionnaire. Re-exported by [`crate::present::words`].

use crate::engine::agenda::Agenda;
use crate::engine::classify::{Check, Reason};
use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::{EPSILON, Op};
use crate::present::locale::Catalogue;

/// The reasons for a verdict, one sentence each: why the chosen tier, and
/// what held back the tier above. Tiers are named by their `label`.
pub fn reasons(q: &Questionnaire, reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(|r| reason(q, r)).collect()
}

/// [`reasons`] for the partner's eyes: tiers named by their `shared_label`
/// (their `label` when they have none).
pub fn shared_reasons(q: &Questionnaire, reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(|r| say(q, r, true)).collect()
}

/// [`reasons`] (or [`shared_reasons`]) in the language of `q`'s words: the
/// verdicts of the usual rubrics from the catalogue; a condition the
/// catalogue has no sentence for (a count of a band, a gap, a comparison
/// of two metrics, an equality) is said in English.
pub fn reasons_in(q: &Questionnaire, reasons: &[Reason], shared: bool) -> Vec<String> {
    let c = crate::present::locale::catalogue(&q.lang);
    reasons
        .iter()
        .map(|r| {
            if c.lang == "en" {
                return say(q, r, shared);
            }
            say_in(c, q, r, shared).unwrap_or_else(|| say(q, r, shared))
        })
        .collect()
}

/// The tier of a check by its id, named for the reader.
fn tier_of(q: &Questionnaire, c: &Check, shared: bool) -> String {
    let Some(t) = q.rubric.tiers.iter().find(|t| t.id == c.tier) else {
        return tier_name(q, &c.tier_label, shared);
    };
    match &t.shared_label {
        Some(s) if shared => s.clone(),
        _ => t.label.clone(),
    }
}

fn op_key(op: Op) -> Option<&'static str> {
    match op {
        Op::Ge => Some("ge"),
        Op::Gt => Some("gt"),
        Op::Le => Some("le"),
        Op::Lt => Some("lt"),
        Op::Eq => None,
    }
}

/// What a tier needs, from the catalogue; `None` for a condition it has no
/// sentence for.
fn requirement_in(c: &Catalogue, q: &Questionnaire, check: &Check) -> Option<String> {
    if check.against.is_some() {
        return None;
    }
    let op = op_key(check.op)?;
    let t = number(check.threshold?);
    let high = matches!(check.op, Op::Ge | Op::Gt);
    let (id, dimension) = match subject(q, &check.metric) {
        Subject::Overall => ("reason-needs-overall", None),
        Subject::Lowest if high => ("reason-needs-every", None),
        Subject::Lowest => ("reason-needs-one", None),
        Subject::Highest if high => ("reason-needs-one", None),
        Subject::Highest => ("reason-needs-every", None),
        Subject::Dimension(d) => ("reason-needs-dimension", Some(d)),
        _ => return None,
    };
    let mut vars = vec![("op", op), ("t", t.as_str())];
    if let Some(d) = &dimension {
        vars.push(("dimension", d.as_str()));
    }
    Some(c.args(id, &vars))
}

/// The figure as it is, from the catalogue.
fn fact_in(c: &Catalogue, q: &Questionnaire, check: &Check) -> Option<String> {
    if check.against.is_some() {
        return None;
    }
    let behind = check.dimension.as_deref().map(|id| {
        q.dimension_index(id)
            .map_or_else(|| id.to_owned(), |i| q.dimensions[i].name.clone())
    });
    let v = check.value.map(value);
    Some(match (subject(q, &check.metric), v) {
        (Subject::Overall, Some(v)) => c.args("reason-fact-overall", &[("value", &v)]),
        (Subject::Overall, None) => c.t("reason-fact-overall-none"),
        (Subject::Lowest, Some(v)) => match behind {
            Some(d) => c.args("reason-fact-weakest", &[("dimension", &d), ("value", &v)]),
            None => c.args("reason-fact-weakest-any", &[("value", &v)]),
        },
        (Subject::Highest, Some(v)) => match behind {
            Some(d) => c.args("reason-fact-strongest", &[("dimension", &d), ("value", &v)]),
            None => c.args("reason-fact-strongest-any", &[("value", &v)]),
        },
        (Subject::Dimension(d), Some(v)) => {
            c.args("reason-fact-dimension", &[("dimension", &d), ("value", &v)])
        }
        (Subject::Dimension(d), None) => c.args("reason-fact-dimension-none", &[("dimension", &d)]),
        _ => return None,
    })
}

/// One reason from the catalogue; `None` when a part of it has no sentence
/// there.
fn say_in(c: &Catalogue, q: &Questionnaire, r: &Reason, shared: bool) -> Option<String> {
    if let Some(hidden) = hidden_in(c, q, r) {
        return Some(hidden);
    }
    Some(match r {
        Reason::NoTierMatched => c.t("reason-no-tier"),
        Reason::Fallback { tier_label } => c.args(
            "reason-fallback",
            &[("tier", &tier_name(q, tier_label, shared))],
        ),
        Reason::Held { checks, .. } => {
            let first = checks.first()?;
            let mut parts = Vec::new();
            for check in checks {
                parts.push(c.args(
                    "reason-needs-item",
                    &[
                        ("requirement", &requirement_in(c, q, check)?),
                        ("fact", &fact_in(c, q, check)?),
                    ],
                ));
            }
            let needs = match parts.as_slice() {
                [] => return None,
                [one] => one.clone(),
                [init @ .., last] => {
                    c.args("reason-list", &[("init", &init.join(", ")), ("last", last)])
                }
            };
            c.args(
                "reason-held",
                &[("tier", &tier_of(q, first, shared)), ("needs", &needs)],
            )
        }
        Reason::Missed(check) => {
            let requirement = requirement_in(c, q, check)?;
            let fact = capitalize(&fact_in(c, q, check)?);
            let tier = tier_of(q, check, shared);
            let vars = [
                ("fact", fact.as_str()),
                ("tier", tier.as_str()),
                ("requirement", requirement.as_str()),
            ];
            let (Some(v), Some(t)) = (check.value, check.threshold) else {
                return Some(c.args("reason-missed", &vars));
            };
            let distance = (v - t).abs();
            if distance <= EPSILON
                || !matches!(
                    subject(q, &check.metric),
                    Subject::Overall | Subject::Lowest | Subject::Highest | Subject::Dimension(_)
                )
            {
                return None;
            }
            let far = value(distance);
            let id = match check.op {
                Op::Ge | Op::Gt => "reason-missed-to-go",
                Op::Le | Op::Lt => "reason-missed-too-high",
                Op::Eq => return None,
            };
            let mut vars = vars.to_vec();
            vars.push(("far", &far));
            c.args(id, &vars)
        }
        _ => return None,
    })
}

/// One reason in a sentence.
pub fn reason(q: &Questionnaire, r: &Reason) -> String {
    say(q, r, false)
}

fn say(q: &Questionnaire, r: &Reason, shared: bool) -> String {
    let tier = |label: &str| tier_name(q, label, shared);
    match r {
        Reason::CoverageBelowMinimum { .. }
        | Reason::TooFewRespondents { .. }
        | Reason::TooFewAnswers { .. } => {
            hidden_in(crate::present::locale::catalogue("en"), q, r).unwrap_or_default()
        }
        Reason::NoTierMatched => "No verdict fits these scores.".to_owned(),
        Reason::Fallback { tier_label } => format!(
            "{}: the scores do not yet meet what the verdict above it needs.",
            tier(tier_label)
        ),
        Reason::Held { tier_label, checks } => {
            let parts: Vec<String> = checks
                .iter()
                .map(|c| format!("{} ({})", requirement(q, c), fact(q, c)))
                .collect();
            format!("{}, which needs {}.", tier(tier_label), and_list(&parts))
        }
        Reason::Missed(c) => missed(q, c, tier(&c.tier_label)),
    }
}

/// The label a reader sees for the tier labelled `label`.
fn tier_name(q: &Questionnaire, label: &str, shared: bool) -> String {
    let found = q.rubric.tiers.iter().find(|t| t.label == label);
    match found.and_then(|t| t.shared_label.as_ref()) {
        Some(s) if shared => s.clone(),
        _ => label.to_owned(),
    }
}

fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// What a metric named in a condition reads, by name.
enum Subject {
    Overall,
    Lowest,
    Highest,
    Coverage,
    MaxGap,
    /// A band's label.
    Count(String),
    /// A dimension's name.
    Gap(String),
    Dimension(String),
}

fn subject(q: &Questionnaire, metric: &str) -> Subject {
    let dim_name = |id: &str| {
        q.dimension_index(id)
            .map_or_else(|| id.to_owned(), |i| q.dimensions[i].name.clone())
    };
    let inner = |prefix: &str| {
        metric
            .strip_prefix(prefix)
            .and_then(|s| s.strip_suffix(')'))
            .map(str::to_owned)
    };
    match metric {
        "overall" => Subject::Overall,
        "lowest" => Subject::Lowest,
        "highest" => Subject::Highest,
        "coverage" => Subject::Coverage,
        "max_gap" => Subject::MaxGap,
        _ => {
            if let Some(band) = inner("count(") {
                Subject::Count(band_label(q, &band))
            } else if let Some(dim) = inner("gap(") {
                Subject::Gap(dim_name(&dim))
            } else {
                Subject::Dimension(dim_name(metric))
            }
        }
    }
}

fn band_label(q: &Questionnaire, id: &str) -> String {
    q.rubric
        .bands
        .iter()
        .chain(q.dimensions.iter().flat_map(|d| d.bands.iter()))
        .find(|b| b.id == id)
        .map_or_else(|| id.to_owned(), |b| b.label.clone())
}

/// "3.5 or more", "above 3.5", "3.5 or less", "below 3.5", "exactly 3.5".
fn bound(op: Op, t: &str) -> String {
    match op {
        Op::Ge => format!("{t} or more"),
        Op::Gt => format!("above {t}"),
        Op::Le => format!("{t} or less"),
        Op::Lt => format!("below {t}"),
        Op::Eq => format!("exactly {t}"),
    }
}

/// "at 3.5 or more", "above 3.5", "at 3.5 or less", "below 3.5", "at exactly 3.5".
fn at(op: Op, t: &str) -> String {
    match op {
        Op::Gt | Op::Lt => bound(op, t),
        _ => format!("at {}", bound(op, t)),
    }
}

fn number(v: f64) -> String {
    // As written in the rubric: 3.5, 4, -1.
    let s = format!("{v}");
    if s.len() > 6 { format!("{v:.2}") } else { s }
}

fn value(v: f64) -> String {
    format!("{v:.2}")
}

fn percent(v: f64) -> String {
    format!("{}%", number((v * 100.0 * 1000.0).round() / 1000.0))
}

fn dimensions(n: f64) -> String {
    let n = n.round() as i64;
    if n == 1 {
        "1 dimension".to_owned()
    } else {
        format!("{n} dimensions")
    }
}

/// The right-hand side as a reader says it: a number (a percentage for
/// coverage, a count of dimensions for count()), or another metric by name.
fn right(q: &Questionnaire, c: &Check) -> String {
    match (&c.against, c.threshold) {
        (Some(name), _) => noun(q, name),
        (None, Some(t)) => match subject(q, &c.metric) {
            Subject::Coverage => percent(t),
            _ => number(t),
        },
        (None, None) => "a value".to_owned(),
    }
}

/// A metric as a noun, for the right-hand side: "the overall score",
/// "Drawbacks", "the number of dimensions in the Concern band".
fn noun(q: &Questionnaire, metric: &str) -> String {
    match subject(q, metric) {
        Subject::Overall => "the overall score".to_owned(),
        Subject::Lowest => "the weakest dimension's score".to_owned(),
        Subject::Highest => "the strongest dimension's score".to_owned(),
        Subject::Coverage => "the share of questions answered".to_owned(),
        Subject::MaxGap => "the largest gap between the two sides".to_owned(),
        Subject::Count(band) => format!("the number of dimensions in the {band} band"),
        Subject::Gap(dim) => format!("the gap between the two sides on {dim}"),
        Subject::Dimension(dim) => dim,
    }
}

/// What a tier needs, as a noun phrase: "every dimension at 3.5 or more",
/// "an overall score of 4 or more", "no dimension in the Concern band".
fn requirement(q: &Questionnaire, c: &Check) -> String {
    let t = right(q, c);
    let b = bound(c.op, &t);
    let a = at(c.op, &t);
    match subject(q, &c.metric) {
        Subject::Overall => format!("an overall score {a}"),
        Subject::Lowest => match c.op {
            Op::Ge | Op::Gt => format!("every dimension {a}"),
            Op::Le | Op::Lt => format!("at least one dimension {a}"),
            Op::Eq => format!("the weakest dimension {a}"),
        },
        Subject::Highest => match c.op {
            Op::Ge | Op::Gt => format!("at least one dimension {a}"),
            Op::Le | Op::Lt => format!("every dimension {a}"),
            Op::Eq => format!("the strongest dimension {a}"),
        },
        Subject::Coverage => format!("{b} of the questions answered"),
        Subject::MaxGap => format!(
            "the two sides' scores {} apart on every dimension",
            bound(c.op, &t)
        ),
        Subject::Count(band) => count_requirement(c, &t, &band),
        Subject::Gap(dim) => format!("a gap on {dim} (their score minus ours) {a}"),
        Subject::Dimension(dim) => format!("{dim} {a}"),
    }
}

fn count_requirement(c: &Check, t: &str, band: &str) -> String {
    let n = if c.against.is_none() {
        c.threshold
    } else {
        None
    };
    let none = |n: f64| {
        (c.op == Op::Eq && n.abs() < EPSILON)
            || (c.op == Op::Le && n < 1.0 - EPSILON)
            || (c.op == Op::Lt && n <= 1.0 + EPSILON)
    };
    match n {
        Some(n) if none(n) => format!("no dimension in the {band} band"),
        Some(n) => {
            let how = match c.op {
                Op::Ge => "at least",
                Op::Gt => "more than",
                Op::Le => "at most",
                Op::Lt => "fewer than",
                Op::Eq => "exactly",
            };
            format!("{how} {} in the {band} band", dimensions(n))
        }
        // against another metric: "… in the Concern band below the number of
        // dimensions in the Strength band"
        None => format!(
            "the number of dimensions in the {band} band {}",
            at(c.op, t)
        ),
    }
}

/// The figure as it is: "Learning is the weakest dimension at 2.80".
fn fact(q: &Questionnaire, c: &Check) -> String {
    let behind = c.dimension.as_deref().map(|id| {
        q.dimension_index(id)
            .map_or_else(|| id.to_owned(), |i| q.dimensions[i].name.clone())
    });
    let subject = subject(q, &c.metric);
    let mut s = match c.value {
        None => match &subject {
            Subject::Gap(_) | Subject::MaxGap => {
                format!(
                    "{} has no value: it needs answers from both sides",
                    noun(q, &c.metric)
                )
            }
            _ => format!("{} has no score", noun(q, &c.metric)),
        },
        Some(v) => match &subject {
            Subject::Overall => format!("the overall score is {}", value(v)),
            Subject::Lowest => match behind {
                Some(d) => format!("{d} is the weakest dimension at {}", value(v)),
                None => format!("the weakest dimension is at {}", value(v)),
            },
            Subject::Highest => match behind {
                Some(d) => format!("{d} is the strongest dimension at {}", value(v)),
                None => format!("the strongest dimension is at {}", value(v)),
            },
            Subject::Coverage => format!("{} of the questions were answered", percent(v)),
            Subject::MaxGap => format!("the largest gap between the two sides is {}", value(v)),
            Subject::Count(band) => {
                let n = v.round() as i64;
                match n {
                    0 => format!("no dimension is in the {band} band"),
                    1 => format!("1 dimension is in the {band} band"),
                    n => format!("{n} dimensions are in the {band} band"),
                }
            }
            Subject::Gap(dim) => format!("on {dim}, their score minus ours is {v:+.2}"),
            Subject::Dimension(dim) => format!("{dim} scores {}", value(v)),
        },
    };
    if let (Some(name), Some(t)) = (&c.against, c.threshold) {
        let what = noun(q, name);
        let t = match self::subject(q, name) {
            Subject::Count(_) => format!("{}", t.round() as i64),
            _ => value(t),
        };
        s.push_str(&format!(", and {what} is {t}"));
    } else if let (Some(name), None) = (&c.against, c.threshold) {
        s.push_str(&format!(", and {} has no value", noun(q, name)));
    }
    s
}

/// A condition of the tier above that did not hold, and how far off it is.
fn missed(q: &Questionnaire, c: &Check, tier: String) -> String {
    let needs = format!("{tier} needs {}", requirement(q, c));
    let fact = capitalize(&fact(q, c));
    let (Some(v), Some(t)) = (c.value, c.threshold) else {
        return format!("{fact}. {needs}.");
    };
    let distance = (v - t).abs();
    let count = matches!(subject(q, &c.metric), Subject::Count(_));
    let far = if count {
        dimensions(distance)
    } else if matches!(subject(q, &c.metric), Subject::Coverage) {
        format!("{} points", number((distance * 1000.0).round() / 10.0))
    } else {
        value(distance)
    };
    let how = match c.op {
        _ if distance <= EPSILON => match c.op {
            Op::Gt => "it has to rise above it".to_owned(),
            Op::Lt => "it has to fall below it".to_owned(),
            _ => String::new(),
        },
        Op::Ge | Op::Gt => format!("{far} to go"),
        Op::Le | Op::Lt if count => format!("{far} too many"),
        Op::Le | Op::Lt => format!("{far} too high"),
        Op::Eq if count && v > t => format!("{far} too many"),
        Op::Eq if v < t => format!("{far} below it"),
        Op::Eq => format!("{far} above it"),
    };
    if how.is_empty() {
        format!("{fact}. {needs}.")
    } else {
        format!("{fact}. {needs} — {how}.")
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why there is no verdict when too little was answered or the anonymity
/// threshold hides the round, from the catalogue; `None` for the other
/// reasons.
fn hidden_in(c: &Catalogue, q: &Questionnaire, r: &Reason) -> Option<String> {
    Some(match r {
        Reason::CoverageBelowMinimum { coverage, minimum } => c.args(
            "reason-coverage",
            &[
                ("coverage", &format!("{:.0}", coverage * 100.0)),
                ("minimum", &format!("{:.0}", minimum * 100.0)),
            ],
        ),
        Reason::TooFewRespondents { files, minimum } => c.args(
            "reason-too-few-respondents",
            &[
                ("files", &files.to_string()),
                ("minimum", &minimum.to_string()),
            ],
        ),
        Reason::TooFewAnswers {
            dimension,
            answered,
            minimum,
        } => c.args(
            "reason-too-few-answers",
            &[
                ("answered", &answered.to_string()),
                ("dimension", &q.dimensions[*dimension].name),
                ("minimum", &minimum.to_string()),
            ],
        ),
        _ => return None,
    })
}

/// An agenda's next step when its round has no tier because the anonymity
/// threshold hides it, in the language of `q`'s words (none when it is not
/// hidden).
pub fn hidden_next_step(q: &Questionnaire, a: &Agenda) -> Option<String> {
    let c = crate::present::locale::catalogue(&q.lang);
    a.hidden.as_ref().map(|_| c.t("doc-hidden-next-step"))
}

/// What an agenda with no topic says instead, in the language of `q`'s
/// words: why its round is hidden by the anonymity threshold, or that
/// nothing has a score yet (plain text: escape it for the format).
pub fn no_topics(q: &Questionnaire, a: &Agenda) -> String {
    let c = crate::present::locale::catalogue(&q.lang);
    match &a.hidden {
        Some(r) => {
            let reason = reasons_in(q, std::slice::from_ref(r), false).concat();
            c.args("doc-no-topics-hidden", &[("reason", &reason)])
        }
        None => c.t("doc-no-topics"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::classify::classify;
    use crate::engine::score::tests::{questionnaire, with_tiers};

    fn said(q: &Questionnaire, values: Vec<Option<f64>>) -> Vec<String> {
        let m = crate::engine::score::metrics(q, values, 1.0);
        reasons(q, &classify(&q.rubric, &m, &q.dimension_ids()).reasons)
    }

    #[test]
    fn reasons_say_what_held_and_what_fell_short() {
        let q = questionnaire();
        assert_eq!(
            said(&q, vec![Some(3.2), Some(4.5)]),
            [
                "Mid, which needs A at 3 or more (A scores 3.20).",
                "A is the weakest dimension at 3.20. Top needs every dimension at 4 or more — 0.80 to go.",
            ]
        );
        let s = said(&q, vec![None, Some(4.5)]);
        assert_eq!(
            s[0],
            "Bottom: the scores do not yet meet what the verdict above it needs."
        );
        assert_eq!(s[1], "A has no score. Mid needs A at 3 or more.");
    }

    #[test]
    fn every_operator_reads_honestly() {
        let cases: [(&str, &str); 5] = [
            ("overall > 4", "— it has to rise above it."),
            (
                "overall < 3",
                "Tx needs an overall score below 3 — 1.00 too high.",
            ),
            (
                "overall <= 3.5",
                "an overall score at 3.5 or less — 0.50 too high.",
            ),
            (
                "overall == 3",
                "an overall score at exactly 3 — 1.00 above it.",
            ),
            (
                "lowest < 2",
                "Tx needs at least one dimension below 2 — 2.00 too high.",
            ),
        ];
        for (cond, expected) in cases {
            let q = with_tiers(questionnaire(), &[&[cond], &[]]);
            let mut q = q;
            q.rubric.tiers[0].label = "Tx".into();
            let s = said(&q, vec![Some(4.0), Some(4.0)]);
            assert!(s[1].ends_with(expected), "{cond}: {}", s[1]);
            assert!(!s[1].contains(">=") && !s[1].contains("<="), "{}", s[1]);
        }
    }

    #[test]
    fn counts_gaps_coverage_and_metric_operands_are_named() {
        let q = with_tiers(
            questionnaire(),
            &[
                &["count(low) == 0", "coverage >= 0.9", "max_gap < 1", "a > b"],
                &[],
            ],
        );
        let m = crate::engine::score::metrics(&q, vec![Some(2.0), Some(3.0)], 0.8);
        let s = reasons(&q, &classify(&q.rubric, &m, &q.dimension_ids()).reasons);
        assert_eq!(
            s[1],
            "2 dimensions are in the Low band. T0 needs no dimension in the Low band — 2 dimensions too many."
        );
        assert_eq!(
            s[2],
            "80% of the questions were answered. T0 needs 90% or more of the questions answered — 10 points to go."
        );
        assert!(s[3].contains("needs answers from both sides"), "{}", s[3]);
        assert_eq!(
            s[4],
            "A scores 2.00, and B is 3.00. T0 needs A above B — 1.00 to go."
        );
    }

    #[test]
    fn the_partner_reads_the_shared_label() {
        let mut q = questionnaire();
        q.rubric.tiers[0].shared_label = Some("Thriving together".into());
        let m = crate::engine::score::metrics(&q, vec![Some(3.2), Some(4.5)], 1.0);
        let v = classify(&q.rubric, &m, &q.dimension_ids());
        let s = shared_reasons(&q, &v.reasons);
        assert!(s[1].contains("Thriving together needs"), "{}", s[1]);
        assert!(!reasons(&q, &v.reasons)[1].contains("Thriving"));
    }

    #[test]
    fn counts_against_counts_and_gaps_without_both_sides_read_plainly() {
        let q = with_tiers(
            questionnaire(),
            &[&["count(low) < count(high)", "gap(a) > -1"], &[]],
        );
        let m = crate::engine::score::metrics(&q, vec![Some(2.0), Some(3.0)], 1.0);
        let s = reasons(&q, &classify(&q.rubric, &m, &q.dimension_ids()).reasons);
        assert_eq!(
            s[1],
            "2 dimensions are in the Low band, and the number of dimensions in the High band \
             is 0. T0 needs the number of dimensions in the Low band below the number of \
             dimensions in the High band — 2 dimensions too many."
        );
        assert_eq!(
            s[2],
            "The gap between the two sides on A has no value: it needs answers from both \
             sides. T0 needs a gap on A (their score minus ours) above -1."
        );
    }
}
