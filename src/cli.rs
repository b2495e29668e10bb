//! The command line, defined with clap's derive API. Argument groups that
//! several commands share (the instrument, the output file, folder walks)
//! are written once and flattened into each.

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::io::walk::Walk;
use crate::model::answers::{Date, Side};
use crate::present::report::Audience;
use crate::present::{
    ActionsFormat, AgendaFormat, Format, ItemsFormat, QuestionsFormat, ReportFormat,
};

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

/// `init`: the values of a new project file.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Our side's name, shown instead of "us" (asked in a terminal; required with --yes or when not in one)
    #[arg(long, value_name = "NAME")]
    pub organization: Option<String>,
    /// The questionnaire: a file or an embedded id (default: partnership-health)
    #[arg(long, short, value_name = "Q")]
    pub questionnaire: Option<String>,
    /// The answers folder, created when missing (default: answers)
    #[arg(long, value_name = "DIR")]
    pub answers: Option<String>,
    /// Hide figures that would reveal fewer than N people's answers (default: 1)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub min_respondents: Option<u64>,
    /// The current measurement round (YYYY-MM-DD, or `today`; default: today)
    #[arg(long, value_name = "DATE", value_parser = date_or_today)]
    pub round: Option<DateOrToday>,
    /// Ask nothing: take the flags and the defaults
    #[arg(long, short)]
    pub yes: bool,
    /// Replace a partnercheck.toml that exists here
    #[arg(long)]
    pub force: bool,
}

/// `round`: the round to start, if any.
#[derive(Debug, Args)]
pub struct RoundArgs {
    /// The new round: a date (YYYY-MM-DD) or `today` (without it: show the rounds)
    #[arg(value_name = "DATE", value_parser = date_or_today)]
    pub date: Option<DateOrToday>,
}

/// A date, or `today` (resolved by the command against its clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrToday {
    Date(Date),
    Today,
}

impl DateOrToday {
    /// The date, with `today` standing for today.
    pub fn resolve(self, today: Date) -> Date {
        match self {
            DateOrToday::Date(d) => d,
            DateOrToday::Today => today,
        }
    }
}

fn date_or_today(text: &str) -> Result<DateOrToday, String> {
    if text.trim().eq_ignore_ascii_case("today") {
        return Ok(DateOrToday::Today);
    }
    text.trim()
        .parse::<Date>()
        .map(DateOrToday::Date)
        .map_err(|e| format!("{e} (or `today`)"))
}

/// `--questionnaire`: the instrument, a file or the id of an embedded one.
#[derive(Debug, Args)]
pub struct QuestionnaireArg {
    /// Questionnaire file or embedded id (default: partnership-health)
    #[arg(long, short, value_name = "FILE")]
    pub questionnaire: Option<String>,
}

impl QuestionnaireArg {
    /// `--questionnaire`, when given.
    pub fn get(&self) -> Option<&str> {
        self.questionnaire.as_deref()
    }
}

/// `--lang` and `--translation`: the language of the instrument's words and
/// of the pages and documents written.
#[derive(Debug, Args, Default)]
pub struct LangArgs {
    /// The language of the instrument's words and of the page or document
    /// (a tag such as `de`, `es-MX` or `pt-BR`; default: the questionnaire's own)
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// A translation file of the questionnaire (implies its `lang`)
    #[arg(long, value_name = "FILE")]
    pub translation: Option<PathBuf>,
}

/// `--questionnaire` and `--rubric`: the instrument answers are scored with.
#[derive(Debug, Args)]
#[command(mut_args(help_of(
    "questionnaire",
    "Questionnaire file or embedded id (default: the one the answers files name)"
)))]
pub struct InstrumentArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// Replace the questionnaire's rubric with the `[rubric]` table of FILE
    #[arg(long, value_name = "FILE")]
    pub rubric: Option<PathBuf>,
}

/// `--output`: where a command writes, `-` being standard output.
#[derive(Debug, Args)]
pub struct OutputArg {
    /// Write to FILE instead of standard output (`-`: standard output)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl OutputArg {
    /// The file to write, or `None` for standard output (`--output -` too).
    pub fn file(&self) -> Option<&std::path::Path> {
        self.output.as_deref().filter(|p| p.as_os_str() != "-")
    }

