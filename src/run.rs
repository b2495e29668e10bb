//! The commands: each turns parsed arguments into output and an exit code.
//! Errors go up to [`crate::error`], which prints them once.

use anyhow::{Result, bail};
use clap::CommandFactory;

use crate::answers::{Answer, AnswerSheet, RawAnswers, is_json};
use crate::assessment::{TierRef, assess};
use crate::cli::{
    Cli, ColorChoice, Command, QuestionsArgs, QuestionsFormat, ScoreArgs, TemplateArgs,
    ValidateArgs,
};
use crate::diag::{Diagnostics, Source};
use crate::error::Exit;
use crate::export;
use crate::files::{self, Instruments, emit};
use crate::questionnaire::Questionnaire;

pub fn run(cli: Cli) -> Result<Exit> {
    match cli.color {
        ColorChoice::Always => console::set_colors_enabled(true),
        ColorChoice::Never => console::set_colors_enabled(false),
        ColorChoice::Auto => {}
    }
    match cli.command {
        Command::Score(args) => score(args),
        Command::Validate(args) => validate(args),
        Command::Questions(args) => questions(args),
        Command::Template(args) => template(args),
        Command::Interview(args) => crate::interview::run(args),
        Command::Compare(args) => crate::portfolio::run(args),
        Command::Report(args) => crate::report::run(args),
        Command::Agenda(args) => crate::agenda::run(args),
        Command::Schema(args) => crate::schema::run(args),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "partnercheck", &mut out);
            emit(&String::from_utf8_lossy(&out))?;
            Ok(Exit::Done)
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            emit(&String::from_utf8_lossy(&out))?;
            Ok(Exit::Done)
        }
    }
}

/// Whether terminal output gets colour: stdout is a terminal and `NO_COLOR`
/// is unset, unless `--color` said otherwise.
pub fn color() -> bool {
    console::colors_enabled()
}

/// Prints warnings on stderr, one per line.
pub fn warn(warnings: impl IntoIterator<Item = impl AsRef<str>>) {
    for w in warnings {
        crate::error::stderr_line(format_args!(
            "warning: {}",
            crate::sanitize::terminal(w.as_ref())
        ));
    }
}

