//! The words people read: reasons for a verdict, warnings about a rubric,
//! who said what, agenda explanations. The engine gives data; this module
//! turns it into sentences, once, for every output format.

use std::fmt::Write;

use crate::engine::agenda::{Agenda, Reason as TopicReason, Topic};
use crate::engine::portfolio::Portfolio;
use crate::engine::reach::Unreachable;
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;
use crate::present::locale::{Catalogue, catalogue};
use crate::present::{fmt_change, fmt_score};

/// The two-sides table's headers at a narrow width: no word longer than a
/// figure, so none is broken (see [`sides_key_narrow`]).
pub const SIDES_HEADER_NARROW: [&str; 10] = [
    "Dim",
    "Us",
    "Them",
    "Gap",
    "Agr us",
    "Agr them",
    "Exp us",
    "Exp them",
    "Blind us",
    "Blind them",
];

/// What the narrow headers stand for, under the table.
pub fn sides_key_narrow(ours: &str, theirs: &str) -> String {
    format!(
        "Us: {ours}. Them: {theirs}. Agr: agreement within a side. Exp: the score a side \
         expected the other to give. Blind: the blind spot (the score given minus the score \
         expected). Dimensions are abbreviated as below."
    )
}

/// Why a side's agreement is "–", once: agreement within a side needs
/// `max(3, threshold)` files on that side. `sides`: each side's name and
/// files; `None` when every side that answered has enough.
pub fn agreement_hidden(
    threshold: usize,
    from: crate::engine::portfolio::ThresholdSource,
    sides: &[(&str, usize)],
) -> Option<String> {
    let needs = threshold.max(3);
    let short: Vec<String> = sides
        .iter()
        .filter(|(_, n)| *n > 0 && *n < needs)
        .map(|(name, n)| format!("{name} had {n}"))
        .collect();
    if short.is_empty() {
        return None;
    }
    let from = threshold_source(from);
    let source = if threshold > 3 {
        format!("the anonymity threshold (min_respondents) of {threshold}, from {from}")
    } else {
        format!(
            "always at least 3; the anonymity threshold, min_respondents, is {threshold}, \
             from {from}"
        )
    };
    Some(format!(
        "Agreement within a side needs {needs} files on that side ({source}): {}.",
        short.join(", ")
    ))
}

/// The mark of a reverse-keyed statement, after its text.
pub const REVERSED: &str = "↺";

/// What [`REVERSED`] means, said the first time on a page or in a table.
pub const REVERSED_MEANS: &str = "reverse-keyed: agreeing counts against the partnership";

/// Marks reverse-keyed statements on one page or in one table: in words
/// the first time, by [`REVERSED`] after that.
#[derive(Debug, Default)]
pub struct ReverseMarks {
    said: bool,
    /// What the mark means in the page's language (English when none).
    means: Option<String>,
}

impl ReverseMarks {
    /// Marks that say what they mean in a catalogue's language.
    pub fn in_words(c: &Catalogue) -> Self {
        Self {
            said: false,
            means: Some(c.t("reverse-keyed")),
        }
    }

    /// What follows a statement's text: nothing for a statement keyed
    /// the usual way.
    pub fn mark(&mut self, reverse: bool) -> String {
        if !reverse {
            return String::new();
        }
        if std::mem::replace(&mut self.said, true) {
            format!(" {REVERSED}")
        } else {
            let means = self.means.as_deref().unwrap_or(REVERSED_MEANS);
            format!(" ({REVERSED} {means})")
        }
    }
}

use crate::sanitize::terminal;

pub use crate::present::reasons::{reason, reasons, shared_reasons};

