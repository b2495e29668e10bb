//! partnercheck: tell a supplier relationship apart from a true business
//! partnership.
//!
//! The core is pure: [`score::score`] turns answers into figures and
//! [`rubric::Rubric::classify`] turns figures into a verdict. Loading
//! ([`questionnaire`], [`answers`]) checks untrusted files into a model the
//! core can trust; [`export`] renders results; [`run`] wires commands to them.

pub mod agenda;
pub mod answers;
pub mod assessment;
pub mod cli;
pub mod diag;
pub mod error;
pub mod export;
pub mod files;
pub mod interview;
pub mod portfolio;
pub mod questionnaire;
pub mod report;
pub mod rubric;
pub mod run;
pub mod sanitize;
pub mod schema;
pub mod score;
