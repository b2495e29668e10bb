//! What every command draws on besides its own flags, resolved once
//! before it runs, and the loading steps several commands share.

use std::path::{Path, PathBuf};

use crate::cli::{AnswersArgs, Cli, PortfolioArgs};
use crate::engine::assess::TierRef;
use crate::engine::portfolio::{Portfolio, Threshold, ThresholdSource};
use crate::error::{Error, Exit, Result};
use crate::io::clock::today;
use crate::io::portfolio::Aggregated;
use crate::model::answers::Date;
use crate::model::project::Project;
use crate::model::questionnaire::Questionnaire;
use crate::present::Terminal;
use crate::present::report::Audience;
use crate::sanitize::terminal;

/// What every command may draw on besides its own flags, resolved once
/// before the command runs: the project file, today's date, the terminal,
/// the anonymity threshold. A flag beats the project file, which beats the
/// built-in default.
#[derive(Debug)]
pub struct Context {
    pub project: Option<Project>,
    /// `--today`, else the system's date (read once).
    pub today: Date,
    /// What standard output allows: colour (`--color`, `NO_COLOR`) and
    /// the terminal's width.
    pub terminal: Terminal,
    /// `--min-respondents`, for the commands that take it.
    min_respondents: Option<u64>,
    /// `--organization`, for the commands that take it.
    organization: Option<String>,
}

impl Context {
    /// Resolves the context once, from the command line and the project
    /// file.
    pub fn resolve(cli: &Cli) -> Result<Context> {
        // `init` makes a project: one above it (even a broken one) is only
        // mentioned.
        let config = match cli.command {
            crate::cli::Command::Init(_) => crate::io::project::Config::None,
            _ => cli.project(),
        };
        let (project, notice) = crate::io::project::load(&config)?;
        crate::error::warn(crate::commands::worded(notice.as_slice()));
        Ok(Context {
            project,
            today: cli.command.today().unwrap_or_else(today),
            terminal: Terminal {
                color: color(),
                width: terminal_width(),
            },
            min_respondents: cli.command.min_respondents(),
            organization: cli.command.organization().map(str::to_owned),
        })
    }

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

    /// The anonymity threshold for `audience`, the one source of it for
    /// the engine and the presentation: the smallest number of answers
    /// files a side or round needs for its figures to be shown.
    /// `--min-respondents`, else the project file's, else 1; for the
    /// partner's page at least 3 unless the flag says otherwise.
    pub fn min_respondents(&self, audience: Audience) -> usize {
        self.threshold(audience).n
    }

    /// The anonymity threshold for `audience` and where it came from
    /// (see [`Context::min_respondents`]).
    pub fn threshold(&self, audience: Audience) -> Threshold {
        if let Some(n) = self.min_respondents {
            return Threshold {
                n: usize::try_from(n).unwrap_or(usize::MAX).max(1),
                source: ThresholdSource::Flag,
            };
        }
        let configured = self.project.as_ref().and_then(|p| p.min_respondents);
        match (audience, configured) {
            (Audience::Partner, Some(n)) if n >= 3 => Threshold {
                n,
                source: ThresholdSource::Project,
            },
            (Audience::Partner, _) => Threshold {
                n: 3,
                source: ThresholdSource::Audience,
            },
            (Audience::Internal, Some(n)) => Threshold {
                n,
                source: ThresholdSource::Project,
            },
            (Audience::Internal, None) => Threshold::NONE,
        }
    }

    /// Creates `folder` when it does not exist — the project's answers
    /// folder, `--output-dir`, the folder of `--output` — and says so on
    /// stderr.
    pub fn ensure_folder(&self, folder: &std::path::Path) -> Result<()> {
        if crate::io::project::create_folder(folder)? {
            crate::error::stderr_line(format_args!(
                "partnercheck: created the folder {}",
                terminal(&shown_path(folder))
            ));
        }
        Ok(())
    }

