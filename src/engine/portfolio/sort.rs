//! `--sort KEY`: the order of partners in a portfolio.

use std::cmp::Ordering;

use super::view::PartnerView;
use crate::model::questionnaire::Questionnaire;

/// `--sort KEY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// By name, A to Z.
    Name,
    /// Highest overall first.
    Overall,
    /// Biggest improvement first.
    Change,
    /// Largest |gap| on any dimension first.
    Gap,
    /// Highest score on this dimension (index) first.
    Dimension(usize),
}

impl SortKey {
    /// Parses a sort key: `name`, `overall`, `change`, `gap` or a
    /// dimension id of `q`.
    pub fn parse(key: &str, q: &Questionnaire) -> Option<Self> {
        Some(match key {
            "name" => SortKey::Name,
            "overall" => SortKey::Overall,
            "change" => SortKey::Change,
            "gap" => SortKey::Gap,
            other => SortKey::Dimension(q.dimension_index(other)?),
        })
    }

    /// The figure a partner is sorted by (higher first); `None` sorts last.
    fn value(self, p: &PartnerView) -> Option<f64> {
        match self {
            SortKey::Name => None,
            SortKey::Overall => p.latest.overall,
            SortKey::Change => p.change,
            SortKey::Gap => max_abs_gap(p),
            SortKey::Dimension(i) => p.latest.dimensions.get(i).and_then(|d| d.score),
        }
    }
}

/// The largest |gap| over the partner's dimensions.
pub fn max_abs_gap(p: &PartnerView) -> Option<f64> {
    p.latest
        .dimensions
        .iter()
        .filter_map(|d| d.gap.map(f64::abs))
        .fold(None, |m, g| Some(m.map_or(g, |m: f64| m.max(g))))
}

/// Sorts partners: by name A to Z, or by a figure highest first with the
/// partners without that figure last; ties by name.
pub fn sort(partners: &mut [PartnerView], key: SortKey) {
    partners.sort_by(|a, b| {
        let by_value = match (key.value(a), key.value(b)) {
            (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_value
            .then_with(|| a.key.cmp(&b.key))
            .then_with(|| a.partner.cmp(&b.partner))
    });
}
