//! The instrument language end to end on small questionnaires: each
//! condition form with its null cases, `in_overall`, a dimension's own
//! bands, `precision`, and weights at the ends of `f64`.

use crate::diag::Source;
use crate::engine::classify::classify;
use crate::engine::score::tests::{TOML, condition, questionnaire};
use crate::engine::score::{self, round, weighted_mean};
use crate::model::answers::Answer;
use crate::model::metrics::{Metric, Metrics};
use crate::model::questionnaire::Questionnaire;

fn v(x: i64) -> Option<Answer> {
    Some(Answer::Value(x))
}

/// The test questionnaire with `from` replaced by `to` in its text.
fn edited(edits: &[(&str, &str)]) -> Result<Questionnaire, String> {
    let mut text = TOML.to_owned();
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    Questionnaire::from_toml(Source::new("t.toml", &text)).map_err(|d| d.to_string())
}

fn metrics(q: &Questionnaire, a: Option<f64>, b: Option<f64>) -> Metrics {
    score::metrics(q, vec![a, b], 1.0)
}

fn holds(q: &Questionnaire, text: &str, m: &Metrics) -> bool {
    condition(q, text).unwrap().holds(m)
}

#[test]
fn equality_allows_the_tolerance() {
    let q = questionnaire();
    let m = metrics(&q, Some(3.0 - 4.0 * f64::EPSILON), Some(3.0));
    assert!(holds(&q, "a == 3", &m));
    assert!(holds(&q, "a == b", &m));
    assert!(!holds(&q, "a == 3.01", &m));
    assert!(!holds(&q, "a > b", &m));
    // no value: false, whichever side lacks it
    let m = metrics(&q, None, Some(3.0));
    assert!(!holds(&q, "a == 3", &m));
    assert!(!holds(&q, "b == a", &m));
    assert!(!holds(&q, "a == a", &m));
}

#[test]
fn a_metric_may_stand_on_the_right() {
    let q = questionnaire();
    let m = metrics(&q, Some(4.0), Some(2.5));
    assert!(holds(&q, "a > b", &m));
    assert!(holds(&q, "b < a", &m));
    assert!(holds(&q, "highest == a", &m));
    assert!(holds(&q, "lowest <= overall", &m));
    assert!(!holds(&q, "b >= a", &m));
    // either operand without a value makes the condition false
    let m = metrics(&q, Some(4.0), None);
    assert!(!holds(&q, "a > b", &m));
    assert!(!holds(&q, "b < a", &m));
    assert!(!holds(&q, "a >= lowest", &m));
}

#[test]
fn count_counts_dimensions_in_a_band_and_is_never_empty() {
    let q = questionnaire();
    let m = metrics(&q, Some(4.0), Some(3.99));
    assert!(holds(&q, "count(high) == 1", &m));
    assert!(holds(&q, "count(low) == 1", &m));
    // 4 - 1e-12 is in `high`: the band's tolerance
    let m = metrics(&q, Some(4.0 - 1e-12), Some(4.5));
    assert!(holds(&q, "count(high) == 2", &m));
    assert!(holds(&q, "count(low) == 0", &m));
    // no scores: a count of 0, which is a value
    let m = metrics(&q, None, None);
    assert!(holds(&q, "count(high) == 0", &m));
    assert!(!holds(&q, "count(high) > 0", &m));
    assert_eq!(m.get(Metric::Count(0)), Some(0.0));
}

#[test]
fn gaps_have_a_value_only_with_both_sides() {
    let q = questionnaire();
    let mut m = metrics(&q, Some(4.0), Some(3.0));
    // one file: no gaps at all
    assert!(!holds(&q, "gap(a) > -5", &m));
    assert!(!holds(&q, "max_gap >= 0", &m));
    assert!(!holds(&q, "max_gap < 5", &m));
    m.gaps = vec![Some(-1.5), None];
    assert!(holds(&q, "gap(a) == -1.5", &m));
    assert!(!holds(&q, "gap(b) <= 10", &m), "b has no gap");
    assert!(holds(&q, "max_gap == 1.5", &m));
    assert!(holds(&q, "max_gap > gap(a)", &m));
    m.gaps = vec![None, None];
    assert_eq!(m.get(Metric::MaxGap), None);
    assert!(!holds(&q, "max_gap < 1", &m));
}

