//! Finding the project file: `--config FILE`, else `partnercheck.toml` in
//! the current folder or the nearest parent; `--no-config` ignores it.
//!
//! A project file found by searching is used only when it belongs to the
//! user running the tool (or to root), as git treats a repository it does
//! not own: a file someone else put in a parent folder could otherwise
//! point the tool at any file. `PARTNERCHECK_SAFE_DIRS` (folders separated
//! as in `PATH`) lists folders whose project files are trusted whoever owns
//! them; `--config FILE` is always used.

use std::path::{Path, PathBuf};

use crate::diag::Source;
use crate::error::{Error, Result};
use crate::io::notice::Notice;
use crate::io::read::read;
use crate::model::project::{FILE_NAME, Project};

/// Where the project file comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Config {
    /// Look for `partnercheck.toml` from the current folder upward.
    #[default]
    Search,
    /// This file (`--config FILE`).
    File(PathBuf),
    /// No project file (`--no-config`).
    None,
}

/// The project file, if any, loaded and checked; a project file found by
/// searching that may not be used is passed over with a notice saying why.
pub fn load(config: &Config) -> Result<(Option<Project>, Option<Notice>)> {
    let path = match config {
        Config::None => return Ok((None, None)),
        Config::File(path) => path.clone(),
        Config::Search => {
            let here = std::env::current_dir()
                .map_err(|e| Error::io(".", "cannot read the current folder", &e))?;
            match find_upward(&here) {
                Some(path) => path,
                None => return Ok((None, None)),
            }
        }
    };
    if *config == Config::Search
        && let Some((owner, me)) = untrusted(&path)
    {
        let path = path.display().to_string();
        return Ok((None, Some(Notice::UntrustedProject { path, owner, me })));
    }
    let (name, text) = read(&path)?;
    Ok((
        Some(Project::from_toml(Source::new(&name, &text), &path)?),
        None,
    ))
}

/// Why a project file found by searching may not be used, if it may not:
/// it belongs to someone other than the user and root, and its folder is
/// not listed in `PARTNERCHECK_SAFE_DIRS`. Gives the file's owner and the
/// user.
fn untrusted(path: &Path) -> Option<(u32, u32)> {
    let owner = owner_problem(path)?;
    let safe = std::env::var_os("PARTNERCHECK_SAFE_DIRS").unwrap_or_default();
    let folder = path.parent().and_then(|f| std::fs::canonicalize(f).ok());
    let listed = std::env::split_paths(&safe)
        .filter(|d| !d.as_os_str().is_empty())
        .any(|d| std::fs::canonicalize(d).ok() == folder && folder.is_some());
    (!listed).then_some(owner)
}

/// What is wrong with the owner of `path`, if anything: it must be the
/// user running the tool, or root.
#[cfg(unix)]
fn owner_problem(path: &Path) -> Option<(u32, u32)> {
    use std::os::unix::fs::MetadataExt;
    let owner = std::fs::metadata(path).ok()?.uid();
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    owner_check(owner, me)
}

/// On systems without Unix owners the file is used (see the guide).
#[cfg(not(unix))]
fn owner_problem(_: &Path) -> Option<(u32, u32)> {
    None
}

/// The owner rule itself: `owner` must be `me` or root (0).
#[cfg_attr(not(unix), allow(dead_code))]
fn owner_check(owner: u32, me: u32) -> Option<(u32, u32)> {
    (owner != me && owner != 0).then_some((owner, me))
}

/// `partnercheck.toml` in `dir` or its nearest parent that has one.
pub fn find_upward(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Sets the `round` of the project file at `path`, changing that one line
/// (a file without one gets one), and writes it back whole or not at all.
pub fn set_round(path: &Path, round: crate::model::answers::Date) -> Result<()> {
    let (_, text) = read(path)?;
    let new = crate::model::project::with_round(&text, round);
    crate::io::write::write_atomic(path, new.as_bytes())
}

/// Creates `folder` (and its parents) when it does not exist; true when it
/// was created.
pub fn create_folder(folder: &Path) -> Result<bool> {
    if folder.as_os_str().is_empty() || folder.is_dir() {
        return Ok(false);
    }
    std::fs::create_dir_all(folder)
        .map_err(|e| Error::io(folder.display().to_string(), "cannot create the folder", &e))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_parent_with_a_project_file_wins() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b/c");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(
            find_upward(&deep).filter(|p| p.starts_with(dir.path())),
            None
        );
        std::fs::write(dir.path().join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(
            find_upward(&deep),
            Some(dir.path().join("a").join(FILE_NAME))
        );
        std::fs::write(dir.path().join("a/b").join(FILE_NAME), "").unwrap();
        assert_eq!(
            find_upward(&deep),
            Some(dir.path().join("a/b").join(FILE_NAME))
        );
    }

    #[test]
    fn a_project_file_must_be_the_users_or_roots() {
        assert_eq!(owner_check(1000, 1000), None);
        assert_eq!(owner_check(0, 1000), None);
        assert_eq!(owner_check(1001, 1000), Some((1001, 1000)));
        assert!(owner_check(1001, 0).is_some());
    }

    #[test]
    fn an_explicit_file_is_read_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("team.toml");
        std::fs::write(&path, "organization = \"Acme Corp\"\n").unwrap();
        let p = load(&Config::File(path.clone())).unwrap().0.unwrap();
        assert_eq!(p.organization.as_deref(), Some("Acme Corp"));
        assert_eq!(load(&Config::None).unwrap(), (None, None));
        std::fs::write(&path, "colour = 1\n").unwrap();
        let err = load(&Config::File(path)).unwrap_err().to_string();
        assert!(err.contains("team.toml:1:1"), "{err}");
    }
}