/// A warning about a tier that can never be chosen.
pub fn unreachable(q: &Questionnaire, u: &Unreachable) -> String {
    let id = |t: usize| &q.rubric.tiers[t].id;
    match *u {
        Unreachable::Contradiction { tier } => format!(
            "tier `{}` can never match: its conditions cannot all hold on this scale",
            id(tier)
        ),
        Unreachable::Shadowed { tier, by } => format!(
            "tier `{}` can never match: tier `{}` above it always matches first",
            id(tier),
            id(by)
        ),
        Unreachable::NeedsBothSides { tier } => format!(
            "tier `{}` uses gap() or max_gap, which have a value only when `compare` \
             has answers from both sides in a round: `score` (one file) never gives this tier",
            id(tier)
        ),
        Unreachable::TooLarge { checked } => format!(
            "the rubric is too large to check every tier against the tiers above it; \
             only the first {checked} tiers were checked for tiers that can never match"
        ),
    }
}

/// What stands out about a partner's latest round, in words: the
/// dimensions where the two sides differ or respondents disagree, and a
/// fall of the overall score. Plain text, unescaped.
pub fn flags(v: &crate::engine::portfolio::PartnerView) -> Vec<String> {
    flags_in(catalogue("en"), v)
}

/// [`flags`] in a catalogue's language.
pub fn flags_in(c: &Catalogue, v: &crate::engine::portfolio::PartnerView) -> Vec<String> {
    let mut out = Vec::new();
    let names = |f: &dyn Fn(&crate::engine::portfolio::DimensionView) -> bool| {
        v.latest
            .dimensions
            .iter()
            .filter(|d| f(d))
            .map(|d| d.name.clone())
            .collect::<Vec<_>>()
    };
    let differ = names(&|d| d.sides_differ());
    if !differ.is_empty() {
        out.push(c.args("doc-flag-differ", &[("dimensions", &differ.join(", "))]));
    }
    let disagree = names(&|d| d.disagrees());
    if !disagree.is_empty() {
        out.push(c.args("doc-flag-disagree", &[("dimensions", &disagree.join(", "))]));
    }
    if v.declined
        && let Some(change) = crate::present::shown_change(v.latest.overall, v.change)
    {
        out.push(c.args("doc-flag-down", &[("down", &format!("{:.2}", -change))]));
    }
    out
}

/// "no partner named `X` among the 4 partners; did you mean `Y`?"
pub fn unknown_partner(portfolio: &Portfolio, name: &str) -> String {
    let near = portfolio.nearest(name);
    let mut message = format!(
        "no partner named `{}` among the {}",
        terminal(name.trim()),
        partners_count(portfolio.partners.len())
    );
    if near.is_empty() {
        message.push_str(": run `partnercheck compare` without --partner to list them");
    } else {
        let names: Vec<String> = near.iter().map(|n| format!("`{}`", terminal(n))).collect();
        let _ = write!(message, "; did you mean {}?", names.join(", "));
    }
    message
}

/// Who answered in the latest round of a partner, in file order.
pub fn respondents(p: &crate::engine::portfolio::PartnerDetail) -> Vec<String> {
    respondents_in(catalogue("en"), p)
}

/// [`respondents`] in a catalogue's language.
pub fn respondents_in(c: &Catalogue, p: &crate::engine::portfolio::PartnerDetail) -> Vec<String> {
    p.rounds.first().map_or_else(Vec::new, |r| {
        r.files
            .iter()
            .map(|f| who_in(c, f.respondent.as_deref(), f.side))
            .collect()
    })
}

/// A person's name and side for a note: "Marco Rossi (them)".
pub fn who(respondent: Option<&str>, side: Side) -> String {
    who_in(catalogue("en"), respondent, side)
}

/// [`who`] in a catalogue's language.
pub fn who_in(c: &Catalogue, respondent: Option<&str>, side: Side) -> String {
    let side = side.to_string();
    match respondent {
        Some(r) if !r.trim().is_empty() => {
            c.args("doc-who", &[("name", r.trim()), ("side", &side)])
        }
        _ => c.args("doc-who-unnamed", &[("side", &side)]),
    }
}

