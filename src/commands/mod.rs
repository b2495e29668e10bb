//! The commands, one file each: each turns its parsed arguments into output
//! and an [`Exit`]. Errors go up to [`crate::error`], which prints them once.

mod actions;
mod agenda;
mod compare;
mod completions;
mod form;
mod import;
pub mod interview;
mod items;
mod man;
mod questions;
mod report;
pub mod schema;
mod score;
mod serve;
mod template;
mod validate;

pub use interview::today;

use std::path::PathBuf;

use crate::cli::{Cli, ColorChoice, Command};
use crate::engine::assess::TierRef;
use crate::engine::portfolio::Portfolio;
use crate::error::{Error, Exit, Result};
use crate::model::project::Project;
use crate::model::questionnaire::Questionnaire;
use crate::sanitize::terminal;

/// Runs the command the command line names.
pub fn run(cli: Cli) -> Result<Exit> {
    match cli.color {
        ColorChoice::Always => console::set_colors_enabled(true),
        ColorChoice::Never => console::set_colors_enabled(false),
        ColorChoice::Auto => {}
    }
    let ctx = Context {
        project: crate::io::project::load(&cli.project())?,
    };
    match cli.command {
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

/// What every command may draw on besides its own flags: the project file.
/// A flag beats the project file, which beats the built-in default.
#[derive(Debug, Default)]
pub struct Context {
    pub project: Option<Project>,
}

impl Context {
    /// The PATHs to read: those given, else the project's answers folder.
    /// `name` is the argument's name in the error (`FILE`, `PATH`).
    pub fn paths(&self, given: &[PathBuf], name: &str) -> Result<Vec<PathBuf>> {
        if !given.is_empty() {
            return Ok(given.to_vec());
        }
        match self.project.as_ref().and_then(|p| p.answers.clone()) {
            Some(folder) => Ok(vec![folder]),
            None => Err(Error::usage(format!(
                "name the answers to read: one {name} or more (files or folders), \
                 or `answers = \"FOLDER\"` in a partnercheck.toml"
            ))),
        }
    }

    /// `--questionnaire`, else the project's instrument.
    pub fn questionnaire<'a>(&'a self, flag: Option<&'a str>) -> Option<&'a str> {
        flag.or_else(|| self.project.as_ref()?.questionnaire.as_deref())
    }

    /// `--round`, else the project's round.
    pub fn round(
        &self,
        flag: Option<crate::model::answers::Date>,
    ) -> Option<crate::model::answers::Date> {
        flag.or_else(|| self.project.as_ref()?.round)
    }

    /// Where a command writes the files it names itself, when the project
    /// file says: its answers folder.
    pub fn answers_folder(&self) -> Option<&std::path::Path> {
        self.project.as_ref()?.answers.as_deref()
    }

    /// The anonymity threshold: `--min-respondents`, else the project's,
    /// else 1.
    pub fn min_respondents(&self, flag: Option<u64>) -> usize {
        flag.map(|n| usize::try_from(n).unwrap_or(usize::MAX))
            .or_else(|| self.project.as_ref()?.min_respondents)
            .unwrap_or(1)
    }

    /// Our organisation's name, when the project file gives one.
    pub fn organization(&self) -> Option<&str> {
        self.project.as_ref()?.organization.as_deref()
    }
}

/// Whether terminal output gets colour: stdout is a terminal and `NO_COLOR`
/// is unset, unless `--color` said otherwise.
fn color() -> bool {
    console::colors_enabled()
}

/// The terminal's width when standard output is one; `None` (natural
/// width) when piped.
pub(crate) fn terminal_width() -> Option<usize> {
    let term = console::Term::stdout();
    if !term.is_term() {
        return None;
    }
    // A terminal that does not know its size (0×0) is not wrapped for.
    let (_, cols) = term.size_checked()?;
    Some(cols as usize)
}

/// `--require TIER`: the tier's rank in the questionnaire, checked before
/// any output.
fn require_rank(require: Option<&str>, q: &Questionnaire) -> Result<Option<usize>> {
    let Some(id) = require else { return Ok(None) };
    match q.rubric.tier_index(id) {
        Some(rank) => Ok(Some(rank)),
        None => Err(Error::usage(format!(
            "--require `{}` is not a tier of `{}`; its tiers are: {}",
            terminal(id),
            q.id,
            q.rubric
                .tiers
                .iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// `--partner NAME` that names no partner: an error with the nearest names.
fn unknown_partner(portfolio: &Portfolio, name: &str) -> Error {
    Error::input(crate::present::words::unknown_partner(portfolio, name))
}

/// `--require`: exit 1 when a result is below the required tier (or has
/// none), naming each on stderr, up to 20, then counting the rest.
/// `results` are (who, tier, required rank) for the results with a
/// requirement.
fn require_met<'a>(
    results: impl IntoIterator<Item = (String, Option<&'a TierRef>, usize)>,
) -> Exit {
    const SHOWN: usize = 20;
    let mut below = 0;
    for (who, tier, required) in results {
        if tier.is_some_and(|t| t.rank <= required) {
            continue;
        }
        below += 1;
        if below <= SHOWN {
            crate::error::stderr_line(format_args!(
                "partnercheck: --require not met: {} is {}",
                terminal(&who),
                tier.map_or("without a tier".to_owned(), |t| format!("`{}`", t.id))
            ));
        }
    }
    if below > SHOWN {
        crate::error::stderr_line(format_args!(
            "partnercheck: --require not met by {} more",
            below - SHOWN
        ));
    }
    if below == 0 {
        Exit::Done
    } else {
        Exit::RequireNotMet
    }
}
