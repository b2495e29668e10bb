//! Random instruments in the second edition's language — `==`, metric
//! operands, `count()`, `gap()`/`max_gap`, `in_overall = false`, a
//! dimension's own bands, `precision` — scored by the library and by a
//! plain re-reading of the scoring rules here; both must agree.

use partnercheck::diag::Source;
use partnercheck::engine::classify::classify;
use partnercheck::engine::score::score;
use partnercheck::model::answers::Answer;
use partnercheck::model::questionnaire::Questionnaire;
use proptest::prelude::*;

const TOL: f64 = 1e-9;

#[derive(Debug, Clone)]
struct Dim {
    in_overall: bool,
    weight: u32,
    own_bands: bool,
    /// (reverse, weight) per question.
    questions: Vec<(bool, u32)>,
}

#[derive(Debug, Clone)]
struct Case {
    min: i64,
    max: i64,
    dims: Vec<Dim>,
    /// Rubric band mins, from the highest down; the last is `min`.
    bands: Vec<f64>,
    /// The own bands' mins (ids `x0`, `x1`, …), the last is `min`.
    own: Vec<f64>,
    precision: Option<u32>,
    /// Conditions per tier (the fallback is added).
    tiers: Vec<Vec<String>>,
    answers: Vec<Option<Answer>>,
}

fn mins(min: i64, max: i64, n: usize, seed: &[u8]) -> Vec<f64> {
    // n distinct mins above `min`, on a grid of 0.05, from the top down
    let steps = ((max - min) * 20) as usize;
    let mut picked: Vec<usize> = seed.iter().map(|s| 1 + *s as usize % steps).collect();
    picked.sort_unstable();
    picked.dedup();
    picked.truncate(n);
    let mut out: Vec<f64> = picked
        .iter()
        .rev()
        .map(|k| min as f64 + *k as f64 / 20.0)
        .collect();
    out.push(min as f64);
    out
}

fn case() -> impl Strategy<Value = Case> {
    let dim = (
        any::<bool>(),
        1u32..4,
        any::<bool>(),
        prop::collection::vec((any::<bool>(), 1u32..4), 1..4),
    )
        .prop_map(|(out, weight, own_bands, questions)| Dim {
            in_overall: !out,
            weight,
            own_bands,
            questions,
        });
    (
        -2i64..2,
        2i64..6,
        prop::collection::vec(dim, 1..5),
        prop::collection::vec(any::<u8>(), 0..3),
        prop::collection::vec(any::<u8>(), 1..3),
        prop::option::of(0u32..4),
        any::<u64>(),
    )
        .prop_flat_map(|(min, width, mut dims, bseed, oseed, precision, seed)| {
            let max = min + width;
            if dims.iter().all(|d| !d.in_overall) {
                dims[0].in_overall = true;
            }
            let bands = mins(min, max, bseed.len(), &bseed);
            let own = mins(min, max, oseed.len(), &oseed);
            let questions: usize = dims.iter().map(|d| d.questions.len()).sum();
            let answer = prop_oneof![
                6 => (min..=max).prop_map(|v| Some(Answer::Value(v))),
                1 => Just(Some(Answer::Unsure)),
                1 => Just(None),
            ];
            let tiers = conditions(&dims, bands.len(), own.len(), (min, max), seed);
            (
                Just(Case {
                    min,
                    max,
                    dims,
                    bands,
                    own,
                    precision,
                    tiers,
                    answers: Vec::new(),
                }),
                prop::collection::vec(answer, questions),
            )
        })
        .prop_map(|(mut case, answers)| {
            case.answers = answers;
            case
        })
}