    /// `--output -`: standard output, said in so many words.
    pub fn is_stdout(&self) -> bool {
        self.output.as_deref().is_some_and(|p| p.as_os_str() == "-")
    }
}

/// `--force`: a file that exists may be replaced.
#[derive(Debug, Args)]
pub struct ForceArg {
    /// Overwrite --output if it exists
    #[arg(long)]
    pub force: bool,
}

/// `--output` and `--force`.
#[derive(Debug, Args)]
pub struct OutputArgs {
    #[command(flatten)]
    pub output: OutputArg,
    #[command(flatten)]
    pub force: ForceArg,
}

impl OutputArgs {
    /// The file to write, or `None` for standard output (`--output -` too).
    pub fn file(&self) -> Option<&std::path::Path> {
        self.output.file()
    }

    /// `--force`.
    pub fn force(&self) -> bool {
        self.force.force
    }
}

/// Gives the argument `id` of a command its own help text (a shared
/// argument that reads differently there), in place: the arguments keep
/// their order in help, completions and the man page.
fn help_of(id: &'static str, help: &'static str) -> impl FnMut(clap::Arg) -> clap::Arg {
    move |arg| {
        if arg.get_id() == id {
            arg.help(help)
        } else {
            arg
        }
    }
}

/// Lists a command's options in help in the order `ids` gives (the first
/// at the top), wherever their argument groups declare them; the others
/// follow in their declared order.
fn help_order(ids: &'static [&'static str]) -> impl FnMut(clap::Arg) -> clap::Arg {
    move |arg| match ids.iter().position(|id| arg.get_id() == *id) {
        Some(at) => arg.display_order(at),
        None => arg,
    }
}

/// `--min-respondents N`: a whole number, 1 or more.
fn at_least_one(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("give a whole number, 1 or more (1: no figure is hidden)".to_owned()),
    }
}

/// `--organization NAME`: a name, not empty or blank.
fn organization_name(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("--organization is empty: give our side's name".to_owned())
    } else {
        Ok(text.trim().to_owned())
    }
}

/// `--partner NAME`: a name, not empty or blank.
fn partner_name(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("--partner is empty: name the partner".to_owned())
    } else {
        Ok(text.to_owned())
    }
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

/// `--follow`: how folders given as PATH are walked.
#[derive(Debug, Args)]
pub struct WalkArgs {
    /// Follow symbolic links inside folders (by default they are passed over)
    #[arg(long, short = 'L')]
    pub follow: bool,
}

impl WalkArgs {
    pub fn walk(&self) -> Walk {
        Walk {
            follow: self.follow,
        }
    }
}

/// `--today`: the date actions are overdue against (the command context
/// resolves it, with the system's date as the default).
#[derive(Debug, Args)]
pub struct TodayArgs {
    /// The date an open action is overdue against when due before it (default: the system date)
    #[arg(long, value_name = "DATE", display_order = 900)]
    pub today: Option<Date>,
}

/// The answers a command reads and the instrument it reads them with:
/// PATHs (files and folders), `--questionnaire`, `--rubric`, `--follow`.
#[derive(Debug, Args)]
pub struct AnswersArgs {
    /// Answers files, and folders to search for *.toml and *.json answers files
    /// (default: the project file's `answers` folder)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub instrument: InstrumentArgs,
    #[command(flatten)]
    pub walk: WalkArgs,
}

/// The portfolio commands' shared arguments (`compare`, `report`,
/// `agenda`, `actions`): the answers, `--partner` and `--today`.
#[derive(Debug, Args)]
pub struct PortfolioArgs {
    /// One partner only
    #[arg(long, value_name = "NAME", value_parser = partner_name)]
    pub partner: Option<String>,
    /// The figures of this round (YYYY-MM-DD), its previous round the one
    /// before; partners without files in it are left out (default: each
    /// partner's latest round)
    #[arg(long, value_name = "DATE")]
    pub round: Option<Date>,
    #[command(flatten)]
    pub answers: AnswersArgs,
    #[command(flatten)]
    pub today: TodayArgs,
}

/// Implements [`ValueEnum`] for an enum defined outside the command line
/// (the model's sides, the presentation's formats): each variant's value
/// and, optionally, its help.
macro_rules! value_enum {
    ($ty:ident { $($variant:ident => $name:literal $(: $help:literal)?),+ $(,)? }) => {
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                &[$($ty::$variant),+]
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(match self {
                    $($ty::$variant => PossibleValue::new($name)$(.help($help))?),+
                })
            }
        }
    };
}

