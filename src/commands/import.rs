//! `partnercheck import`: survey-tool exports to answers files, one per
//! respondent. Every row of every file is checked before anything is
//! written; then the files are written all or nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::cli::ImportArgs;
use crate::commands::Context;
use crate::diag::Source;
use crate::error::{Error, Exit, Result, stderr_line, warn};
use crate::io::import::{self, Defaults, Plan, Planned, dates};
use crate::io::load::questionnaire_or_default;
use crate::io::read::{emit, read};
use crate::io::write::{
    Existing, check_chosen, create_new, remove_stale_temporaries, replace_checked, sync_folder,
};
use crate::model::answers::{Date, RawAnswers};
use crate::model::map::ColumnMap;
use crate::model::questionnaire::Questionnaire;
use crate::sanitize::terminal;

/// The longest file name (in bytes) a file system takes.
const NAME_MAX: usize = 255;

/// At most this many warnings are printed, then a count.
const WARNINGS: usize = 50;

pub fn run(args: ImportArgs, ctx: &Context) -> Result<Exit> {
    let spec = ctx.questionnaire(args.questionnaire.get());
    let q = questionnaire_or_default(spec)?;
    let round = ctx.round(args.round);
    if let Some(f) = &args.date_format {
        dates::check_format(f).map_err(Error::usage)?;
    }
    let dir = args
        .output_dir
        .clone()
        .or_else(|| ctx.answers_folder().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let map = match &args.map {
        Some(path) => {
            let (name, text) = read(path)?;
            ColumnMap::from_toml(Source::new(&name, &text), &q)?
        }
        None => ColumnMap::default(),
    };
    let encoding = match &args.encoding {
        Some(label) => Some(
            encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
                Error::usage(format!(
                    "--encoding {}: not an encoding's name (e.g. windows-1252, iso-8859-1, \
                     macintosh, shift_jis, utf-16le)",
                    terminal(label)
                ))
            })?,
        ),
        None => None,
    };
    check_distinct(&args.files)?;
    let exports = args
        .files
        .iter()
        .map(|f| import::read(f, encoding))
        .collect::<Result<Vec<_>>>()?;
    warn(exports.iter().flat_map(|e| e.warnings.iter().cloned()));
    let defaults = Defaults {
        partner: args.partner.clone(),
        side: args.side,
        date: args.date,
        round,
        date_format: args.date_format.clone(),
        organization: ctx.organization().map(str::to_owned),
    };
    // Headers and labels in every language available for the questionnaire.
    let map = crate::io::lang::import_map(&q, spec, &map)?;
    let plan = import::plan(&exports, &q, &map, &defaults)?;
    for line in &plan.headers {
        stderr_line(format_args!("{}", terminal(line)));
    }
    if !plan.ignored.is_empty() {
        if args.strict {
            return Err(Error::input(format!(
                "columns that match no question or key (--strict): {}{}; \
                 a map file can name them, or mark them `ignore`",
                plan.ignored[..plan.ignored.len().min(WARNINGS)].join("; "),
                if plan.ignored.len() > WARNINGS {
                    format!(" … and {} more", plan.ignored.len() - WARNINGS)
                } else {
                    String::new()
                }
            )));
        }
        let more = plan.ignored.len().saturating_sub(WARNINGS);
        warn(
            plan.ignored
                .iter()
                .take(WARNINGS)
                .map(|c| format!("{c}: matches no question or key; ignored")),
        );
        if more > 0 {
            warn([format!("… and {more} more columns that match nothing")]);
        }
    }
    // The folder is made first: every target in it is checked next.
    if !args.dry_run && !dir.exists() {
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::io(dir.display().to_string(), "cannot create the folder", &e))?;
        stderr_line(format_args!(
            "created the folder {}",
            terminal(&crate::commands::shown_path(&dir))
        ));
    }
    // A run that was killed left its temporary files: they go first.
    if !args.dry_run {
        remove_stale_temporaries(&dir);
    }
    // Every target is checked before anything is written.
    let writer_round = args.round;
    // Each file's text is built as it is written, never all at once.
    let writer = import::text::Writer::new(&q, round);
    let mut targets = Vec::with_capacity(plan.files.len());
    let mut problems = Vec::new();
    // The folder is listed once: a name it does not hold (and short enough
    // for a file system) is new without a look of its own; a file put there
    // meanwhile is never replaced (`create_new`).
    let listed: Option<std::collections::HashSet<std::ffi::OsString>> =
        std::fs::read_dir(&dir).ok().map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.file_name()))
                .collect()
        });
    for file in &plan.files {
        let unseen = listed.as_ref().is_some_and(|names| {
            file.name.len() <= NAME_MAX && !names.contains(std::ffi::OsStr::new(&*file.name))
        });
        let path = &join(&dir, &file.name);
        let checked = if unseen {
            Ok(Existing::None)
        } else {
            check_chosen(path)
        };
        match checked {
            Ok(Existing::None) => targets.push(Outcome::New),
            Ok(was @ Existing::File(..)) => match same_content(path, &plan, file, &q, writer_round)
            {
                Ok(Same::Yes) => targets.push(Outcome::Unchanged),
                Ok(Same::No(text)) if args.force.force => {
                    targets.push(Outcome::Replace(Box::new((was, text))));
                }
                Ok(Same::No(_)) => problems.push(format!(
                    "{}: already exists with other answers than {}; \
                     pass --force to replace it",
                    terminal(&path.display().to_string()),
                    terminal(&plan.source(file))
                )),
                Err(_) if args.force.force => {
                    targets.push(Outcome::Replace(Box::new((
                        was,
                        writer.text(&plan.sheet(file, &q), &plan.source(file)),
                    ))));
                }
                Err(e) => problems.push(format!(
                    "{}: already exists and is not an answers file like {} ({e}); \
                     pass --force to replace it",
                    terminal(&path.display().to_string()),
                    terminal(&plan.source(file))
                )),
            },
            Err(e) => problems.push(e.to_string()),
        }
    }
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(20);
        problems.truncate(20);
        if more > 0 {
            problems.push(format!("… and {more} more"));
        }
        return Err(Error::input(format!(
            "{}\nnothing was written",
            problems.join("\n")
        )));
    }
    let count = |f: fn(&Outcome) -> bool| targets.iter().filter(|t| f(t)).count();
    let new = count(|t| matches!(t, Outcome::New));
    let unchanged = count(|t| matches!(t, Outcome::Unchanged));
    let replaced = count(|t| matches!(t, Outcome::Replace(..)));
    if args.dry_run {
        // Nothing can fail now but the output itself: it goes out in pieces,
        // never half a million lines at once.
        let mut out = String::new();
        for (file, t) in plan.files.iter().zip(&targets) {
            if matches!(t, Outcome::Unchanged) {
                continue;
            }
            let path = join(&dir, &file.name);
            let _ = writeln!(
                out,
                "{}\t{}",
                terminal(&path.display().to_string()),
                terminal(&plan.source(file))
            );
            if out.len() >= 1 << 16 {
                emit(&out)?;
                out.clear();
            }
        }
        emit(&out)?;
    } else {
        // A folder in the way is named before anything is written.
        if dir.exists() && !dir.is_dir() {
            return Err(Error::input(format!(
                "{}: is not a folder; give --output-dir a folder",
                terminal(&dir.display().to_string())
            )));
        }
        ctx.ensure_folder(&dir)?;
        // One file at a time: written, synced, put in place.
        for (i, (file, t)) in plan.files.iter().zip(&targets).enumerate() {
            let path = &join(&dir, &file.name);
            let done = match t {
                Outcome::Unchanged => continue,
                Outcome::New => create_new(
                    path,
                    writer
                        .text(&plan.sheet(file, &q), &plan.source(file))
                        .as_bytes(),
                    false,
                ),
                Outcome::Replace(replace) => {
                    let (was, text) = &**replace;
                    replace_checked(path, *was, text.as_bytes(), false)
                }
            };
            done.map_err(|e| {
                let shown = terminal(&path.display().to_string()).into_owned();
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    let before = written_before(&targets[..i]);
                    Error::input(format!(
                        "{shown}: already exists: another run wrote it meanwhile, and it was \
                         kept ({before} file{} written before it); run the import again to \
                         complete it",
                        plural(before)
                    ))
                } else {
                    Error::input(format!("{shown}: cannot write: {e}"))
                }
            })?;
        }
        sync_folder(&dir);
    }
    let verb = if args.dry_run { "would write" } else { "wrote" };
    stderr_line(format_args!(
        "{verb} {} answers file{} in {} ({new} new, {unchanged} unchanged, {replaced} replaced); \
         {} empty row{} skipped; {} column{} ignored",
        new + replaced,
        plural(new + replaced),
        terminal(&dir.display().to_string()),
        plan.skipped,
        plural(plan.skipped),
        plan.ignored.len(),
        plural(plan.ignored.len()),
    ));
    Ok(Exit::Done)
}

