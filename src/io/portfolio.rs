//! Reading and parsing a portfolio's answers files, in parallel, into an
//! [`Aggregator`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics, LISTED_IN_RUN, Source, more_problems};
use crate::engine::portfolio::{
    Aggregator, Analysis, Detail, PartnerDetail, Portfolio, Threshold, partner_key,
};
use crate::error::{Error, Result};
use crate::io::load::{
    apply_rubric, missing_answers_warning, named_questionnaire, questionnaire_or_default,
};
use crate::io::notice::{Notice, Versions};
use crate::io::read::read;
use crate::io::walk::{Walk, answer_files};
use crate::model::actions::{ActionsFile, is_actions};
use crate::model::answers::{AnswerSheet, Date, RawAnswers, TomlDoc, is_json};
use crate::model::questionnaire::Questionnaire;

/// Reads an answers file; `-` is standard input, read once and kept (the
/// questionnaire is chosen from the first file before all are parsed). A
/// problem comes as diagnostics, with their codes.
fn read_input(path: &Path) -> Result<(String, String), Diagnostics> {
    static STDIN: std::sync::OnceLock<Result<(String, String), Vec<Diagnostic>>> =
        std::sync::OnceLock::new();
    if path.as_os_str() != "-" {
        return read(path).map_err(Error::into_diagnostics);
    }
    STDIN
        .get_or_init(|| read(path).map_err(|e| e.into_diagnostics().0))
        .clone()
        .map_err(Diagnostics)
}

/// How many files are listed by name with their unanswered questions; the
/// rest are counted.
const LISTED: usize = 20;

/// How many messages about single files are kept in memory while reading
/// (the rest are counted): enough to list [`LISTED`] of the rounds shown.
const KEPT: usize = 1_000;

/// A file with something to warn about: its partner (key) and round, the
/// message listing its unanswered questions (the first [`KEPT`] only), and
/// what is wrong.
#[derive(Debug, Clone)]
struct Warned {
    partner: String,
    round: Option<Date>,
    listed: Option<Diagnostic>,
    incomplete: bool,
    other_version: bool,
}

/// Counts behind the warnings, the files warned about, and every round of
/// every partner read (later rounds than `--round` too).
#[derive(Debug, Default, Clone)]
struct Stats {
    files: usize,
    warned: Vec<Warned>,
    kept: usize,
    /// Partner key → (name as first written, its rounds).
    rounds: BTreeMap<String, (String, BTreeSet<Option<Date>>)>,
}

impl Stats {
    fn merge(&mut self, o: Stats) {
        self.files += o.files;
        for mut w in o.warned {
            if w.listed.is_some() {
                if self.kept >= KEPT {
                    w.listed = None;
                } else {
                    self.kept += 1;
                }
            }
            self.warned.push(w);
        }
        for (key, (name, rounds)) in o.rounds {
            self.rounds
                .entry(key)
                .or_insert_with(|| (name, BTreeSet::new()))
                .1
                .extend(rounds);
        }
    }

    fn seen(&mut self, sheet: &AnswerSheet) {
        self.rounds
            .entry(partner_key(&sheet.partner))
            .or_insert_with(|| (sheet.partner.trim().to_owned(), BTreeSet::new()))
            .1
            .insert(sheet.round.or(sheet.date));
    }

    fn note(&mut self, sheet: &AnswerSheet, listed: Option<Diagnostic>, other_version: bool) {
        let incomplete = listed.is_some();
        let listed = listed.filter(|_| self.kept < KEPT);
        self.kept += usize::from(listed.is_some());
        self.warned.push(Warned {
            partner: partner_key(&sheet.partner),
            round: sheet.round.or(sheet.date),
            incomplete,
            listed,
            other_version,
        });
    }

