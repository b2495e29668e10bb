//! The questionnaire file's TOML, loaded and validated into a
//! [`Questionnaire`]: the raw shapes serde reads (unknown keys rejected) and
//! the checks that turn them into the model. The `[rubric]` table is
//! `rubric_toml`'s.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, LineIndex, Source};
use crate::model::ids::check_id;
use crate::model::questionnaire::{Dimension, Question, Questionnaire, Scale};
use crate::model::rubric_toml::{RawBand, RawRubric, RawRubricFile, build_bands, build_rubric};
use crate::model::settings::{self, Interview};

impl Questionnaire {
    /// Parses and validates a questionnaire file.
    pub fn from_toml(src: Source<'_>) -> Result<Self, Diagnostics> {
        let raw: RawQuestionnaire = toml::from_str(src.text).map_err(|e| src.toml_error(&e))?;
        build(raw, src)
    }

    /// Replaces the rubric with the `[rubric]` table of a rubric file.
    pub fn with_rubric(mut self, src: Source<'_>) -> Result<Self, Diagnostics> {
        let raw: RawRubricFile = toml::from_str(src.text).map_err(|e| src.toml_error(&e))?;
        let index = LineIndex::default();
        let src = src.indexed(&index);
        let mut problems = Diagnostics::default();
        let rubric = build_rubric(
            raw.rubric,
            &self.dimensions,
            &self.scale,
            src,
            &mut problems,
        );
        self.rubric = problems.listed(src.name, 0).into_result(rubric)?;
        Ok(self)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionnaire {
    id: Spanned<String>,
    title: Spanned<String>,
    version: Spanned<String>,
    description: Option<String>,
    description_them: Option<String>,
    lang: Option<Spanned<String>>,
    scale: Spanned<RawScale>,
    #[serde(default)]
    dimension: Vec<Spanned<RawDimension>>,
    rubric: Spanned<RawRubric>,
    flags: Option<settings::raw::Flags>,
    aggregate: Option<settings::raw::Aggregate>,
    interview: Option<settings::raw::Interview>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: i64,
    max: i64,
    labels: Spanned<Vec<String>>,
    allow_unsure: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: Spanned<String>,
    name: Spanned<String>,
    summary: Option<String>,
    weight: Option<Spanned<f64>>,
    #[serde(default)]
    prompts: Vec<String>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
    in_overall: Option<bool>,
    #[serde(default)]
    band: Vec<Spanned<RawBand>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    text: Spanned<String>,
    help: Option<String>,
    text_them: Option<Spanned<String>>,
    help_them: Option<String>,
    #[serde(default)]
    reverse: bool,
    weight: Option<Spanned<f64>>,
}

pub(crate) fn check_text(
    text: &Spanned<String>,
    what: &str,
    src: Source<'_>,
    problems: &mut Diagnostics,
) {
    if text.get_ref().trim().is_empty() {
        problems.push(src.error("empty-value", text.span(), format!("{what} is empty")));
    }
}

pub(crate) fn check_weight(
    weight: &Option<Spanned<f64>>,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> f64 {
    match weight {
        None => 1.0,
        Some(w) => {
            let v = *w.get_ref();
            if !(v.is_finite() && v > 0.0) {
                problems.push(src.error(
                    "bad-number",
                    w.span(),
                    format!("weight {v} must be a finite number above 0"),
                ));
            }
            v
        }
    }
}

const METRICS: [&str; 4] = ["overall", "lowest", "highest", "coverage"];

fn build(raw: RawQuestionnaire, src: Source<'_>) -> Result<Questionnaire, Diagnostics> {
    // A problem in every question of a large file is placed in linear time,
    // and the first ones are listed.
    let index = LineIndex::default();
    let src = src.indexed(&index);
    let mut problems = Diagnostics::default();
    check_id(&raw.id, "questionnaire", src, &mut problems);
    check_text(&raw.title, "title", src, &mut problems);
    check_text(&raw.version, "version", src, &mut problems);
    let lang = match raw.lang {
        Some(tag) => {
            crate::model::translation::check_lang(&tag, src, &mut problems);
            tag.into_inner()
        }
        None => "en".to_owned(),
    };
    let scale = build_scale(raw.scale, src, &mut problems);
    let (dimensions, questions, index) =
        build_dimensions(raw.dimension, &scale, src, &mut problems);
    let rubric = build_rubric(raw.rubric, &dimensions, &scale, src, &mut problems);
    let flags = settings::build_flags(raw.flags, (scale.min, scale.max), src, &mut problems);
    let aggregate = settings::build_aggregate(raw.aggregate, src, &mut problems);
    let interview = Interview {
        expected: raw.interview.and_then(|i| i.expected).unwrap_or(false),
    };
    problems.listed(src.name, 0).into_result(Questionnaire {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        version: raw.version.into_inner(),
        description: raw.description,
        description_them: raw.description_them,
        lang,
        translated_from: None,
        scale,
        dimensions,
        questions,
        rubric,
        flags,
        aggregate,
        interview,
        index,
    })
}

/// The scale; `min` must be below `max`, with one label per value.
fn build_scale(raw: Spanned<RawScale>, src: Source<'_>, problems: &mut Diagnostics) -> Scale {
    let scale_span = raw.span();
    let rs = raw.into_inner();
    if rs.min >= rs.max {
        problems.push(src.error(
            "bad-scale",
            scale_span.clone(),
            format!("scale min ({}) must be below max ({})", rs.min, rs.max),
        ));
    } else if rs.labels.get_ref().len() as i128 != rs.max as i128 - rs.min as i128 + 1 {
        problems.push(src.error(
            "bad-scale",
            rs.labels.span(),
            format!(
                "the scale {}..{} needs {} labels, one per value; found {}",
                rs.min,
                rs.max,
                rs.max as i128 - rs.min as i128 + 1,
                rs.labels.get_ref().len()
            ),
        ));
    }
    Scale {
        min: rs.min,
        max: rs.max,
        labels: rs.labels.into_inner(),
        allow_unsure: rs.allow_unsure.unwrap_or(true),
        unsure: None,
    }
}

/// The ids seen so far, to report the ones used twice.
#[derive(Default)]
struct SeenIds {
    /// Dimension id → the span of its first use.
    dimensions: HashMap<String, Range<usize>>,
    /// Question id → its position in the flattened list of questions, and
    /// the span of its first use.
    questions: HashMap<String, (usize, Range<usize>)>,
}

/// The dimensions, all their questions in one list (each dimension holds
/// the range of its own) and the index from question id to position.
fn build_dimensions(
    raw: Vec<Spanned<RawDimension>>,
    scale: &Scale,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> (Vec<Dimension>, Vec<Question>, HashMap<String, usize>) {
    if raw.is_empty() {
        problems.push(src.error(
            "empty-section",
            0..0,
            "the questionnaire has no [[dimension]]: add at least one",
        ));
    }
    let mut seen = SeenIds::default();
    let mut dimensions = Vec::new();
    let mut questions = Vec::new();
    for (d, dim) in raw.into_iter().enumerate() {
        let dim = build_dimension(d, dim, &mut seen, &mut questions, src, problems);
        dimensions.push(dim);
    }
    if !dimensions.is_empty() && dimensions.iter().all(|(d, _, _)| !d.in_overall) {
        problems.push(src.error(
            "none-in-overall",
            dimensions[0].1.clone(),
            "every dimension has `in_overall = false`: at least one must be in overall",
        ));
    }
    let dimensions: Vec<Dimension> = dimensions
        .into_iter()
        .map(|(mut d, _, bands)| {
            if !bands.is_empty() {
                d.bands = build_bands(bands, &(0..0), scale, src, problems);
            }
            d
        })
        .collect();
    // A notes key may be a question id or a dimension id: they must differ.
    for (span, q) in &questions {
        if seen.dimensions.contains_key(&q.id) {
            problems.push(src.error(
                "reserved-id",
                span.clone(),
                format!(
                    "question id `{}` is also a dimension id: ids must differ",
                    q.id
                ),
            ));
        }
    }
    let questions = questions.into_iter().map(|(_, q)| q).collect();
    let index = seen
        .questions
        .into_iter()
        .map(|(id, (position, _))| (id, position))
        .collect();
    (dimensions, questions, index)
}

/// Dimension number `d`; its questions are appended to `questions`, each
/// with the span of its id.
fn build_dimension(
    d: usize,
    dim: Spanned<RawDimension>,
    seen: &mut SeenIds,
    questions: &mut Vec<(Range<usize>, Question)>,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> (Dimension, Range<usize>, Vec<Spanned<RawBand>>) {
    let dim_span = dim.span();
    let dim = dim.into_inner();
    check_id(&dim.id, "dimension", src, problems);
    check_text(&dim.name, "dimension name", src, problems);
    let id = dim.id.get_ref().clone();
    if METRICS.contains(&id.as_str()) {
        problems.push(src.error(
            "reserved-id",
            dim.id.span(),
            format!("dimension id `{id}` is reserved for a rubric metric: choose another"),
        ));
    }
    if let Some(first) = seen.dimensions.get(&id) {
        problems.push(src.error_labelled(
            "duplicate-id",
            dim.id.span(),
            format!("dimension id `{id}` is used twice"),
            &[(first.clone(), "first defined here")],
        ));
    } else {
        seen.dimensions.insert(id.clone(), dim.id.span());
    }
    let weight = check_weight(&dim.weight, src, problems);
    if dim.question.is_empty() {
        problems.push(src.error(
            "empty-section",
            dim_span,
            format!("dimension `{id}` has no [[dimension.question]]: add at least one"),
        ));
    }
    let start = questions.len();
    for q in dim.question {
        let q = build_question(d, q.into_inner(), questions.len(), seen, src, problems);
        questions.push(q);
    }
    (
        Dimension {
            id,
            name: dim.name.into_inner(),
            summary: dim.summary,
            weight,
            prompts: dim.prompts,
            questions: start..questions.len(),
            in_overall: dim.in_overall.unwrap_or(true),
            bands: Vec::new(),
        },
        dim.id.span(),
        dim.band,
    )
}

/// A question of dimension `d`, at `position` in the flattened list; with
/// the span of its id.
fn build_question(
    d: usize,
    q: RawQuestion,
    position: usize,
    seen: &mut SeenIds,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> (Range<usize>, Question) {
    check_id(&q.id, "question", src, problems);
    check_text(&q.text, "question text", src, problems);
    if let Some(t) = &q.text_them {
        check_text(t, "question text_them", src, problems);
    }
    let qid = q.id.get_ref().clone();
    if let Some((_, first)) = seen.questions.get(&qid) {
        problems.push(src.error_labelled(
            "duplicate-id",
            q.id.span(),
            format!("question id `{qid}` is used twice"),
            &[(first.clone(), "first defined here")],
        ));
    } else {
        seen.questions.insert(qid.clone(), (position, q.id.span()));
    }
    (
        q.id.span(),
        Question {
            id: qid,
            text: q.text.into_inner(),
            help: q.help,
            text_them: q.text_them.map(Spanned::into_inner),
            help_them: q.help_them,
            reverse: q.reverse,
            weight: check_weight(&q.weight, src, problems),
            dimension: d,
        },
    )
}
