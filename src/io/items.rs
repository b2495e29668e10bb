//! Reading answers files in parallel chunks into an item analysis
//! ([`Items`]). Actions files are passed over: silently in folders, with a
//! warning when named.

use std::path::PathBuf;

use crate::diag::{Diagnostics, Source};
use crate::engine::items::{ItemReport, Items};
use crate::error::Result;
use crate::io::load::passed_over;
use crate::io::portfolio::{CHUNK, parse, read_input, threads};
use crate::model::actions::looks_like_actions;
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
    named: &[PathBuf],
    start: usize,
    files: &[PathBuf],
) -> Chunk<'q> {
    let mut out = Chunk {
        items: Items::new(q),
        incomplete: 0,
        other_version: 0,
        warnings: Vec::new(),
        problems: Vec::new(),
    };
    for (offset, path) in files.iter().enumerate() {
        let index = start + offset;
        let outcome = read_input(path)
            .map_err(|e| e.to_string())
            .and_then(|(name, text)| {
                let raw = match parse(&name, &text) {
                    Ok(raw) => raw,
                    Err(_) if looks_like_actions(&name, &text) => return Ok(None),
                    Err(d) => return Err(d.to_string()),
                };
                raw.check(q, Source::new(&name, &text))
                    .map(Some)
                    .map_err(|d| d.to_string())
            });
        match outcome {
            Ok(Some(sheet)) => {
                if !sheet.missing(q).is_empty() {
                    out.incomplete += 1;
                }
                if sheet
                    .questionnaire_version
                    .as_deref()
                    .is_some_and(|v| v != q.version)
                {
                    out.other_version += 1;
                }
                out.items.add(&sheet);
            }
            Ok(None) => {
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
pub fn read_items(
    files: &[PathBuf],
    named: &[PathBuf],
    q: &Questionnaire,
) -> Result<(ItemReport, Vec<String>)> {
    let threads = threads();
    let mut total = Items::new(q);
    let (mut incomplete, mut other_version) = (0, 0);
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    for (b, batch) in files.chunks(CHUNK * threads).enumerate() {
        let base = b * CHUNK * threads;
        let parts: Vec<Chunk<'_>> = if threads == 1 || batch.len() <= CHUNK {
            batch
                .chunks(CHUNK)
                .enumerate()
                .map(|(c, chunk)| read_chunk(q, named, base + c * CHUNK, chunk))
                .collect()
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = batch
                    .chunks(CHUNK)
                    .enumerate()
                    .map(|(c, chunk)| {
                        s.spawn(move || read_chunk(q, named, base + c * CHUNK, chunk))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("a reading thread panicked"))
                    .collect()
            })
        };
        for part in parts {
            total.merge(&part.items);
            incomplete += part.incomplete;
            other_version += part.other_version;
            warnings.extend(part.warnings);
            problems.extend(part.problems);
        }
    }
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
    Ok((report, warnings))
}
