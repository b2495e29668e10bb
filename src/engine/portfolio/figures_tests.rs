//! The two-sided figures on hand-computed cases.

use super::*;
use crate::diag::Source;
use crate::engine::portfolio::sums::RoundSums;
use crate::engine::score::score;
use crate::model::answers::{Answer, AnswerSheet, Side};
use crate::model::settings::{Aggregate, Respondents, Sides};

/// Dimension `a` (a1, a2 with weight 3), dimension `b` (b1); scale 1..5.
const TOML: &str = r#"
id = "two"
title = "Two"
version = "1"
[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]
[[dimension]]
id = "a"
name = "A"
[[dimension.question]]
id = "a1"
text = "A1"
[[dimension.question]]
id = "a2"
text = "A2"
weight = 3
[[dimension]]
id = "b"
name = "B"
[[dimension.question]]
id = "b1"
text = "B1"
[rubric]
[[rubric.band]]
id = "all"
label = "All"
min = 1
[[rubric.tier]]
id = "any"
label = "Any"
when = []
"#;

fn q() -> Questionnaire {
    Questionnaire::from_toml(Source::new("two.toml", TOML)).unwrap()
}

/// One file: (side, [a1, a2, b1], [expected a, expected b]).
type File = (Side, [Option<i64>; 3], [Option<i64>; 2]);

/// A round of files.
fn round(q: &Questionnaire, files: &[File]) -> RoundSums {
    let mut sums = RoundSums::new(q);
    for (side, values, expected) in files {
        let mut s = AnswerSheet::new(q, "P".into());
        s.side = *side;
        s.values = values.iter().map(|v| v.map(Answer::Value)).collect();
        s.expected = expected.iter().map(|v| v.map(Answer::Value)).collect();
        let a = score(q, &s.values);
        sums.add(q, s.side, &a, &s.values, &s.expected);
    }
    sums
}

fn analysis(q: &Questionnaire, sides: Sides, respondents: Respondents, n: usize) -> Analysis {
    Analysis {
        aggregate: Aggregate { sides, respondents },
        min_respondents: n,
        ..Analysis::of(q)
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-12)
}

use Side::{Them, Us};

/// Two of our people, one of theirs:
///   us:   a1 5, a2 5, b1 4   (a = 5)        us:   a1 3, a2 4, b1 4 (a = 3.75)
///   them: a1 2, a2 2, b1 1   (a = 2)
fn three() -> [File; 3] {
    [
        (Us, [Some(5), Some(5), Some(4)], [Some(4), None]),
        (Us, [Some(3), Some(4), Some(4)], [Some(2), None]),
        (Them, [Some(2), Some(2), Some(1)], [None, Some(5)]),
    ]
}

#[test]
fn equal_sides_count_each_side_half_whatever_its_size() {
    let q = q();
    let sums = round(&q, &three());
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 1),
        &sums,
    );
    let a = &f.dimensions[0];
    // us(a) = (5 + 3.75) / 2 = 4.375; them(a) = 2; score = (4.375 + 2) / 2.
    assert!(close(a.us, 4.375) && close(a.them, 2.0));
    assert!(close(a.score, 3.1875));
    assert!(close(a.gap, -2.375));
    assert!(close(a.spread, 3.0));
    // Pooled: every file once: (5 + 3.75 + 2) / 3, as the first edition did.
    let f = figures(
        &q,
        &analysis(&q, Sides::Pooled, Respondents::Files, 1),
        &sums,
    );
    assert!(close(f.dimensions[0].score, 10.75 / 3.0));
    assert!(
        close(f.dimensions[0].us, 4.375),
        "sides are still told apart"
    );
}

