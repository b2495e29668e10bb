//! `--format table`: a comfy-table per file with a bar per dimension score.
//! Colour only when asked for (a terminal, without `NO_COLOR`); every string
//! from a file goes through [`crate::sanitize::terminal`].
//!
//! A file per document: `score`, `questions`, `compare` (a row per
//! partner), `detail` (one partner, `compare --partner`), `actions`,
//! `items`; `style` the house style and colours, `text` the wrapping and
//! the names cut to a cell.

mod actions;
mod compare;
mod detail;
mod items;
mod questions;
mod score;
mod style;
mod text;

pub use actions::actions;
pub use compare::compare;
pub use detail::compare_detail;
pub use items::items;
pub use questions::questions;
pub use score::score;
pub use style::{new_table, rank_color};
pub use text::NAME_MAX;
