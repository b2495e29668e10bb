//! The command line, defined with clap's derive API. Argument groups that
//! several commands share (the instrument, the output file, folder walks)
//! are written once and flattened into each.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::answers::Date;

mod args;
mod groups;

pub use args::*;
pub use groups::*;

const EXAMPLES: &str = "\
Examples:
  partnercheck score samples/acme-logistics.toml
  partnercheck score answers/*.toml --require developing-partnership
  partnercheck interview --partner \"Acme Logistics\" --output answers/acme.toml
  partnercheck compare answers/
  partnercheck questions --format markdown > form.md
  partnercheck template --partner \"Acme Logistics\" --output acme.toml
  partnercheck form --partner \"Acme Logistics\" --side them";

/// Tell a supplier relationship apart from a true business partnership.
///
/// partnercheck asks about the four conditions of a true partnership —
/// cultural alignment, mutual gains, reciprocity and learning — scores the
/// answers, and classifies each relationship with a rubric.
#[derive(Debug, Parser)]
#[command(name = "partnercheck", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// When to use colour: auto (a terminal without NO_COLOR), always, never
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,

    /// Use this project file instead of the nearest partnercheck.toml
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Ignore any partnercheck.toml
    #[arg(long, global = true, conflicts_with = "config")]
    pub no_config: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up a project here: a partnercheck.toml and an answers folder
    #[command(after_help = "\
Examples:
  partnercheck init
  partnercheck init --organization \"Acme Corp\" --yes
  partnercheck init --organization \"Acme Corp\" --questionnaire partnership-pulse --min-respondents 3")]
    Init(InitArgs),

    /// Show the project's round and the rounds in its answers, or start a new round
    #[command(after_help = "\
Examples:
  partnercheck round              # the current round, and the files of every round
  partnercheck round today        # a new round starts today
  partnercheck round 2027-03-01")]
    Round(RoundArgs),

    /// Walk through the questions in the terminal and save an answers file
    #[command(after_help = "\
Examples:
  partnercheck interview
  partnercheck interview --partner Acme --side them --output acme-them.toml
  partnercheck interview --resume acme.toml
  partnercheck interview --plain --partner Acme --side us < replies.txt")]
    Interview(InterviewArgs),

    /// Score answers files and classify each relationship
    #[command(after_help = "\
Examples:
  partnercheck score samples/acme-logistics.toml
  partnercheck score answers/*.toml --format json
  partnercheck score answers/*.toml --require developing-partnership   # exit 1 below it
  cat acme.toml | partnercheck score -")]
    Score(ScoreArgs),

    /// One table across a portfolio of partners: respondents, sides, rounds
    #[command(after_help = "\
Examples:
  partnercheck compare answers/
  partnercheck compare answers/ --sort overall --format markdown
  partnercheck compare answers/ --partner \"Acme Logistics\"")]
    Compare(CompareArgs),

    /// Item analysis: is the instrument measuring well? Alpha per dimension, item-rest per question
    #[command(after_help = "\
Examples:
  partnercheck items answers/
  partnercheck items answers/ --questionnaire my-instrument.toml
  partnercheck items answers/ --format csv > items.csv")]
    Items(ItemsArgs),

    /// Check questionnaire, rubric and answers files (the default instrument without FILE)
    #[command(after_help = "\
Examples:
  partnercheck validate
  partnercheck validate my-instrument.toml
  partnercheck validate --rubric strict-rubric.toml
  partnercheck validate answers/acme.toml")]
    Validate(ValidateArgs),

    /// Print the questionnaire, for review or as a paper form
    #[command(after_help = "\
Examples:
  partnercheck questions
  partnercheck questions --questionnaire partnership-pulse
  partnercheck questions --side them   # the wording for the partner's staff
  partnercheck questions --format markdown > form.md")]
    Questions(QuestionsArgs),

    /// Write an answers file with every question listed, to fill in by hand
    #[command(after_help = "\
Examples:
  partnercheck template --partner \"Acme Logistics\" --output acme.toml
  partnercheck template --partner \"Acme Logistics\" --side them --output answers/
  partnercheck template --questionnaire partnership-pulse > pulse.toml")]
    Template(TemplateArgs),

    /// Turn survey-tool exports (CSV, XLSX) into answers files, one per row
    #[command(after_help = "\
Examples:
  partnercheck import responses.csv --partner \"Acme Logistics\" --side them --output-dir answers/
  partnercheck import qualtrics.csv surveymonkey.xlsx --map map.toml --dry-run
  partnercheck import export.csv --date-format \"%d.%m.%Y %H:%M\" --round 2026-11-01")]
    Import(ImportArgs),

    /// Write the questionnaire as one HTML page to answer in a browser, offline
    #[command(after_help = "\
Examples:
  partnercheck form --partner \"Acme Logistics\" --side them
  partnercheck form --partner \"Acme Logistics\" --round 2026-11-01 --output acme-form.html
  partnercheck form --questionnaire partnership-pulse --partner Acme --side us")]
    Form(FormArgs),

    /// A report to take into the next partner meeting (HTML or Markdown)
    #[command(after_help = "\
Examples:
  partnercheck report answers/ --output report.html
  partnercheck report answers/ --partner \"Acme Logistics\" --format markdown
  partnercheck report answers/ --audience partner --partner \"Acme Logistics\" --output acme.html")]
    Report(ReportArgs),

    /// The topics for the next conversation with a partner, most urgent first
    #[command(after_help = "\
Examples:
  partnercheck agenda answers/ --partner \"Acme Logistics\"
  partnercheck agenda answers/ --format json")]
    Agenda(AgendaArgs),

    /// The actions agreed with partners: overdue and open first, and whether each helped
    #[command(after_help = "\
Examples:
  partnercheck actions answers/
  partnercheck actions answers/ --partner \"Acme Logistics\" --format markdown
  partnercheck actions answers/ --format json --today 2026-12-01")]
    Actions(ActionsArgs),

    /// Print a JSON Schema for a file or an output
    #[command(after_help = "\
Examples:
  partnercheck schema answers > answers.schema.json")]
    Schema(SchemaArgs),

    /// Print a shell completion script
    #[command(after_help = "\
Examples:
  partnercheck completions bash > ~/.local/share/bash-completion/completions/partnercheck
  partnercheck completions zsh > ~/.zfunc/_partnercheck
  partnercheck completions fish > ~/.config/fish/completions/partnercheck.fish")]
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },

    /// Run a live session: everyone answers in the browser, the answers land in the answers folder
    #[command(after_help = "\
Examples:
  partnercheck serve --organization Northwind --partner \"Acme Logistics\"
  partnercheck serve --partner Acme --partner Globex --expect 8
  partnercheck serve --listen 0.0.0.0:8080 --partner Acme   # the room's devices on this network
  partnercheck serve --listen 127.0.0.1:8080 --public-url https://survey.example.org --trust-proxy")]
    Serve(ServeArgs),

    /// Print the man page (roff)
    #[command(after_help = "\
Examples:
  partnercheck man > partnercheck.1 && man ./partnercheck.1")]
    Man,
}

impl Cli {
    /// Where the project file comes from.
    pub fn project(&self) -> crate::io::project::Config {
        use crate::io::project::Config;
        match (&self.config, self.no_config) {
            (_, true) => Config::None,
            (Some(path), false) => Config::File(path.clone()),
            (None, false) => Config::Search,
        }
    }
}

impl Command {
    /// `--today`, for the commands that take it.
    pub fn today(&self) -> Option<Date> {
        match self {
            Command::Compare(CompareArgs { portfolio, .. })
            | Command::Report(ReportArgs { portfolio, .. })
            | Command::Agenda(AgendaArgs { portfolio, .. })
            | Command::Actions(ActionsArgs { portfolio, .. }) => portfolio.today.today,
            _ => None,
        }
    }

    /// `--organization` of `form` and `report`: our side's name on the
    /// pages the partner reads.
    pub fn organization(&self) -> Option<&str> {
        match self {
            Command::Form(args) => args.organization.as_deref(),
            Command::Report(args) => args.organization.as_deref(),
            _ => None,
        }
    }

    /// `--min-respondents`, for the commands that take it.
    pub fn min_respondents(&self) -> Option<u64> {
        match self {
            Command::Compare(args) => args.min_respondents,
            Command::Report(args) => args.min_respondents,
            Command::Agenda(args) => args.min_respondents,
            Command::Actions(args) => args.min_respondents,
            Command::Items(args) => args.min_respondents,
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
