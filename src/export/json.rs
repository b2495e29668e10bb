//! `--format json`: the shapes in SPEC section 4, scores unrounded.

use crate::assessment::{ScoreReport, ScoreResult};

pub fn score(results: &[ScoreResult]) -> String {
    to_string(&ScoreReport {
        schema_version: 1,
        results,
    })
}

/// Pretty JSON with a final newline.
pub fn to_string<T: serde::Serialize>(value: &T) -> String {
    let mut out = serde_json::to_string_pretty(value).expect("output types serialize");
    out.push('\n');
    out
}

/// `questions --format json`: the whole instrument, rubric included.
pub fn questions(q: &crate::questionnaire::Questionnaire) -> String {
    use serde_json::json;
    let ids = q.dimension_ids();
    let dimensions: Vec<_> = q
        .dimensions
        .iter()
        .map(|d| {
            let questions: Vec<_> = q.questions[d.questions.clone()]
                .iter()
                .map(|x| {
                    json!({"id": x.id, "text": x.text, "help": x.help,
                           "reverse": x.reverse, "weight": x.weight})
                })
                .collect();
            json!({"id": d.id, "name": d.name, "summary": d.summary, "weight": d.weight,
                   "prompts": d.prompts, "questions": questions})
        })
        .collect();
    let r = &q.rubric;
    let bands: Vec<_> = r
        .bands
        .iter()
        .map(|b| json!({"id": b.id, "label": b.label, "min": b.min}))
        .collect();
    let tiers: Vec<_> = r
        .tiers
        .iter()
        .map(|t| {
            let when: Vec<String> = t.when.iter().map(|c| c.display(&ids)).collect();
            json!({"id": t.id, "label": t.label, "summary": t.summary,
                   "advice": t.advice, "when": when})
        })
        .collect();
    to_string(&json!({
        "schema_version": 1,
        "id": q.id, "title": q.title, "version": q.version, "description": q.description,
        "scale": {"min": q.scale.min, "max": q.scale.max, "labels": q.scale.labels,
                  "allow_unsure": q.scale.allow_unsure},
        "dimensions": dimensions,
        "rubric": {"min_coverage": r.min_coverage, "bands": bands, "tiers": tiers},
    }))
}
