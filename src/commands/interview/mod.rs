//! `partnercheck interview`: the guided interview in the terminal.
//!
//! [`flow`] holds the interview itself behind the [`flow::Prompter`] trait;
//! [`terminal`] answers it with small menus ([`menu`]), [`plain`] with numbered
//! choices read line by line (`--plain`). This module does the edges: flags,
//! the answers file (written atomically after every answer), Ctrl-C, and the
//! score at the end. Every word on the interview's screens comes from
//! [`words`], in the instrument's language (`--lang`); errors stay English.

pub mod flow;
pub mod menu;
pub mod plain;
pub mod signals;
pub mod terminal;
pub mod words;

use std::fs;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Mutex, OnceLock};

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
use crate::present::{self, Format, Terminal};
use crate::sanitize::terminal as safe;
use flow::{Prompter, Stop};
use signals::{EXIT_ON_SIGNAL, INTERRUPTED};
use words::Words;

/// Held while the answers file is written, so the handler never exits
/// halfway through a write.
static SAVING: Mutex<()> = Mutex::new(());
/// What is saved, for the message when stopped now; updated after every
/// save (`None`: nothing yet).
static SAVED: Mutex<Option<Saved>> = Mutex::new(None);
/// The interview's words, for the message the Ctrl-C handler prints.
static WORDS: OnceLock<Words> = OnceLock::new();

