//! Writing outputs without ever leaving a half-written file.
//!
//! A regular file is replaced atomically: a temporary file beside it
//! (created exclusively, so a planted symlink cannot redirect it, and named
//! `.partnercheck-PID-RANDOM.tmp` so that a later run can remove what a
//! killed one left: [`remove_stale_temporaries`]), synced, then renamed
//! over the target. A replaced file keeps its permissions; a new one gets
//! the usual `0666` less the umask. A symlink is written through (the file
//! it points at is replaced, the link stays), and a device or a pipe
//! (`/dev/stdout`) is written into, not replaced. [`Batch`] checks every
//! target before it writes the first, then writes one file at a time (one
//! open file however many there are).
//!
//! A file whose name the tool chooses is created with [`create_new`]:
//! never replacing a file that appears meanwhile.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::io::read::describe;
use crate::sanitize::terminal;

/// The longest file name (one path component) most file systems take, in bytes.
const NAME_MAX: usize = 255;

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

fn shown(path: &Path) -> String {
    terminal(&path.display().to_string()).into_owned()
}

/// Whether `path` is a device or a pipe (written into, never "overwritten").
pub fn is_device(path: &Path) -> bool {
    matches!(target(path), Target::Device(_))
}

/// Fails unless `path` can be written: its folder exists, it is not a
/// folder itself, and its name is not too long. Lets a command that writes
/// several files check before writing the first.
pub fn check_writable(path: &Path) -> Result<()> {
    let dir = folder_of(path);
    if !dir.is_dir() {
        return Err(Error::input(format!(
            "{}: cannot write: the folder {} does not exist",
            shown(path),
            shown(dir)
        )));
    }
    if path.is_dir() {
        return Err(Error::input(format!(
            "{}: cannot write: is a folder",
            shown(path)
        )));
    }
    if let Some(name) = path.file_name()
        && name.len() > NAME_MAX
    {
        return Err(Error::input(format!(
            "{}: cannot write: the file name is {} bytes long, more than the {NAME_MAX} \
             a file system takes",
            shown(path),
            name.len()
        )));
    }
    Ok(())
}

/// What is at a path where the tool means to create a file whose name it
/// chose: nothing, a regular file, or something else in the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Nothing there.
    None,
    /// A regular file (not through a link): its device and inode, so that
    /// a file put there later is told apart from it.
    File(u64, u64),
}

/// Checks the place of a file whose name the tool chose, before anything is
/// written: its folder exists, the name is not too long, and nothing but a
/// regular file is there — a folder, a symbolic link (dangling or not), a
/// FIFO, a socket or a device is an error naming it. Never opens the path,
/// so a FIFO cannot make it wait.
pub fn check_chosen(path: &Path) -> Result<Existing> {
    check_writable(path)?;
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Existing::None),
        Err(e) => return Err(cannot_write(path, &e)),
    };
    let ft = meta.file_type();
    let what = if ft.is_file() {
        return Ok(Existing::File(dev_ino(&meta).0, dev_ino(&meta).1));
    } else if ft.is_dir() {
        "a folder"
    } else if ft.is_symlink() {
        if fs::metadata(path).is_err() {
            "a dangling symbolic link"
        } else {
            "a symbolic link"
        }
    } else {
        special_kind(&meta)
    };
    Err(Error::input(format!(
        "{}: cannot write: {what} is in the way; move it or choose another folder",
        shown(path)
    )))
}

