//! A portfolio of answers files aggregated per partner and round: what
//! `compare`, `report` and `agenda` show.
//!
//! The core is pure: an [`Aggregator`] takes checked [`AnswerSheet`](crate::model::answers::AnswerSheet)s one by
//! one and keeps, per partner and round, running sums (never the files), so
//! memory grows with partners × rounds, not with files. Aggregators of
//! separate chunks of files [`merge`](Aggregator::merge), which lets the
//! loader parse in parallel. [`Aggregator::finish`] turns the sums into the
//! [`Portfolio`] that every output format renders, and that `report` and
//! `agenda` build on.

mod agg;
mod aggregate;
mod figures;
#[cfg(test)]
pub(crate) mod fixtures;
mod lookup;
mod rounds;
mod sort;
mod sums;
mod view;

pub use aggregate::{Aggregator, Detail};
pub use figures::{
    Analysis, Answered, Fewest, Flag, PerSide, Suppressed, Threshold, ThresholdSource, answered,
    declined,
};
pub use figures::{RoundFigures, figures as round_figures};
pub use lookup::edit_distance;
pub use sort::{SortKey, max_abs_gap, sort};
pub use sums::RoundSums;
pub use view::{
    DimensionView, FileView, NoteView, PartnerDetail, PartnerView, Portfolio, QuestionView,
    RoundDetail, RoundPoint, RoundView, partner_key,
};

#[cfg(test)]
mod tests;