    /// The warnings about the files of the rounds `shown` (partner key,
    /// round), and one counting the others. Under an anonymity threshold
    /// (`anonymous`) they count files, never naming one or its questions.
    fn warnings(
        &self,
        q: &Questionnaire,
        shown: impl Fn(&str, Option<Date>) -> bool,
        anonymous: bool,
    ) -> Vec<Notice> {
        let (here, others): (Vec<&Warned>, Vec<&Warned>) =
            self.warned.iter().partition(|w| shown(&w.partner, w.round));
        let mut out = Vec::new();
        let incomplete = here.iter().filter(|w| w.incomplete).count();
        let other_version = here.iter().filter(|w| w.other_version).count();
        let files = self.files;
        let versions = (other_version > 0).then(|| Versions::of(q, other_version, files));
        if anonymous {
            if incomplete > 0 {
                let n = incomplete;
                out.push(Notice::IncompleteCounted { n, files });
            }
            out.extend(versions.map(Notice::OtherVersionCounted));
        } else {
            out.extend(
                here.iter()
                    .filter(|w| w.incomplete)
                    .filter_map(|w| w.listed.clone())
                    .take(LISTED)
                    .map(Notice::Missing),
            );
            let more = incomplete - out.len();
            if more > 0 {
                out.push(Notice::MoreIncomplete {
                    more,
                    incomplete,
                    files,
                });
            }
            out.extend(versions.map(Notice::OtherVersion));
        }
        let other: usize = others
            .iter()
            .map(|w| usize::from(w.incomplete) + usize::from(w.other_version))
            .sum();
        if other > 0 {
            out.push(Notice::OtherRounds(other));
        }
        out
    }
}

/// The most partners one run reads (each partner's running sums are kept in
/// memory, about 15 KB each).
pub const MAX_PARTNERS: usize = 20_000;

/// The most partners one run shows each in detail, every file kept
/// (`report`, `agenda` and `actions` without `--partner`: about 50 KB of
/// memory each, and a report's pages).
pub const MAX_PARTNERS_IN_DETAIL: usize = 5_000;

/// Files per chunk: each chunk is parsed on one thread into its own
/// aggregator, and chunks are merged in input order. A fixed size keeps the
/// result independent of the number of threads.
const CHUNK: usize = 256;

/// The questionnaire every file is scored against: `--questionnaire`, else
/// the embedded one the first file names; `--rubric` applied.
pub fn questionnaire_for(
    files: &[PathBuf],
    questionnaire: Option<&str>,
    rubric: Option<&Path>,
) -> Result<Questionnaire> {
    let rubric = rubric.map(read).transpose()?;
    let q = match questionnaire {
        Some(spec) => crate::io::load::load_questionnaire(spec)?,
        None => {
            // The first file that parses names it; the files that do not
            // parse are reported with all the others by `aggregate`.
            let named = files.iter().find_map(|path| {
                let (name, text) = read_input(path).ok()?;
                let Ok(Parsed::Answers(raw)) = parse(&name, &text) else {
                    return None;
                };
                Some((name, text, raw.questionnaire))
            });
            match named {
                None => questionnaire_or_default(None)?,
                Some((name, text, id)) => named_questionnaire(Source::new(&name, &text), &id)?,
            }
        }
    };
    apply_rubric(q, rubric.as_ref())
}

/// An answers file, parsed, or an actions file by the look of it.
enum Parsed {
    Answers(Box<RawAnswers>),
    Actions,
}

/// Parses an answers file; a file that is plainly something else (a
/// questionnaire, a rubric, any TOML without `questionnaire`) says so. A
/// TOML file is parsed once, whatever it turns out to be: an actions file
/// (`[[action]]` tables, no `[answers]`) is told by its keys, and read as one
/// by its own loader.
fn parse(name: &str, text: &str) -> Result<Parsed, Diagnostics> {
    let src = Source::new(name, text);
    if is_json(name) {
        return RawAnswers::parse(src)
            .map(|raw| Parsed::Answers(Box::new(raw)))
            .map_err(|diag| {
                let keys = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
                    .ok()
                    .map(|m| TopKeys::of(|k| m.contains_key(k)));
                not_answers(name, keys, diag)
            });
    }
    let doc = TomlDoc::parse(src)?;
    if is_actions(&doc) {
        return Ok(Parsed::Actions);
    }
    let keys = TopKeys::of(|k| doc.has(k));
    RawAnswers::from_doc(doc, src)
        .map(|raw| Parsed::Answers(Box::new(raw)))
        .map_err(|diag| not_answers(name, Some(keys), diag))
}

/// The keys at the top of a file that tell what it is.
#[derive(Clone, Copy)]
struct TopKeys {
    dimension: bool,
    rubric: bool,
    questionnaire: bool,
}

impl TopKeys {
    fn of(has: impl Fn(&str) -> bool) -> Self {
        TopKeys {
            dimension: has("dimension"),
            rubric: has("rubric"),
            questionnaire: has("questionnaire"),
        }
    }
}

/// The problem of a file that is not an answers file: what it plainly is,
/// by its top-level keys (when it has a table at its top), else `diag`.
fn not_answers(name: &str, keys: Option<TopKeys>, diag: Diagnostics) -> Diagnostics {
    let not_answers = |what: &str| {
        Diagnostic::error("input", name, format!("not an answers file: {what}")).into()
    };
    match keys {
        Some(k) if k.dimension => not_answers("it is a questionnaire file"),
        Some(k) if k.rubric && !k.questionnaire => not_answers("it is a rubric file"),
        Some(k) if !k.questionnaire => not_answers(
            "it has no `questionnaire` key \
             (answers files name their questionnaire, partner and answers)",
        ),
        _ => diag,
    }
}