#[test]
fn statements_mode_averages_each_statement_first() {
    let q = q();
    let sums = round(&q, &three());
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Statements, 1),
        &sums,
    );
    // us: a1 mean (5 + 3) / 2 = 4, a2 mean (5 + 4) / 2 = 4.5, weights 1 and 3:
    // (4 + 13.5) / 4 = 4.375 — here the same as files mode.
    assert!(close(f.dimensions[0].us, 4.375));
    // With an unanswered a2 in one file the two modes part:
    let sums = round(
        &q,
        &[
            (Us, [Some(5), None, None], [None, None]),
            (Us, [Some(1), Some(1), None], [None, None]),
        ],
    );
    let files = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 1),
        &sums,
    );
    let statements = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Statements, 1),
        &sums,
    );
    // files: file scores 5 and 1 → 3. statements: a1 (5 + 1) / 2 = 3, a2 1:
    // (3 + 3) / 4 = 1.5.
    assert!(close(files.dimensions[0].us, 3.0));
    assert!(close(statements.dimensions[0].us, 1.5));
    // Pooled statements: every file as one side.
    let pooled = figures(
        &q,
        &analysis(&q, Sides::Pooled, Respondents::Statements, 1),
        &sums,
    );
    assert!(close(pooled.dimensions[0].score, 1.5));
}

#[test]
fn rwg_within_each_side_on_a_worked_example() {
    let q = q();
    // Three of our people on a: a1 = 5, 4, 3 (variance 1), a2 = 4, 4, 4
    // (variance 0): m = 0.5, E = (25 - 1) / 12 = 2, r = 0.25, J = 2:
    // rwg = 2 * 0.75 / (2 * 0.75 + 0.25) = 1.5 / 1.75.
    let sums = round(
        &q,
        &[
            (Us, [Some(5), Some(4), Some(1)], [None, None]),
            (Us, [Some(4), Some(4), Some(5)], [None, None]),
            (Us, [Some(3), Some(4), Some(3)], [None, None]),
            (Them, [Some(1), Some(5), None], [None, None]),
        ],
    );
    let f = figures(&q, &Analysis::of(&q), &sums);
    assert!(close(f.dimensions[0].agreement[0], 1.5 / 1.75));
    // b1 = 1, 5, 3: variance 4 >= E: r >= 1 gives 0, flagged.
    assert_eq!(f.dimensions[1].agreement[0], Some(0.0));
    assert!(f.dimensions[1].flags.contains(&Flag::LowAgreementUs));
    // Their side has one file: no question has two answers, no agreement.
    assert_eq!(f.dimensions[0].agreement[1], None);
    assert!(!f.dimensions[0].flags.contains(&Flag::LowAgreementThem));
}

#[test]
fn blind_spots_compare_what_one_side_expected_with_what_the_other_gave() {
    let q = q();
    let sums = round(&q, &three());
    let f = figures(&q, &Analysis::of(&q), &sums);
    let a = &f.dimensions[0];
    // We expected (4 + 2) / 2 = 3 from them on a; they gave 2: -1.
    assert!(close(a.expected[0], 3.0) && close(a.blind_spot[0], -1.0));
    assert!(
        a.flags.contains(&Flag::BlindSpotUs),
        "|-1| >= the gap flag 1"
    );
    // They expected nothing of us on a; on b they expected 5, we gave 4.
    assert_eq!(a.expected[1], None);
    assert_eq!(a.blind_spot[1], None);
    let b = &f.dimensions[1];
    assert!(close(b.expected[1], 5.0) && close(b.blind_spot[1], -1.0));
    assert_eq!(b.expected[0], None);
    // Flags come in their documented order.
    // (Our two people also disagree: a1 5 and 3, a2 5 and 4 — but a side's
    // agreement needs 3 files scoring the dimension, whatever the threshold.)
    assert_eq!(a.agreement[0], None);
    assert_eq!(a.flags, [Flag::Gap, Flag::Spread, Flag::BlindSpotUs]);
}