#[cfg(unix)]
fn special_kind(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let ft = meta.file_type();
    if ft.is_fifo() {
        "a FIFO (named pipe)"
    } else if ft.is_socket() {
        "a socket"
    } else if ft.is_block_device() || ft.is_char_device() {
        "a device"
    } else {
        "something that is not a file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::Metadata) -> &'static str {
    "something that is not a file"
}

#[cfg(unix)]
fn dev_ino(meta: &fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn dev_ino(meta: &fs::Metadata) -> (u64, u64) {
    // No inode: the length and modification time stand in for it.
    let t = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64);
    (meta.len(), t)
}

/// Fails when a regular file is in the way and `force` is not given. A
/// device (`/dev/stdout`) is never in the way.
pub fn check_new(path: &Path, force: bool) -> Result<()> {
    if !force && path.exists() && !is_device(path) {
        return Err(Error::input(format!(
            "{}: already exists; pass --force to overwrite it",
            shown(path)
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
    Error::input(format!("{}: cannot write: {}", shown(path), describe(e)))
}

/// The prefix of every temporary file partnercheck makes.
const TEMP_PREFIX: &str = ".partnercheck-";

/// A temporary file beside `real`, named `.partnercheck-PID-RANDOM.tmp`,
/// created exclusively, holding `contents`, synced when `sync`.
fn temporary(real: &Path, contents: &[u8], sync: bool) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
    builder.prefix(&prefix).suffix(".tmp");
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
    if sync {
        tmp.as_file().sync_all()?;
    }
    Ok(tmp)
}

/// Syncs a folder, so that a file created or renamed in it survives a crash.
/// Best effort, on purpose: the file itself is synced already, and some
/// file systems (network shares, some FUSE mounts) refuse to sync a folder;
/// that is no reason to report a write that succeeded as failed.
pub fn sync_folder(dir: &Path) {
    if let Ok(f) = fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

/// Creates `path` holding `bytes` without ever replacing a file: when a
/// file (or anything else) is there already, even one that appeared a
/// moment ago, it fails with [`io::ErrorKind::AlreadyExists`] and leaves it
/// alone. The file is written to a temporary file beside it and synced,
/// then linked into place (which refuses to replace), so that nobody ever
/// sees it half written; where the file system refuses links it is created
/// with `O_EXCL` instead. With `sync_dir` the folder is synced too, so the
/// new name survives a crash.
pub fn create_new(path: &Path, bytes: &[u8], sync_dir: bool) -> io::Result<()> {
    let dir = folder_of(path);
    let tmp = temporary(path, bytes, true)?;
    let linked = fs::hard_link(tmp.path(), path);
    drop(tmp);
    match linked {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => {
            // No links here (some network and FAT file systems): O_EXCL.
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)?;
            let written = f.write_all(bytes).and_then(|()| f.sync_all());
            if let Err(e) = written {
                drop(f);
                let _ = fs::remove_file(path);
                return Err(e);
            }
        }
    }
    if sync_dir {
        sync_folder(dir);
    }
    Ok(())
}

/// Replaces the regular file at `path` — the one it was when checked
/// (`was`), never one that took its place since — with `bytes`,
/// atomically. When the file is gone or another is there, it fails with
/// [`io::ErrorKind::AlreadyExists`] or creates it anew as [`create_new`]
/// does, never replacing a file it did not check.
pub fn replace_checked(path: &Path, was: Existing, bytes: &[u8], sync_dir: bool) -> io::Result<()> {
    let now = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_file() => {
            let (d, i) = dev_ino(&m);
            Existing::File(d, i)
        }
        Ok(_) => {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "something other than a file appeared there",
            ));
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Existing::None,
        Err(e) => return Err(e),
    };
    if now == Existing::None {
        return create_new(path, bytes, sync_dir);
    }
    if now != was {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "another file took its place during the run",
        ));
    }
    let tmp = temporary(path, bytes, true)?;
    tmp.persist(path).map_err(|e| e.error)?;
    if sync_dir {
        sync_folder(folder_of(path));
    }
    Ok(())
}