/// One input of a portfolio.
pub(crate) enum Input {
    /// An answers file, checked: its name and sheet.
    Answers(String, AnswerSheet),
    /// Not an answers file, but an actions file by the look of it (not
    /// checked yet): its name and text.
    Actions(String, String),
}

/// Reads one input and checks it against `q` when it is an answers file; a
/// problem comes as its diagnostics. Only a file that is not an answers
/// file is looked at again: answers files are parsed once.
pub(crate) fn read_answers(q: &Questionnaire, path: &Path) -> Result<Input, Diagnostics> {
    let (name, text) = read_input(path)?;
    let raw = match parse(&name, &text)? {
        Parsed::Answers(raw) => *raw,
        Parsed::Actions => return Ok(Input::Actions(name, text)),
    };
    let sheet = raw.check(q, Source::new(&name, &text))?;
    Ok(Input::Answers(name, sheet))
}

/// The file was answered with another version of `q`.
pub(crate) fn other_version(q: &Questionnaire, sheet: &AnswerSheet) -> bool {
    sheet
        .questionnaire_version
        .as_deref()
        .is_some_and(|v| v != q.version)
}

/// An actions file found among the answers, with its index and text (to
/// point at its `partner` once every answers file is read).
type Found = (usize, ActionsFile, String);

/// What a chunk gives: its aggregator, counts, actions files, and problems
/// with the file's index, so they can be reported in input order.
type Chunk<'q> = (Aggregator<'q>, Stats, Vec<Found>, Vec<(usize, Diagnostic)>);

/// Parses one chunk of files into an aggregator; actions files are checked
/// and set aside.
fn parse_chunk<'q>(
    q: &'q Questionnaire,
    options: &Options,
    start: usize,
    chunk: &[PathBuf],
) -> Chunk<'q> {
    let mut agg = options.aggregator(q);
    let mut stats = Stats::default();
    let mut problems = Vec::new();
    let mut actions = Vec::new();
    for (offset, path) in chunk.iter().enumerate() {
        let index = start + offset;
        match read_answers(q, path) {
            Ok(Input::Answers(name, sheet)) => {
                stats.seen(&sheet);
                // With --round, nothing of a later round is counted.
                let round = sheet.round.or(sheet.date);
                if let (Some(r), Some(k)) = (options.round, round)
                    && k > r
                {
                    continue;
                }
                stats.files += 1;
                let missing = sheet.missing(q);
                let listed = (!missing.is_empty())
                    .then(|| missing_answers_warning(&name, &missing, q.questions.len()));
                let other = other_version(q, &sheet);
                if listed.is_some() || other {
                    stats.note(&sheet, listed, other);
                }
                agg.add(index, &name, &sheet);
            }
            Ok(Input::Actions(name, text)) => {
                match ActionsFile::from_toml(Source::new(&name, &text), q) {
                    Ok(file) => actions.push((index, file, text)),
                    Err(d) => problems.extend(d.0.into_iter().map(|d| (index, d))),
                }
            }
            Err(d) => problems.extend(d.0.into_iter().map(|d| (index, d))),
        }
    }
    (agg, stats, actions, problems)
}

