//! The figures a rubric looks at, and the names of those figures.
//!
//! Scoring ([`crate::engine::score`]) fills [`Metrics`]; the rubric's
//! conditions ([`crate::model::rubric`]) read them by [`Metric`]. Keeping both
//! here lets the two sides meet without importing each other.

/// A figure a condition can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    Overall,
    Lowest,
    Highest,
    Coverage,
    /// Index into the questionnaire's dimensions.
    Dimension(usize),
}

impl Metric {
    /// The name a condition uses for this metric.
    pub fn name<'a>(&self, dimension_ids: &[&'a str]) -> &'a str {
        match *self {
            Metric::Overall => "overall",
            Metric::Lowest => "lowest",
            Metric::Highest => "highest",
            Metric::Coverage => "coverage",
            Metric::Dimension(i) => dimension_ids[i],
        }
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
        }
    }

    /// The first dimension with the lowest score, when `lowest` has a value.
    pub fn lowest_dimension(&self) -> Option<usize> {
        let lowest = self.lowest?;
        self.dimensions.iter().position(|s| *s == Some(lowest))
    }

    /// The first dimension with the highest score, when `highest` has a value.
    pub fn highest_dimension(&self) -> Option<usize> {
        let highest = self.highest?;
        self.dimensions.iter().position(|s| *s == Some(highest))
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