/// Removes the temporary files (`.partnercheck-PID-….tmp`) in `dir` left by
/// a run that was killed: those whose process is gone. Returns how many.
pub fn remove_stale_temporaries(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(pid) = name
            .strip_prefix(TEMP_PREFIX)
            .filter(|rest| rest.ends_with(".tmp"))
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && !process_alive(pid) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Whether a process with this id exists (where that cannot be known: yes).
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 only checks whether the process exists.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Several files written together: every target is checked when it is
/// added, and [`Batch::commit`] writes them one at a time (temporary file,
/// sync, rename), so that a batch of any size holds one file open. Devices
/// are written into at [`Batch::commit`], after the files.
#[derive(Default)]
pub struct Batch {
    files: Vec<(PathBuf, PathBuf, Vec<u8>)>,
    devices: Vec<(PathBuf, PathBuf, Vec<u8>)>,
    /// Sync each file before it is renamed (off for a run of many small
    /// files that are made durable by one sync per folder at the end).
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

    /// Checks `path` and keeps `contents` for it.
    pub fn add(&mut self, path: &Path, contents: &[u8]) -> Result<()> {
        check_writable(path)?;
        match target(path) {
            Target::Device(real) => {
                self.devices
                    .push((path.to_path_buf(), real, contents.to_vec()));
            }
            Target::File(real) => {
                check_writable(&real)?;
                self.files
                    .push((path.to_path_buf(), real, contents.to_vec()));
            }
        }
        Ok(())
    }

    /// Writes every file into place, one at a time, then the devices.
    pub fn commit(self) -> Result<()> {
        let mut folders: Vec<PathBuf> = Vec::new();
        for (shown, real, contents) in self.files {
            if self.no_sync {
                let dir = folder_of(&real).to_path_buf();
                if !folders.contains(&dir) {
                    folders.push(dir);
                }
            }
            let tmp =
                temporary(&real, &contents, !self.no_sync).map_err(|e| cannot_write(&shown, &e))?;
            tmp.persist(&real)
                .map_err(|e| cannot_write(&shown, &e.error))?;
        }
        // One sync per folder instead of one per file.
        for dir in folders {
            sync_folder(&dir);
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

    /// Two writers of one name at once: exactly one creates it, the other
    /// is told it already exists, and the file is one writer's whole.
    #[test]
    fn create_new_never_replaces_even_in_a_race() {
        for _ in 0..20 {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("a.toml");
            let results: Vec<io::Result<()>> = std::thread::scope(|s| {
                let a = s.spawn(|| create_new(&path, &[b'a'; 5000], true));
                let b = s.spawn(|| create_new(&path, &[b'b'; 5000], true));
                vec![a.join().unwrap(), b.join().unwrap()]
            });
            let ok = results.iter().filter(|r| r.is_ok()).count();
            assert_eq!(ok, 1, "{results:?}");
            let err = results.into_iter().find_map(Result::err).unwrap();
            assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
            let text = fs::read(&path).unwrap();
            assert!(text == [b'a'; 5000] || text == [b'b'; 5000]);
            assert_eq!(
                fs::read_dir(dir.path()).unwrap().count(),
                1,
                "no temporary left"
            );
        }
    }

    /// With --force, the file that was there may be replaced; one that took
    /// its place during the run is not.
    #[test]
    fn replace_checked_replaces_only_the_file_it_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        fs::write(&path, "old").unwrap();
        let was = check_chosen(&path).unwrap();
        replace_checked(&path, was, b"new", false).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        // Another run puts its own file there after the check.
        let was = check_chosen(&path).unwrap();
        let other = dir.path().join("other");
        fs::write(&other, "theirs").unwrap();
        fs::rename(&other, &path).unwrap();
        let err = replace_checked(&path, was, b"mine", false).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&path).unwrap(), "theirs");
    }

    #[cfg(unix)]
    #[test]
    fn anything_but_a_file_in_the_way_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir(d.join("folder.toml")).unwrap();
        std::os::unix::fs::symlink(d.join("nowhere"), d.join("dangling.toml")).unwrap();
        let fifo = d.join("fifo.toml");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string and mode.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        for (name, what) in [
            ("folder.toml", "is a folder"),
            ("dangling.toml", "a dangling symbolic link"),
            ("fifo.toml", "a FIFO"),
        ] {
            let err = check_chosen(&d.join(name)).unwrap_err().to_string();
            assert!(err.contains(name) && err.contains(what), "{err}");
        }
        let err = check_chosen(Path::new("/dev/null"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("a device"), "{err}");
        assert_eq!(check_chosen(&d.join("new.toml")).unwrap(), Existing::None);
        let long = d.join(format!("{}.toml", "n".repeat(260)));
        assert!(check_chosen(&long).unwrap_err().to_string().contains("255"));
    }

    #[test]
    fn temporaries_of_gone_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        // No process has this id (above any pid_max).
        fs::write(d.join(".partnercheck-2147483000-abc.tmp"), "x").unwrap();
        let mine = d.join(format!(".partnercheck-{}-abc.tmp", std::process::id()));
        fs::write(&mine, "x").unwrap();
        fs::write(d.join(".partnercheck-notes.tmp"), "x").unwrap();
        fs::write(d.join("keep.toml"), "x").unwrap();
        assert_eq!(remove_stale_temporaries(d), 1);
        assert!(mine.exists());
        assert_eq!(fs::read_dir(d).unwrap().count(), 3);
    }

    /// A batch of many files holds one open at a time (checked in
    /// tests/it/writes.rs under `ulimit -n`), and a name too long for the
    /// file system is refused before anything is written.
    #[test]
    fn a_batch_checks_every_name_before_writing_any() {
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("report.md");
        fs::write(&report, "old").unwrap();
        let mut batch = Batch::default();
        batch.add(&report, b"new").unwrap();
        let long = dir.path().join(format!("{}.svg", "c".repeat(260)));
        assert!(batch.add(&long, b"chart").is_err());
        drop(batch);
        assert_eq!(fs::read_to_string(&report).unwrap(), "old");
    }
}