#[test]
fn max_gap_includes_dimensions_out_of_overall() {
    let q = edited(&[("weight = 3\n", "weight = 3\nin_overall = false\n")]).unwrap();
    let mut m = metrics(&q, Some(4.0), Some(1.0));
    m.gaps = vec![Some(0.5), Some(-2.0)];
    assert_eq!(m.get(Metric::MaxGap), Some(2.0));
}

#[test]
fn a_dimension_out_of_overall_keeps_its_score_but_not_its_say() {
    let q = edited(&[("weight = 3\n", "weight = 3\nin_overall = false\n")]).unwrap();
    let a = score::score(&q, &[v(5), v(1), v(5), v(1), v(1)]);
    assert_eq!(a.dimensions[1].score, Some(1.0));
    assert_eq!(a.metrics.overall, Some(5.0));
    assert_eq!(a.metrics.lowest, Some(5.0));
    assert_eq!(a.metrics.highest, Some(5.0));
    assert_eq!(a.metrics.lowest_dimension(), Some(0));
    assert!(holds(&q, "count(low) == 0", &a.metrics));
    assert!(holds(&q, "b == 1", &a.metrics));
    // lowest needs every dimension in overall, not the others
    let a = score::score(&q, &[v(5), v(1), v(5), None, None]);
    assert_eq!(a.metrics.lowest, Some(5.0));
    let a = score::score(&q, &[None, None, None, v(5), v(5)]);
    assert_eq!(a.metrics.lowest, None);
    assert_eq!(a.metrics.overall, None);
}

#[test]
fn at_least_one_dimension_is_in_overall() {
    let err = edited(&[
        ("name = \"A\"\n", "name = \"A\"\nin_overall = false\n"),
        ("weight = 3\n", "weight = 3\nin_overall = false\n"),
    ])
    .unwrap_err();
    assert!(err.contains("at least one must be in overall"), "{err}");
}

const OWN_BANDS: &str = "weight = 3\n[[dimension.band]]\nid = \"good\"\nlabel = \"Good\"\nmin = 3\n\
                         [[dimension.band]]\nid = \"poor\"\nlabel = \"Poor\"\nmin = 1\n";

#[test]
fn a_dimension_with_its_own_bands_uses_them_alone() {
    let q = edited(&[("weight = 3\n", OWN_BANDS)]).unwrap();
    assert_eq!(q.rubric.band_ids, ["high", "low", "good", "poor"]);
    let band = |d, s| q.band(d, s).map(|(i, b)| (i, b.id.clone()));
    assert_eq!(band(1, 3.0), Some((0, "good".into())));
    assert_eq!(band(1, 4.5), Some((0, "good".into())));
    assert_eq!(band(0, 3.0), Some((1, "low".into())));
    let m = metrics(&q, Some(4.0), Some(3.5));
    assert!(holds(&q, "count(good) == 1", &m));
    assert!(holds(&q, "count(high) == 1", &m));
    assert!(holds(&q, "count(low) == 0", &m));
    assert!(holds(&q, "count(poor) == 0", &m));
}

#[test]
fn a_dimensions_bands_are_checked_like_the_rubrics() {
    for (bands, message) in [
        (
            "[[dimension.band]]\nid = \"x\"\nlabel = \"X\"\nmin = 2\n",
            "the last band `x` has min 2",
        ),
        (
            "[[dimension.band]]\nid = \"x\"\nlabel = \"X\"\nmin = 1\n[[dimension.band]]\nid = \"y\"\nlabel = \"Y\"\nmin = 3\n",
            "must have a lower min",
        ),
        (
            "[[dimension.band]]\nid = \"x\"\nlabel = \"X\"\nmin = 3\n[[dimension.band]]\nid = \"x\"\nlabel = \"Y\"\nmin = 1\n",
            "band id `x` is used twice",
        ),
    ] {
        let err = edited(&[("weight = 3\n", &format!("weight = 3\n{bands}"))]).unwrap_err();
        assert!(err.contains(message), "{err}");
        assert!(err.contains("t.toml:"), "{err}");
    }
}