/// How topics are chosen and ordered, in one paragraph for readers.
pub fn agenda_rule(flags: &crate::model::settings::Flags) -> String {
    agenda_rule_in(catalogue("en"), flags)
}

/// [`agenda_rule`] in a catalogue's language.
pub fn agenda_rule_in(c: &Catalogue, flags: &crate::model::settings::Flags) -> String {
    c.args(
        "agenda-rule",
        &[
            ("gap", &format!("{:.1}", flags.gap)),
            ("spread", &format!("{:.1}", flags.spread)),
            ("decline", &format!("{:.1}", flags.decline)),
            ("agreement", &format!("{:.2}", flags.agreement)),
        ],
    )
}

/// "why" lines of a topic, with the figures, in plain text (unescaped:
/// only numbers, dates and labels from the rubric).
pub fn explain(t: &Topic, previous_date: Option<Option<Date>>) -> Vec<String> {
    explain_in(catalogue("en"), t, previous_date)
}

/// [`explain`] in a catalogue's language.
pub fn explain_in(c: &Catalogue, t: &Topic, previous_date: Option<Option<Date>>) -> Vec<String> {
    t.reasons
        .iter()
        .map(|r| match r {
            TopicReason::LowestBand => c.args(
                "agenda-why-lowest-band",
                &[
                    ("score", &fmt_score(t.score)),
                    ("band", t.band_label.as_deref().unwrap_or("–")),
                ],
            ),
            TopicReason::Gap => {
                let (u, th, g) = (
                    t.us.unwrap_or(0.0),
                    t.them.unwrap_or(0.0),
                    t.gap.unwrap_or(0.0),
                );
                let id = if g < 0.0 {
                    "agenda-why-gap-lower"
                } else {
                    "agenda-why-gap-higher"
                };
                c.args(
                    id,
                    &[
                        ("them", &format!("{th:.2}")),
                        ("us", &format!("{u:.2}")),
                        ("gap", &format!("{g:+.2}")),
                    ],
                )
            }
            TopicReason::Disagreement => {
                c.args("agenda-why-disagree", &[("spread", &fmt_score(t.spread))])
            }
            TopicReason::Decline => {
                let shown = crate::present::shown_diff(t.score, t.previous, t.change);
                let down = crate::present::fixed(-shown.unwrap_or(0.0), 2);
                let (previous, score) = (fmt_score(t.previous), fmt_score(t.score));
                let mut vars = vec![
                    ("down", down.as_str()),
                    ("previous", previous.as_str()),
                    ("score", score.as_str()),
                ];
                let date;
                let id = match previous_date {
                    Some(Some(d)) => {
                        date = d.to_string();
                        vars.push(("date", date.as_str()));
                        "agenda-why-down-since-date"
                    }
                    _ => "agenda-why-down",
                };
                c.args(id, &vars)
            }
            TopicReason::BlindSpot => {
                use crate::engine::portfolio::Flag;
                let mut parts = Vec::new();
                if let (Some(e), Some(b), true) = (
                    t.expected[0],
                    t.blind_spot[0],
                    t.flags.contains(&Flag::BlindSpotUs),
                ) {
                    parts.push(c.args(
                        "agenda-why-we-expected",
                        &[
                            ("expected", &format!("{e:.1}")),
                            ("gave", &format!("{:.1}", e + b)),
                        ],
                    ));
                }
                if let (Some(e), Some(b), true) = (
                    t.expected[1],
                    t.blind_spot[1],
                    t.flags.contains(&Flag::BlindSpotThem),
                ) {
                    parts.push(c.args(
                        "agenda-why-they-expected",
                        &[
                            ("expected", &format!("{e:.1}")),
                            ("gave", &format!("{:.1}", e + b)),
                        ],
                    ));
                }
                parts.join("; ")
            }
            TopicReason::LowAgreement => {
                use crate::engine::portfolio::Flag;
                let side = |s: usize, id: &str| {
                    let flag = [Flag::LowAgreementUs, Flag::LowAgreementThem][s];
                    t.agreement[s]
                        .filter(|_| t.flags.contains(&flag))
                        .map(|a| c.args(id, &[("agreement", &format!("{a:.2}"))]))
                };
                [
                    side(0, "agenda-why-ours-disagree"),
                    side(1, "agenda-why-theirs-disagree"),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; ")
            }
            TopicReason::NoScore => c.t("agenda-why-no-score"),
            TopicReason::LowestScore => {
                c.args("agenda-why-lowest-score", &[("score", &fmt_score(t.score))])
            }
        })
        .collect()
}

/// Where the anonymity threshold came from, in words.
fn threshold_source(source: crate::engine::portfolio::ThresholdSource) -> &'static str {
    use crate::engine::portfolio::ThresholdSource;
    match source {
        ThresholdSource::Flag => "--min-respondents",
        ThresholdSource::Project => "the project file's min_respondents",
        ThresholdSource::Audience => "the partner report's minimum",
        ThresholdSource::Default => "the default",
    }
}

