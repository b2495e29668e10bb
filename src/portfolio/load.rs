//! Finding, reading and parsing answers files, in parallel, into an
//! [`Aggregator`].

use std::fs;
use std::path::Path;

use anyhow::{Result, bail};

use super::{Aggregator, PartnerDetail, Portfolio};
use crate::answers::{RawAnswers, is_json};
use crate::diag::{Diagnostics, Source};
use crate::files;
use crate::questionnaire::Questionnaire;

/// Expands PATHs: a file stays as given; a folder gives every `*.toml` and
/// `*.json` file beneath it (hidden entries and symlinked folders skipped),
/// sorted by path; a path met twice counts once. A missing path or a folder
/// without answers files is an error; all such problems are reported
/// together.
pub fn answer_files(paths: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut problems = Diagnostics::default();
    for path in paths {
        if path == "-" {
            out.push(path.clone());
            continue;
        }
        match fs::metadata(path) {
            Err(e) => problems.push(format!("{path}: {}", describe_path(&e))),
            Ok(m) if m.is_dir() => {
                let before = out.len();
                let mut found = Vec::new();
                if let Err(e) = walk(Path::new(path), &mut found) {
                    problems.push(format!("{path}: cannot read the folder: {e}"));
                    continue;
                }
                found.sort();
                out.extend(found.into_iter().map(|p| p.to_string_lossy().into_owned()));
                if out.len() == before {
                    problems.push(format!(
                        "{path}: no answers files (*.toml, *.json) in this folder"
                    ));
                }
            }
            Ok(_) => out.push(path.clone()),
        }
    }
    // A file named twice (or also found in a folder given) counts once.
    // Compared as the files they are, not as spelled (`a.toml`, `./a.toml`).
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(fs::canonicalize(p).unwrap_or_else(|_| p.into())));
    problems.into_result(out).map_err(Into::into)
}

fn describe_path(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        _ => files::describe(e),
    }
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, out)?;
        } else {
            let lower = name.to_ascii_lowercase();
            let wanted = lower.ends_with(".toml") || lower.ends_with(".json");
            // A symlink to a file counts; a symlink to a folder is not followed.
            if wanted && (kind.is_file() || (kind.is_symlink() && path.is_file())) {
                out.push(path);
            }
        }
    }
    Ok(())
}

/// Reads an answers file; `-` is standard input, read once and kept (the
/// questionnaire is chosen from the first file before all are parsed).
fn read_input(path: &str) -> Result<(String, String)> {
    static STDIN: std::sync::OnceLock<Result<(String, String), String>> =
        std::sync::OnceLock::new();
    if path != "-" {
        return files::read(path);
    }
    STDIN
        .get_or_init(|| files::read("-").map_err(|e| format!("{e:#}")))
        .clone()
        .map_err(|e| anyhow::anyhow!(e))
}

/// How many files are listed by name with their unanswered questions; the
/// rest are counted.
const LISTED: usize = 20;

/// Counts behind the warnings, and the first files with unanswered
/// questions (SPEC section 3: missing answers are listed on stderr).
#[derive(Debug, Default, Clone)]
struct Stats {
    files: usize,
    incomplete: usize,
    other_version: usize,
    /// [`files::missing_answers`] of the first [`LISTED`] such files.
    listed: Vec<String>,
}

impl Stats {
    fn merge(&mut self, o: Stats) {
        self.files += o.files;
        self.incomplete += o.incomplete;
        self.other_version += o.other_version;
        self.listed.extend(o.listed);
        self.listed.truncate(LISTED);
    }

    fn note_missing(&mut self, name: &str, missing: &[&str], questions: usize) {
        self.incomplete += 1;
        if self.listed.len() < LISTED {
            self.listed
                .push(files::missing_answers(name, missing, questions));
        }
    }

    fn warnings(&self, q: &Questionnaire) -> Vec<String> {
        let mut out = self.listed.clone();
        let unlisted = self.incomplete - self.listed.len();
        if unlisted > 0 {
            out.push(format!(
                "{unlisted} more files have unanswered questions ({} of {} in all): \
                 they lower coverage (`partnercheck score FILE` lists them)",
                self.incomplete, self.files
            ));
        }
        if self.other_version > 0 {
            out.push(format!(
                "{} of {} files were answered with another version of `{}`; scored with version {}",
                self.other_version, self.files, q.id, q.version
            ));
        }
        out
    }
}

