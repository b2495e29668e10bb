//! Each command's own arguments.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::model::answers::{Date, Side};
use crate::present::report::Audience;
use crate::present::{
    ActionsFormat, AgendaFormat, Format, ItemsFormat, QuestionsFormat, ReportFormat,
};

use super::groups::*;

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