/// How far the answers file has got.
#[derive(Debug, Clone)]
struct Saved {
    path: PathBuf,
    answered: usize,
    total: usize,
    /// Flags to name again on `--resume` (` --questionnaire FILE`).
    resume_with: String,
}

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
    // The instrument's language (`--lang`, `--translation`, or its own).
    let w = Words::new(&q.lang);
    let _ = WORDS.set(w);
    let tty = io::stdin().is_terminal() && io::stderr().is_terminal();
    if !args.plain && !tty {
        bail!(
            "the interview needs a terminal (standard input and standard error), and there is none here.\n\
             - answer line by line instead: partnercheck interview --plain\n\
             - or write a file to fill in by hand: partnercheck template --output FILE, \
             then partnercheck score FILE"
        );
    }
    set_saved(None);
    EXIT_ON_SIGNAL.store(args.plain, Ordering::SeqCst);
    ctrlc::set_handler(on_signal).map_err(|e| anyhow::anyhow!("cannot catch Ctrl-C: {e}"))?;
    let outcome = if args.plain {
        let echo = !io::stdin().is_terminal();
        let mut p = plain::Plain::new(io::stdin().lock(), io::stderr(), echo, w);
        interview(&args, &q, start, (organization, folder), today, &mut p)
    } else {
        let mut p = terminal::Dialog::new(w);
        let outcome = interview(&args, &q, start, (organization, folder), today, &mut p);
        let _ = console::Term::stderr().show_cursor();
        outcome
    };
    let (path, sheet) = match outcome {
        Ok(done) => done,
        Err(e) => {
            let saved = saved();
            return match e.downcast_ref::<Stop>() {
                Some(stop) => {
                    let message = stopped(*stop, saved.as_ref(), w);
                    Err(Error::Interrupted(closing_lines(&message, stderr_width())).into())
                }
                // A failure once answers are saved says where they are (in
                // English, as errors are).
                None if saved.is_some() => Err(anyhow::anyhow!(
                    "{e:#}\n{}",
                    stop_message(saved.as_ref(), Words::default())
                )),
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
    let closing = w.args(
        "interview-saved",
        &[
            ("file", &safe(&shown)),
            (
                "command",
                &format!("partnercheck score {}", shell_word(&shown)),
            ),
        ],
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
/// a word longer than that stands alone on its line, unbroken. Its own
/// line breaks are kept.
fn closing_lines(text: &str, width: usize) -> String {
    let options = textwrap::Options::new(width.saturating_sub(1).max(20))
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    text.split('\n')
        .map(|line| textwrap::fill(line, &options))
        .collect::<Vec<_>>()
        .join("\n")
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
    let w = p.words();
    p.say(&opening(q, about, p.hint(), w))?;
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
            let resuming = w.args(
                "interview-resuming",
                &[
                    ("file", &safe(&path.display().to_string())),
                    ("partner", &safe(&sheet.partner)),
                    ("answered", &answered.to_string()),
                    ("total", &q.questions.len().to_string()),
                ],
            );
            p.say(&format!("\n{resuming}"))?;
            let finished = flow::finished(q, &sheet);
            if finished {
                p.say(&w.t("interview-all-answered"))?;
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
                let folder = safe(&crate::commands::shown_path(parent)).into_owned();
                p.say(&w.args("interview-folder-created", &[("folder", &folder)]))?;
            }
            if path.is_dir() {
                bail!(
                    "{}: is a folder: give --output a file name",
                    safe(&path.display().to_string())
                );
            }
            if path.exists() && !args.force.force {
                let shown = safe(&path.display().to_string()).into_owned();
                let question = w.args("interview-replace", &[("file", &shown)]);
                let overwrite = p.confirm(&question, false)?;
                if !overwrite {
                    bail!(
                        "{shown}: already exists and was kept; choose another --output, \
                         go on with it using --resume {shown}, or pass --force"
                    );
                }
            }
            let file = safe(&crate::commands::shown_path(&path)).into_owned();
            p.say(&format!(
                "\n{}",
                w.args("interview-saving-to", &[("file", &file)])
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
        set_saved(Some(Saved {
            path: self.path.clone(),
            answered: sheet.values.iter().filter(|v| v.is_some()).count(),
            total: q.questions.len(),
            resume_with: resume_with.to_owned(),
        }));
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
    let w = p.words();
    let partner = match &args.answer.partner {
        Some(partner) => partner.trim().to_owned(),
        None => loop {
            p.say("")?;
            let name = p.text(&w.t("interview-which-partner"), "")?;
            if !name.trim().is_empty() {
                break name.trim().to_owned();
            }
            p.say(&w.t("interview-partner-needed"))?;
        },
    };
    let mut sheet = AnswerSheet::new(q, partner);
    let respondent = match &args.answer.respondent {
        Some(r) => r.clone(),
        None => p.text(&w.t("interview-your-name"), "")?,
    };
    sheet.respondent = Some(respondent.trim().to_owned()).filter(|r| !r.is_empty());
    sheet.side = match args.answer.side {
        Some(side) => side,
        None => {
            let ours = organization.map_or_else(
                || w.t("interview-our-organisation"),
                |o| safe(o).into_owned(),
            );
            let theirs = safe(&sheet.partner).into_owned();
            let items = [ours.as_str(), theirs.as_str()];
            match p.select(&w.t("interview-which-side"), &items, 0)? {
                0 => Side::Us,
                _ => Side::Them,
            }
        }
    };
    sheet.date = Some(args.answer.date.unwrap_or(today));
    sheet.round = args.answer.round;
    Ok(sheet)
}

fn set_saved(saved: Option<Saved>) {
    *SAVED.lock().unwrap_or_else(|p| p.into_inner()) = saved;
}

fn saved() -> Option<Saved> {
    SAVED.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// What is saved and how to go on: "3 of 8 answers are saved in acme.toml.
/// Go on later with: partnercheck interview --resume acme.toml".
fn stop_message(saved: Option<&Saved>, w: Words) -> String {
    let Some(saved) = saved else {
        return w.t("interview-nothing-saved");
    };
    let name = saved.path.display().to_string();
    let command = format!(
        "partnercheck interview --resume {}{}",
        shell_word(&name),
        saved.resume_with
    );
    format!(
        "{}\n{}",
        w.args(
            "interview-stopped-saved",
            &[
                ("answered", &saved.answered.to_string()),
                ("total", &saved.total.to_string()),
                ("file", &safe(&name)),
            ],
        ),
        w.args("interview-go-on-later", &[("command", &command)])
    )
}

/// The message of a stop, from a new line: why, what is saved, how to go on.
fn stopped(stop: Stop, saved: Option<&Saved>, w: Words) -> String {
    let why = w.t(match stop {
        Stop::Interrupted => "interview-stop-interrupted",
        Stop::Quit => "interview-stop-quit",
        Stop::EndOfInput => "interview-stop-end-of-input",
    });
    format!("\n{}{}", w.prompt(&why), stop_message(saved, w))
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
        let w = WORDS.get().copied().unwrap_or_default();
        let message = stopped(Stop::Interrupted, saved().as_ref(), w);
        let message = closing_lines(&message, stderr_width());
        crate::error::stderr_line(format_args!("{message}"));
        std::process::exit(130);
    }
}

/// The first screen: what this is, how long, how to answer.
fn opening(q: &Questionnaire, about: Option<&str>, hint: String, w: Words) -> String {
    let n = q.questions.len();
    let about = about
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map_or_else(String::new, |a| format!("\n{}", safe(a)));
    let mut out = format!(
        "{}{about}\n{}",
        safe(&q.title),
        w.args(
            "interview-opening",
            &[
                ("statements", &n.to_string()),
                ("parts", &q.dimensions.len().to_string()),
                ("minutes", &flow::minutes(n).to_string()),
            ],
        )
    );
    if q.scale.allow_unsure {
        let unsure = safe(&w.unsure(&q.scale)).into_owned();
        out.push('\n');
        out.push_str(&w.args("interview-unsure-always", &[("unsure", &unsure)]));
    }
    if q.interview.expected {
        out.push('\n');
        out.push_str(&w.t("interview-expectations-ahead"));
    }
    out.push('\n');
    out.push_str(&w.t("interview-kept-as-you-go"));
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
        let en = Words::default();
        let text = opening(&q, None, "HINT".into(), en);
        assert!(
            text.starts_with(
                "Partnership health check\n23 statements in 4 parts, about 8 minutes."
            ),
            "{text}"
        );
        assert!(text.contains("\"Don't know / not applicable\" is always a choice."));
        assert!(text.contains("saved after each one"));
        assert!(text.ends_with("HINT"));
        assert!(text.contains("how far you think the other side agrees with its statements"));
        let pulse = Questionnaire::embedded("partnership-pulse").unwrap();
        assert!(!opening(&pulse, None, "HINT".into(), en).contains("other side"));
        // In German, with the translation's words for "don't know".
        let mut de = q.clone();
        de.scale.unsure = Some("Weiß nicht / trifft nicht zu".into());
        let text = opening(&de, None, "HINT".into(), Words::new("de"));
        assert!(
            text.contains("\n23 Aussagen in 4 Teilen, etwa 8 Minuten."),
            "{text}"
        );
        assert!(text.contains("„Weiß nicht / trifft nicht zu“"), "{text}");
        assert!(!text.contains("statements"), "{text}");
    }

    #[test]
    fn closing_lines_break_between_words_and_keep_line_breaks() {
        let text = "\nAngehalten: 2 von 8 Antworten sind in de50.toml gespeichert.\n\
                    Später weitermachen mit: partnercheck interview --resume de50.toml";
        let lines = closing_lines(text, 50);
        assert_eq!(
            lines,
            "\nAngehalten: 2 von 8 Antworten sind in de50.toml\ngespeichert.\n\
             Später weitermachen mit: partnercheck interview\n--resume de50.toml"
        );
    }

    /// A file name is never broken at its hyphens (as a word splitter
    /// would hyphenate prose): it stands whole on the next line.
    #[test]
    fn closing_lines_keep_a_hyphenated_file_name_whole() {
        let text = "Später weitermachen mit: partnercheck interview --resume \
                    acme-them-jo-2026-12-06.toml";
        let lines = closing_lines(text, 80);
        assert_eq!(
            lines,
            "Später weitermachen mit: partnercheck interview --resume\n\
             acme-them-jo-2026-12-06.toml"
        );
    }

    #[test]
    fn stop_message_names_the_file_and_how_to_resume() {
        let saved = Saved {
            path: PathBuf::from("my acme.toml"),
            answered: 3,
            total: 8,
            resume_with: String::new(),
        };
        let en = Words::default();
        assert_eq!(
            stopped(Stop::Interrupted, Some(&saved), en),
            "\nInterrupted: 3 of 8 answers are saved in my acme.toml.\n\
             Go on later with: partnercheck interview --resume 'my acme.toml'"
        );
        assert_eq!(
            stopped(Stop::Quit, None, en),
            "\nStopped: nothing was saved yet."
        );
        let one = Saved {
            path: PathBuf::from("a.toml"),
            answered: 1,
            resume_with: " --questionnaire q.toml".into(),
            ..saved
        };
        let m = stop_message(Some(&one), en);
        assert!(m.starts_with("1 of 8 answers is saved in a.toml."), "{m}");
        assert!(m.ends_with("--resume a.toml --questionnaire q.toml"), "{m}");
        let m = stopped(Stop::EndOfInput, Some(&one), Words::new("fr"));
        assert_eq!(
            m,
            "\nLa saisie s'est terminée avant la dernière question : \
             1 réponse sur 8 est enregistrée dans a.toml.\n\
             Pour reprendre plus tard : partnercheck interview --resume a.toml --questionnaire q.toml"
        );
    }
}