/// Up to four tiers of one to three conditions, every form represented.
fn conditions(
    dims: &[Dim],
    bands: usize,
    own: usize,
    (min, max): (i64, i64),
    mut seed: u64,
) -> Vec<Vec<String>> {
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let any_own = dims.iter().any(|d| d.own_bands);
    let mut metrics: Vec<String> = ["overall", "lowest", "highest", "coverage", "max_gap"]
        .map(String::from)
        .to_vec();
    for d in 0..dims.len() {
        metrics.push(format!("d{d}"));
        metrics.push(format!("gap(d{d})"));
    }
    for b in 0..bands {
        metrics.push(format!("count(r{b})"));
    }
    if any_own {
        for b in 0..own {
            metrics.push(format!("count(x{b})"));
        }
    }
    let ops = [">=", ">", "<=", "<", "=="];
    (0..1 + next(4))
        .map(|_| {
            (0..1 + next(3))
                .map(|_| {
                    let left = metrics[next(metrics.len())].clone();
                    let op = ops[next(ops.len())];
                    let right = if next(3) == 0 {
                        metrics[next(metrics.len())].clone()
                    } else if left.starts_with("count(") {
                        next(dims.len() + 1).to_string()
                    } else if left == "coverage" {
                        format!("{}", next(5) as f64 / 4.0)
                    } else {
                        let steps = ((max - min) * 4) as usize;
                        format!("{}", min as f64 + next(steps + 1) as f64 / 4.0)
                    };
                    format!("{left} {op} {right}")
                })
                .collect()
        })
        .collect()
}

fn toml(c: &Case) -> String {
    let labels: Vec<String> = (c.min..=c.max).map(|v| format!("\"{v}\"")).collect();
    let mut t = format!(
        "id = \"r\"\ntitle = \"R\"\nversion = \"1\"\n[scale]\nmin = {}\nmax = {}\nlabels = [{}]\n",
        c.min,
        c.max,
        labels.join(", ")
    );
    for (d, dim) in c.dims.iter().enumerate() {
        t += &format!(
            "[[dimension]]\nid = \"d{d}\"\nname = \"D\"\nweight = {}\nin_overall = {}\n",
            dim.weight, dim.in_overall
        );
        for (i, (reverse, weight)) in dim.questions.iter().enumerate() {
            t += &format!(
                "[[dimension.question]]\nid = \"q{d}-{i}\"\ntext = \"Q\"\nreverse = {reverse}\nweight = {weight}\n"
            );
        }
        if dim.own_bands {
            for (b, min) in c.own.iter().enumerate() {
                t += &format!("[[dimension.band]]\nid = \"x{b}\"\nlabel = \"X\"\nmin = {min:?}\n");
            }
        }
    }
    t += "[rubric]\n";
    if let Some(p) = c.precision {
        t += &format!("precision = {p}\n");
    }
    for (b, min) in c.bands.iter().enumerate() {
        t += &format!("[[rubric.band]]\nid = \"r{b}\"\nlabel = \"R\"\nmin = {min:?}\n");
    }
    for (i, when) in c.tiers.iter().enumerate() {
        let when: Vec<String> = when.iter().map(|w| format!("\"{w}\"")).collect();
        t += &format!(
            "[[rubric.tier]]\nid = \"t{i}\"\nlabel = \"T\"\nwhen = [{}]\n",
            when.join(", ")
        );
    }
    t += "[[rubric.tier]]\nid = \"fallback\"\nlabel = \"F\"\nwhen = []\n";
    t
}

/// Half away from zero, a value within 1e-9 of a half counting as the half.
fn round(v: f64, p: u32) -> f64 {
    let f = 10f64.powi(p as i32);
    let lower = (v.abs() * f).floor();
    let candidate = (lower + 0.5) / f;
    let up = v.abs() >= candidate - TOL;
    v.signum() * if up { lower + 1.0 } else { lower } / f
}

