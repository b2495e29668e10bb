//! Property tests of scoring.

use partnercheck::diag::Source;
use partnercheck::engine::score::{counted, score};
use partnercheck::model::answers::Answer;
use partnercheck::model::questionnaire::Questionnaire;
use proptest::prelude::*;

/// A questionnaire with `dims` dimensions of `per_dim` questions each on
/// `min..=max`, with the given reverse flags and weights.
fn questionnaire(min: i64, max: i64, per_dim: &[(bool, f64)], dims: usize) -> Questionnaire {
    let labels: Vec<String> = (min..=max).map(|v| format!("\"{v}\"")).collect();
    let mut text = format!(
        "id = \"p\"\ntitle = \"P\"\nversion = \"1\"\n[scale]\nmin = {min}\nmax = {max}\nlabels = [{}]\n",
        labels.join(", ")
    );
    for d in 0..dims {
        text += &format!(
            "[[dimension]]\nid = \"d{d}\"\nname = \"D{d}\"\nweight = {}\n",
            d + 1
        );
        for (i, (reverse, weight)) in per_dim.iter().enumerate() {
            text += &format!(
                "[[dimension.question]]\nid = \"q{d}-{i}\"\ntext = \"Q\"\nreverse = {reverse}\nweight = {weight:?}\n"
            );
        }
    }
    text += &format!(
        "[rubric]\n[[rubric.band]]\nid = \"all\"\nlabel = \"All\"\nmin = {min}\n[[rubric.tier]]\nid = \"any\"\nlabel = \"Any\"\nwhen = []\n"
    );
    Questionnaire::from_toml(Source::new("p.toml", &text))
        .expect("generated questionnaire is valid")
}

fn answer(min: i64, max: i64) -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        6 => (min..=max).prop_map(|v| Some(Answer::Value(v))),
        1 => Just(Some(Answer::Unsure)),
        1 => Just(None),
    ]
}

/// A scale's min and max, each question's (reverse, weight), and answers.
type Case = (i64, i64, Vec<(bool, f64)>, Vec<Option<Answer>>);

/// A scale, the questions' flags, and answers for two dimensions.
fn case() -> impl Strategy<Value = Case> {
    (-3i64..3, 1i64..9)
        .prop_flat_map(|(min, width)| {
            let max = min + width;
            let flags = prop::collection::vec((any::<bool>(), 0.1f64..10.0), 1..6);
            (Just(min), Just(max), flags)
        })
        .prop_flat_map(|(min, max, flags)| {
            let n = flags.len() * 2;
            (
                Just(min),
                Just(max),
                Just(flags),
                prop::collection::vec(answer(min, max), n),
            )
        })
}

proptest! {
    #[test]
    fn scores_stay_within_the_scale((min, max, flags, answers) in case()) {
        let q = questionnaire(min, max, &flags, 2);
        let a = score(&q, &answers);
        let within = |s: f64| s >= min as f64 - 1e-9 && s <= max as f64 + 1e-9;
        for d in &a.dimensions {
            if let Some(s) = d.score {
                prop_assert!(within(s), "dimension score {s} outside {min}..{max}");
            }
        }
        for s in [a.metrics.overall, a.metrics.lowest, a.metrics.highest].into_iter().flatten() {
            prop_assert!(within(s), "{s} outside {min}..{max}");
        }
        prop_assert!((0.0..=1.0).contains(&a.metrics.coverage));
    }

    #[test]
    fn raising_a_non_reverse_answer_never_lowers_its_dimension(
        (min, max, flags, answers) in case(),
        pick in any::<prop::sample::Index>(),
    ) {
        let q = questionnaire(min, max, &flags, 2);
        let i = pick.index(answers.len());
        prop_assume!(!q.questions[i].reverse);
        let Some(Answer::Value(v)) = answers[i] else { return Ok(()) };
        prop_assume!(v < max);
        let mut raised = answers.clone();
        raised[i] = Some(Answer::Value(v + 1));
        let d = q.questions[i].dimension;
        let before = score(&q, &answers).dimensions[d].score.expect("answered");
        let after = score(&q, &raised).dimensions[d].score.expect("answered");
        prop_assert!(after >= before - 1e-12, "{before} -> {after}");
    }

    #[test]
    fn reversing_twice_is_the_identity((min, max, flags, _answers) in case(), v in 0i64..10) {
        let q = questionnaire(min, max, &flags, 1);
        let v = min + v % (max - min + 1);
        let once = counted(Answer::Value(v), true, &q.scale).expect("a value") as i64;
        let twice = counted(Answer::Value(once), true, &q.scale).expect("a value") as i64;
        prop_assert_eq!(twice, v);
        prop_assert!(q.scale.contains(once));
    }
}

mod answers_round_trip {
    use partnercheck::diag::Source;
    use partnercheck::model::answers::write::to_toml;
    use partnercheck::model::answers::{Answer, AnswerSheet, Date, RawAnswers, Side};
    use partnercheck::model::questionnaire::Questionnaire;
    use proptest::prelude::*;

    fn q() -> Questionnaire {
        Questionnaire::embedded("partnership-health").expect("embedded")
    }