#[test]
fn anonymity_hides_both_sides_when_one_is_small_and_the_round_when_all_are() {
    let q = q();
    let sums = round(&q, &three());
    // N = 1: nothing hidden.
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 1),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::None);
    // N = 2: their side has one file: every per-side figure of both sides
    // goes; the combined score stays, pooled (every file once: (5 + 3.75 +
    // 2) / 3, not the equal-sides 3.1875), and the tier is chosen from it.
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 2),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::Sides);
    let a = &f.dimensions[0];
    assert!(close(a.score, 10.75 / 3.0), "{:?}", a.score);
    assert_eq!((a.us, a.them, a.gap, a.spread), (None, None, None, None));
    assert_eq!(
        (a.agreement, a.expected, a.blind_spot),
        ([None; 2], [None; 2], [None; 2])
    );
    assert!(a.flags.is_empty());
    assert_eq!(f.max_gap, None);
    assert!(f.metrics.gaps.iter().all(Option::is_none));
    // Their one answer per question: every question's figures go.
    assert!(
        f.questions
            .iter()
            .all(|x| x.us.is_none() && x.them.is_none() && x.mean.is_none())
    );
    assert!(f.verdict.is_some());
    // N = 3: three files in all is enough for the round, not for the sides.
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 3),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::Sides);
    // N = 4: the round itself is too small: every figure goes.
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 4),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::Round);
    assert!(
        f.dimensions
            .iter()
            .all(|d| d.score.is_none() && d.spread.is_none())
    );
    assert_eq!(
        (f.metrics.overall, f.coverage, f.verdict.is_none()),
        (None, None, true)
    );
    assert!(
        f.questions
            .iter()
            .all(|x| x.mean.is_none() && x.answered.is_none())
    );
    assert_eq!(f.respondents, [2, 1], "counts remain");
}

#[test]
fn precision_rounds_each_side_and_then_their_mean() {
    let text = TOML.replace("[rubric]\n", "[rubric]\nprecision = 1\n");
    let q = Questionnaire::from_toml(Source::new("p.toml", &text)).unwrap();
    // us a: files (1 + 12) / 4 = 3.25 → 3.3 (half away from zero) and
    // (1 + 15) / 4 = 4; side mean 3.65 → 3.7 (a half, whatever binary
    // makes of it); them a: (3 + 6) / 4 = 2.25 → 2.3; score (3.7 + 2.3) / 2.
    let sums = round(
        &q,
        &[
            (Us, [Some(1), Some(4), None], [None, None]),
            (Us, [Some(1), Some(5), None], [None, None]),
            (Them, [Some(3), Some(2), None], [None, None]),
        ],
    );
    let f = figures(&q, &Analysis::of(&q), &sums);
    let a = &f.dimensions[0];
    assert!(close(a.us, 3.7), "{:?}", a.us);
    assert!(close(a.them, 2.3), "{:?}", a.them);
    assert!(close(a.score, 3.0), "{:?}", a.score);
    // The gap is the difference of the rounded scores, not rounded itself.
    assert!(close(a.gap, 2.3 - 3.7));
}

/// `n(d, side)` and `n(d)` in both modes, by hand: dimension `a` has a1
/// and a2, `b` has b1.
#[test]
fn answered_counts_files_or_the_least_answered_question() {
    let q = q();
    let sums = round(
        &q,
        &[
            // Scores a (a1 only) and b.
            (Us, [Some(4), None, Some(2)], [None, None]),
            // Scores a (both) and not b.
            (Us, [Some(3), Some(5), None], [None, None]),
            // Scores a (a2 only) and b.
            (Them, [None, Some(1), Some(3)], [None, None]),
        ],
    );
    let files = analysis(&q, Sides::Equal, Respondents::Files, 1);
    // Files scoring a: us 2, them 1, in all 3; b: us 1, them 1, in all 2.
    assert_eq!(
        answered(&q, &files, &sums, 0),
        Answered {
            sides: [2, 1],
            all: 3
        }
    );
    assert_eq!(
        answered(&q, &files, &sums, 1),
        Answered {
            sides: [1, 1],
            all: 2
        }
    );
    let statements = analysis(&q, Sides::Equal, Respondents::Statements, 1);
    // a1: us 2, them 0; a2: us 1, them 1. Least among those answered:
    // us min(2, 1) = 1, them 1 (a1 has none), all min(2, 2) = 2.
    assert_eq!(
        answered(&q, &statements, &sums, 0),
        Answered {
            sides: [1, 1],
            all: 2
        }
    );
    // A dimension nobody answered counts 0.
    let empty = round(&q, &[(Us, [Some(4), None, None], [None, None])]);
    assert_eq!(answered(&q, &statements, &empty, 1), Answered::default());
}