/// Files per chunk: each chunk is parsed on one thread into its own
/// aggregator, and chunks are merged in input order. A fixed size keeps the
/// result independent of the number of threads.
const CHUNK: usize = 256;

/// The questionnaire every file is scored against: `--questionnaire`, else
/// the embedded one the first file names; `--rubric` applied.
pub fn questionnaire_for(
    files: &[String],
    questionnaire: Option<&str>,
    rubric: Option<&str>,
) -> Result<Questionnaire> {
    let rubric = rubric.map(files::read).transpose()?;
    let q = match questionnaire {
        Some(spec) => files::load_questionnaire(spec)?,
        None => {
            // The first file that parses names it; the files that do not
            // parse are reported with all the others by `aggregate`.
            let named = files.iter().find_map(|path| {
                let (name, text) = read_input(path).ok()?;
                let raw = parse(&name, &text).ok()?;
                Some((name, text, raw.questionnaire))
            });
            match named {
                None => files::questionnaire_or_default(None)?,
                Some((name, text, id)) => {
                    files::named_questionnaire(Source::new(&name, &text), &id)?
                }
            }
        }
    };
    files::apply_rubric(q, rubric.as_ref())
}

/// Parses an answers file; a file that is plainly something else (a
/// questionnaire, a rubric, any TOML without `questionnaire`) says so.
fn parse(name: &str, text: &str) -> Result<RawAnswers, Diagnostics> {
    RawAnswers::parse(Source::new(name, text)).map_err(|diag| {
        let keys: Option<Vec<String>> = if is_json(name) {
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
                .ok()
                .map(|m| m.keys().cloned().collect())
        } else {
            toml::from_str::<toml::Table>(text)
                .ok()
                .map(|t| t.keys().cloned().collect())
        };
        let has = |k: &str| {
            keys.as_ref()
                .is_some_and(|keys| keys.iter().any(|x| x == k))
        };
        match keys {
            Some(_) if has("dimension") => {
                format!("{name}: not an answers file: it is a questionnaire file").into()
            }
            Some(_) if has("rubric") && !has("questionnaire") => {
                format!("{name}: not an answers file: it is a rubric file").into()
            }
            Some(_) if !has("questionnaire") => format!(
                "{name}: not an answers file: it has no `questionnaire` key \
                 (answers files name their questionnaire, partner and answers)"
            )
            .into(),
            _ => diag,
        }
    })
}

/// Parses one chunk of files into an aggregator. Problems are returned with
/// the file's index, so they can be reported in input order.
fn parse_chunk<'q>(
    q: &'q Questionnaire,
    options: &Options,
    start: usize,
    chunk: &[String],
) -> (Aggregator<'q>, Stats, Vec<(usize, String)>) {
    let mut agg = options.aggregator(q);
    let mut stats = Stats::default();
    let mut problems = Vec::new();
    for (offset, path) in chunk.iter().enumerate() {
        let index = start + offset;
        let outcome = read_input(path)
            .map_err(|e| format!("{e:#}"))
            .and_then(|(name, text)| {
                let raw = parse(&name, &text).map_err(|d| d.to_string())?;
                let sheet = raw
                    .check(q, Source::new(&name, &text))
                    .map_err(|d| d.to_string())?;
                Ok((name, sheet))
            });
        match outcome {
            Ok((name, sheet)) => {
                stats.files += 1;
                let missing = sheet.missing(q);
                if !missing.is_empty() {
                    stats.note_missing(&name, &missing, q.questions.len());
                }
                if sheet
                    .questionnaire_version
                    .as_deref()
                    .is_some_and(|v| v != q.version)
                {
                    stats.other_version += 1;
                }
                agg.add(index, &name, &sheet);
            }
            Err(message) => problems.push((index, message)),
        }
    }
    (agg, stats, problems)
}