#[test]
fn precision_rounds_every_score_as_computed() {
    let q = edited(&[(
        "min_coverage = 0.5\n",
        "min_coverage = 0.5\nprecision = 1\n",
    )])
    .unwrap();
    assert_eq!(q.rubric.precision, Some(1));
    // a: 5, 5, 4 (weight 2) -> 3.5; with a1 = 4: (4 + 5 + 2 * 4) / 4 = 4.25 -> 4.3
    let a = score::score(&q, &[v(4), v(1), v(4), v(4), v(3)]);
    assert_eq!(a.dimensions[0].score, Some(4.3));
    assert_eq!(a.dimensions[1].score, Some(3.5));
    // overall of the rounded scores: (4.3 + 3 * 3.5) / 4 = 3.7
    assert_eq!(a.metrics.overall, Some(3.7));
    assert_eq!(a.metrics.highest, Some(4.3));
    // 3.96 rounds to 4.0, and 4.0 is in `high`
    let q0 = edited(&[("min_coverage = 0.5\n", "precision = 0\n")]).unwrap();
    let a = score::score(&q0, &[v(4), v(2), v(3), v(2), v(3)]);
    assert_eq!(a.dimensions[0].score, Some(4.0), "3.75 -> 4");
    assert_eq!(q0.band(0, 4.0).map(|(_, b)| b.id.as_str()), Some("high"));
    for bad in ["precision = 7\n", "precision = -1\n"] {
        let err = edited(&[("min_coverage = 0.5\n", bad)]).unwrap_err();
        assert!(err.contains("precision"), "{err}");
    }
}

#[test]
fn rounding_is_half_away_from_zero_with_the_tolerance() {
    assert_eq!(round(2.45, 1), 2.5);
    assert_eq!(round(-2.45, 1), -2.5);
    assert_eq!(round(2.44, 1), 2.4);
    assert_eq!(
        round(1.005, 2),
        1.01,
        "1.005 is 1.00499999999999989… in binary"
    );
    assert_eq!(round(3.6249999999999996, 2), 3.63);
    assert_eq!(round(3.624999, 2), 3.62);
    assert_eq!(round(127.0 / 35.0, 3), 3.629);
    assert_eq!(round(127.0 / 35.0, 0), 4.0);
    assert_eq!(round(2.5, 0), 3.0);
    assert_eq!(round(-0.5, 0), -1.0);
    assert_eq!(round(4.0, 6), 4.0);
    assert_eq!(round(1e18 + 0.0, 6), 1e18);
    assert_eq!(round(0.1234565, 6), 0.123457);
}

#[test]
fn subnormal_weights_give_finite_scores() {
    assert_eq!(weighted_mean(&[(4.0, 1e-310), (2.0, 1e-310)]), Some(3.0));
    assert_eq!(weighted_mean(&[(4.0, 5e-324)]), Some(4.0));
    assert_eq!(
        weighted_mean(&[(4.0, 3e-310), (2.0, 1e-310)]).map(|m| (m * 1e9).round()),
        Some(3.5e9)
    );
    let mixed = weighted_mean(&[(4.0, 1e308), (2.0, 1e-310)]).unwrap();
    assert!(mixed.is_finite() && (mixed - 4.0).abs() < 1e-9, "{mixed}");
    let q = edited(&[
        ("weight = 2.0\n", "weight = 1e-310\n"),
        ("weight = 3\n", "weight = 5e-324\n"),
    ])
    .unwrap();
    let a = score::score(&q, &[v(5), v(1), v(2), v(4), v(2)]);
    for d in &a.dimensions {
        assert!(d.score.is_some_and(f64::is_finite), "{a:?}");
    }
    assert!(a.metrics.overall.is_some_and(f64::is_finite), "{a:?}");
}

