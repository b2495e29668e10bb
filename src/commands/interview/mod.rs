//! `partnercheck interview`: the guided interview in the terminal.
//!
//! [`flow`] holds the interview itself behind the [`flow::Prompter`] trait;
//! [`terminal`] answers it with small menus ([`menu`]), [`plain`] with numbered
//! choices read line by line (`--plain`). This module does the edges: flags,
//! the answers file (written atomically after every answer), Ctrl-C, and the
//! score at the end.

pub mod flow;
pub mod menu;
pub mod plain;
pub mod signals;
pub mod terminal;

use std::fs;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::Ordering;

use anyhow::{Result, bail};

use crate::cli::InterviewArgs;
use crate::commands::Context;
use crate::diag::Source;
use crate::engine::assess::assess;
use crate::error::{Error, Exit};
use crate::io::load::{
    check_answers, load_questionnaire, named_questionnaire, questionnaire_or_default,
};
use crate::io::names;
use crate::io::read::{emit, read};
use crate::io::write::{Existing, check_chosen, create_new, replace_checked, write_atomic};
use crate::model::answers::write::to_toml;
use crate::model::answers::{AnswerSheet, Date, RawAnswers, Side};
use crate::model::questionnaire::Questionnaire;
use crate::present::{self, Format, Terminal, count};
use crate::sanitize::terminal as safe;
use flow::{Prompter, Stop};
use signals::{EXIT_ON_SIGNAL, INTERRUPTED};

/// Held while the answers file is written, so the handler never exits
/// halfway through a write.
static SAVING: Mutex<()> = Mutex::new(());
/// What to print when stopped now; updated after every save.
static STOP_MESSAGE: Mutex<String> = Mutex::new(String::new());

pub fn run(mut args: InterviewArgs, ctx: &Context) -> crate::error::Result<Exit> {
    if args.questionnaire.questionnaire.is_none() && args.resume.is_none() {
        args.questionnaire.questionnaire = ctx.questionnaire(None).map(str::to_owned);
    }
    if args.answer.round.is_none() {
        args.answer.round = ctx.round(None);
    }
    interview_command(args, ctx).map_err(Into::into)
}

/// The prompts fail with `anyhow` errors (a [`Stop`] among them); they
/// become an [`Error`] at the edge. The context gives our organisation's
/// name (for the partner's people's expectations), today's date and the
/// terminal.
fn interview_command(mut args: InterviewArgs, ctx: &Context) -> Result<Exit> {
    let organization = ctx.organization();
    args.answer.round = ctx.round(args.answer.round);
    let folder = ctx.answers_folder();
    let today = ctx.today;
    let (q, start) = prepare(&args)?;
    let tty = io::stdin().is_terminal() && io::stderr().is_terminal();
    if !args.plain && !tty {
        bail!(
            "the interview needs a terminal (standard input and standard error), and there is none here.\n\
             - answer line by line instead: partnercheck interview --plain\n\
             - or write a file to fill in by hand: partnercheck template --output FILE, \
             then partnercheck score FILE"
        );
    }
    set_stop_message(stopped_before_saving());
    EXIT_ON_SIGNAL.store(args.plain, Ordering::SeqCst);
    ctrlc::set_handler(on_signal).map_err(|e| anyhow::anyhow!("cannot catch Ctrl-C: {e}"))?;
    let outcome = if args.plain {
        let echo = !io::stdin().is_terminal();
        let mut p = plain::Plain::new(io::stdin().lock(), io::stderr(), echo);
        interview(&args, &q, start, (organization, folder), today, &mut p)
    } else {
        let mut p = terminal::Dialog::default();
        let outcome = interview(&args, &q, start, (organization, folder), today, &mut p);
        let _ = console::Term::stderr().show_cursor();
        outcome
    };
    let (path, sheet) = match outcome {
        Ok(done) => done,
        Err(e) => {
            let message = STOP_MESSAGE
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone();
            return match e.downcast_ref::<Stop>() {
                Some(stop) => {
                    Err(Error::Interrupted(format!("\n{}: {message}", stop_title(*stop))).into())
                }
                // A failure once answers are saved says where they are.
                None if message != stopped_before_saving() => {
                    Err(anyhow::anyhow!("{e:#}\n{message}"))
                }
                None => Err(e),
            };
        }
    };
    let name = path.display().to_string();
    let result = assess(&name, &sheet, &q);
    crate::error::stderr_line(format_args!(""));
    // `--plain` promises no colour; otherwise exactly what `score` prints.
    let terminal = Terminal {
        color: ctx.terminal.color && !args.plain,
        ..ctx.terminal
    };
    emit(&present::score(
        Format::Table,
        std::slice::from_ref(&result),
        &[&q],
        terminal,
    ))?;
    // Wrapped between words at the terminal's width: a file name is never
    // broken (one longer than the width has its own line).
    let shown = crate::commands::shown_path(&path);
    let closing = format!(
        "Saved to {}. Score it again any time: partnercheck score {}",
        safe(&shown),
        shell_word(&shown)
    );
    crate::error::stderr_line(format_args!(
        "\n{}",
        closing_lines(&closing, stderr_width())
    ));
    Ok(Exit::Done)
}

