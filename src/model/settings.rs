//! The instrument's settings for two-sided analysis: when a figure is worth
//! pointing out (`[flags]`), how a round's files are combined
//! (`[aggregate]`), and what the interview also asks (`[interview]`).

/// Thresholds that flag a figure. Defaults scale with the answer scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Flags {
    /// `|them - us|` at or above this is flagged `gap` (and a blind spot
    /// of this size `blind-spot-…`).
    pub gap: f64,
    /// A spread of file scores at or above this is flagged `spread`.
    pub spread: f64,
    /// A fall of overall at or above this is flagged `decline`.
    pub decline: f64,
    /// rwg(J) below this is flagged `low-agreement-…`.
    pub agreement: f64,
}

impl Flags {
    /// The defaults for a scale from `min` to `max`: a quarter of the
    /// range for a gap, three eighths for a spread, an eighth for a
    /// decline, and 0.7 for agreement (1.0, 1.5, 0.5 on a 1–5 scale).
    pub fn for_scale(min: i64, max: i64) -> Self {
        let range = (max as f64) - (min as f64);
        Flags {
            gap: range / 4.0,
            spread: 3.0 * range / 8.0,
            decline: range / 8.0,
            agreement: 0.7,
        }
    }
}

/// How the two sides of a round are combined.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sides {
    /// Each side counts half, whatever the number of its respondents.
    #[default]
    Equal,
    /// Every file counts once.
    Pooled,
}

/// How a side's files are combined into its score for a dimension.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Respondents {
    /// The mean of each file's dimension score.
    #[default]
    Files,
    /// The mean of each statement over the files, then the dimension's
    /// weighted mean of those.
    Statements,
}

/// `[aggregate]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Aggregate {
    pub sides: Sides,
    pub respondents: Respondents,
}

impl Sides {
    pub fn id(self) -> &'static str {
        match self {
            Sides::Equal => "equal",
            Sides::Pooled => "pooled",
        }
    }
}

impl Respondents {
    pub fn id(self) -> &'static str {
        match self {
            Respondents::Files => "files",
            Respondents::Statements => "statements",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_flags_scale_with_the_scale() {
        let f = Flags::for_scale(1, 5);
        assert_eq!(
            (f.gap, f.spread, f.decline, f.agreement),
            (1.0, 1.5, 0.5, 0.7)
        );
        let f = Flags::for_scale(0, 10);
        assert_eq!((f.gap, f.spread, f.decline), (2.5, 3.75, 1.25));
    }
}

/// `[interview]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Interview {
    /// Also ask, once per dimension, how the respondent expects the other
    /// side to rate it.
    pub expected: bool,
}

/// The three settings tables as written.
pub mod raw {
    use serde::Deserialize;
    use toml::Spanned;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Flags {
        pub gap: Option<Spanned<f64>>,
        pub spread: Option<Spanned<f64>>,
        pub decline: Option<Spanned<f64>>,
        pub agreement: Option<Spanned<f64>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Aggregate {
        pub sides: Option<Spanned<String>>,
        pub respondents: Option<Spanned<String>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Interview {
        pub expected: Option<bool>,
    }
}

use crate::diag::{Diagnostics, Source};

/// `[flags]` checked: every threshold a finite number, 0 or more; the
/// defaults scale with the scale.
pub fn build_flags(
    raw: Option<raw::Flags>,
    scale: (i64, i64),
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> Flags {
    let mut flags = Flags::for_scale(scale.0, scale.1);
    let Some(raw) = raw else { return flags };
    for (value, slot, key) in [
        (raw.gap, &mut flags.gap, "gap"),
        (raw.spread, &mut flags.spread, "spread"),
        (raw.decline, &mut flags.decline, "decline"),
        (raw.agreement, &mut flags.agreement, "agreement"),
    ] {
        if let Some(v) = value {
            let x = *v.get_ref();
            if x.is_finite() && x >= 0.0 {
                *slot = x;
            } else {
                problems.push(src.error(
                    "bad-number",
                    v.span(),
                    format!("flags `{key}` is {x}: it must be a number, 0 or more"),
                ));
            }
        }
    }
    flags
}

/// `[aggregate]` checked.
pub fn build_aggregate(
    raw: Option<raw::Aggregate>,
    src: Source<'_>,
    problems: &mut Diagnostics,
) -> Aggregate {
    let mut out = Aggregate::default();
    let Some(raw) = raw else { return out };
    if let Some(s) = raw.sides {
        match s.get_ref().as_str() {
            "equal" => out.sides = Sides::Equal,
            "pooled" => out.sides = Sides::Pooled,
            other => problems.push(src.error(
                "bad-choice",
                s.span(),
                format!("aggregate `sides` is \"{other}\": use \"equal\" or \"pooled\""),
            )),
        }
    }
    if let Some(r) = raw.respondents {
        match r.get_ref().as_str() {
            "files" => out.respondents = Respondents::Files,
            "statements" => out.respondents = Respondents::Statements,
            other => problems.push(src.error(
                "bad-choice",
                r.span(),
                format!("aggregate `respondents` is \"{other}\": use \"files\" or \"statements\""),
            )),
        }
    }
    out
}
