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
