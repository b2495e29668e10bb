//! Tests of the portfolio's aggregation.

use super::*;
use crate::model::answers::Answer;
use crate::model::answers::AnswerSheet;
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;

fn q() -> Questionnaire {
    Questionnaire::embedded("partnership-health").expect("embedded")
}

fn date(s: &str) -> Option<Date> {
    Some(s.parse().expect("a date"))
}

/// A sheet with every question answered `v` (reverse questions too, so
/// a dimension's score is not simply `v`; use `dim` for exact figures).
fn sheet(q: &Questionnaire, partner: &str, when: Option<Date>, side: Side) -> AnswerSheet {
    let mut s = AnswerSheet::new(q, partner.to_owned());
    s.date = when;
    s.side = side;
    s
}

/// Answers every question of dimension `d` so that it counts as `v`.
fn dim(q: &Questionnaire, s: &mut AnswerSheet, d: usize, v: i64) {
    for i in q.dimensions[d].questions.clone() {
        let raw = if q.questions[i].reverse {
            q.scale.min + q.scale.max - v
        } else {
            v
        };
        s.values[i] = Some(Answer::Value(raw));
    }
}

/// Every dimension counts as `v`.
fn all(q: &Questionnaire, s: &mut AnswerSheet, v: i64) {
    for d in 0..q.dimensions.len() {
        dim(q, s, d, v);
    }
}

fn build(q: &Questionnaire, sheets: &[AnswerSheet]) -> Portfolio {
    let mut agg = Aggregator::new(q);
    for (i, s) in sheets.iter().enumerate() {
        agg.add(i, &format!("f{i}.toml"), s);
    }
    agg.finish()
}

#[test]
fn the_latest_round_gives_the_figures() {
    let q = q();
    let mut old = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
    all(&q, &mut old, 2);
    let mut a = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
    all(&q, &mut a, 4);
    let mut b = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
    all(&q, &mut b, 5);
    // The older round comes last in input order: order must not matter.
    let p = build(&q, &[a, b, old]);
    assert_eq!(p.partners.len(), 1);
    let acme = &p.partners[0];
    assert_eq!(acme.latest.date, date("2026-11-20"));
    assert_eq!(acme.latest.files(), 2);
    assert_eq!(acme.latest.overall, Some(4.5));
    assert_eq!(acme.latest.dimensions[0].score, Some(4.5));
    assert_eq!(acme.latest.dimensions[0].spread, Some(1.0));
    assert_eq!(acme.latest.coverage, 1.0);
    assert_eq!(
        acme.latest.tier.as_ref().map(|t| t.id.as_str()),
        Some("true-partnership")
    );
    assert_eq!(acme.history.len(), 2);
    assert_eq!(acme.history[0].date, date("2026-05-14"));
    assert_eq!(acme.history[1].overall, Some(4.5));
}

#[test]
fn previous_round_and_change() {
    let q = q();
    let mut old = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
    all(&q, &mut old, 2);
    let mut new = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
    all(&q, &mut new, 3);
    let p = build(&q, &[old, new]);
    let acme = &p.partners[0];
    let previous = acme.previous.as_ref().expect("a previous round");
    assert_eq!(previous.date, date("2026-05-14"));
    assert_eq!(previous.overall, Some(2.0));
    assert_eq!(
        previous.tier.as_ref().map(|t| t.id.as_str()),
        Some("supplier")
    );
    assert_eq!(acme.change, Some(1.0));

    let mut only = sheet(&q, "Solo", date("2026-11-20"), Side::Us);
    all(&q, &mut only, 3);
    let p = build(&q, &[only]);
    assert_eq!(p.partners[0].previous, None);
    assert_eq!(p.partners[0].change, None);
}

