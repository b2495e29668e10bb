//! The commands, one file each: each turns its parsed arguments into output
//! and an [`Exit`]. Errors go up to [`crate::error`], which prints them once.

mod actions;
mod agenda;
mod compare;
mod completions;
mod form;
mod import;
mod init;
pub mod interview;
mod items;
mod man;
mod notices;
mod questions;
mod report;
mod round;
pub mod schema;
mod score;
mod serve;
mod template;
mod validate;

pub use crate::io::clock::today;

use crate::cli::{Cli, ColorChoice, Command};
use crate::error::{Exit, Result};

mod context;
pub use context::{Context, shown_path};
use context::{answer_files, in_lang, load_portfolio, require_met, require_rank, unknown_partner};
use notices::worded;

/// Runs the command the command line names.
pub fn run(cli: Cli) -> Result<Exit> {
    match cli.color {
        ColorChoice::Always => console::set_colors_enabled(true),
        ColorChoice::Never => console::set_colors_enabled(false),
        ColorChoice::Auto => {}
    }
    let ctx = match Context::resolve(&cli) {
        Ok(ctx) => ctx,
        // A bad project file is a diagnostic like any other for
        // `validate --format json|github`: on stdout, in that format.
        Err(e) => match &cli.command {
            Command::Validate(args) => return validate::unresolved(args, e),
            _ => return Err(e),
        },
    };
    match cli.command {
        Command::Init(args) => init::run(args, &ctx),
        Command::Round(args) => round::run(args, &ctx),
        Command::Score(args) => score::run(args, &ctx),
        Command::Validate(args) => validate::run(args, &ctx),
        Command::Questions(args) => questions::run(args, &ctx),
        Command::Template(args) => template::run(args, &ctx),
        Command::Form(args) => form::run(args, &ctx),
        Command::Interview(args) => interview::run(args, &ctx),
        Command::Compare(args) => compare::run(args, &ctx),
        Command::Import(args) => import::run(args, &ctx),
        Command::Report(args) => report::run(args, &ctx),
        Command::Agenda(args) => agenda::run(args, &ctx),
        Command::Actions(args) => actions::run(args, &ctx),
        Command::Items(args) => items::run(args, &ctx),
        Command::Schema(args) => schema::run(args),
        Command::Completions { shell } => completions::run(shell),
        Command::Serve(args) => serve::run(args, &ctx),
        Command::Man => man::run(),
    }
}
