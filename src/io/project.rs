//! Finding the project file: `--config FILE`, else `partnercheck.toml` in
//! the current folder or the nearest parent; `--no-config` ignores it.

use std::path::{Path, PathBuf};

use crate::diag::Source;
use crate::error::{Error, Result};
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

/// The project file, if any, loaded and checked.
pub fn load(config: &Config) -> Result<Option<Project>> {
    let path = match config {
        Config::None => return Ok(None),
        Config::File(path) => path.clone(),
        Config::Search => {
            let here = std::env::current_dir()
                .map_err(|e| Error::io(".", "cannot read the current folder", &e))?;
            match find_upward(&here) {
                Some(path) => path,
                None => return Ok(None),
            }
        }
    };
    let (name, text) = read(&path)?;
    Ok(Some(Project::from_toml(Source::new(&name, &text), &path)?))
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
    fn an_explicit_file_is_read_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("team.toml");
        std::fs::write(&path, "organization = \"Acme Corp\"\n").unwrap();
        let p = load(&Config::File(path.clone())).unwrap().unwrap();
        assert_eq!(p.organization.as_deref(), Some("Acme Corp"));
        assert_eq!(load(&Config::None).unwrap(), None);
        std::fs::write(&path, "colour = 1\n").unwrap();
        let err = load(&Config::File(path)).unwrap_err().to_string();
        assert!(err.contains("team.toml:1:1"), "{err}");
    }
}