/// The width of the terminal on stderr, else `COLUMNS`, else 80.
fn stderr_width() -> usize {
    console::Term::stderr()
        .size_checked()
        .map(|(_, c)| c as usize)
        .filter(|c| *c > 0)
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse().ok())
                .filter(|c: &usize| *c > 0)
        })
        .unwrap_or(80)
}

/// `text` broken between words so that no line reaches `width` columns;
/// a word longer than that stands alone on its line, unbroken.
fn closing_lines(text: &str, width: usize) -> String {
    let options = textwrap::Options::new(width.saturating_sub(1).max(20)).break_words(false);
    textwrap::fill(text, options)
}

/// How the interview begins: a new file, or one to go on with.
#[allow(clippy::large_enum_variant)] // made once per interview
enum Start {
    New,
    Resume(PathBuf, AnswerSheet),
}

/// Loads what the flags name, before anything is asked or written.
fn prepare(args: &InterviewArgs) -> Result<(Questionnaire, Start)> {
    // The file is read and written again after every answer: `-` (standard
    // input) cannot be that file.
    for (flag, path) in [
        ("--resume", &args.resume),
        ("--output", &args.output.output),
    ] {
        if path.as_deref().is_some_and(|p| p.as_os_str() == "-") {
            bail!("{flag} -: the interview saves to a file after every answer; name one");
        }
    }
    let Some(path) = &args.resume else {
        let spec = args.questionnaire.get();
        let q = crate::commands::in_lang(questionnaire_or_default(spec)?, spec, &args.lang)?;
        return Ok((q, Start::New));
    };
    let (name, text) = read(path)?;
    if crate::model::answers::is_json(&name) {
        bail!("{name}: --resume takes a TOML answers file, as interview writes them");
    }
    let src = Source::new(&name, &text);
    let raw = RawAnswers::parse(src)?;
    let q = match args.questionnaire.get() {
        Some(spec) => load_questionnaire(spec)?,
        None => named_questionnaire(src, &raw.questionnaire)?,
    };
    let loaded = check_answers(&name, raw, &text, &q, false)?;
    let q = crate::commands::in_lang(q, args.questionnaire.get(), &args.lang)?;
    Ok((q, Start::Resume(path.clone(), loaded.sheet)))
}