/// The one sentence that explains figures hidden by the anonymity
/// threshold, with the threshold and where it came from (none under a
/// threshold of 1).
pub fn threshold_note(
    n: usize,
    source: crate::engine::portfolio::ThresholdSource,
) -> Option<String> {
    (n > 1).then(|| {
        format!(
            "Anonymity: figures resting on fewer than {n} people's answers are hidden; \
             the threshold {n} comes from {}.",
            threshold_source(source)
        )
    })
}

/// [`threshold_note`] for a portfolio, when the threshold hid something in
/// a partner's latest round.
pub fn portfolio_threshold_note(portfolio: &Portfolio) -> Option<String> {
    use crate::engine::portfolio::Suppressed;
    let hid = portfolio.partners.iter().any(|p| {
        p.latest.suppressed != Suppressed::None || p.latest.dimensions.iter().any(|d| d.hidden)
    });
    let a = &portfolio.analysis;
    threshold_note(a.min_respondents, a.min_respondents_source).filter(|_| hid)
}

/// "Latest round 2026-11-20 · 2 files · overall 3.71 (▲ 0.85 since
/// 2026-05-14) · Developing partnership", in a catalogue's language; no
/// change is said when there is no overall score to change.
pub fn byline(c: &Catalogue, a: &Agenda) -> String {
    let round = match a.date {
        Some(d) => c.args("report-latest-round", &[("date", &d.to_string())]),
        None => c.t("report-undated"),
    };
    let files = c.args("doc-files", &[("n", &a.files.to_string())]);
    let score = fmt_score(a.overall);
    let overall = match &a.previous {
        Some((date, _)) if a.overall.is_some() => {
            let since = date.map_or_else(|| c.t("report-undated-round"), |d| d.to_string());
            let change = fmt_change(crate::present::shown_change(a.overall, a.change), true);
            c.args(
                "doc-agenda-overall-since",
                &[("score", &score), ("change", &change), ("date", &since)],
            )
        }
        _ => c.args("doc-agenda-overall", &[("score", &score)]),
    };
    let tier = a
        .tier
        .as_ref()
        .map_or_else(|| c.t("doc-no-tier"), |t| t.label.clone());
    format!("{round} · {files} · {overall} · {tier}")
}

/// The headline of an agenda topic, the title of the action proposed for
/// it: "Learning: score 2.10 is in the lowest band (Supplier)".
pub fn topic_headline(q: &Questionnaire, t: &Topic, previous_date: Option<Option<Date>>) -> String {
    let name = &q.dimensions[t.dimension].name;
    match explain(t, previous_date).first() {
        Some(why) => format!("{name}: {why}"),
        None => name.clone(),
    }
}