    /// Our organisation's name: `--organization`, else the project file's.
    pub fn organization(&self) -> Option<&str> {
        self.organization
            .as_deref()
            .or_else(|| self.project.as_ref()?.organization.as_deref())
    }

    /// Our organisation's name for a page the partner's people read, and
    /// without one the warning to print once the page is written: the page
    /// says "your partner", and the warning suggests setting it.
    pub fn organization_for_partner(&self, command: &str) -> (Option<&str>, Option<String>) {
        let name = self.organization();
        let warning = name.is_none().then(|| {
            format!(
                "no name for our organisation, so the page says \"your partner\" where it \
                 would name us; set `organization = \"Your Name\"` in partnercheck.toml \
                 (or run `partnercheck init`), or pass `{command} --organization NAME`"
            )
        });
        (name, warning)
    }
}

/// Whether terminal output gets colour: stdout is a terminal and `NO_COLOR`
/// is unset, unless `--color` said otherwise.
fn color() -> bool {
    console::colors_enabled()
}

/// The terminal's width when standard output is one; `None` (natural
/// width) when piped.
fn terminal_width() -> Option<usize> {
    let term = console::Term::stdout();
    if !term.is_term() {
        return None;
    }
    // A terminal that does not know its size (0×0) is not wrapped for.
    let (_, cols) = term.size_checked()?;
    Some(cols as usize)
}

/// The answers files a command's PATHs name (else the project's answers
/// folder), and the instrument to read them with: `--questionnaire` (else
/// the project's, else the one the files name) and `--rubric`.
pub(super) fn answer_files(
    args: &AnswersArgs,
    ctx: &Context,
) -> Result<(Vec<PathBuf>, Questionnaire)> {
    let files = crate::io::walk::answer_files(&ctx.paths(&args.paths, "PATH")?, args.walk.walk())?;
    let q = crate::io::portfolio::questionnaire_for(
        &files,
        ctx.questionnaire(args.instrument.questionnaire.get()),
        args.instrument.rubric.as_deref(),
    )?;
    Ok((files, q))
}

/// Reads a portfolio command's answers with its instrument, keeping every
/// round of each partner (of `--partner` only, when given), with figures of
/// groups smaller than the `threshold` hidden. A `--partner` that names
/// no partner is an error.
pub(super) fn load_portfolio(
    args: &PortfolioArgs,
    ctx: &Context,
    threshold: Threshold,
) -> Result<(Questionnaire, Aggregated)> {
    let answers = &args.answers;
    let (q, loaded) = crate::io::portfolio::load(
        &ctx.paths(&answers.paths, "PATH")?,
        answers.walk.walk(),
        ctx.questionnaire(answers.instrument.questionnaire.get()),
        answers.instrument.rubric.as_deref(),
        args.partner.as_deref(),
        threshold,
        args.round,
    )?;
    if let Some(name) = &args.partner
        && loaded.portfolio.find(name).is_none()
    {
        return Err(unknown_partner(&loaded.portfolio, name));
    }
    Ok((q, loaded))
}

/// The width a table command keeps to when standard output is not a
/// terminal: `COLUMNS` when set, else 80.
pub(super) fn piped_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
        .unwrap_or(80)
}

