//! The integration tests, in one binary (one link instead of one per file).
//!
//! Each module drives the real `partnercheck` binary (or, in `properties`,
//! the library) for one part of the CLI. `common` is the shared harness and
//! `jsonschema` a small validator for the shipped JSON Schemas.

// A test may say on stderr why it could not use a tool (outside CI).
#![allow(clippy::print_stderr)]

mod common;
mod jsonschema;

mod actions;
mod anonymity;
mod architecture;
mod audience;
mod big_inputs;
mod cli;
mod compare;
mod diagnostics;
mod e2e;
mod ecosystem;
mod figures;
mod form;
mod fuzz_corpus;
mod hardening;
#[cfg(unix)]
mod hardening_pty;
mod import;
mod import_exports;
mod import_fuzz;
mod import_hostile;
mod instruments;
mod interview;
mod interview_expected;
mod interview_lang;
mod items;
#[cfg(unix)]
mod kill;
mod loading;
mod phone;
mod polish;
mod project;
mod properties;
mod regressions;
mod report;
mod report_lang;
mod rounds;
mod serve;
mod serve_browser;
mod serve_common;
mod serve_hostile;
#[cfg(unix)]
mod serve_kill;
mod serve_lang;
mod serve_proxy;
mod setup;
mod sides;
mod writes;
