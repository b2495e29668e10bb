//! Reading answers files in parallel chunks into an item analysis
//! ([`Items`]). Actions files are passed over: silently in folders, with a
//! warning when named.

use std::path::PathBuf;

use crate::diag::Diagnostics;
use crate::engine::items::{ItemReport, Items};
use crate::engine::portfolio::{Analysis, Threshold};
use crate::error::Result;
use crate::io::load::passed_over;
use crate::io::portfolio::{Input, other_version, read_answers, read_in_chunks};
use crate::model::questionnaire::Questionnaire;

/// What one chunk of files gives.
struct Chunk<'q> {
    items: Items<'q>,
    /// Files with unanswered questions, and answered with another version.
    incomplete: usize,
    other_version: usize,
    /// Warnings and problems, with the file's index (for input order).
    warnings: Vec<(usize, String)>,
    problems: Vec<(usize, String)>,
}

fn read_chunk<'q>(
    q: &'q Questionnaire,
    analysis: Analysis,
    named: &[PathBuf],
    start: usize,
    files: &[PathBuf],
) -> Chunk<'q> {
    let mut out = Chunk {
        items: Items::with_analysis(q, analysis),
        incomplete: 0,
        other_version: 0,
        warnings: Vec::new(),
        problems: Vec::new(),
    };
    for (offset, path) in files.iter().enumerate() {
        let index = start + offset;
        match read_answers(q, path) {
            Ok(Input::Answers(_, sheet)) => {
                if !sheet.missing(q).is_empty() {
                    out.incomplete += 1;
                }
                if other_version(q, &sheet) {
                    out.other_version += 1;
                }
                out.items.add(&sheet);
            }
            Ok(Input::Actions(..)) => {
                if named.contains(path) {
                    out.warnings.push((index, passed_over(path)));
                }
            }
            Err(message) => out.problems.push((index, message)),
        }
    }
    out
}

/// Reads `files` (answers files, and actions files to pass over; `named`
/// are the PATHs given on the command line) against `q`, in chunks of a
/// fixed size on as many threads as there are, merged in input order: the
/// figures do not depend on the number of threads. Every bad file is
/// reported in one error. Returns the figures and the warnings to print.
/// Under an anonymity threshold (`threshold.n > 1`) the files of rounds it
/// hides are left out, and the warnings count files without naming one.
pub fn read_items(
    files: &[PathBuf],
    named: &[PathBuf],
    q: &Questionnaire,
    threshold: Threshold,
) -> Result<(ItemReport, Vec<String>)> {
    let analysis = Analysis {
        min_respondents: threshold.n.max(1),
        min_respondents_source: threshold.source,
        ..Analysis::of(q)
    };
    let mut total = Items::with_analysis(q, analysis);
    let (mut incomplete, mut other_version) = (0, 0);
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    read_in_chunks(
        files,
        |start, chunk| read_chunk(q, analysis, named, start, chunk),
        |part| {
            total.merge(&part.items);
            incomplete += part.incomplete;
            other_version += part.other_version;
            warnings.extend(part.warnings);
            problems.extend(part.problems);
        },
    );
    if !problems.is_empty() {
        problems.sort_by_key(|(i, _)| *i);
        return Err(Diagnostics(problems.into_iter().map(|(_, m)| m.into()).collect()).into());
    }
    let report = total.finish();
    let mut warnings: Vec<String> = warnings.into_iter().map(|(_, w)| w).collect();
    if incomplete > 0 {
        warnings.push(format!(
            "{incomplete} of {} files {} questions unanswered: each question's figures \
             count the files that answered it, alpha only the files that answered every \
             question of the dimension",
            report.files,
            if incomplete == 1 { "leaves" } else { "leave" }
        ));
    }
    if other_version > 0 {
        warnings.push(format!(
            "{other_version} of {} files were answered with another version of `{}`; \
             read with version {}",
            report.files, q.id, q.version
        ));
    }
    if report.left_out > 0 {
        warnings.push(format!(
            "{} left out: {} round is hidden by the anonymity threshold of {}",
            if report.left_out == 1 {
                "1 file".to_owned()
            } else {
                format!("{} files", report.left_out)
            },
            if report.left_out == 1 { "its" } else { "their" },
            report.min_respondents
        ));
    }
    if analysis.min_respondents > 1 && (incomplete > 0 || other_version > 0) {
        warnings.push("run `partnercheck validate` on the files to see which ones".to_owned());
    }
    Ok((report, warnings))
}