#[test]
fn undated_files_form_the_oldest_round() {
    let q = q();
    let mut undated = sheet(&q, "Acme", None, Side::Us);
    all(&q, &mut undated, 5);
    let mut dated = sheet(&q, "Acme", date("2020-01-01"), Side::Us);
    all(&q, &mut dated, 3);
    let p = build(&q, &[undated.clone(), dated]);
    let acme = &p.partners[0];
    assert_eq!(acme.latest.date, date("2020-01-01"));
    assert_eq!(acme.latest.overall, Some(3.0));
    let previous = acme.previous.as_ref().expect("the undated round");
    assert_eq!(previous.date, None);
    assert_eq!(previous.overall, Some(5.0));
    assert_eq!(acme.change, Some(-2.0));

    // Only undated files: one round, without a date.
    let mut second = undated.clone();
    all(&q, &mut second, 4);
    let p = build(&q, &[undated, second]);
    assert_eq!(p.partners[0].latest.date, None);
    assert_eq!(p.partners[0].latest.files(), 2);
    assert_eq!(p.partners[0].latest.overall, Some(4.5));
    assert_eq!(p.partners[0].previous, None);
}

#[test]
fn both_sides_give_a_gap_one_side_does_not() {
    let q = q();
    let mut us = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
    all(&q, &mut us, 4);
    let mut us2 = us.clone();
    all(&q, &mut us2, 5);
    let mut them = sheet(&q, "Acme", date("2026-11-20"), Side::Them);
    all(&q, &mut them, 2);
    let p = build(&q, &[us.clone(), us2.clone(), them]);
    let d = &p.partners[0].latest.dimensions[1];
    assert_eq!(d.us, Some(4.5));
    assert_eq!(d.them, Some(2.0));
    assert_eq!(d.gap, Some(-2.5));
    assert_eq!(d.spread, Some(3.0));
    assert!(d.disagrees() && d.sides_differ());
    // Each side counts half, however many people it sent: (4.5 + 2) / 2,
    // not the mean over files (11 / 3).
    assert_eq!(d.score, Some(3.25));

    let p = build(&q, &[us, us2]);
    let d = &p.partners[0].latest.dimensions[1];
    assert_eq!(d.us, Some(4.5));
    assert_eq!(d.them, None);
    assert_eq!(d.gap, None);
    assert!(!d.sides_differ());
}

#[test]
fn files_without_a_score_for_a_dimension_are_left_out() {
    let q = q();
    let mut full = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
    all(&q, &mut full, 4);
    let mut partial = sheet(&q, "Acme", date("2026-11-20"), Side::Them);
    dim(&q, &mut partial, 1, 2);
    // Dimension 0 of `partial` is "unsure" throughout: no score either.
    for i in q.dimensions[0].questions.clone() {
        partial.values[i] = Some(Answer::Unsure);
    }
    let p = build(&q, &[full, partial]);
    let acme = &p.partners[0];
    assert_eq!(
        acme.latest.dimensions[0].score,
        Some(4.0),
        "not (4 + 0) / 2"
    );
    assert_eq!(acme.latest.dimensions[0].spread, Some(0.0));
    assert_eq!(acme.latest.dimensions[0].them, None);
    assert_eq!(acme.latest.dimensions[0].gap, None);
    assert_eq!(acme.latest.dimensions[1].score, Some(3.0));
    assert_eq!(acme.latest.dimensions[1].gap, Some(-2.0));
    let q_count = q.questions.len() as f64;
    let partial_cov = q.dimensions[1].questions.len() as f64 / q_count;
    assert!((acme.latest.coverage - (1.0 + partial_cov) / 2.0).abs() < 1e-12);
    // The per-question figures count only counted answers.
    let first = &acme.questions[q.dimensions[0].questions.start];
    assert_eq!(first.answered, Some(1));
    assert_eq!(first.mean, Some(4.0));

    // No file scores a dimension at all: no score, no spread, no lowest.
    let mut thin = sheet(&q, "Thin", date("2026-11-20"), Side::Us);
    dim(&q, &mut thin, 0, 3);
    let p = build(&q, &[thin]);
    let thin = &p.partners[0];
    assert_eq!(thin.latest.dimensions[1].score, None);
    assert_eq!(thin.latest.dimensions[1].spread, None);
    assert_eq!(thin.latest.lowest, None);
    assert_eq!(thin.latest.overall, Some(3.0));
}

