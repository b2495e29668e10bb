//! Writing outputs without ever leaving a half-written file.
//!
//! A regular file is replaced atomically: a temporary file with an
//! unpredictable name beside it (created exclusively, so a planted symlink
//! cannot redirect it), synced, then renamed over the target. A replaced
//! file keeps its permissions; a new one gets the usual `0666` less the
//! umask. A symlink is written through (the file it points at is replaced,
//! the link stays), and a device or a pipe (`/dev/stdout`) is written into,
//! not replaced. [`Batch`] writes several files all or nothing.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};
use crate::io::read::describe;

/// Where a write really goes.
enum Target {
    /// A regular file (or none yet) at this path: replaced atomically.
    File(PathBuf),
    /// A device, a pipe, or a link to something that is no path: written into.
    Device(PathBuf),
}

fn target(path: &Path) -> Target {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let real = match is_link {
        true => match fs::canonicalize(path) {
            Ok(p) => p,
            Err(_) => return Target::Device(path.to_path_buf()),
        },
        false => path.to_path_buf(),
    };
    match fs::metadata(&real) {
        Ok(m) if !m.is_file() && !m.is_dir() => Target::Device(real),
        _ => Target::File(real),
    }
}

/// Whether `path` is a device or a pipe (written into, never "overwritten").
pub fn is_device(path: &Path) -> bool {
    matches!(target(path), Target::Device(_))
}

/// Fails unless `path` can be written: its folder exists and it is not a
/// folder itself. Lets a command that writes several files check before
/// writing the first.
pub fn check_writable(path: &Path) -> Result<()> {
    let dir = folder_of(path);
    if !dir.is_dir() {
        return Err(Error::input(format!(
            "{}: cannot write: the folder {} does not exist",
            path.display(),
            dir.display()
        )));
    }
    if path.is_dir() {
        return Err(Error::input(format!(
            "{}: cannot write: is a folder",
            path.display()
        )));
    }
    Ok(())
}

/// Fails when a regular file is in the way and `force` is not given. A
/// device (`/dev/stdout`) is never in the way.
pub fn check_new(path: &Path, force: bool) -> Result<()> {
    if !force && path.exists() && !is_device(path) {
        return Err(Error::input(format!(
            "{}: already exists; pass --force to overwrite it",
            path.display()
        )));
    }
    Ok(())
}

/// [`write_atomic`], refusing to replace an existing file unless `force`.
pub fn write_new(path: &Path, contents: &[u8], force: bool) -> Result<()> {
    check_new(path, force)?;
    write_atomic(path, contents)
}

/// Replaces `path` with `contents` atomically (see the module's notes).
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let mut batch = Batch::default();
    batch.add(path, contents)?;
    batch.commit()
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn cannot_write(path: &Path, e: &io::Error) -> Error {
    Error::input(format!("{}: cannot write: {}", path.display(), describe(e)))
}

/// Several files written all or nothing: every file goes to a temporary
/// file first, and only when all of them are written are they renamed into
/// place. Devices are written into at [`Batch::commit`], after the files.
#[derive(Default)]
pub struct Batch {
    files: Vec<(PathBuf, PathBuf, NamedTempFile)>,
    devices: Vec<(PathBuf, PathBuf, Vec<u8>)>,
    /// Sync each file before it is renamed (off for a run of many small
    /// files that [`Batch::sync_folders`] makes durable at the end).
    no_sync: bool,
}

impl Batch {
    /// A batch that does not sync each file (see [`Batch::commit`]).
    pub fn without_sync() -> Self {
        Batch {
            no_sync: true,
            ..Batch::default()
        }
    }

    /// Writes `contents` to a temporary file beside `path`.
    pub fn add(&mut self, path: &Path, contents: &[u8]) -> Result<()> {
        check_writable(path)?;
        match target(path) {
            Target::Device(real) => {
                self.devices
                    .push((path.to_path_buf(), real, contents.to_vec()));
                Ok(())
            }
            Target::File(real) => {
                let tmp = self
                    .temporary(&real, contents)
                    .map_err(|e| cannot_write(path, &e))?;
                self.files.push((path.to_path_buf(), real, tmp));
                Ok(())
            }
        }
    }

    fn temporary(&self, real: &Path, contents: &[u8]) -> io::Result<NamedTempFile> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(".partnercheck-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // The umask applies to a new file's mode, as for any other.
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        let mut tmp = builder.tempfile_in(folder_of(real))?;
        tmp.write_all(contents)?;
        // A replaced file keeps its permissions.
        if let Ok(old) = fs::metadata(real) {
            tmp.as_file().set_permissions(old.permissions())?;
        }
        if !self.no_sync {
            tmp.as_file().sync_all()?;
        }
        Ok(tmp)
    }

    /// Renames every temporary file into place, then writes the devices.
    pub fn commit(self) -> Result<()> {
        let mut folders: Vec<PathBuf> = Vec::new();
        for (shown, real, tmp) in self.files {
            if self.no_sync {
                let dir = folder_of(&real).to_path_buf();
                if !folders.contains(&dir) {
                    folders.push(dir);
                }
            }
            tmp.persist(&real)
                .map_err(|e| cannot_write(&shown, &e.error))?;
        }
        if self.no_sync {
            // One sync per folder instead of one per file.
            for dir in folders {
                if let Ok(f) = fs::File::open(&dir) {
                    let _ = f.sync_all();
                }
            }
        }
        for (shown, real, contents) in self.devices {
            fs::OpenOptions::new()
                .write(true)
                .open(&real)
                .and_then(|mut f| f.write_all(&contents).and_then(|()| f.flush()))
                .map_err(|e| cannot_write(&shown, &e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn writes_go_through_a_symlink_and_keep_it() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            2,
            "no temporary file left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_into_not_replaced() {
        write_atomic(Path::new("/dev/null"), b"x").unwrap();
        assert!(!fs::metadata("/dev/null").unwrap().is_file());
        // A device is never "in the way" of --output.
        assert!(check_new(Path::new("/dev/null"), false).is_ok());
    }

    /// Regression: a replaced file went from 0600 to 0644.
    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.toml");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&path, b"new").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    }

    /// A new file gets 0666 less the umask, not the temporary file's 0600.
    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_as_usual() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.toml");
        write_atomic(&path, b"x").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        // Whatever the umask, group or others may read unless it forbids it;
        // with the common umasks (022, 002) that means 0644 or 0664.
        assert_ne!(mode, 0o600, "mode {mode:o}");
    }

    /// Regression: a planted symlink at a predictable temporary name
    /// redirected the write.
    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_at_the_old_temporary_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "keep").unwrap();
        let out = dir.path().join("out.md");
        let planted = dir
            .path()
            .join(format!(".out.md.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        write_atomic(&out, b"report").unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "keep");
        assert_eq!(fs::read_to_string(&out).unwrap(), "report");
    }

    /// Regression: a valid 250-byte name failed because the temporary name
    /// was longer still.
    #[test]
    fn a_long_valid_name_can_be_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.md", "n".repeat(247)));
        write_atomic(&path, b"x").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "x");
    }

    /// A batch writes every file or none.
    #[test]
    fn a_batch_writes_nothing_when_one_file_cannot_be_written() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("report.md");
        let blocked = dir.path().join("chart.svg");
        fs::create_dir(&blocked).unwrap();
        let mut batch = Batch::default();
        batch.add(&good, b"report").unwrap();
        assert!(batch.add(&blocked, b"chart").is_err());
        drop(batch);
        assert!(!good.exists());
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
}