/// The number of threads to parse with: `PARTNERCHECK_THREADS`, else the
/// machine's parallelism.
fn threads() -> usize {
    std::env::var("PARTNERCHECK_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Whose files [`aggregate`] (and an [`Aggregator`]) keeps whole
/// ([`Aggregated::details`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    None,
    /// The partner with this name (compared trimmed, ignoring case: an
    /// [`Aggregator`] holds it as its [`partner_key`](super::partner_key)).
    Partner(String),
    /// Every partner (`report`, `agenda`).
    All,
}

/// What [`aggregate`] keeps besides each partner's figures.
#[derive(Debug, Clone)]
pub struct Options {
    pub detail: Detail,
    /// Keep the latest round's per-question sums and notes.
    pub extras: bool,
}

/// As [`Aggregator::new`]: no detail, with the extras. (Kept for callers of
/// the library such as the integration tests; the commands spell their
/// options out.)
impl Default for Options {
    fn default() -> Self {
        Options {
            detail: Detail::None,
            extras: true,
        }
    }
}

impl Options {
    fn aggregator<'q>(&self, q: &'q Questionnaire) -> Aggregator<'q> {
        let mut agg = Aggregator::new(q);
        match &self.detail {
            Detail::None => {}
            Detail::Partner(name) => agg = agg.with_detail(name),
            Detail::All => agg = agg.with_all_details(),
        }
        if !self.extras {
            agg = agg.without_extras();
        }
        agg
    }
}

/// What [`aggregate`] gives: the portfolio, the detail of the partners
/// asked for (those that have files, in the portfolio's order), and the
/// warnings to print.
pub struct Aggregated {
    pub portfolio: Portfolio,
    pub details: Vec<PartnerDetail>,
    pub warnings: Vec<String>,
}

/// Parses and aggregates `files` against `q`, in parallel, in bounded
/// memory. Every bad file is reported in one error.
pub fn aggregate(files: &[String], q: &Questionnaire, options: Options) -> Result<Aggregated> {
    let options = &options;
    let threads = threads();
    let mut total = options.aggregator(q);
    let mut stats = Stats::default();
    let mut problems: Vec<(usize, String)> = Vec::new();
    for (b, batch) in files.chunks(CHUNK * threads).enumerate() {
        let base = b * CHUNK * threads;
        let parts: Vec<_> = if threads == 1 || batch.len() <= CHUNK {
            batch
                .chunks(CHUNK)
                .enumerate()
                .map(|(c, chunk)| parse_chunk(q, options, base + c * CHUNK, chunk))
                .collect()
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = batch
                    .chunks(CHUNK)
                    .enumerate()
                    .map(|(c, chunk)| {
                        s.spawn(move || parse_chunk(q, options, base + c * CHUNK, chunk))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("a parsing thread panicked"))
                    .collect()
            })
        };
        for (agg, s, p) in parts {
            if problems.is_empty() && p.is_empty() {
                total.merge(agg);
            }
            stats.merge(s);
            problems.extend(p);
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|(i, _)| *i);
        return Err(Diagnostics(problems.into_iter().map(|(_, m)| m).collect()).into());
    }
    let (portfolio, details) = total.finish_detail();
    Ok(Aggregated {
        portfolio,
        details,
        warnings: stats.warnings(q),
    })
}

/// Reads PATHs like `compare` (files and folders, one questionnaire,
/// `--rubric` applied), and aggregates every partner, or only `partner`,
/// keeping every round with its files. Every bad file is reported in one
/// error. Warnings are returned, to be printed once the command has
/// succeeded.
pub fn load(
    paths: &[String],
    questionnaire: Option<&str>,
    rubric: Option<&str>,
    partner: Option<&str>,
) -> Result<(Questionnaire, Vec<PartnerDetail>, Vec<String>)> {
    if let Some(name) = partner.filter(|n| n.trim().is_empty()) {
        bail!("--partner `{name}` is empty: name the partner");
    }
    let files = answer_files(paths)?;
    let q = questionnaire_for(&files, questionnaire, rubric)?;
    let detail = partner.map_or(Detail::All, |name| Detail::Partner(name.to_owned()));
    let done = aggregate(
        &files,
        &q,
        Options {
            detail,
            extras: true,
        },
    )?;
    if let Some(name) = partner {
        // An unknown partner is an error that suggests the nearest names.
        done.portfolio.find(name)?;
    }
    Ok((q, done.details, done.warnings))
}
