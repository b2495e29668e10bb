//! `partnercheck score`: score answers files and classify each relationship.

use crate::cli::ScoreArgs;
use crate::commands::{Context, require_met, require_rank};
use crate::diag::{Diagnostics, keep, more_problems};
use crate::engine::assess::assess;
use crate::error::{Error, Exit, Result, warn};
use crate::io::load::{Instruments, is_actions_path, load_answers, passed_over_warning};
use crate::io::read::emit;
use crate::io::walk::answer_files;

/// The most files `score` shows at once (a row, or an object, each).
pub const MAX_FILES: usize = 20_000;

pub fn run(args: ScoreArgs, ctx: &Context) -> Result<Exit> {
    let files = answer_files(&ctx.paths(&args.files, "FILE")?, args.walk.walk())?;
    if files.len() > MAX_FILES {
        return Err(Error::input(format!(
            "{} answers files given: score shows each file, at most {MAX_FILES} at once; \
             `compare` reads a whole portfolio",
            files.len()
        )));
    }
    let mut instruments = Instruments::new(
        ctx.questionnaire(args.instrument.questionnaire.get()),
        args.instrument.rubric.as_deref(),
    )?;
    let mut problems = Diagnostics::default();
    // Many bad files: the first problems are kept, the rest counted.
    let mut more = 0;
    let mut results = Vec::new();
    let mut warnings = Vec::new();
    let mut ranks = Vec::new();
    // The instrument of each result, for the words of its reasons.
    let mut instruments_used: Vec<crate::model::questionnaire::Questionnaire> = Vec::new();
    let mut used_by: Vec<usize> = Vec::new();
    for path in &files {
        match load_answers(path, &mut instruments, args.strict) {
            Ok((loaded, q)) => {
                ranks.push(require_rank(args.require.as_deref(), q)?);
                warnings.extend(loaded.warnings);
                results.push(assess(&loaded.name, &loaded.sheet, q));
                let at = instruments_used
                    .iter()
                    .position(|u| u.id == q.id && u.version == q.version)
                    .unwrap_or_else(|| {
                        instruments_used.push(q.clone());
                        instruments_used.len() - 1
                    });
                used_by.push(at);
            }
            // Actions files are passed over: silently in folders, with a
            // warning when named.
            Err(Error::Input(_)) if is_actions_path(path) => {
                if args.files.contains(path) {
                    warnings.push(passed_over_warning(path));
                }
            }
            Err(Error::Input(d)) => keep(&mut problems.0, d.0, &mut more),
            Err(e) => problems.push(e.to_string()),
        }
    }
    if !problems.is_empty() {
        problems.0.extend(more_problems(more));
        return Err(problems.into());
    }
    warn(&warnings);
    let qs: Vec<&crate::model::questionnaire::Questionnaire> =
        used_by.iter().map(|&i| &instruments_used[i]).collect();
    emit(&crate::present::score(
        args.format,
        &results,
        &qs,
        ctx.terminal,
    ))?;
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
