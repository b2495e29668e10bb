//! `partnercheck init`: sets up a project in the current folder — a
//! `partnercheck.toml` with every key explained, and its answers folder —
//! asking for each value in a terminal, or taking flags and defaults.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::InitArgs;
use crate::commands::Context;
use crate::error::{Error, Exit, Result, stderr_line};
use crate::io::project::{create_folder, find_upward};
use crate::io::read::emit;
use crate::model::answers::Date;
use crate::model::project::{FILE_NAME, new_file_text};
use crate::sanitize::terminal;

/// The instrument a new project uses unless told.
const QUESTIONNAIRE: &str = "partnership-health";
/// The answers folder a new project uses unless told.
const ANSWERS: &str = "answers";

/// The values of the new project file.
struct Values {
    organization: String,
    questionnaire: String,
    answers: String,
    min_respondents: usize,
    round: Date,
}

pub fn run(args: InitArgs, ctx: &Context) -> Result<Exit> {
    let here = std::env::current_dir()
        .map_err(|e| Error::io(".", "cannot read the current folder", &e))?;
    let file = here.join(FILE_NAME);
    if (file.exists() || file.is_symlink()) && !args.force {
        return Err(Error::usage(format!(
            "{FILE_NAME} already exists here and was kept; `partnercheck round` shows it, \
             or pass --force to replace it"
        )));
    }
    if let Some(parent) = here.parent().and_then(find_upward) {
        stderr_line(format_args!(
            "partnercheck: this folder is inside the project of {}; \
             the new project here takes its place for this folder and the ones below it",
            terminal(&parent.display().to_string())
        ));
    }
    let interactive =
        !args.yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let values = if interactive {
        ask(&args, ctx)?
    } else {
        from_flags(&args, ctx)?
    };
    let q = values.questionnaire.as_str();
    if !here.join(q).is_file() && crate::io::load::load_questionnaire(q).is_err() {
        stderr_line(format_args!(
            "partnercheck: warning: the questionnaire `{}` is neither a file here nor an \
             embedded id; commands will fail until it exists",
            terminal(q)
        ));
    }
    let text = new_file_text(
        &values.organization,
        &values.questionnaire,
        &values.answers,
        values.min_respondents,
        values.round,
    );
    crate::io::write::write_new(&file, text.as_bytes(), args.force)?;
    let answers = here.join(&values.answers);
    let created = create_folder(&answers)?;
    emit(&next_steps(&values, created))?;
    Ok(Exit::Done)
}

/// The values from the flags and the defaults; `--organization` required.
fn from_flags(args: &InitArgs, ctx: &Context) -> Result<Values> {
    let organization = match args.organization.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => {
            return Err(Error::usage(
                "init needs --organization NAME (our side's name, shown instead of \"us\") \
                 when it does not ask: with --yes, or when not run in a terminal",
            ));
        }
    };
    let answers = args.answers.clone().unwrap_or_else(|| ANSWERS.to_owned());
    check_answers(&answers)?;
    Ok(Values {
        organization,
        questionnaire: args
            .questionnaire
            .clone()
            .unwrap_or_else(|| QUESTIONNAIRE.to_owned()),
        answers,
        min_respondents: args
            .min_respondents
            .map_or(1, |n| usize::try_from(n).unwrap_or(usize::MAX)),
        round: args.round.map_or(ctx.today, |r| r.resolve(ctx.today)),
    })
}

/// `--answers` must name a folder: not empty.
fn check_answers(answers: &str) -> Result<()> {
    if answers.trim().is_empty() {
        return Err(Error::usage("--answers is empty: name the answers folder"));
    }
    Ok(())
}