#[test]
fn names_merge_trimmed_and_case_blind_and_show_the_latest() {
    let q = q();
    let mut a = sheet(&q, "  acme logistics ", date("2026-05-14"), Side::Us);
    all(&q, &mut a, 3);
    let mut b = sheet(&q, "ACME Logistics", date("2026-11-20"), Side::Us);
    all(&q, &mut b, 3);
    let mut c = sheet(&q, "Acme Logistics", date("2026-11-20"), Side::Them);
    all(&q, &mut c, 3);
    let mut other = sheet(&q, "Acme Logistic", date("2026-11-20"), Side::Us);
    all(&q, &mut other, 3);
    let p = build(&q, &[a, b, c, other]);
    assert_eq!(p.partners.len(), 2);
    let acme = p.find(" acme LOGISTICS").expect("found");
    // The latest round's first file names it.
    assert_eq!(acme.partner, "ACME Logistics");
    assert_eq!(acme.latest.files(), 2);
    assert_eq!(acme.history.len(), 2);
    assert!(p.find("acme logistix").is_none());
    assert_eq!(
        p.nearest("acme logistix"),
        ["Acme Logistic", "ACME Logistics"]
    );
}

#[test]
fn notes_and_questions_come_from_the_latest_round_only() {
    let q = q();
    let mut old = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
    all(&q, &mut old, 1);
    old.notes.insert("learning".into(), "old note".into());
    let mut new = sheet(&q, "Acme", date("2026-11-20"), Side::Them);
    all(&q, &mut new, 5);
    new.respondent = Some("Marco".into());
    new.notes.insert("mutual-gains".into(), "new note".into());
    for order in [[old.clone(), new.clone()], [new, old]] {
        let p = build(&q, &order);
        let acme = &p.partners[0];
        assert_eq!(acme.notes.len(), 1);
        assert_eq!(acme.notes[0].text, "new note");
        assert_eq!(acme.notes[0].key, "mutual-gains");
        assert_eq!(acme.notes[0].side, Side::Them);
        assert_eq!(acme.notes[0].respondent.as_deref(), Some("Marco"));
        assert!(acme.questions.iter().all(|x| x.mean == Some(5.0)));
    }
}

#[test]
fn without_extras_keeps_the_figures_but_not_the_notes() {
    let q = q();
    let mut s = sheet(&q, "Acme", date("2026-11-20"), Side::Us);
    all(&q, &mut s, 4);
    s.notes.insert("learning".into(), "a note".into());
    let full = build(&q, std::slice::from_ref(&s));
    let mut agg = Aggregator::new(&q).without_extras();
    agg.add(0, "f0.toml", &s);
    let lean = agg.finish();
    assert_eq!(full.partners[0].questions.len(), q.questions.len());
    assert_eq!(full.partners[0].notes.len(), 1);
    assert_eq!(lean.partners[0].questions, full.partners[0].questions);
    assert!(lean.partners[0].notes.is_empty());
    assert_eq!(
        lean.partners[0].latest.dimensions,
        full.partners[0].latest.dimensions
    );
    assert_eq!(lean.partners[0].latest.overall, Some(4.0));
}

