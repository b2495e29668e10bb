//! Expanding PATH arguments: files as given, folders walked for answers
//! files.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};
use crate::error::Result;
use crate::io::read::describe;

/// How a folder is walked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Walk {
    /// Follow symbolic links inside folders (`--follow`). Off by default: a
    /// link in a shared folder could point anywhere (`/proc/self/environ`).
    pub follow: bool,
}

/// Expands PATHs: a file stays as given; a folder gives every `*.toml` and
/// `*.json` file beneath it (hidden entries skipped; symbolic links only
/// with [`Walk::follow`]), sorted by path; a file met twice counts once. A
/// missing path or a folder without such files is an error; all such
/// problems are reported together.
pub fn answer_files(paths: &[PathBuf], walk: Walk) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut problems = Diagnostics::default();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(path.clone());
            continue;
        }
        match fs::metadata(path) {
            Err(e) => problems.push(Diagnostic::error(
                match e.kind() {
                    io::ErrorKind::NotFound => "no-such-file",
                    _ => "unreadable",
                },
                path.display().to_string(),
                describe_path(&e),
            )),
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                let mut visited = HashSet::new();
                if let Err(e) = walk_folder(path, walk, &mut visited, &mut found) {
                    problems.push(Diagnostic::error(
                        "unreadable",
                        path.display().to_string(),
                        format!("cannot read the folder: {}", describe(&e)),
                    ));
                    continue;
                }
                if found.is_empty() {
                    problems.push(Diagnostic::error(
                        "empty-folder",
                        path.display().to_string(),
                        "no answers files (*.toml, *.json) in this folder",
                    ));
                }
                found.sort();
                out.extend(found);
            }
            Ok(_) => out.push(path.clone()),
        }
    }
    // A file named twice (or also found in a folder given) counts once.
    // Compared as the files they are, not as spelled (`a.toml`, `./a.toml`).
    let mut seen = HashSet::new();
    // (`-` is not a file: naming it twice is an error, found when it is read.)
    out.retain(|p| {
        p.as_os_str() == "-" || seen.insert(fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
    });
    problems.into_result(out).map_err(Into::into)
}

fn describe_path(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        _ => describe(e),
    }
}

/// Whether a file name is one of an answers file's (`.toml`, `.json`, any case).
fn wanted(name: &std::ffi::OsStr) -> bool {
    let name = name.as_encoded_bytes();
    let lower = |ext: &[u8]| {
        name.len() > ext.len() && name[name.len() - ext.len()..].eq_ignore_ascii_case(ext)
    };
    lower(b".toml") || lower(b".json")
}

/// The project file (`partnercheck.toml`, any case) is no answers file: a
/// folder walk passes over it.
fn project_file(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes()
        .eq_ignore_ascii_case(crate::model::project::FILE_NAME.as_bytes())
}

fn walk_folder(
    dir: &Path,
    walk: Walk,
    visited: &mut HashSet<PathBuf>,
    out: &mut Vec<PathBuf>,
) -> io::Result<()> {
    // With --follow, a link back up the tree must not loop forever.
    if walk.follow && !visited.insert(fs::canonicalize(dir)?) {
        return Ok(());
    }
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        let mut kind = entry.file_type()?;
        if kind.is_symlink() {
            if !walk.follow {
                continue;
            }
            match fs::metadata(&path) {
                Ok(m) => kind = m.file_type(),
                Err(_) => continue,
            }
        }
        if kind.is_dir() {
            walk_folder(&path, walk, visited, out)?;
        } else if kind.is_file() && wanted(&name) && !project_file(&name) {
            out.push(path);
        }
    }
    Ok(())
}
