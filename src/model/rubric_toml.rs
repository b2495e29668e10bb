//! The `[rubric]` table, loaded from a questionnaire file or a rubric file
//! and validated: bands (the rubric's and a dimension's own), tiers and
//! their conditions.

use std::collections::HashSet;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, Source};
use crate::model::ids::check_id;
use crate::model::questionnaire::{Dimension, Scale};
use crate::model::rubric::{Band, Condition, Names, Rubric, Tier};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRubricFile {
    pub(crate) rubric: Spanned<RawRubric>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRubric {
    min_coverage: Option<Spanned<f64>>,
    precision: Option<Spanned<i64>>,
    #[serde(default)]
    band: Vec<Spanned<RawBand>>,
    #[serde(default)]
    tier: Vec<Spanned<RawTier>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBand {
    id: Spanned<String>,
    label: String,
    min: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    id: Spanned<String>,
    label: String,
    summary: Option<String>,
    advice: Option<String>,
    shared_label: Option<String>,
    shared_advice: Option<String>,
    when: Spanned<Vec<Spanned<String>>>,
}

/// The most decimals `precision` may ask for.
pub const MAX_PRECISION: i64 = 6;

pub(crate) fn build_rubric(
    raw: Spanned<RawRubric>,
    dimensions: &[Dimension],
    scale: &Scale,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> Rubric {
    let rubric_span = raw.span();
    let raw = raw.into_inner();
    let min_coverage = build_min_coverage(raw.min_coverage, src, problems);
    let precision = raw.precision.and_then(|p| {
        let v = *p.get_ref();
        if (0..=MAX_PRECISION).contains(&v) {
            Some(v as u32)
        } else {
            problems.push(src.error(
                "bad-number",
                p.span(),
                format!("precision {v} must be a whole number from 0 to {MAX_PRECISION}"),
            ));
            None
        }
    });
    let bands = build_bands(raw.band, &rubric_span, scale, src, problems);
    let mut band_ids: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for b in bands.iter().chain(dimensions.iter().flat_map(|d| &d.bands)) {
        if seen.insert(&b.id) {
            band_ids.push(b.id.clone());
        }
    }
    let tiers = build_tiers(raw.tier, &rubric_span, dimensions, &band_ids, src, problems);
    Rubric {
        min_coverage,
        precision,
        bands,
        tiers,
        band_ids,
    }
}

/// `min_coverage`, 0 when not given; it must lie between 0 and 1.
fn build_min_coverage(
    raw: Option<Spanned<f64>>,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> f64 {
    match raw {
        None => 0.0,
        Some(m) => {
            let v = *m.get_ref();
            if !(0.0..=1.0).contains(&v) {
                problems.push(src.error(
                    "bad-number",
                    m.span(),
                    format!("min_coverage {v} must be between 0 and 1"),
                ));
            }
            v
        }
    }
}

/// The bands, from the highest min down; the last must reach the scale's
/// min so that every score has a band.
pub(crate) fn build_bands(
    raw: Vec<Spanned<RawBand>>,
    rubric_span: &Range<usize>,
    scale: &Scale,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> Vec<Band> {
    if raw.is_empty() {
        problems.push(src.error(
            "empty-section",
            rubric_span.clone(),
            "the rubric has no [[rubric.band]]: add at least one",
        ));
    }
    let mut bands: Vec<Band> = Vec::new();
    // A set: a rubric of many bands is checked in linear time.
    let mut seen: HashSet<String> = HashSet::new();
    let mut last_min = rubric_span.clone();
    for b in raw {
        let b = b.into_inner();
        last_min = b.min.span();
        check_id(&b.id, "band", src, problems);
        let min = *b.min.get_ref();
        if !seen.insert(b.id.get_ref().clone()) {
            problems.push(src.error(
                "duplicate-id",
                b.id.span(),
                format!("band id `{}` is used twice", b.id.get_ref()),
            ));
        }
        if !min.is_finite() {
            problems.push(src.error(
                "bad-number",
                b.min.span(),
                format!("band min {min} is not a number"),
            ));
        } else if let Some(prev) = bands.last().filter(|p| p.min <= min) {
            problems.push(src.error(
                "band-order",
                b.min.span(),
                format!(
                    "band `{}` (min {min}) must have a lower min than band `{}` above it (min {}): \
                     order bands from the highest min down",
                    b.id.get_ref(),
                    prev.id,
                    prev.min
                ),
            ));
        }
        bands.push(Band {
            id: b.id.into_inner(),
            label: b.label,
            min,
        });
    }
    if let Some(last) = bands.last().filter(|b| b.min > scale.min as f64) {
        problems.push(src.error(
            "band-order",
            last_min,
            format!(
                "the last band `{}` has min {}, above the scale's min {}: \
             every score needs a band, so lower it to {} or less",
                last.id, last.min, scale.min, scale.min
            ),
        ));
    }
    bands
}

/// The tiers, in order of precedence; conditions name dimensions, and the
/// last tier, the fallback, has none.
fn build_tiers(
    raw: Vec<Spanned<RawTier>>,
    rubric_span: &Range<usize>,
    dimensions: &[Dimension],
    band_ids: &[String],
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> Vec<Tier> {
    let dimension_index: std::collections::HashMap<&str, usize> = dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let dimension = |id: &str| dimension_index.get(id).copied();
    let band_index: std::collections::HashMap<&str, usize> = band_ids
        .iter()
        .enumerate()
        .map(|(i, b)| (b.as_str(), i))
        .rev()
        .collect();
    let band = |id: &str| band_index.get(id).copied();
    let names = Names {
        dimension: &dimension,
        band: &band,
    };
    if raw.is_empty() {
        problems.push(src.error(
            "empty-section",
            rubric_span.clone(),
            "the rubric has no [[rubric.tier]]: add at least one",
        ));
    }
    let tier_count = raw.len();
    let mut tiers: Vec<Tier> = Vec::new();
    // A set: a rubric of many tiers is checked in linear time.
    let mut seen: HashSet<String> = HashSet::new();
    for (i, t) in raw.into_iter().enumerate() {
        let t = t.into_inner();
        check_id(&t.id, "tier", src, problems);
        if !seen.insert(t.id.get_ref().clone()) {
            problems.push(src.error(
                "duplicate-id",
                t.id.span(),
                format!("tier id `{}` is used twice", t.id.get_ref()),
            ));
        }
        let mut when = Vec::new();
        for c in t.when.get_ref() {
            match Condition::parse(c.get_ref(), &names) {
                Ok(cond) => when.push(cond),
                Err(message) => problems.push(src.error("bad-condition", c.span(), message)),
            }
        }
        if i + 1 == tier_count && !t.when.get_ref().is_empty() {
            problems.push(src.error(
                "fallback-tier",
                t.when.span(),
                format!(
                    "the last tier `{}` must have an empty `when`: it is the fallback \
                     when no other tier matches",
                    t.id.get_ref()
                ),
            ));
        }
        tiers.push(Tier {
            id: t.id.into_inner(),
            label: t.label,
            summary: t.summary,
            advice: t.advice,
            shared_label: t.shared_label,
            shared_advice: t.shared_advice,
            when,
        });
    }
    tiers
}