/// Chunks merged in order give exactly what one pass gives.
#[test]
fn merging_chunks_equals_one_pass() {
    let q = q();
    let mut sheets = Vec::new();
    for i in 0..40i64 {
        let mut s = sheet(
            &q,
            &format!("Partner {}", i % 7),
            date(&format!("2026-0{}-01", 1 + i % 3)),
            if i % 2 == 0 { Side::Us } else { Side::Them },
        );
        for d in 0..q.dimensions.len() {
            dim(&q, &mut s, d, 1 + (i + d as i64) % 5);
        }
        s.notes.insert("learning".into(), format!("note {i}"));
        sheets.push(s);
    }
    let one = build(&q, &sheets);
    let mut total = Aggregator::new(&q);
    for (c, chunk) in sheets.chunks(6).enumerate() {
        let mut part = Aggregator::new(&q);
        for (j, s) in chunk.iter().enumerate() {
            let i = c * 6 + j;
            part.add(i, &format!("f{i}.toml"), s);
        }
        total.merge(part);
    }
    assert_eq!(total.finish().partners, one.partners);
}

#[test]
fn detail_keeps_every_file_newest_round_first() {
    let q = q();
    let mut a = sheet(&q, "Acme", date("2026-05-14"), Side::Us);
    all(&q, &mut a, 2);
    let mut b = sheet(&q, "acme", date("2026-11-20"), Side::Them);
    all(&q, &mut b, 4);
    let mut c = sheet(&q, "Other", date("2026-11-20"), Side::Us);
    all(&q, &mut c, 4);
    let mut agg = Aggregator::new(&q).with_detail("ACME");
    for (i, s) in [a, b, c].iter().enumerate() {
        agg.add(i, &format!("f{i}.toml"), s);
    }
    let (p, detail) = agg.finish_detail();
    assert_eq!(p.partners.len(), 2);
    let detail = detail.into_iter().next().expect("detail");
    assert_eq!(detail.rounds.len(), 2);
    assert_eq!(detail.rounds[0].round.date, date("2026-11-20"));
    assert_eq!(detail.rounds[0].files[0].file, "f1.toml");
    assert_eq!(detail.rounds[1].files[0].overall, Some(2.0));
}

#[test]
fn sorting_puts_missing_figures_last() {
    let q = q();
    let mk = |name: &str, v: i64, old: Option<i64>, them: Option<i64>| {
        let mut out = Vec::new();
        let mut s = sheet(&q, name, date("2026-11-20"), Side::Us);
        all(&q, &mut s, v);
        out.push(s);
        if let Some(o) = old {
            let mut s = sheet(&q, name, date("2026-01-01"), Side::Us);
            all(&q, &mut s, o);
            out.push(s);
        }
        if let Some(t) = them {
            let mut s = sheet(&q, name, date("2026-11-20"), Side::Them);
            all(&q, &mut s, t);
            out.push(s);
        }
        out
    };
    let mut sheets = mk("b", 3, Some(1), None);
    sheets.extend(mk("a", 4, None, Some(4)));
    sheets.extend(mk("c", 2, Some(3), Some(5)));
    let p = build(&q, &sheets);
    let order = |key: SortKey| {
        let mut partners = p.partners.clone();
        sort(&mut partners, key);
        partners
            .iter()
            .map(|x| x.partner.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(SortKey::Name), ["a", "b", "c"]);
    assert_eq!(order(SortKey::Overall), ["a", "c", "b"]);
    assert_eq!(order(SortKey::Change), ["b", "c", "a"]);
    assert_eq!(order(SortKey::Gap), ["c", "a", "b"]);
    assert_eq!(order(SortKey::Dimension(0)), ["a", "c", "b"]);
    assert_eq!(
        SortKey::parse("learning", &q).expect("a dimension"),
        SortKey::Dimension(3)
    );
    assert_eq!(SortKey::parse("score", &q), None);
}

#[test]
fn edit_distance_counts_edits() {
    assert_eq!(edit_distance("acme", "acme"), Some(0));
    assert_eq!(edit_distance("acme", "acne"), Some(1));
    assert_eq!(edit_distance("", "abc"), Some(3));
    assert_eq!(edit_distance("kitten", "sitting"), Some(3));
    // A huge name is not compared at all: the distance is quadratic.
    assert_eq!(edit_distance(&"a".repeat(100_000), "acme"), None);
}