value_enum!(Side { Us => "us", Them => "them" });

// `--format` of `score` and `compare`.
value_enum!(Format {
    Table => "table": "A table for the terminal",
    Json => "json": "JSON, for scripts",
    Markdown => "markdown": "GitHub-flavoured Markdown",
    Csv => "csv": "Comma-separated values, one row per dimension",
});

value_enum!(ItemsFormat {
    Table => "table": "A table per dimension for the terminal, with a legend of the flags",
    Json => "json": "JSON, for scripts",
    Csv => "csv": "Comma-separated values, one row per question",
});

value_enum!(QuestionsFormat {
    Table => "table",
    Json => "json",
    Markdown => "markdown",
    Xlsform => "xlsform":
        "An XLSForm workbook for ODK, KoboToolbox and other XLSForm tools (needs --output)",
});

value_enum!(ReportFormat { Html => "html", Markdown => "markdown" });

value_enum!(AgendaFormat {
    Text => "text": "Plain text wrapped to the terminal (the default in a terminal)",
    Markdown => "markdown": "GitHub-flavoured Markdown (the default when piped or redirected)",
    Json => "json",
});

value_enum!(ActionsFormat { Table => "table", Json => "json", Markdown => "markdown" });

// `report --audience`.
value_enum!(Audience {
    Internal => "internal": "Our own team: every figure, respondents' names, notes, internal advice",
    Partner => "partner": "The partner: one partner, shared labels and advice, no names",
});

/// Who answers, about whom, when: the keys of a new answers file.
#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// The partner the answers are about
    #[arg(long, value_name = "NAME", value_parser = partner_name)]
    pub partner: Option<String>,
    /// Who answers
    #[arg(long, value_name = "NAME")]
    pub respondent: Option<String>,
    /// Which side of the partnership answers
    #[arg(long, value_enum)]
    pub side: Option<Side>,
    /// The date the answers are given (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub date: Option<Date>,
    /// The measurement round the answers belong to (YYYY-MM-DD; default: the
    /// project file's `round`)
    #[arg(long, value_name = "DATE")]
    pub round: Option<Date>,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of("questionnaire", "Questionnaire file, or the id of an embedded one")))]
#[command(mut_args(help_of(
    "output",
    "Where to save the answers (default: a name made from the partner, side, respondent and \
     date, in the project's answers folder, else here)"
)))]
pub struct InterviewArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    #[command(flatten)]
    pub answer: AnswerArgs,
    #[command(flatten)]
    pub output: OutputArg,
    /// Go on with an unfinished answers file (--questionnaire only when it is not embedded)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["output", "partner"])]
    pub resume: Option<PathBuf>,
    #[command(flatten)]
    pub force: ForceArg,
    /// Numbered choices read line by line: no cursor movement, no colour
    #[arg(long)]
    pub plain: bool,
    #[command(flatten)]
    pub lang: LangArgs,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Answers files (TOML, or JSON when the name ends in .json), or folders of them; `-` for stdin
    /// (default: the project file's `answers` folder)
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub instrument: InstrumentArgs,
    #[command(flatten)]
    pub walk: WalkArgs,
    /// Output format
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: Format,
    /// Exit 1 unless every file reaches this tier or a better one
    #[arg(long, value_name = "TIER")]
    pub require: Option<String>,
    /// A missing answer is an error, not a warning
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of("partner", "Show one partner in detail: every file of every round")))]
#[command(mut_args(help_order(&[
    "questionnaire", "rubric", "follow", "format", "sort", "require", "partner", "min_respondents",
])))]
pub struct CompareArgs {
    #[command(flatten)]
    pub portfolio: PortfolioArgs,
    /// Output format
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: Format,
    /// Order partners by name, overall, change, gap, or a dimension id
    #[arg(long, value_name = "KEY", default_value = "name")]
    pub sort: String,
    /// Exit 1 unless every partner reaches this tier or a better one
    #[arg(long, value_name = "TIER")]
    pub require: Option<String>,
    /// Hide figures that would reveal fewer than N people's answers (default:
    /// the project file's `min_respondents`, else 1)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub min_respondents: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ItemsArgs {
    #[command(flatten)]
    pub answers: AnswersArgs,
    /// Output format
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: ItemsFormat,
    /// Hide figures that would reveal fewer than N people's answers (default:
    /// the project file's `min_respondents`, else 1)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub min_respondents: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Questionnaire or answers files, and folders of them (default: the embedded default questionnaire)
    #[arg(value_name = "PATH")]
    pub files: Vec<PathBuf>,
    /// Check this rubric file against the questionnaire(s)
    #[arg(long, value_name = "FILE")]
    pub rubric: Option<PathBuf>,
    #[command(flatten)]
    pub walk: WalkArgs,
    /// How to give the problems found: text on stderr, or on stdout JSON or GitHub Actions annotations
    #[arg(long, value_enum, default_value_t = DiagnosticsFormat::Text)]
    pub format: DiagnosticsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticsFormat {
    /// "ok:" lines on stdout, problems on stderr
    Text,
    /// One JSON document on stdout (`partnercheck schema diagnostics`)
    Json,
    /// GitHub Actions workflow commands on stdout, annotating the lines
    Github,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of(
    "output",
    "Write to FILE instead of standard output (needed for xlsform)"
)))]
pub struct QuestionsArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// Output format
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: QuestionsFormat,
    /// Whose wording to show: us, or them (the partner's staff answering about us)
    #[arg(long, value_enum, default_value = "us")]
    pub side: Side,
    #[command(flatten)]
    pub out: OutputArgs,
    #[command(flatten)]
    pub lang: LangArgs,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of("force", "Replace answers files that exist")))]
