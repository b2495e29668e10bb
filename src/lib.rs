//! partnercheck: tell a supplier relationship apart from a true business
//! partnership.
//!
//! The crate is built in layers; each may use the ones above it in this
//! list, never the ones below (`ARCHITECTURE.md` has the whole rule):
//!
//! - [`diag`] and [`sanitize`]: text utilities every layer uses (diagnostics
//!   as data, escaping of untrusted strings).
//! - [`model`]: the files as validated types (questionnaire, answers, rubric).
//! - [`engine`]: pure functions over the model: scoring, classification,
//!   portfolio aggregation, the agenda's ranking.
//! - [`present`]: one module per output format, and the words people read.
//! - [`io`]: reading inputs, walking folders, loading answers, atomic writes.
//! - [`commands`]: one file per subcommand, wired to [`cli`]; errors end in
//!   [`error`]. [`serve`], the live session's HTTP adapter, sits beside them.

pub mod cli;
pub mod commands;
pub mod diag;
pub mod engine;
pub mod error;
pub mod fuzzing;
pub mod io;
pub mod model;
pub mod present;
pub mod sanitize;
pub mod serve;