/// Asks for each value on the terminal, the flag (else the default) shown
/// as the answer Enter takes.
fn ask(args: &InitArgs, ctx: &Context) -> Result<Values> {
    use dialoguer::Input;
    use dialoguer::theme::ColorfulTheme;
    let theme = ColorfulTheme::default();
    let term = console::Term::stderr();
    let _ = term.write_line(
        "Setting up a partnercheck project in this folder; Enter keeps the value shown.",
    );
    let text = |prompt: &str,
                default: Option<String>,
                check: fn(&String) -> std::result::Result<(), String>| {
        let mut input = Input::<String>::with_theme(&theme).with_prompt(prompt);
        if let Some(d) = default {
            input = input.default(d);
        }
        input
            .validate_with(check)
            .interact_text_on(&term)
            .map_err(prompt_error)
    };
    let organization = text(
        "Your organisation's name (shown instead of \"us\")",
        args.organization.clone(),
        |s| {
            if s.trim().is_empty() {
                Err("give a name".to_owned())
            } else {
                Ok(())
            }
        },
    )?;
    let questionnaire = text(
        "Questionnaire (a file, or an embedded id)",
        Some(
            args.questionnaire
                .clone()
                .unwrap_or_else(|| QUESTIONNAIRE.to_owned()),
        ),
        |s| {
            if s.trim().is_empty() {
                Err("give a file or an id".to_owned())
            } else {
                Ok(())
            }
        },
    )?;
    let answers = text(
        "Answers folder",
        Some(args.answers.clone().unwrap_or_else(|| ANSWERS.to_owned())),
        |s| {
            if s.trim().is_empty() {
                Err("give a folder".to_owned())
            } else {
                Ok(())
            }
        },
    )?;
    let min = text(
        "Hide figures of fewer people than (1: hide nothing)",
        Some(args.min_respondents.unwrap_or(1).to_string()),
        |s| match s.trim().parse::<u64>() {
            Ok(n) if n >= 1 => Ok(()),
            _ => Err("give a whole number, 1 or more".to_owned()),
        },
    )?;
    let round = text(
        "Current round (YYYY-MM-DD, or today)",
        Some(
            args.round
                .map_or(ctx.today, |r| r.resolve(ctx.today))
                .to_string(),
        ),
        |s| {
            if s.trim().eq_ignore_ascii_case("today") {
                return Ok(());
            }
            s.trim().parse::<Date>().map(|_| ())
        },
    )?;
    let round = if round.trim().eq_ignore_ascii_case("today") {
        ctx.today
    } else {
        round.trim().parse::<Date>().map_err(Error::usage)?
    };
    Ok(Values {
        organization: organization.trim().to_owned(),
        questionnaire: questionnaire.trim().to_owned(),
        answers: answers.trim().to_owned(),
        min_respondents: min.trim().parse().unwrap_or(1),
        round,
    })
}

/// A prompt that could not go on: Ctrl-C, the end of input, a terminal error.
fn prompt_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(e) = e;
    match e.kind() {
        std::io::ErrorKind::Interrupted | std::io::ErrorKind::UnexpectedEof => Error::Interrupted(
            format!("init stopped; nothing was written ({FILE_NAME} not created)"),
        ),
        _ => Error::io("the terminal", "cannot ask", &e),
    }
}

/// What `init` prints when done: what it made and the commands to run next.
fn next_steps(v: &Values, created: bool) -> String {
    let folder = PathBuf::from(&v.answers).display().to_string();
    let folder = terminal(&folder);
    let mut out = format!(
        "Wrote {FILE_NAME} for {} (round {}).\n",
        terminal(&v.organization),
        v.round
    );
    if created {
        out.push_str(&format!("Created the answers folder {folder}/.\n"));
    } else {
        out.push_str(&format!("Answers go in {folder}/ (it exists).\n"));
    }
    out.push_str(&format!(
        "\nNext:\n\
         \x20 partnercheck form --partner \"Their Name\" --side them  # their people's form\n\
         \x20 partnercheck form --partner \"Their Name\" --side us    # our people's form\n\
         \x20 partnercheck interview      # or answer here, in the terminal\n\
         \x20 partnercheck compare        # once answers are in {folder}/\n\
         \x20 partnercheck round today    # when the next round starts\n"
    ));
    out
}