pub struct ImportArgs {
    /// Survey exports: CSV (comma, semicolon or tab) or XLSX, one row per respondent
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// A map file: which column is which question, extra answer labels, sides' names
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,
    /// The partner, for rows without a partner column
    #[arg(long, value_name = "NAME", value_parser = partner_name)]
    pub partner: Option<String>,
    /// The side, for rows without a side column
    #[arg(long, value_enum)]
    pub side: Option<Side>,
    /// The date (YYYY-MM-DD), for rows without a date
    #[arg(long, value_name = "DATE")]
    pub date: Option<Date>,
    /// The CSV file's encoding when it has no byte-order mark (e.g. windows-1252, iso-8859-1, macintosh, shift_jis; default: detected)
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// The measurement round (YYYY-MM-DD) written into every file
    #[arg(long, value_name = "DATE")]
    pub round: Option<Date>,
    /// How the export writes dates, in strftime form (e.g. "%d.%m.%Y %H:%M")
    #[arg(long, value_name = "FMT")]
    pub date_format: Option<String>,
    /// Where to write the answers files (default: the project's answers folder, else the current folder)
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
    /// List the files that would be written, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub force: ForceArg,
    /// A column that matches nothing is an error, not a warning
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    // (`side` is written only when given.)
    #[command(flatten)]
    pub answer: AnswerArgs,
    // --output may also name a folder: the file in it gets a name made
    // from the partner, side, respondent and date.
    #[command(flatten)]
    pub out: OutputArgs,
    #[command(flatten)]
    pub lang: LangArgs,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of(
    "output",
    "Write to FILE, or into the folder DIR (default: PARTNER-SIDE-DATE.html in the project's \
     answers folder, else here)"
)))]
#[command(mut_args(help_of("force", "Overwrite the output file if it exists")))]
pub struct FormArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// The partner the answers will be about (asked on the page when not given)
    #[arg(long, value_name = "NAME", value_parser = partner_name)]
    pub partner: Option<String>,
    /// Which side will answer (asked on the page when not given)
    #[arg(long, value_enum)]
    pub side: Option<Side>,
    /// The measurement round the answers belong to (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub round: Option<Date>,
    /// Our side's name, as the partner's people read it (default: the project file's `organization`)
    #[arg(long, value_name = "NAME", value_parser = organization_name)]
    pub organization: Option<String>,
    #[command(flatten)]
    pub out: OutputArgs,
    #[command(flatten)]
    pub lang: LangArgs,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of(
    "paths",
    "Answers files, and folders to search for answers files (default: the project file's \
     `answers` folder)"
)))]
#[command(mut_args(help_of(
    "partner",
    "Report on this partner only (required with --audience partner when the answers hold more \
     than one partner)"
)))]
#[command(mut_args(help_order(&[
    "partner", "audience", "include", "organization", "min_respondents", "questionnaire", "rubric", "format",
    "output", "force", "follow",
])))]
pub struct ReportArgs {
    #[command(flatten)]
    pub portfolio: PortfolioArgs,
    /// Who reads it: `internal`, our own team (every figure, names, notes,
    /// advice), or `partner`, the page to send the partner (shared labels
    /// and advice, no names, no notes, small groups hidden)
    #[arg(long, value_enum, default_value = "internal")]
    pub audience: Audience,
    /// With --audience partner, also show these (comma-separated):
    /// `notes` (without their authors), `expectations` (and blind spots)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "WHAT")]
    pub include: Vec<ReportInclude>,
    /// Our side's name on the page (default: the project file's `organization`)
    #[arg(long, value_name = "NAME", value_parser = organization_name)]
    pub organization: Option<String>,
    /// Hide the figures of a side or round with fewer answers files than N
    /// (default: the project file's min_respondents, else 1; for
    /// --audience partner at least 3, unless N is given here: 2 is then
    /// accepted, for sides of two people; agreement still needs 3)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub min_respondents: Option<u64>,
    /// Output format
    #[arg(long, short, value_enum, default_value = "html")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub out: OutputArgs,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// `report --include`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportInclude {
    /// Respondents' notes (without their authors)
    Notes,
    /// What each side expected the other to say, and the blind spots
    Expectations,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of(
    "paths",
    "Answers files, and folders to search for answers files (default: the project file's \
     `answers` folder)"
)))]
#[command(mut_args(help_of("partner", "The partner to meet (default: every partner)")))]
pub struct AgendaArgs {
    #[command(flatten)]
    pub portfolio: PortfolioArgs,
    /// Output format (default: text in a terminal, markdown otherwise)
    #[arg(long, short, value_enum)]
    pub format: Option<AgendaFormat>,
    /// Hide figures that would reveal fewer than N people's answers (default:
    /// the project file's `min_respondents`, else 1)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub min_respondents: Option<u64>,
    #[command(flatten)]
    pub lang: LangArgs,
}

