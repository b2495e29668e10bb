//! Tests of the unreachable-tier check.

use super::*;
use crate::engine::score::tests::{questionnaire, with_tiers};
use crate::model::questionnaire::Questionnaire;

fn warnings_in(q: Questionnaire, tiers: &[&[&str]]) -> Vec<String> {
    let q = with_tiers(q, tiers);
    unreachable(&q).iter().map(|u| said(&q, u)).collect()
}

/// What each finding says, in short (the sentences people read are made
/// and tested in the presentation layer).
fn said(q: &Questionnaire, u: &Unreachable) -> String {
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
        Unreachable::NeedsBothSides { tier } => {
            format!(
                "tier `{}` uses gap() or max_gap: never in `score`",
                id(tier)
            )
        }
        Unreachable::TooLarge { checked } => format!("too large: {checked} checked"),
    }
}

fn warnings(tiers: &[&[&str]]) -> Vec<String> {
    warnings_in(questionnaire(), tiers)
}

#[test]
fn a_tier_below_a_looser_one_is_unreachable() {
    let w = warnings(&[&["overall >= 3"], &["overall >= 4"], &[]]);
    assert_eq!(
        w,
        vec!["tier `t1` can never match: tier `t0` above it always matches first"]
    );
    let w = warnings(&[&["overall > 3"], &["overall >= 3"], &[]]);
    assert!(w.is_empty(), "{w:?}");
    let w = warnings(&[&[], &["a >= 1"], &[]]);
    assert_eq!(w.len(), 2, "{w:?}");
}

#[test]
fn lowest_bounds_every_dimension() {
    // lowest >= 4 implies a >= 3, so t1 is shadowed by t0.
    let w = warnings(&[&["a >= 3"], &["lowest >= 4"], &[]]);
    assert_eq!(w.len(), 1, "{w:?}");
    // but a >= 3 does not imply lowest >= 4
    assert!(warnings(&[&["lowest >= 4"], &["a >= 3"], &[]]).is_empty());
}

#[test]
fn impossible_conditions_are_reported() {
    let w = warnings(&[&["overall >= 6"], &[]]);
    assert_eq!(
        w,
        vec!["tier `t0` can never match: its conditions cannot all hold on this scale"]
    );
    let w = warnings(&[&["a >= 4", "a < 4"], &[]]);
    assert_eq!(w.len(), 1);
}

#[test]
fn a_sensible_rubric_has_no_warnings() {
    assert!(
        warnings(&[
            &["lowest >= 3.5", "overall >= 4"],
            &["lowest >= 2.5"],
            &["overall >= 2.5"],
            &[]
        ])
        .is_empty()
    );
}

#[test]
fn validate_uses_the_tolerance_of_scoring() {
    // score matches `overall >= 5.0000000001` for an overall of 5
    assert!(warnings(&[&["overall >= 5.0000000001"], &[]]).is_empty());
    assert!(warnings(&[&["overall == 5.0000000001"], &[]]).is_empty());
    assert_eq!(warnings(&[&["overall >= 5.01"], &[]]).len(), 1);
    assert_eq!(warnings(&[&["overall > 5"], &[]]).len(), 1);
    assert!(warnings(&[&["overall < 1.0000000001"], &[]]).len() == 1);
    // `> 3` then `>= 3.0000000005`: a value of 3.0000000005 meets the
    // second and not the first, so neither shadows the other
    assert!(warnings(&[&["overall > 3"], &["overall >= 3.0000000005"], &[]]).is_empty());
}

#[test]
fn equality_is_an_interval_of_width_two_tolerances() {
    assert_eq!(warnings(&[&["overall == 6"], &[]]).len(), 1);
    assert_eq!(warnings(&[&["a == 3", "a == 4"], &[]]).len(), 1);
    let w = warnings(&[&["overall >= 3"], &["overall == 3"], &[]]);
    assert_eq!(
        w,
        vec!["tier `t1` can never match: tier `t0` above it always matches first"]
    );
    assert!(warnings(&[&["overall == 3"], &["overall >= 3"], &[]]).is_empty());
}

#[test]
fn metric_operands_are_decided_where_the_ranges_allow() {
    // contradictions
    assert_eq!(warnings(&[&["a > a"], &[]]).len(), 1);
    assert_eq!(warnings(&[&["a <= 2", "b >= 3", "a > b"], &[]]).len(), 1);
    assert!(warnings(&[&["a <= 3", "b >= 3", "a >= b"], &[]]).is_empty());
    // shadowing: the same condition, mirrored, or implied by the ranges
    assert_eq!(
        warnings(&[&["a > b"], &["b < a", "overall >= 4"], &[]]).len(),
        1
    );
    assert_eq!(
        warnings(&[&["a >= b"], &["a >= 4", "b <= 3"], &[]]).len(),
        1
    );
    assert_eq!(warnings(&[&["a >= a"], &["a >= 1"], &[]]).len(), 1);
    // undecided: say nothing
    assert!(warnings(&[&["a > b"], &["overall >= 4"], &[]]).is_empty());
    assert!(warnings(&[&["a > b"], &["b > a"], &[]]).is_empty());
}

#[test]
fn counts_lie_between_zero_and_the_dimensions_in_overall() {
    assert_eq!(warnings(&[&["count(high) > 2"], &[]]).len(), 1);
    assert_eq!(warnings(&[&["count(low) < 0"], &[]]).len(), 1);
    assert!(warnings(&[&["count(high) == 2"], &[]]).is_empty());
    // a count always has a value: a tier that always holds shadows all below
    let w = warnings(&[&["count(low) >= 0"], &["overall >= 4"], &[]]);
    assert_eq!(w.len(), 2, "{w:?}");
    let mut q = questionnaire();
    q.dimensions[1].in_overall = false;
    assert_eq!(warnings_in(q, &[&["count(high) >= 2"], &[]]).len(), 1);
}