/// `--require TIER`: the tier's rank in every questionnaire used, checked
/// before any output.
pub fn require_rank(require: Option<&str>, q: &Questionnaire) -> Result<Option<usize>> {
    let Some(id) = require else { return Ok(None) };
    match q.rubric.tier_index(id) {
        Some(rank) => Ok(Some(rank)),
        None => bail!(
            "--require `{id}` is not a tier of `{}`; its tiers are: {}",
            q.id,
            q.rubric
                .tiers
                .iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn score(args: ScoreArgs) -> Result<Exit> {
    let mut instruments = Instruments::new(args.questionnaire.as_deref(), args.rubric.as_deref())?;
    let mut problems = Diagnostics::default();
    let mut results = Vec::new();
    let mut warnings = Vec::new();
    let mut ranks = Vec::new();
    for path in &args.files {
        match files::load_answers(path, &mut instruments, args.strict) {
            Ok((loaded, q)) => {
                ranks.push(require_rank(args.require.as_deref(), q)?);
                warnings.extend(loaded.warnings);
                results.push(assess(&loaded.name, &loaded.sheet, q));
            }
            Err(e) => match e.downcast::<Diagnostics>() {
                Ok(d) => problems.0.extend(d.0),
                Err(e) => problems.push(format!("{e:#}")),
            },
        }
    }
    if !problems.is_empty() {
        return Err(problems.into());
    }
    warn(&warnings);
    emit(&export::score(args.format, &results, color()))?;
    Ok(require_met(results.iter().zip(&ranks).filter_map(
        |(r, rank)| {
            Some((
                format!("{} ({})", r.file, r.partner),
                r.tier.as_ref(),
                (*rank)?,
            ))
        },
    )))
}

/// `--require`: exit 1 when a result is below the required tier (or has
/// none), naming each on stderr, up to 20, then counting the rest.
/// `results` are (who, tier, required rank) for the results with a
/// requirement.
pub fn require_met<'a>(
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
                crate::sanitize::terminal(&who),
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

fn validate(args: ValidateArgs) -> Result<Exit> {
    let rubric = args.rubric.as_deref().map(files::read).transpose()?;
    let mut problems = Diagnostics::default();
    let mut report = String::new();
    let check = |name: &str, text: &str| -> Result<String> {
        if looks_like_answers(name, text) {
            let raw = RawAnswers::parse(Source::new(name, text))?;
            let q = files::named_questionnaire(Source::new(name, text), &raw.questionnaire)?;
            let q = files::apply_rubric(q, rubric.as_ref())?;
            let loaded = files::check_answers(name, raw, text, &q, false)?;
            warn(&loaded.warnings);
            let values = &loaded.sheet.values;
            let counted = values
                .iter()
                .filter(|v| matches!(v, Some(Answer::Value(_))))
                .count();
            let unsure = values
                .iter()
                .filter(|v| matches!(v, Some(Answer::Unsure)))
                .count();
            let unsure = if unsure > 0 {
                format!(", {unsure} unsure")
            } else {
                String::new()
            };
            return Ok(format!(
                "ok: {name}: answers about {} for `{}`, {counted} of {} questions answered{unsure}\n",
                crate::sanitize::terminal(&loaded.sheet.partner),
                q.id,
                q.questions.len()
            ));
        }
        let q = Questionnaire::from_toml(Source::new(name, text))?;
        let q = files::apply_rubric(q, rubric.as_ref())?;
        warn(q.warnings().iter().map(|w| format!("{name}: {w}")));
        Ok(describe(name, &q))
    };
    if args.files.is_empty() {
        let q = files::apply_rubric(files::questionnaire_or_default(None)?, rubric.as_ref())?;
        warn(q.warnings().iter().map(|w| format!("{}: {w}", q.id)));
        report.push_str(&describe(&format!("embedded `{}`", q.id), &q));
    }
    for path in &args.files {
        let outcome = files::read(path).and_then(|(name, text)| check(&name, &text));
        match outcome {
            Ok(line) => report.push_str(&line),
            Err(e) => match e.downcast::<Diagnostics>() {
                Ok(d) => problems.0.extend(d.0),
                Err(e) => problems.push(format!("{e:#}")),
            },
        }
    }
    if !problems.is_empty() {
        return Err(problems.into());
    }
    emit(&report)?;
    Ok(Exit::Done)
}

fn describe(name: &str, q: &Questionnaire) -> String {
    format!(
        "ok: {name}: `{}` {} — {} dimensions, {} questions, {} bands, {} tiers\n",
        q.id,
        crate::sanitize::terminal(&q.version),
        q.dimensions.len(),
        q.questions.len(),
        q.rubric.bands.len(),
        q.rubric.tiers.len()
    )
}

/// An answers file names its questionnaire at the top level; a
/// questionnaire file has dimensions.
fn looks_like_answers(name: &str, text: &str) -> bool {
    if is_json(name) {
        return true;
    }
    match toml::from_str::<toml::Table>(text) {
        Ok(table) => table.contains_key("questionnaire") && !table.contains_key("dimension"),
        Err(_) => false,
    }
}

fn questions(args: QuestionsArgs) -> Result<Exit> {
    let q = files::questionnaire_or_default(args.questionnaire.as_deref())?;
    let out = match args.format {
        QuestionsFormat::Table => export::table::questions(&q, color()),
        QuestionsFormat::Json => export::json::questions(&q),
        QuestionsFormat::Markdown => export::markdown::questions(&q),
    };
    emit(&out)?;
    Ok(Exit::Done)
}

fn template(args: TemplateArgs) -> Result<Exit> {
    let q = files::questionnaire_or_default(args.questionnaire.as_deref())?;
    let partner = args.partner.unwrap_or_else(|| "Partner name".to_owned());
    if partner.trim().is_empty() {
        bail!("--partner is empty: name the partner");
    }
    let sheet = AnswerSheet::new(&q, partner);
    let text = crate::answers::to_toml(&sheet, &q);
    // `--output -` is standard output, as `-` is standard input elsewhere.
    match args.output.filter(|p| p.as_os_str() != "-") {
        Some(path) => {
            files::write_new(&path, text.as_bytes(), args.force)?;
            crate::error::stderr_line(format_args!(
                "wrote {}: fill in the answers, then `partnercheck score {}`",
                path.display(),
                path.display()
            ));
        }
        None => emit(&text)?,
    }
    Ok(Exit::Done)
}