#[derive(Debug, Args)]
#[command(mut_args(help_of(
    "paths",
    "Answers and actions files, and folders to search for them (default: the project file's \
     `answers` folder)"
)))]
#[command(mut_args(help_of("partner", "The actions of this partner only")))]
pub struct ActionsArgs {
    #[command(flatten)]
    pub portfolio: PortfolioArgs,
    /// Output format
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: ActionsFormat,
    /// Hide figures that would reveal fewer than N people's answers (default:
    /// the project file's `min_respondents`, else 1)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub min_respondents: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Questionnaire,
    Answers,
    Score,
    Compare,
    Agenda,
    Map,
    Actions,
    Items,
    Diagnostics,
    Translation,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema to print
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// A partner whose people answer (repeat for more; at least one)
    #[arg(long, value_name = "NAME")]
    pub partner: Vec<String>,
    /// Our organisation's name (default: the project file's `organization`)
    #[arg(long, value_name = "NAME")]
    pub organization: Option<String>,
    /// Questionnaire file or embedded id (default: the project's, else partnership-health)
    #[arg(long, short, value_name = "FILE")]
    pub questionnaire: Option<String>,
    /// The measurement round the answers belong to (default: the project's, else today)
    #[arg(long, value_name = "DATE")]
    pub round: Option<Date>,
    /// The folder the answers files go into (default: the project's, else ./answers)
    #[arg(long, value_name = "DIR")]
    pub answers: Option<PathBuf>,
    /// Address and port to listen on (port 0: any free port)
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,
    /// The address people reach the server at, e.g. through a reverse proxy with HTTPS
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Take the client's address from X-Forwarded-For / Forwarded (behind a reverse proxy only)
    #[arg(long)]
    pub trust_proxy: bool,
    /// The anonymity threshold (default: the project's, else 1; reports use at least 3)
    #[arg(long, value_name = "N")]
    pub min_respondents: Option<u64>,
    /// The number of answers expected per partner and side; more are refused
    #[arg(long, value_name = "N")]
    pub expect: Option<usize>,
    /// Answers and unknown links allowed per client in a rolling minute (0: no limit)
    #[arg(long, value_name = "N", default_value_t = 60)]
    pub rate_limit: usize,
    /// Replace the session's links (the old ones stop working)
    #[arg(long)]
    pub new_links: bool,
}
