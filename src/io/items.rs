//! Reading answers files in parallel chunks into an item analysis
//! ([`Items`]). Actions files are passed over: silently in folders, with a
//! warning when named.

use std::path::PathBuf;

use crate::diag::{Diagnostic, Diagnostics};
use crate::engine::items::{ItemReport, Items};
use crate::engine::portfolio::{Analysis, Threshold};
use crate::error::Result;
use crate::io::load::passed_over_warning;
use crate::io::notice::{Notice, Versions};
use crate::io::portfolio::{Input, other_version, read_answers, read_in_chunks};
use crate::model::questionnaire::Questionnaire;

/// What one chunk of files gives.
struct Chunk<'q> {
    items: Items<'q>,
    /// Files with unanswered questions, and answered with another version.
    incomplete: usize,
    other_version: usize,
    /// Warnings and problems, with the file's index (for input order).
    warnings: Vec<(usize, Notice)>,
    problems: Vec<(usize, Diagnostic)>,
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
                    out.warnings
                        .push((index, Notice::PassedOver(passed_over_warning(path))));
                }
            }
            Err(d) => out.problems.extend(d.0.into_iter().map(|d| (index, d))),
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
) -> Result<(ItemReport, Vec<Notice>)> {
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
        return Err(Diagnostics(problems.into_iter().map(|(_, d)| d).collect()).into());
    }
    let report = total.finish();
    let mut warnings: Vec<Notice> = warnings.into_iter().map(|(_, w)| w).collect();
    let files = report.files;
    if incomplete > 0 {
        let n = incomplete;
        warnings.push(Notice::ItemsIncomplete { n, files });
    }
    if other_version > 0 {
        let versions = Versions::of(q, other_version, files);
        warnings.push(Notice::ItemsOtherVersion(versions));
    }
    if report.left_out > 0 {
        warnings.push(Notice::ItemsLeftOut {
            files: report.left_out,
            threshold: report.min_respondents,
        });
    }
    if analysis.min_respondents > 1 && (incomplete > 0 || other_version > 0) {
        warnings.push(Notice::ItemsValidate);
    }
    Ok((report, warnings))
}
