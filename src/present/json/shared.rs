//! What every JSON output shares: the writer and a tier's shape.

use serde::Serialize;

use crate::engine::assess::TierRef;

/// Pretty JSON with a final newline.
pub fn to_string<T: serde::Serialize>(value: &T) -> String {
    let out = serde_json::to_string_pretty(value).expect("output types serialize");
    let mut out = match crate::sanitize::json(&out) {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(escaped) => escaped,
    };
    out.push('\n');
    out
}

/// A tier as JSON shows it.
#[derive(Serialize)]
pub(crate) struct Tier<'a> {
    id: &'a str,
    label: &'a str,
}

pub(crate) fn tier(t: Option<&TierRef>) -> Option<Tier<'_>> {
    t.map(|t| Tier {
        id: &t.id,
        label: &t.label,
    })
}

/// A statement's means of the answers as given on the scale (reverse-keyed
/// statements flipped back); `gap` is them − us; null where the score is.
#[derive(Serialize, Default)]
pub(crate) struct AsAnswered {
    pub(crate) mean: Option<f64>,
    pub(crate) us: Option<f64>,
    pub(crate) them: Option<f64>,
    pub(crate) gap: Option<f64>,
}