/// The whole conversation: opening, who answers, the questions. Returns
/// the saved file and its sheet.
fn interview(
    args: &InterviewArgs,
    q: &Questionnaire,
    start: Start,
    (organization, folder): (Option<&str>, Option<&Path>),
    today: Date,
    p: &mut dyn Prompter,
) -> Result<(PathBuf, AnswerSheet)> {
    let side = match &start {
        Start::Resume(_, sheet) => Some(args.answer.side.unwrap_or(sheet.side)),
        Start::New => args.answer.side,
    };
    let about = match side {
        Some(side) => q.description_for(side),
        None => q.description.as_deref(),
    };
    p.say(&opening(q, about, p.hint()))?;
    let mut anonymous = false;
    let (path, mut sheet, finished) = match start {
        Start::Resume(path, mut sheet) => {
            if let Some(r) = &args.answer.respondent {
                sheet.respondent = Some(r.clone()).filter(|r| !r.trim().is_empty());
            }
            if let Some(side) = args.answer.side {
                sheet.side = side;
            }
            if let Some(date) = args.answer.date {
                sheet.date = Some(date);
            }
            if sheet.date.is_none() {
                sheet.date = Some(today);
            }
            if let Some(round) = args.answer.round {
                sheet.round = Some(round);
            }
            let answered = sheet.values.iter().filter(|v| v.is_some()).count();
            p.say(&format!(
                "\nGoing on with {} about {}: {answered} of {} questions answered.",
                safe(&path.display().to_string()),
                safe(&sheet.partner),
                q.questions.len()
            ))?;
            let finished = flow::finished(q, &sheet);
            if finished {
                p.say("Every question is answered already.")?;
            }
            (path, sheet, finished)
        }
        Start::New => {
            let sheet = who(args, q, organization, today, p)?;
            // A respondent who is not known gets a random suffix, kept in
            // the file's name (a resumed interview goes on with that file).
            // Without --output: a name made from the answers, in the
            // project's answers folder when there is one.
            anonymous = args.output.output.is_none()
                && !names::respondent_known(sheet.respondent.as_deref());
            let path = args.output.output.clone().unwrap_or_else(|| {
                let name = chosen_path(&sheet, anonymous);
                folder.map_or_else(|| name.clone(), |f| f.join(&name))
            });
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
                && crate::io::project::create_folder(parent)?
            {
                p.say(&format!(
                    "Created the folder {}.",
                    safe(&crate::commands::shown_path(parent))
                ))?;
            }
            if path.is_dir() {
                bail!(
                    "{}: is a folder: give --output a file name",
                    safe(&path.display().to_string())
                );
            }
            if path.exists() && !args.force.force {
                let shown = safe(&path.display().to_string()).into_owned();
                let overwrite =
                    p.confirm(&format!("{shown} already exists. Replace it?"), false)?;
                if !overwrite {
                    bail!(
                        "{shown}: already exists and was kept; choose another --output, \
                         go on with it using --resume {shown}, or pass --force"
                    );
                }
            }
            p.say(&format!(
                "\nSaving to {} after every answer.",
                safe(&crate::commands::shown_path(&path))
            ))?;
            (path, sheet, false)
        }
    };
    sheet.complete = Some(false);
    // A questionnaire from a file must be named again to resume.
    let resume_with = match args.questionnaire.get() {
        Some(spec) if Questionnaire::embedded(&q.id).is_none() => {
            format!(" --questionnaire {}", shell_word(spec))
        }
        _ => String::new(),
    };
    // The file is created without replacing one that appears meanwhile,
    // then replaced only while it is still the one this interview wrote.
    let was = match fs::symlink_metadata(&path) {
        Ok(m) if m.file_type().is_file() => Some(check_chosen(&path)?),
        Ok(_) => None,
        Err(_) => Some(Existing::None),
    };
    let mut saver = Saver {
        path,
        was,
        anonymous,
    };
    let mut save = |sheet: &AnswerSheet| saver.save(sheet, q, &resume_with);
    if finished {
        sheet.complete = Some(true);
        save(&sheet)?;
    } else {
        save(&sheet)?;
        flow::ask_questions(q, &mut sheet, organization, p, &mut save)?;
    }
    Ok((saver.path, sheet))
}

/// The file name an interview chooses: `PARTNER-SIDE-RESPONDENT-DATE`, with
/// a fresh random suffix for a respondent who is not known.
fn chosen_path(sheet: &AnswerSheet, anonymous: bool) -> PathBuf {
    let suffix = anonymous.then(names::random_suffix);
    PathBuf::from(names::chosen_name(
        Some(&sheet.partner),
        Some(sheet.side),
        sheet.respondent.as_deref(),
        sheet.date,
        suffix.as_deref(),
    ))
}

