//! Pure functions over the model: scoring one file, classifying it with the
//! rubric, aggregating a portfolio, ranking an agenda. No I/O, no words for
//! people (reasons are data), no terminal.

pub mod actions;
pub mod agenda;
pub mod assess;
pub mod classify;
pub mod items;
#[cfg(test)]
mod language_tests;
pub mod portfolio;
pub mod reach;
pub mod score;
pub mod stats;
