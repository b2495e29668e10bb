//! Argument groups several commands flatten, and the parsers of their values.

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, ValueEnum};

use crate::io::walk::Walk;
use crate::model::answers::{Date, Side};
use crate::present::report::Audience;
use crate::present::{
    ActionsFormat, AgendaFormat, Format, ItemsFormat, QuestionsFormat, ReportFormat,
};

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

pub(crate) fn date_or_today(text: &str) -> Result<DateOrToday, String> {
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
pub(crate) fn help_of(id: &'static str, help: &'static str) -> impl FnMut(clap::Arg) -> clap::Arg {
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
pub(crate) fn help_order(ids: &'static [&'static str]) -> impl FnMut(clap::Arg) -> clap::Arg {
    move |arg| match ids.iter().position(|id| arg.get_id() == *id) {
        Some(at) => arg.display_order(at),
        None => arg,
    }
}

/// `--min-respondents N`: a whole number, 1 or more.
pub(crate) fn at_least_one(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("give a whole number, 1 or more (1: no figure is hidden)".to_owned()),
    }
}

/// `--organization NAME`: a name, not empty or blank.
pub(crate) fn organization_name(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("--organization is empty: give our side's name".to_owned())
    } else {
        Ok(text.trim().to_owned())
    }
}

/// `--partner NAME`: a name, not empty or blank.
pub(crate) fn partner_name(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("--partner is empty: name the partner".to_owned())
    } else {
        Ok(text.to_owned())
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