/// What a run does with one planned file.
enum Outcome {
    /// Nothing is there: created, never replacing one that appears.
    New,
    /// The file there says the same: left alone.
    Unchanged,
    /// The file there (as checked) is replaced (`--force`) with this text
    /// (boxed: most files are new, and half a million outcomes stay small).
    Replace(Box<(Existing, String)>),
}

/// How many of `targets` (those before a file) were written.
fn written_before(targets: &[Outcome]) -> usize {
    targets
        .iter()
        .filter(|t| !matches!(t, Outcome::Unchanged))
        .count()
}

enum Same {
    Yes,
    /// Different: the text to write instead (keeping the file's round
    /// unless `--round` was given).
    No(String),
}

/// Whether the answers file at `path` says what `file` would: partner,
/// side, respondent, date, round, answers, notes and expectations (not
/// `source`). The file's own `round` is kept unless `--round` is given.
fn same_content(
    path: &Path,
    plan: &Plan,
    file: &Planned,
    q: &Questionnaire,
    round_flag: Option<Date>,
) -> std::result::Result<Same, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_owned())?;
    let name = path.display().to_string();
    let src = Source::new(&name, &text);
    let old = RawAnswers::parse(src)
        .and_then(|raw| raw.check(q, src))
        .map_err(|_| "it does not read as an answers file".to_owned())?;
    let round = round_flag.or(old.round);
    let new = &plan.sheet(file, q);
    let same = old.partner == new.partner
        && old.side == new.side
        && old.respondent == new.respondent
        && old.date == new.date
        && (round_flag.is_none() || old.round == round_flag)
        && old.values == new.values
        && old.notes == new.notes
        && old.expected == new.expected;
    if same {
        Ok(Same::Yes)
    } else {
        Ok(Same::No(
            import::text::Writer::new(q, round).text(new, &plan.source(file)),
        ))
    }
}

/// Fails when one input file is given twice (the same file by two paths
/// too): its rows would be counted twice.
fn check_distinct(files: &[PathBuf]) -> Result<()> {
    let mut seen: Vec<(PathBuf, &PathBuf)> = Vec::new();
    for f in files {
        let key = if f.as_os_str() == "-" {
            f.clone()
        } else {
            std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())
        };
        if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            return Err(Error::usage(format!(
                "{} is given twice{}: each export is imported once",
                terminal(&f.display().to_string()),
                if *first == f {
                    String::new()
                } else {
                    format!(" (also as {})", terminal(&first.display().to_string()))
                }
            )));
        }
        seen.push((key, f));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `DIR/NAME`, without a leading `./` for the current folder.
fn join(dir: &Path, name: &str) -> PathBuf {
    if dir == Path::new(".") {
        PathBuf::from(name)
    } else {
        dir.join(name)
    }
}