    /// Text as people type it, hostile characters included.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[ -~]{0,30}",
            "[\\PC]{0,20}",
            Just("quote \" backslash \\ newline \n tab \t".to_owned()),
            Just("\u{202e}override \u{1b}[31m".to_owned()),
        ]
    }

    fn date() -> impl Strategy<Value = Option<Date>> {
        prop_oneof![
            Just(None),
            (1900u16..2100, 1u8..=12, 1u8..=28).prop_map(|(year, month, day)| Some(Date {
                year,
                month,
                day
            })),
        ]
    }

    fn sheet() -> impl Strategy<Value = AnswerSheet> {
        let q = q();
        let n = q.questions.len();
        let ids: Vec<String> = q
            .questions
            .iter()
            .map(|x| x.id.clone())
            .chain(q.dimensions.iter().map(|d| d.id.clone()))
            .collect();
        (
            text().prop_filter("a partner has a name", |p| !p.trim().is_empty()),
            proptest::option::of(text()),
            prop_oneof![Just(Side::Us), Just(Side::Them)],
            date(),
            proptest::option::of(any::<bool>()),
            proptest::collection::vec(
                prop_oneof![
                    Just(None),
                    Just(Some(Answer::Unsure)),
                    (1i64..=5).prop_map(|v| Some(Answer::Value(v)))
                ],
                n,
            ),
            proptest::collection::btree_map(proptest::sample::select(ids), text(), 0..4),
        )
            .prop_map(
                move |(partner, respondent, side, date, complete, values, notes)| {
                    let mut s = AnswerSheet::new(&q, partner);
                    s.respondent = respondent;
                    s.side = side;
                    s.date = date;
                    s.complete = complete;
                    s.values = values;
                    s.notes = notes;
                    s
                },
            )
    }

    proptest! {
        /// What the interview and template write reads back as the same sheet.
        #[test]
        fn an_answers_sheet_survives_write_and_read_back(sheet in sheet()) {
            let q = q();
            let text = to_toml(&sheet, &q);
            let src = Source::new("a.toml", &text);
            let back = RawAnswers::parse(src)
                .and_then(|raw| raw.check(&q, src))
                .unwrap_or_else(|e| panic!("{e}\n{text}"));
            prop_assert_eq!(back, sheet);
        }
    }
}

mod first_edition {
    use partnercheck::engine::portfolio::{Aggregator, Analysis};
    use partnercheck::engine::score::{metrics, score};
    use partnercheck::model::answers::{Answer, AnswerSheet, Side};
    use partnercheck::model::questionnaire::Questionnaire;
    use partnercheck::model::settings::{Aggregate, Respondents, Sides};
    use proptest::prelude::*;

    fn q() -> Questionnaire {
        Questionnaire::embedded("partnership-health").expect("embedded")
    }

    fn files() -> impl Strategy<Value = Vec<(bool, Vec<Option<i64>>)>> {
        let n = q().questions.len();
        proptest::collection::vec(
            (
                any::<bool>(),
                proptest::collection::vec(proptest::option::weighted(0.8, 1i64..=5), n),
            ),
            1..7,
        )
    }

    proptest! {
        /// With `sides = "pooled"` and `respondents = "files"`, a round's
        /// figures are exactly the first edition's: plain means over files.
        #[test]
        fn pooled_files_is_the_first_edition(files in files()) {
            let q = q();
            let sheets: Vec<AnswerSheet> = files
                .iter()
                .map(|(them, values)| {
                    let mut s = AnswerSheet::new(&q, "Acme".into());
                    s.side = if *them { Side::Them } else { Side::Us };
                    s.values = values.iter().map(|v| v.map(Answer::Value)).collect();
                    s
                })
                .collect();
            let analysis = Analysis {
                aggregate: Aggregate { sides: Sides::Pooled, respondents: Respondents::Files },
                ..Analysis::of(&q)
            };
            let mut agg = Aggregator::new(&q).with_analysis(analysis);
            for (i, s) in sheets.iter().enumerate() {
                agg.add(i, "f.toml", s);
            }
            let p = &agg.finish().partners[0];
            // The first edition: a running sum over the files, in order.
            let scores: Vec<(Side, Vec<Option<f64>>, f64)> = sheets
                .iter()
                .map(|s| {
                    let a = score(&q, &s.values);
                    (s.side, a.metrics.dimensions.clone(), a.metrics.coverage)
                })
                .collect();
            let mut dims = Vec::new();
            for (d, view) in p.latest.dimensions.iter().enumerate() {
                let mean = |side: Option<Side>| {
                    let (mut sum, mut n) = (0.0, 0usize);
                    for (s, ds, _) in &scores {
                        if side.is_none_or(|w| w == *s)
                            && let Some(v) = ds[d]
                        {
                            sum += v;
                            n += 1;
                        }
                    }
                    (n > 0).then(|| sum / n as f64)
                };
                let all: Vec<f64> = scores.iter().filter_map(|(_, ds, _)| ds[d]).collect();
                let spread = (!all.is_empty()).then(|| {
                    all.iter().copied().fold(f64::NEG_INFINITY, f64::max)
                        - all.iter().copied().fold(f64::INFINITY, f64::min)
                });
                prop_assert_eq!(view.score, mean(None));
                prop_assert_eq!(view.us, mean(Some(Side::Us)));
                prop_assert_eq!(view.them, mean(Some(Side::Them)));
                prop_assert_eq!(view.spread, spread);
                dims.push(mean(None));
            }
            let coverage = scores.iter().map(|(_, _, c)| c).sum::<f64>() / scores.len() as f64;
            let m = metrics(&q, dims, coverage);
            prop_assert_eq!(p.latest.overall, m.overall);
            prop_assert_eq!(p.latest.lowest, m.lowest);
            prop_assert_eq!(p.latest.coverage, coverage);
        }
    }
}
