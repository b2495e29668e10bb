//! `partnercheck round`: the project's current round and the rounds its
//! answers folder holds, or (`round DATE`) the start of a new round — the
//! project file's `round` line changed, nothing else.

use std::collections::BTreeMap;

use crate::cli::RoundArgs;
use crate::commands::Context;
use crate::engine::portfolio::partner_key;
use crate::error::{Error, Exit, Result, stderr_line};
use crate::io::portfolio::{Input, read_answers};
use crate::io::read::emit;
use crate::model::answers::{Date, Side};
use crate::model::project::Project;
use crate::sanitize::terminal;

pub fn run(args: RoundArgs, ctx: &Context) -> Result<Exit> {
    let Some(project) = &ctx.project else {
        return Err(Error::usage(
            "no partnercheck.toml here or in a parent folder: `partnercheck init` sets up a \
             project (rounds are kept in its project file)",
        ));
    };
    match args.date {
        Some(date) => set(project, date.resolve(ctx.today)),
        None => show(project, ctx),
    }
}

/// `round DATE`: the project file's `round` becomes DATE.
fn set(project: &Project, round: Date) -> Result<Exit> {
    crate::io::project::set_round(&project.path, round)?;
    let shown = relative(&project.path);
    let text = match project.round {
        Some(old) if old == round => format!("The round is {round} already ({shown}).\n"),
        Some(old) => {
            format!("The round is now {round} (was {old}); new answers files take it.\n")
        }
        None => format!("The round is now {round}; new answers files take it.\n"),
    };
    emit(&text)?;
    Ok(Exit::Done)
}

/// `path` as a person here reads it: relative to the current folder when
/// inside it.
fn relative(path: &std::path::Path) -> String {
    let here = std::env::current_dir().unwrap_or_default();
    let shown = path.strip_prefix(&here).unwrap_or(path);
    terminal(&shown.display().to_string()).into_owned()
}

/// Whether `folder` or a folder in it (not through links, a few levels
/// down) holds a `.toml` or `.json` file.
fn holds_answers(folder: &std::path::Path, depth: usize) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return true; // let the reader say what is wrong
    };
    entries.flatten().any(|e| {
        let path = e.path();
        match e.file_type() {
            Ok(t) if t.is_dir() => depth < 8 && holds_answers(&path, depth + 1),
            Ok(t) if t.is_file() => path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("toml") || x.eq_ignore_ascii_case("json")),
            _ => false,
        }
    })
}

/// Files of one partner in one round: (shown name, us, them).
type Count = (String, usize, usize);

/// `round`: the current round, and every round in the answers folder.
fn show(project: &Project, ctx: &Context) -> Result<Exit> {
    let mut out = match project.round {
        Some(r) => format!("Current round: {r}\n"),
        None => "Current round: none set (`partnercheck round today` sets one)\n".to_owned(),
    };
    let Some(folder) = &project.answers else {
        out.push_str("No answers folder is set (`answers` in the project file).\n");
        emit(&out)?;
        return Ok(Exit::Done);
    };
    let shown = relative(folder);
    if !folder.is_dir() {
        out.push_str(&format!("The answers folder {shown} does not exist yet.\n"));
        emit(&out)?;
        return Ok(Exit::Done);
    }
    if !holds_answers(folder, 0) {
        out.push_str(&format!("No answers files in {shown} yet.\n"));
        emit(&out)?;
        return Ok(Exit::Done);
    }
    let files = crate::io::walk::answer_files(std::slice::from_ref(folder), Default::default())?;
    let q = crate::io::portfolio::questionnaire_for(&files, ctx.questionnaire(None), None)?;
    // Round (None: undated, listed last) → partner key → counts.
    let mut rounds: BTreeMap<std::cmp::Reverse<Option<Date>>, BTreeMap<String, Count>> =
        BTreeMap::new();
    let mut unread = 0;
    for path in &files {
        match read_answers(&q, path) {
            Ok(Input::Answers(_, sheet)) => {
                let round = sheet.round.or(sheet.date);
                let entry = rounds
                    .entry(std::cmp::Reverse(round))
                    .or_default()
                    .entry(partner_key(&sheet.partner))
                    .or_insert_with(|| (sheet.partner.trim().to_owned(), 0, 0));
                match sheet.side {
                    Side::Us => entry.1 += 1,
                    Side::Them => entry.2 += 1,
                }
            }
            Ok(Input::Actions(..)) => {}
            Err(_) => unread += 1,
        }
    }
    if rounds.is_empty() && unread == 0 {
        out.push_str(&format!("No answers files in {shown} yet.\n"));
    } else if rounds.is_empty() {
        out.push_str(&format!("No answers file in {shown} could be read.\n"));
    } else {
        out.push_str(&format!(
            "\nRounds in {shown}, newest first (files per side):\n\n"
        ));
        out.push_str(&table(&rounds, project.round));
    }
    emit(&out)?;
    if unread > 0 {
        stderr_line(format_args!(
            "partnercheck: {unread} {} could not be read and {} not counted; \
             partnercheck validate lists the problems",
            if unread == 1 { "file" } else { "files" },
            if unread == 1 { "is" } else { "are" },
        ));
    }
    Ok(Exit::Done)
}

/// The rounds as a plain table: round, partner, files of our side and of
/// theirs; the current round marked.
fn table(
    rounds: &BTreeMap<std::cmp::Reverse<Option<Date>>, BTreeMap<String, Count>>,
    current: Option<Date>,
) -> String {
    const PARTNER: usize = 36;
    let clip = |name: &str| -> String {
        let name = terminal(name);
        if name.chars().count() > PARTNER {
            let mut s: String = name.chars().take(PARTNER - 1).collect();
            s.push('…');
            s
        } else {
            name.into_owned()
        }
    };
    let width = rounds
        .values()
        .flat_map(|p| p.values())
        .map(|(n, ..)| clip(n).chars().count())
        .max()
        .unwrap_or(0)
        .max("Partner".len());
    let mut out = format!(
        "{:<12} {:<width$}  {:>4}  {:>4}\n",
        "Round", "Partner", "Us", "Them"
    );
    for (std::cmp::Reverse(round), partners) in rounds {
        let mut label = match round {
            Some(d) if Some(*d) == current => format!("{d}*"),
            Some(d) => d.to_string(),
            None => "(undated)".to_owned(),
        };
        for (name, us, them) in partners.values() {
            let name = clip(name);
            let pad = width.saturating_sub(name.chars().count());
            out.push_str(&format!(
                "{label:<12} {name}{:pad$}  {us:>4}  {them:>4}\n",
                ""
            ));
            label.clear();
        }
    }
    if current.is_some_and(|c| rounds.contains_key(&std::cmp::Reverse(Some(c)))) {
        out.push_str("\n* the current round\n");
    }
    out
}
