//! `partnercheck import`: survey-tool exports to answers files, one per
//! respondent. Every row of every file is checked before anything is
//! written; then the files are written all or nothing.

use std::path::{Path, PathBuf};

use crate::cli::ImportArgs;
use crate::commands::Context;
use crate::diag::Source;
use crate::error::{Error, Exit, Result, stderr_line, warn};
use crate::io::import::{self, Defaults, dates};
use crate::io::load::questionnaire_or_default;
use crate::io::read::{emit, read};
use crate::io::write::{Batch, check_new};
use crate::model::map::ColumnMap;
use crate::sanitize::terminal;

/// At most this many warnings are printed, then a count.
const WARNINGS: usize = 50;

pub fn run(args: ImportArgs, ctx: &Context) -> Result<Exit> {
    let q = questionnaire_or_default(ctx.questionnaire(args.questionnaire.get()))?;
    let round = ctx.round(args.round);
    if let Some(f) = &args.date_format {
        dates::check_format(f).map_err(Error::usage)?;
    }
    let dir = args
        .output_dir
        .clone()
        .or_else(|| ctx.answers_folder().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    if dir.exists() && !dir.is_dir() {
        return Err(Error::usage(format!(
            "--output-dir {}: not a folder",
            terminal(&dir.display().to_string())
        )));
    }
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
    for (i, f) in args.files.iter().enumerate() {
        if args.files[..i].iter().any(|g| same_file(f, g)) {
            return Err(Error::usage(format!(
                "{} is given twice: each export is read once",
                terminal(&f.display().to_string())
            )));
        }
    }
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
    let paths: Vec<PathBuf> = plan.files.iter().map(|f| join(&dir, &f.name)).collect();
    let mut existing = Vec::new();
    for path in &paths {
        if let Err(e) = check_new(path, args.force.force) {
            existing.push(e.to_string());
        }
    }
    if !existing.is_empty() {
        let more = existing.len().saturating_sub(20);
        existing.truncate(20);
        if more > 0 {
            existing.push(format!("… and {more} more"));
        }
        return Err(Error::input(existing.join("\n")));
    }
    let written = plan.files.len();
    if args.dry_run {
        let mut out = String::new();
        for (path, file) in paths.iter().zip(&plan.files) {
            out.push_str(&format!(
                "{}\t{}\n",
                terminal(&path.display().to_string()),
                terminal(&file.source)
            ));
        }
        emit(&out)?;
    } else {
        if !dir.exists() {
            std::fs::create_dir_all(&dir).map_err(|e| {
                Error::io(dir.display().to_string(), "cannot create the folder", &e)
            })?;
            stderr_line(format_args!(
                "created the folder {}",
                terminal(&dir.display().to_string())
            ));
        }
        let mut batch = Batch::without_sync();
        for (path, file) in paths.iter().zip(&plan.files) {
            batch.add(path, file.text.as_bytes())?;
        }
        batch.commit()?;
    }
    let verb = if args.dry_run { "would write" } else { "wrote" };
    stderr_line(format_args!(
        "{verb} {written} answers file{} in {}; {} empty row{} skipped; {} column{} ignored",
        plural(written),
        terminal(&dir.display().to_string()),
        plan.skipped,
        plural(plan.skipped),
        plan.ignored.len(),
        plural(plan.ignored.len()),
    ));
    Ok(Exit::Done)
}

/// The same file, by name or (where both exist) by what they point at.
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
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