/// Reads `files` in chunks of [`CHUNK`] files, as many chunks at a time
/// as there are [`threads`]: `read(start, chunk)` reads one chunk (`start`
/// is the input index of its first file) and `fold` takes each chunk's part
/// in input order, so the result does not depend on the number of threads.
pub(crate) fn read_in_chunks<T: Send>(
    files: &[PathBuf],
    read: impl Fn(usize, &[PathBuf]) -> T + Sync,
    mut fold: impl FnMut(T),
) {
    let threads = threads();
    let read = &read;
    for (b, batch) in files.chunks(CHUNK * threads).enumerate() {
        let base = b * CHUNK * threads;
        let chunks = batch.chunks(CHUNK).enumerate();
        if threads == 1 || batch.len() <= CHUNK {
            for (c, chunk) in chunks {
                fold(read(base + c * CHUNK, chunk));
            }
            continue;
        }
        let parts: Vec<T> = std::thread::scope(|s| {
            let handles: Vec<_> = chunks
                .map(|(c, chunk)| s.spawn(move || read(base + c * CHUNK, chunk)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a reading thread panicked"))
                .collect()
        });
        parts.into_iter().for_each(&mut fold);
    }
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

/// What [`aggregate`] keeps besides each partner's figures.
#[derive(Debug, Clone)]
pub struct Options {
    pub detail: Detail,
    /// Keep the latest round's notes.
    pub extras: bool,
    /// The anonymity threshold (1: none) and where it came from.
    pub threshold: Threshold,
    /// `--round`: the figures of this round (its previous round the one
    /// before); partners without files in it left out, later files and
    /// actions agreed after it not read. `None`: each partner's latest.
    pub round: Option<Date>,
    /// Warn about the files of every round (`compare --partner` shows
    /// them all), not only of the latest round and the one before.
    pub warn_every_round: bool,
}

/// As [`Aggregator::new`]: no detail, with the extras. (Kept for callers of
/// the library such as the integration tests; the commands spell their
/// options out.)
impl Default for Options {
    fn default() -> Self {
        Options {
            detail: Detail::None,
            extras: true,
            threshold: Threshold::NONE,
            round: None,
            warn_every_round: false,
        }
    }
}

impl Options {
    fn aggregator<'q>(&self, q: &'q Questionnaire) -> Aggregator<'q> {
        let mut agg = Aggregator::new(q).with_analysis(Analysis {
            min_respondents: self.threshold.n.max(1),
            min_respondents_source: self.threshold.source,
            ..Analysis::of(q)
        });
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
/// asked for (those that have files, in the portfolio's order), the actions
/// files found among the answers (in input order), and the warnings to
/// print.
pub struct Aggregated {
    pub portfolio: Portfolio,
    pub details: Vec<PartnerDetail>,
    pub actions: Vec<ActionsFile>,
    pub warnings: Vec<Notice>,
}

/// Parses and aggregates `files` against `q`, in parallel, in bounded
/// memory. Every bad file is reported in one error.
pub fn aggregate(files: &[PathBuf], q: &Questionnaire, options: Options) -> Result<Aggregated> {
    let options = &options;
    let mut total = options.aggregator(q);
    let mut stats = Stats::default();
    let mut problems: Vec<(usize, Diagnostic)> = Vec::new();
    let mut actions: Vec<Found> = Vec::new();
    let most = match options.detail {
        Detail::All => MAX_PARTNERS_IN_DETAIL,
        _ => MAX_PARTNERS,
    };
    let mut over = false;
    // Many bad files: the first problems are kept, the rest counted.
    let mut more = 0;
    read_in_chunks(
        files,
        |start, chunk| parse_chunk(q, options, start, chunk),
        |(agg, s, a, p)| {
            if problems.is_empty() && p.is_empty() && !over {
                total.merge(agg);
                // Past the most partners, nothing more is kept.
                over = total.partners() > most;
            }
            stats.merge(s);
            actions.extend(a);
            let room = LISTED_IN_RUN.saturating_sub(problems.len());
            more += p.len().saturating_sub(room);
            problems.extend(p.into_iter().take(room));
        },
    );
    if over && problems.is_empty() {
        return Err(Error::input(format!(
            "the {} answers files given are about more than {most} partners: {}",
            files.len(),
            if most == MAX_PARTNERS {
                format!("at most {MAX_PARTNERS} are read at once; split the folder")
            } else {
                format!(
                    "at most {MAX_PARTNERS_IN_DETAIL} are shown at once; \
                     pass --partner NAME, or split the folder"
                )
            }
        )));
    }
    let (mut portfolio, mut details) = total.finish_detail();
    // An action is about a partner some answers file is about.
    let clean = problems.is_empty();
    for (index, file, text) in &actions {
        if clean && portfolio.find(&file.partner).is_none() {
            let src = Source::new(&file.file, text);
            problems.push((
                *index,
                src.error(
                    "input",
                    file.partner_span.clone(),
                    without_answers(&portfolio, &file.partner),
                ),
            ));
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|(i, _)| *i);
        let mut listed: Vec<Diagnostic> = problems.into_iter().map(|(_, d)| d).collect();
        listed.extend(more_problems(more));
        return Err(Diagnostics(listed).into());
    }
    let mut notes = Vec::new();
    if let Some(round) = options.round {
        let partner = match &options.detail {
            Detail::Partner(name) => Some(name.as_str()),
            _ => None,
        };
        notes.extend(in_round(
            &mut portfolio,
            &mut details,
            &mut actions,
            &stats,
            round,
            partner,
        )?);
    }
    // The rounds shown: each partner's latest and the one before.
    let shown: BTreeSet<(String, Option<Date>)> = portfolio
        .partners
        .iter()
        .flat_map(|p| {
            let latest = (p.key.clone(), p.latest.date);
            let previous = p.previous.as_ref().map(|r| (p.key.clone(), r.date));
            std::iter::once(latest).chain(previous)
        })
        .collect();
    let every = options.warn_every_round;
    let mut warnings = stats.warnings(
        q,
        |partner, round| every || shown.contains(&(partner.to_owned(), round)),
        options.threshold.n > 1,
    );
    warnings.extend(notes);
    warnings.extend(crate::io::surprises::surprises(&portfolio));
    Ok(Aggregated {
        portfolio,
        details,
        actions: actions.into_iter().map(|(_, f, _)| f).collect(),
        warnings,
    })
}

/// `--round DATE`: keeps the partners whose latest round read (nothing
/// later was) is DATE, and the actions agreed by then; a note counting the
/// partners left out. None left, or `partner` without files in that round:
/// an error listing the rounds found.
fn in_round(
    portfolio: &mut Portfolio,
    details: &mut Vec<PartnerDetail>,
    actions: &mut Vec<Found>,
    stats: &Stats,
    round: Date,
    partner: Option<&str>,
) -> Result<Option<Notice>> {
    use crate::sanitize::terminal;
    let listed = |rounds: &BTreeSet<Option<Date>>| {
        rounds
            .iter()
            .rev()
            .map(|r| r.map_or("undated".to_owned(), |d| d.to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(name) = partner
        && let Some((shown, rounds)) = stats.rounds.get(&partner_key(name))
        && !rounds.contains(&Some(round))
    {
        return Err(Error::input(format!(
            "`{}` has no answers file in round {round}; its rounds: {}",
            terminal(shown),
            listed(rounds)
        )));
    }
    let before = portfolio.partners.len();
    portfolio.partners.retain(|p| p.latest.date == Some(round));
    details.retain(|d| d.partner.latest.date == Some(round));
    let kept: BTreeSet<String> = portfolio.partners.iter().map(|p| p.key.clone()).collect();
    actions.retain(|(_, file, _)| kept.contains(&partner_key(&file.partner)));
    for (_, file, _) in actions.iter_mut() {
        file.actions.retain(|a| a.agreed <= round);
    }
    let left_out = before - portfolio.partners.len();
    if portfolio.partners.is_empty() && before > 0 {
        let all: BTreeSet<Option<Date>> = stats
            .rounds
            .values()
            .flat_map(|(_, r)| r.iter().copied())
            .collect();
        return Err(Error::input(format!(
            "no answers file is in round {round}; the rounds found: {}",
            listed(&all)
        )));
    }
    Ok((left_out > 0).then_some(Notice::LeftOutOfRound {
        partners: left_out,
        round,
    }))
}

/// An actions file names a partner no answers file is about.
fn without_answers(portfolio: &Portfolio, name: &str) -> String {
    let mut message = format!(
        "no answers file is about partner `{}`: an actions file goes with the answers \
         about its partner",
        name.trim()
    );
    let near = portfolio.nearest(name);
    if !near.is_empty() {
        let names: Vec<String> = near.iter().map(|n| format!("`{n}`")).collect();
        message.push_str(&format!("; did you mean {}?", names.join(", ")));
    }
    message
}

/// Reads PATHs like `compare` (files and folders, one questionnaire,
/// `--rubric` applied), and aggregates every partner, or only `partner`,
/// keeping every round with its files. Every bad file is reported in one
/// error. Warnings are returned, to be printed once the command has
/// succeeded. (Whether `partner` has files is for the caller to check, in
/// the returned portfolio.)
pub fn load(
    paths: &[PathBuf],
    walk: Walk,
    questionnaire: Option<&str>,
    rubric: Option<&Path>,
    partner: Option<&str>,
    threshold: Threshold,
    round: Option<Date>,
) -> Result<(Questionnaire, Aggregated)> {
    if let Some(name) = partner.filter(|n| n.trim().is_empty()) {
        return Err(Error::usage(format!(
            "--partner `{name}` is empty: name the partner"
        )));
    }
    let files = answer_files(paths, walk)?;
    let q = questionnaire_for(&files, questionnaire, rubric)?;
    let detail = partner.map_or(Detail::All, |name| Detail::Partner(name.to_owned()));
    let done = aggregate(
        &files,
        &q,
        Options {
            detail,
            extras: true,
            threshold,
            round,
            warn_every_round: false,
        },
    )?;
    Ok((q, done))
}