#[test]
fn gaps_are_noted_and_bounded_by_the_scale() {
    let w = warnings(&[&["max_gap < 1"], &[]]);
    assert_eq!(w.len(), 1);
    assert!(
        w[0].contains("tier `t0` uses gap() or max_gap") && w[0].contains("`score`"),
        "{w:?}"
    );
    // gap(a) is within -4..4 on a 1..5 scale; max_gap within 0..4
    let w = warnings(&[&["gap(a) > 4"], &[]]);
    assert!(w.iter().any(|w| w.contains("cannot all hold")), "{w:?}");
    let w = warnings(&[&["max_gap < 0"], &[]]);
    assert!(w.iter().any(|w| w.contains("cannot all hold")), "{w:?}");
    // a gap has a value only when the tier below needs one too
    let w = warnings(&[&["gap(a) >= -4"], &["overall >= 1"], &[]]);
    assert_eq!(w.len(), 1, "{w:?}");
    let w = warnings(&[&["max_gap >= 0"], &["gap(b) > 1"], &[]]);
    assert!(w.iter().any(|w| w.contains("`t0` above it")), "{w:?}");
}

#[test]
fn a_value_is_known_only_when_the_tier_below_implies_it() {
    // b may have no score when only a is required
    assert!(warnings(&[&["b >= 1"], &["a >= 4"], &[]]).is_empty());
    // a score for a dimension in overall gives overall a value
    assert_eq!(warnings(&[&["overall >= 1"], &["a >= 1"], &[]]).len(), 1);
    let mut q = questionnaire();
    q.dimensions[0].in_overall = false;
    assert!(warnings_in(q.clone(), &[&["overall >= 1"], &["a >= 1"], &[]]).is_empty());
    // lowest covers only the dimensions in overall
    assert!(warnings_in(q, &[&["a >= 1"], &["lowest >= 4"], &[]]).is_empty());
}

/// A rubric of `tiers` tiers of `per_tier` conditions each, every one
/// different, on every form of metric.
fn big(tiers: usize, per_tier: usize) -> Vec<Tier> {
    let q = questionnaire();
    let forms = [
        "overall",
        "lowest",
        "highest",
        "a",
        "b",
        "count(high)",
        "count(low)",
        "gap(a)",
    ];
    let texts: Vec<Vec<String>> = (0..tiers)
        .map(|t| {
            (0..per_tier)
                .map(|c| {
                    let metric = forms[(t + c) % forms.len()];
                    if c % 3 == 0 {
                        format!("{metric} >= {}", forms[c % forms.len()])
                    } else {
                        format!("{metric} >= {}", 1.0 + (c % 97) as f64 / 1000.0)
                    }
                })
                .collect()
        })
        .collect();
    let refs: Vec<Vec<&str>> = texts
        .iter()
        .map(|t| t.iter().map(String::as_str).collect())
        .collect();
    let refs: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
    with_tiers(q, &refs).rubric.tiers
}

fn shape() -> Shape {
    let q = questionnaire();
    Shape {
        in_overall: vec![true; q.dimensions.len()],
        bands: q.rubric.band_ids.len(),
        scale: (1.0, 5.0),
    }
}

#[test]
fn a_huge_rubric_is_checked_within_the_budget() {
    let tiers = big(1000, 1000);
    let found = check(&tiers, &shape(), BUDGET);
    // every tier after the first is shadowed, or the check stopped and said so
    let shadowed = found
        .iter()
        .filter(|u| matches!(u, Unreachable::Shadowed { by: 0, .. }))
        .count();
    let stopped = found
        .iter()
        .any(|u| matches!(u, Unreachable::TooLarge { .. }));
    assert!(
        shadowed > 0 || stopped,
        "{:?}",
        &found[..found.len().min(5)]
    );
    assert!(
        found
            .iter()
            .filter(|u| matches!(u, Unreachable::NeedsBothSides { .. }))
            .count()
            >= 999
    );
}

#[test]
fn the_budget_stops_the_pairwise_check_and_says_so() {
    let tiers = big(50, 40);
    let found = check(&tiers, &shape(), 100);
    let stops: Vec<_> = found
        .iter()
        .filter(|u| matches!(u, Unreachable::TooLarge { .. }))
        .collect();
    assert_eq!(stops.len(), 1, "{found:?}");
    assert!(matches!(stops[0], Unreachable::TooLarge { checked } if *checked < 50));
    // with room enough, no stop
    let found = check(&tiers, &shape(), BUDGET);
    assert!(
        !found
            .iter()
            .any(|u| matches!(u, Unreachable::TooLarge { .. }))
    );
}

#[test]
fn max_gap_bounds_every_gap() {
    let w = warnings(&[&["max_gap < 1", "gap(a) > 2"], &[]]);
    assert!(w.iter().any(|w| w.contains("cannot all hold")), "{w:?}");
    let w = warnings(&[&["max_gap <= 1", "gap(b) == -1"], &[]]);
    assert!(!w.iter().any(|w| w.contains("cannot all hold")), "{w:?}");
    // gap(a) >= 2 makes max_gap >= 2: the tier above always matches first
    let w = warnings(&[&["max_gap >= 2"], &["gap(a) <= -2"], &[]]);
    assert!(w.iter().any(|w| w.contains("`t0` above it")), "{w:?}");
    // but a gap that may be 0 says nothing about max_gap
    let w = warnings(&[&["max_gap >= 1"], &["gap(a) <= 2"], &[]]);
    assert!(!w.iter().any(|w| w.contains("above it")), "{w:?}");
}