/// The tier the scoring rules give, read plainly.
fn oracle(c: &Case) -> (Vec<Option<f64>>, Option<f64>, usize) {
    let keep = |v: f64| c.precision.map_or(v, |p| round(v, p));
    let mut at = 0;
    let scores: Vec<Option<f64>> = c
        .dims
        .iter()
        .map(|dim| {
            let (mut sum, mut weights) = (0.0, 0.0);
            for (reverse, weight) in &dim.questions {
                if let Some(Answer::Value(v)) = c.answers[at] {
                    let v = if *reverse { c.min + c.max - v } else { v };
                    sum += v as f64 * *weight as f64;
                    weights += *weight as f64;
                }
                at += 1;
            }
            (weights > 0.0).then(|| keep(sum / weights))
        })
        .collect();
    let counted: Vec<(usize, f64)> = (0..c.dims.len())
        .filter(|d| c.dims[*d].in_overall)
        .filter_map(|d| Some((d, scores[d]?)))
        .collect();
    let all_in = counted.len() == c.dims.iter().filter(|d| d.in_overall).count();
    let weight_sum: f64 = counted.iter().map(|(d, _)| c.dims[*d].weight as f64).sum();
    let overall = (!counted.is_empty()).then(|| {
        keep(
            counted
                .iter()
                .map(|(d, s)| s * c.dims[*d].weight as f64)
                .sum::<f64>()
                / weight_sum,
        )
    });
    let lowest = all_in.then(|| counted.iter().map(|x| x.1).fold(f64::INFINITY, f64::min));
    let highest = all_in.then(|| {
        counted
            .iter()
            .map(|x| x.1)
            .fold(f64::NEG_INFINITY, f64::max)
    });
    let answered = c
        .answers
        .iter()
        .filter(|a| matches!(a, Some(Answer::Value(_))))
        .count();
    let coverage = answered as f64 / c.answers.len() as f64;
    let band = |d: usize, s: f64| -> String {
        let (prefix, mins) = if c.dims[d].own_bands {
            ("x", &c.own)
        } else {
            ("r", &c.bands)
        };
        let i = mins.iter().position(|m| *m <= s + TOL).expect("a band");
        format!("{prefix}{i}")
    };
    let value = |name: &str| -> Option<f64> {
        if let Ok(v) = name.parse::<f64>() {
            return Some(v);
        }
        if let Some(b) = name
            .strip_prefix("count(")
            .and_then(|n| n.strip_suffix(')'))
        {
            let n = counted.iter().filter(|(d, s)| band(*d, *s) == b).count();
            return Some(n as f64);
        }
        if name.starts_with("gap(") || name == "max_gap" {
            return None;
        }
        match name {
            "overall" => overall,
            "lowest" => lowest,
            "highest" => highest,
            "coverage" => Some(coverage),
            d => scores[d[1..].parse::<usize>().unwrap()],
        }
    };
    let holds = |cond: &String| {
        let parts: Vec<&str> = cond.split(' ').collect();
        let (Some(a), Some(b)) = (value(parts[0]), value(parts[2])) else {
            return false;
        };
        match parts[1] {
            ">=" => a >= b - TOL,
            ">" => a > b + TOL,
            "<=" => a <= b + TOL,
            "<" => a < b - TOL,
            _ => (a - b).abs() <= TOL,
        }
    };
    let tier = c
        .tiers
        .iter()
        .position(|when| when.iter().all(holds))
        .unwrap_or(c.tiers.len());
    (scores, overall, tier)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_instruments_agree_with_the_rules(c in case()) {
        let text = toml(&c);
        let q = Questionnaire::from_toml(Source::new("r.toml", &text))
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let a = score(&q, &c.answers);
        let verdict = classify(&q.rubric, &a.metrics, &q.dimension_ids());
        let (scores, overall, tier) = oracle(&c);
        let near = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-12,
            (None, None) => true,
            _ => false,
        };
        for (d, s) in a.dimensions.iter().enumerate() {
            prop_assert!(near(s.score, scores[d]), "d{}: {:?} vs {:?}\n{}", d, s.score, scores[d], text);
        }
        prop_assert!(near(a.metrics.overall, overall), "{:?} vs {:?}\n{}", a.metrics.overall, overall, text);
        prop_assert_eq!(verdict.tier, Some(tier), "{}", text);
    }
}