/// A table command's text with its sentences wrapped to `width` (the
/// terminal's, else [`piped_width`]): each line longer than that, unless it
/// is a line of a drawn table, is broken between words, keeping its indent
/// (and a list item's `- ` as a hanging indent).
pub(super) fn fit(text: &str, width: Option<usize>) -> String {
    let width = width.unwrap_or_else(piped_width).max(20);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let drawn = body.starts_with(['╭', '│', '╞', '├', '╰', '┌', '└', '+', '|']);
        if drawn || console::measure_text_width(body) <= width {
            out.push_str(line);
            continue;
        }
        let indent = &body[..body.len() - body.trim_start().len()];
        let hanging = if body.trim_start().starts_with("- ") {
            format!("{indent}  ")
        } else {
            indent.to_owned()
        };
        let options = textwrap::Options::new(width)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .initial_indent(indent)
            .subsequent_indent(&hanging)
            .break_words(false);
        out.push_str(&textwrap::fill(body.trim_start(), options));
        if line.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// `--require TIER`: the tier's rank in the questionnaire, checked before
/// any output.
pub(super) fn require_rank(require: Option<&str>, q: &Questionnaire) -> Result<Option<usize>> {
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
pub(super) fn unknown_partner(portfolio: &Portfolio, name: &str) -> Error {
    Error::input(crate::present::words::unknown_partner(portfolio, name))
}

/// `--require`: exit 1 when a result is below the required tier (or has
/// none), naming each on stderr, up to 20, then counting the rest.
/// `results` are (who, tier, required rank) for the results with a
/// requirement.
pub(super) fn require_met<'a>(
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

/// `q`, loaded from `spec`, in the language `--lang`/`--translation` ask
/// for; the translation's warnings are given on stderr. Its `lang` is the
/// tag `--lang` gave (`de-AT`, its words from the `de` translation), so the
/// pages written say the reader's language as asked (`<html lang>`).
pub(super) fn in_lang(
    q: Questionnaire,
    spec: Option<&str>,
    args: &crate::cli::LangArgs,
) -> Result<Questionnaire> {
    let wanted = crate::io::lang::Wanted {
        lang: args.lang.as_deref(),
        translation: args.translation.as_deref(),
    };
    let (mut q, warnings) = crate::io::lang::in_lang(q, spec, wanted)?;
    crate::error::warn(&warnings);
    if let Some(tag) = args.lang.as_deref().map(str::trim) {
        tag.clone_into(&mut q.lang);
    }
    Ok(q)
}

/// A path as a message shows it: relative to the current folder when it
/// lies inside it (`answers/acme.toml` for `/tmp/x/answers/acme.toml` run
/// in `/tmp/x`), else as it is.
pub fn shown_path(path: &Path) -> String {
    let relative = path
        .is_absolute()
        .then(std::env::current_dir)
        .and_then(|cwd| {
            let cwd = cwd.ok()?;
            let canonical = cwd.canonicalize().unwrap_or_else(|_| cwd.clone());
            path.strip_prefix(&cwd)
                .or_else(|_| path.strip_prefix(&canonical))
                .ok()
                .filter(|r| !r.as_os_str().is_empty())
                .map(Path::to_path_buf)
        });
    relative
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(flag: Option<u64>, project: Option<usize>) -> Context {
        Context {
            project: project.map(|n| Project {
                min_respondents: Some(n),
                ..Project::default()
            }),
            today: "2026-12-01".parse().unwrap(),
            terminal: Terminal {
                color: false,
                width: None,
            },
            min_respondents: flag,
            organization: None,
        }
    }

    #[test]
    fn the_partner_page_hides_groups_smaller_than_three_unless_told() {
        let n = |flag, project, audience| context(flag, project).min_respondents(audience);
        assert_eq!(n(None, None, Audience::Partner), 3);
        assert_eq!(n(None, Some(2), Audience::Partner), 3);
        assert_eq!(n(None, Some(5), Audience::Partner), 5);
        assert_eq!(n(Some(2), Some(5), Audience::Partner), 2);
        assert_eq!(n(None, None, Audience::Internal), 1);
        assert_eq!(n(None, Some(4), Audience::Internal), 4);
        assert_eq!(n(Some(2), Some(4), Audience::Internal), 2);
        let source = |flag, project, audience| context(flag, project).threshold(audience).source;
        assert_eq!(
            source(None, None, Audience::Internal),
            ThresholdSource::Default
        );
        assert_eq!(
            source(None, Some(2), Audience::Internal),
            ThresholdSource::Project
        );
        assert_eq!(
            source(None, Some(2), Audience::Partner),
            ThresholdSource::Audience
        );
        assert_eq!(
            source(None, Some(4), Audience::Partner),
            ThresholdSource::Project
        );
        assert_eq!(
            source(Some(1), Some(4), Audience::Partner),
            ThresholdSource::Flag
        );
    }
}
