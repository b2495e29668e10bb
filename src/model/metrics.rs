//! The figures a rubric looks at, and the names of those figures.
//!
//! Scoring ([`crate::engine::score`]) fills [`Metrics`]; the rubric's
//! conditions ([`crate::model::rubric`]) read them by [`Metric`]. Keeping both
//! here lets the two sides meet without importing each other.

/// A figure a condition can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Metric {
    Overall,
    Lowest,
    Highest,
    Coverage,
    /// Index into the questionnaire's dimensions.
    Dimension(usize),
    /// `count(BAND)`: how many dimensions in overall have a score in the
    /// band; index into [`crate::model::rubric::Rubric::band_ids`].
    Count(usize),
    /// `gap(DIM)`: them - us for a dimension (index into the dimensions).
    Gap(usize),
    /// `max_gap`: the largest |them - us| over every dimension with a gap.
    MaxGap,
}

impl Metric {
    /// The name a condition uses for this metric.
    pub fn name(&self, dimension_ids: &[&str], band_ids: &[String]) -> String {
        match *self {
            Metric::Overall => "overall".to_owned(),
            Metric::Lowest => "lowest".to_owned(),
            Metric::Highest => "highest".to_owned(),
            Metric::Coverage => "coverage".to_owned(),
            Metric::Dimension(i) => dimension_ids[i].to_owned(),
            Metric::Count(b) => format!("count({})", band_ids[b]),
            Metric::Gap(i) => format!("gap({})", dimension_ids[i]),
            Metric::MaxGap => "max_gap".to_owned(),
        }
    }

    /// A gap metric: it has a value only where both sides answered.
    pub fn needs_both_sides(&self) -> bool {
        matches!(self, Metric::Gap(_) | Metric::MaxGap)
    }
}

/// The figures of one assessment: one file, or one round of a portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    /// Per dimension, in questionnaire order; `None` without a score.
    pub dimensions: Vec<Option<f64>>,
    pub overall: Option<f64>,
    pub lowest: Option<f64>,
    pub highest: Option<f64>,
    /// Counted answers / questions, 0..=1.
    pub coverage: f64,
    /// Per band id of the rubric's `band_ids`: how many dimensions in overall
    /// have a score in that band.
    pub counts: Vec<usize>,
    /// Per dimension: them - us. Empty (no value) when scoring one file.
    pub gaps: Vec<Option<f64>>,
    /// The dimension `lowest` comes from (the first, in questionnaire order).
    pub lowest_at: Option<usize>,
    /// The dimension `highest` comes from.
    pub highest_at: Option<usize>,
}

impl Metrics {
    /// The value of a metric; `None` when it has none.
    pub fn get(&self, metric: Metric) -> Option<f64> {
        match metric {
            Metric::Overall => self.overall,
            Metric::Lowest => self.lowest,
            Metric::Highest => self.highest,
            Metric::Coverage => Some(self.coverage),
            Metric::Dimension(i) => self.dimensions.get(i).copied().flatten(),
            Metric::Count(b) => Some(self.counts.get(b).copied().unwrap_or(0) as f64),
            Metric::Gap(i) => self.gaps.get(i).copied().flatten(),
            Metric::MaxGap => self
                .gaps
                .iter()
                .flatten()
                .map(|g| g.abs())
                .fold(None, |m: Option<f64>, g| Some(m.map_or(g, |m| m.max(g)))),
        }
    }

    /// The first dimension with the lowest score, when `lowest` has a value.
    pub fn lowest_dimension(&self) -> Option<usize> {
        self.lowest_at
    }

    /// The first dimension with the highest score, when `highest` has a value.
    pub fn highest_dimension(&self) -> Option<usize> {
        self.highest_at
    }

    /// The dimension a `lowest` or `highest` figure comes from.
    pub fn dimension_behind(&self, metric: Metric) -> Option<usize> {
        match metric {
            Metric::Lowest => self.lowest_dimension(),
            Metric::Highest => self.highest_dimension(),
            _ => None,
        }
    }
}
