//! The files partnercheck reads, as validated types: the questionnaire (its
//! scale, dimensions, questions and rubric) and answers files. Loading
//! checks untrusted text into values the engine can trust; nothing here
//! scores, formats or prints.

pub mod actions;
pub mod answers;
mod ids;
pub mod map;
pub mod metrics;
pub mod project;
pub mod questionnaire;
mod questionnaire_toml;
pub mod rubric;
mod rubric_toml;
pub mod settings;
pub mod translation;
pub mod translation_toml;
pub mod when;