/// Where an interview saves, and the file it last wrote there.
struct Saver {
    path: PathBuf,
    /// The file as this interview last saw it (`Existing::None`: to be
    /// created); `None` for a link or a device, written through as before.
    was: Option<Existing>,
    /// The name was chosen for an unknown respondent: when another file
    /// takes it first, a new suffix is drawn.
    anonymous: bool,
}

impl Saver {
    fn save(&mut self, sheet: &AnswerSheet, q: &Questionnaire, resume_with: &str) -> Result<()> {
        let _writing = SAVING.lock().unwrap_or_else(|p| p.into_inner());
        let text = to_toml(sheet, q);
        let mut tries = 0;
        loop {
            let shown = safe(&self.path.display().to_string()).into_owned();
            let done = match self.was {
                None => {
                    write_atomic(&self.path, text.as_bytes())?;
                    break;
                }
                Some(Existing::None) => create_new(&self.path, text.as_bytes(), true),
                Some(was) => replace_checked(&self.path, was, text.as_bytes(), true),
            };
            match done {
                Ok(()) => break,
                Err(e)
                    if e.kind() == io::ErrorKind::AlreadyExists
                        && self.anonymous
                        && self.was == Some(Existing::None)
                        && tries < 10 =>
                {
                    tries += 1;
                    self.path = chosen_path(sheet, true);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => bail!(
                    "{shown}: already exists: another interview or person wrote it meanwhile, \
                     and it was kept; choose another --output"
                ),
                Err(e) => bail!("{shown}: cannot write: {e}"),
            }
        }
        if self.was.is_some() {
            self.was = Some(check_chosen(&self.path)?);
        }
        let answered = sheet.values.iter().filter(|v| v.is_some()).count();
        set_stop_message(stopped_after_saving(
            &self.path,
            answered,
            q.questions.len(),
            resume_with,
        ));
        Ok(())
    }
}

/// Partner, respondent and side: from the flags, or asked.
fn who(
    args: &InterviewArgs,
    q: &Questionnaire,
    organization: Option<&str>,
    today: Date,
    p: &mut dyn Prompter,
) -> Result<AnswerSheet> {
    let partner = match &args.answer.partner {
        Some(partner) => partner.trim().to_owned(),
        None => loop {
            p.say("")?;
            let name = p.text("Which partner are the answers about?", "")?;
            if !name.trim().is_empty() {
                break name.trim().to_owned();
            }
            p.say("The partner's name is needed, e.g. Acme Logistics.")?;
        },
    };
    let mut sheet = AnswerSheet::new(q, partner);
    let respondent = match &args.answer.respondent {
        Some(r) => r.clone(),
        None => p.text("Your name (optional, Enter to skip)", "")?,
    };
    sheet.respondent = Some(respondent.trim().to_owned()).filter(|r| !r.is_empty());
    sheet.side = match args.answer.side {
        Some(side) => side,
        None => {
            let ours = safe(organization.unwrap_or("our organisation")).into_owned();
            let theirs = safe(&sheet.partner).into_owned();
            let items = [ours.as_str(), theirs.as_str()];
            match p.select("Which organisation do you work for?", &items, 0)? {
                0 => Side::Us,
                _ => Side::Them,
            }
        }
    };
    sheet.date = Some(args.answer.date.unwrap_or(today));
    sheet.round = args.answer.round;
    Ok(sheet)
}

fn set_stop_message(message: String) {
    *STOP_MESSAGE.lock().unwrap_or_else(|p| p.into_inner()) = message;
}

fn stopped_before_saving() -> String {
    "nothing was saved yet.".to_owned()
}

fn stopped_after_saving(path: &Path, answered: usize, total: usize, resume_with: &str) -> String {
    let name = path.display().to_string();
    format!(
        "{answered} of {total} {} saved in {}.\n\
         Go on later with: partnercheck interview --resume {}{resume_with}",
        if answered == 1 {
            "answers is"
        } else {
            "answers are"
        },
        safe(&name),
        shell_word(&name)
    )
}

fn stop_title(stop: Stop) -> String {
    let mut title = stop.to_string();
    if let Some(first) = title.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    title
}

/// The Ctrl-C handler. Inside a dialoguer prompt the key arrives as an error
/// from the prompt; the flag catches one between prompts. In `--plain` the
/// handler waits for a write in progress, then stops the process; so does a
/// second Ctrl-C that the menus did not act on (one pressed in the instant
/// before a menu starts reading keys).
fn on_signal() {
    let again = INTERRUPTED.swap(true, Ordering::SeqCst);
    let plain = EXIT_ON_SIGNAL.load(Ordering::SeqCst);
    if plain || again {
        let _writing = SAVING.lock().unwrap_or_else(|p| p.into_inner());
        menu::restore_terminal();
        let term = console::Term::stderr();
        let drawn = menu::DRAWN.swap(0, Ordering::SeqCst);
        if drawn > 0 {
            let _ = term.clear_last_lines(drawn);
        }
        if !plain || drawn > 0 {
            let _ = term.show_cursor();
        }
        let message = STOP_MESSAGE
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        crate::error::stderr_line(format_args!(
            "\n{}: {message}",
            stop_title(Stop::Interrupted)
        ));
        std::process::exit(130);
    }
}

/// The first screen: what this is, how long, how to answer.
fn opening(q: &Questionnaire, about: Option<&str>, hint: String) -> String {
    let n = q.questions.len();
    let about = about
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map_or_else(String::new, |a| format!("\n{}", safe(a)));
    let mut out = format!(
        "{}{about}\n{} in {}, about {}. \
         Say how much you agree with each one.",
        safe(&q.title),
        count(n, "statement"),
        count(q.dimensions.len(), "part"),
        count(flow::minutes(n), "minute")
    );
    if q.scale.allow_unsure {
        out.push_str("\n\"Don't know / not applicable\" is always a choice.");
    }
    if q.interview.expected {
        out.push_str(
            "\nAfter each part you are also asked how far you think the other side agrees with its statements.",
        );
    }
    out.push_str(
        "\nYour answers are saved after each one: you can stop at any time and go on later.",
    );
    out.push('\n');
    out.push_str(&hint);
    out
}

/// A path as one shell word, quoted when needed.
pub fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./+:@%".contains(c));
    if plain {
        s.to_owned()
    } else {
        format!("'{}'", safe(s).replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_are_quoted_when_needed() {
        assert_eq!(
            shell_word("answers/acme-2026.toml"),
            "answers/acme-2026.toml"
        );
        assert_eq!(shell_word("my file.toml"), "'my file.toml'");
        assert_eq!(shell_word("it's.toml"), r"'it'\''s.toml'");
    }

    #[test]
    fn opening_says_what_to_expect() {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let text = opening(&q, None, "HINT".into());
        assert!(
            text.starts_with(
                "Partnership health check\n23 statements in 4 parts, about 8 minutes."
            ),
            "{text}"
        );
        assert!(text.contains("Don't know / not applicable"));
        assert!(text.contains("saved after each one"));
        assert!(text.ends_with("HINT"));
        assert!(text.contains("how far you think the other side agrees with its statements"));
        let pulse = Questionnaire::embedded("partnership-pulse").unwrap();
        assert!(!opening(&pulse, None, "HINT".into()).contains("other side"));
    }

    #[test]
    fn stop_message_names_the_file_and_how_to_resume() {
        let m = stopped_after_saving(Path::new("my acme.toml"), 3, 8, "");
        assert_eq!(
            m,
            "3 of 8 answers are saved in my acme.toml.\n\
             Go on later with: partnercheck interview --resume 'my acme.toml'"
        );
        assert_eq!(stop_title(Stop::Interrupted), "Interrupted");
        let m = stopped_after_saving(Path::new("a.toml"), 0, 8, " --questionnaire q.toml");
        assert!(m.ends_with("--resume a.toml --questionnaire q.toml"), "{m}");
    }
}