/// Under "sides" the combined figures are pooled whatever `sides` says:
/// hand-computed in both modes.
#[test]
fn hidden_sides_pool_the_combined_figures_in_both_modes() {
    let q = q();
    // us: (5, 5, 4), (3, 4, 4), (1, 1, 1); them: (2, 2, 1).
    let files = [
        (Us, [Some(5), Some(5), Some(4)], [None, None]),
        (Us, [Some(3), Some(4), Some(4)], [None, None]),
        (Us, [Some(1), Some(1), Some(1)], [None, None]),
        (Them, [Some(2), Some(2), Some(1)], [None, None]),
    ];
    let sums = round(&q, &files);
    // Files mode, N = 2: them has 1 file: "sides". File scores on a
    // (a1 weight 1, a2 weight 3): 5, 3.75, 1, 2: pooled (5 + 3.75 + 1 + 2)
    // / 4 = 2.9375 (equal sides would give ((5 + 3.75 + 1) / 3 + 2) / 2).
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 2),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::Sides);
    assert_eq!(
        f.fewest,
        Some(Fewest {
            dimension: Some(0),
            side: Some(1),
            answered: 1
        })
    );
    assert!(
        close(f.dimensions[0].score, 11.75 / 4.0),
        "{:?}",
        f.dimensions[0].score
    );
    // Spread needs N + 2 = 4 files: 4 scored a, so it would show, but
    // "sides" hides it.
    assert_eq!(f.dimensions[0].spread, None);
    // Statements mode: a1 mean (5 + 3 + 1 + 2) / 4 = 2.75, a2 (5 + 4 + 1
    // + 2) / 4 = 3: (2.75 + 9) / 4 = 2.9375 — pooled per statement.
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Statements, 2),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::Sides);
    assert!(
        close(f.dimensions[0].score, 11.75 / 4.0),
        "{:?}",
        f.dimensions[0].score
    );
    // A question needs each side 0 or >= N answers: them has 1 on each.
    assert!(f.questions.iter().all(|x| x.mean.is_none()));
    // N = 1: nothing hidden, equal sides: a = ((5 + 3.75 + 1) / 3 + 2) / 2.
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 1),
        &sums,
    );
    assert!(close(f.dimensions[0].score, (9.75 / 3.0 + 2.0) / 2.0));
    // Agreement: 3 of our files score a: shown at N = 1 and N = 3 ...
    assert!(f.dimensions[0].agreement[0].is_some());
    // ... their one file has none.
    assert_eq!(f.dimensions[0].agreement[1], None);
}

/// A dimension out of the overall with too few answers hides itself alone;
/// one in the overall hides the round.
#[test]
fn too_few_answers_hide_the_dimension_or_the_round() {
    let text = TOML.replace(
        "id = \"b\"\nname = \"B\"",
        "id = \"b\"\nname = \"B\"\nin_overall = false",
    );
    let q = Questionnaire::from_toml(Source::new("o.toml", &text)).unwrap();
    // Three of ours score a; only one scores b.
    let sums = round(
        &q,
        &[
            (Us, [Some(5), Some(5), Some(4)], [Some(3), Some(2)]),
            (Us, [Some(3), Some(4), None], [Some(3), None]),
            (Us, [Some(2), Some(2), None], [None, None]),
        ],
    );
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 2),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::None);
    let b = &f.dimensions[1];
    assert!(b.hidden && b.score.is_none() && b.flags.is_empty());
    assert!(f.questions[2].mean.is_none());
    assert!(f.dimensions[0].score.is_some());
    // Expectations need N values on a side: a has 2, b has 1.
    assert!(close(f.dimensions[0].expected[0], 3.0));
    // With b in the overall, the same files hide the round.
    let q = self::q();
    let f = figures(
        &q,
        &analysis(&q, Sides::Equal, Respondents::Files, 2),
        &sums,
    );
    assert_eq!(f.suppressed, Suppressed::Round);
    assert_eq!(
        f.fewest,
        Some(Fewest {
            dimension: Some(1),
            side: None,
            answered: 1
        })
    );
}