#[test]
fn shared_texts_load_with_the_tier() {
    let q = edited(&[(
        "label = \"Top\"\n",
        "label = \"Top\"\nshared_label = \"Strong\"\nshared_advice = \"Keep going\"\n",
    )])
    .unwrap();
    assert_eq!(q.rubric.tiers[0].shared_label.as_deref(), Some("Strong"));
    assert_eq!(
        q.rubric.tiers[0].shared_advice.as_deref(),
        Some("Keep going")
    );
    assert_eq!(q.rubric.tiers[1].shared_label, None);
    let err = edited(&[("label = \"Top\"\n", "label = \"Top\"\nshared_label = 3\n")]).unwrap_err();
    assert!(err.contains("t.toml:"), "{err}");
}

#[test]
fn a_tier_on_gaps_is_never_given_for_one_file() {
    let q = crate::engine::score::tests::with_tiers(
        questionnaire(),
        &[&["max_gap < 5"], &["count(high) >= 0"], &[]],
    );
    let a = score::score(&q, &[v(5), v(1), v(5), v(5), v(5)]);
    let verdict = classify(&q.rubric, &a.metrics, &q.dimension_ids());
    assert_eq!(verdict.tier, Some(1));
}

mod bands {
    use crate::engine::score::round;
    use crate::model::rubric::{Band, Op, band_of};
    use proptest::prelude::*;

    /// Band mins from the highest down, the last at or below `min`, with
    /// scores chosen on, just off, and between the mins.
    fn case() -> impl Strategy<Value = (Vec<f64>, f64, Option<u32>)> {
        (
            -3i64..3,
            1i64..8,
            prop::collection::vec(0.0f64..1.0, 0..5),
            0.0f64..1.0,
            prop::option::of(0u32..7),
            prop_oneof![
                Just(0.0),
                Just(1e-10),
                Just(-1e-10),
                Just(5e-10),
                -1e-6f64..1e-6
            ],
            any::<bool>(),
        )
            .prop_map(|(min, width, fractions, at, precision, noise, on_a_min)| {
                let (lo, hi) = (min as f64, (min + width) as f64);
                let mut mins: Vec<f64> = fractions
                    .iter()
                    .map(|f| {
                        let m = lo + f * (hi - lo);
                        (m * 100.0).round() / 100.0
                    })
                    .filter(|m| *m > lo)
                    .collect();
                mins.sort_by(|a, b| b.total_cmp(a));
                mins.dedup();
                mins.push(lo);
                let score = if on_a_min {
                    mins[(at * mins.len() as f64) as usize % mins.len()] + noise
                } else {
                    lo + at * (hi - lo) + noise
                };
                (mins, score.clamp(lo, hi), precision)
            })
    }

    proptest! {
        #[test]
        fn every_kept_score_is_in_exactly_one_band((mins, score, precision) in case()) {
            let bands: Vec<Band> = mins
                .iter()
                .enumerate()
                .map(|(i, m)| Band { id: format!("b{i}"), label: String::new(), min: *m })
                .collect();
            let kept = precision.map_or(score, |p| round(score, p));
            // a band holds the scores that reach its min and not the min above
            let members: Vec<usize> = (0..bands.len())
                .filter(|&i| {
                    Op::Ge.holds(kept, bands[i].min)
                        && (i == 0 || !Op::Ge.holds(kept, bands[i - 1].min))
                })
                .collect();
            prop_assert_eq!(members.len(), 1, "{} -> {} in {:?}", score, kept, mins);
            prop_assert_eq!(band_of(&bands, kept), Some(members[0]));
            // rounding keeps a score on the scale, so it never falls below every band
            prop_assert!(kept >= mins[mins.len() - 1] - 1e-9);
        }
    }
}