/// What the two-sided columns mean, in one paragraph.
pub fn sides_legend(flags: &crate::model::settings::Flags) -> String {
    format!(
        "Agreement is rwg(J) within a side (1 = everyone answered alike; below {:.2} is flagged ~). \
         We expected: what our people expected the partner to give; blind spot us = their score \
         minus that (and the other way round for them); a blind spot of {:.1} or more is flagged !.",
        flags.agreement, flags.gap
    )
}

/// The legend of the flags, one line per flag.
pub fn legend(flags: &crate::model::settings::Flags) -> [String; 5] {
    [
        format!(
            "± respondents disagree on the dimension (spread of {:.1} or more)",
            flags.spread
        ),
        format!(
            "≠ the two sides see the dimension differently (|them - us| of {:.1} or more)",
            flags.gap
        ),
        format!(
            "~ a side does not agree within itself (rwg below {:.2})",
            flags.agreement
        ),
        format!(
            "! a side misjudged how the other sees it (blind spot of {:.1} or more)",
            flags.gap
        ),
        "▲▼ change of the overall score since the previous round".to_owned(),
    ]
}

pub use crate::present::counts::{count, files_count, partners_count};

/// An expectation question as a form or an XLSForm workbook asks it.
pub fn expectation_label(dimension: &str) -> String {
    format!("How do you think the other side would rate {dimension}?")
}

/// The first lines of `template`'s commented `[expected]` table.
pub const EXPECTED_TEMPLATE: &str = "\n# How do you expect the other side to rate each part? \
Same scale; remove the # to answer.\n# [expected]\n";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::score::tests::questionnaire;

    #[test]
    fn a_decline_says_how_much_and_since_when() {
        use crate::engine::agenda::plan;
        use crate::engine::agenda::tests::{q, s, view};
        let q = q();
        let p = view(&q, [s(3.5), s(3.6), s(3.2), s(4.5)]);
        let previous = [Some(4.5), Some(4.0), Some(3.9), Some(5.0)];
        let a = plan(&q, &p, Some(&previous));
        assert!(
            explain(&a.topics[0], Some(None))[0]
                .starts_with("down 1.00 since the previous round (4.50 → 3.50)")
        );
    }

    #[test]
    fn an_unknown_partner_gets_the_nearest_names() {
        use crate::engine::portfolio::{PartnerView, Portfolio};
        let named = |name: &str| PartnerView {
            partner: name.to_owned(),
            key: name.to_lowercase(),
            ..crate::engine::agenda::tests::view(
                &questionnaire_default(),
                [(None, None, None, None); 4],
            )
        };
        let p = Portfolio {
            partners: vec![named("ACME Logistics"), named("Globex")],
            analysis: crate::engine::portfolio::Analysis::of(&questionnaire_default()),
        };
        let err = unknown_partner(&p, "acme logistix");
        assert!(err.contains("did you mean `ACME Logistics`?"), "{err}");
        assert!(err.contains("among the 2 partners"), "{err}");
        let err = unknown_partner(&p, "zzz");
        assert!(err.contains("without --partner"), "{err}");
    }

    fn questionnaire_default() -> Questionnaire {
        Questionnaire::embedded("partnership-health").expect("embedded")
    }

    #[test]
    fn unreachable_tiers_are_said_plainly() {
        use crate::engine::reach::{Unreachable, unreachable as find};
        use crate::engine::score::tests::with_tiers;
        let q = with_tiers(
            questionnaire(),
            &[&["overall >= 3"], &["overall >= 4"], &["max_gap < 1"], &[]],
        );
        let said: Vec<String> = find(&q).iter().map(|u| unreachable(&q, u)).collect();
        assert_eq!(
            said,
            [
                "tier `t1` can never match: tier `t0` above it always matches first",
                "tier `t2` uses gap() or max_gap, which have a value only when `compare` has \
                 answers from both sides in a round: `score` (one file) never gives this tier",
            ]
        );
        let too_large = unreachable(&q, &Unreachable::TooLarge { checked: 12 });
        assert!(too_large.contains("too large") && too_large.contains("first 12 tiers"));
    }
}
