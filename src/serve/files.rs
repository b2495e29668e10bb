//! The answers files `serve` writes and counts: their names (slug parts and
//! a random suffix), writes that never replace a file that appeared
//! meanwhile, with the file and its folder synced, and the count of a
//! round's files per partner and side.
// replaced by io::names / io::write when those land

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::answers::{Date, Side};

/// The longest a part of a file name gets, in characters.
const MAX_PART: usize = 40;

/// A file-name part: NFKD, combining marks dropped, a few letters spelled
/// out (`ø`→`o`, `æ`→`ae`, …), every other character that is not an ASCII
/// letter or digit a separator; lowercased, each run of separators one
/// `-`, cut to 40 characters, trimmed of `-`. `None` when nothing is left.
pub fn slug_part(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    let push = |s: &str, out: &mut String, gap: &mut bool| {
        for c in s.chars() {
            if c.is_ascii_alphanumeric() {
                if *gap && !out.is_empty() {
                    out.push('-');
                }
                *gap = false;
                out.push(c.to_ascii_lowercase());
            } else {
                *gap = true;
            }
        }
    };
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        let Some(spelled) = crate::io::names::transliterate(c) else {
            let mut buf = [0; 4];
            push(c.encode_utf8(&mut buf), &mut out, &mut gap);
            continue;
        };
        push(spelled, &mut out, &mut gap);
    }
    // Only ASCII is left, so bytes are characters.
    out.truncate(MAX_PART);
    let out = out.trim_matches('-');
    (!out.is_empty()).then(|| out.to_owned())
}

/// The partner's slug, `partner` when nothing is left of the name.
pub fn partner_slug(name: &str) -> String {
    slug_part(name).unwrap_or_else(|| "partner".to_owned())
}

/// Six characters `[a-z0-9]` from the operating system's random source.
pub fn random_suffix() -> io::Result<String> {
    const ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = String::with_capacity(6);
    while out.len() < 6 {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(io::Error::other)?;
        // 252 = 7 × 36: no bias.
        for b in bytes.into_iter().filter(|b| *b < 252) {
            if out.len() < 6 {
                out.push(ALPHABET[usize::from(b % 36)] as char);
            }
        }
    }
    Ok(out)
}

/// `PARTNER-SIDE[-RESPONDENT]-DATE-SUFFIX.toml`.
pub fn answers_name(
    partner: &str,
    side: Side,
    respondent: Option<&str>,
    date: Date,
    suffix: &str,
) -> String {
    let mut parts = vec![partner_slug(partner), side.to_string()];
    parts.extend(respondent.and_then(slug_part));
    parts.push(date.to_string());
    parts.push(suffix.to_owned());
    format!("{}.toml", parts.join("-"))
}

/// Syncs a folder, so that a file created or renamed in it survives a
/// crash.
pub fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

/// A temporary file in `folder` holding `contents`, synced.
fn temporary(folder: &Path, contents: &[u8]) -> io::Result<PathBuf> {
    for _ in 0..16 {
        let path = folder.join(format!(
            ".partnercheck-serve-{}-{}.tmp",
            std::process::id(),
            random_suffix()?
        ));
        let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        let written = file.write_all(contents).and_then(|()| file.sync_all());
        if let Err(e) = written {
            let _ = fs::remove_file(&path);
            return Err(e);
        }
        return Ok(path);
    }
    Err(io::Error::other("no free temporary name"))
}

/// Removes the temporary files of earlier runs whose process is gone
/// (a run that was killed); returns how many.
pub fn remove_stale_temporaries(folder: &Path) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name
            .to_str()
            .and_then(|n| n.strip_prefix(".partnercheck-serve-"))
            .filter(|n| n.ends_with(".tmp"))
        else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if !process_alive(pid) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists.
    let found = unsafe { libc::kill(pid, 0) };
    found == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_alive(pid: u32) -> bool {
    // Without a cheap check, every process counts as alive: nothing is
    // removed.
    let _ = pid;
    true
}

/// Creates `folder/NAME` with `contents`, never replacing a file: `name`
/// is asked for a name with a fresh suffix until one is free. The file and
/// the folder are synced before this returns the name chosen.
pub fn create_new(
    folder: &Path,
    contents: &[u8],
    mut name: impl FnMut(&str) -> String,
) -> io::Result<String> {
    let tmp = temporary(folder, contents)?;
    let result = (|| {
        for _ in 0..32 {
            let chosen = name(&random_suffix()?);
            let target = folder.join(&chosen);
            // A link never replaces what is there; where links are refused,
            // a file created with O_EXCL.
            match fs::hard_link(&tmp, &target) {
                Ok(()) => return Ok(chosen),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(_) => match OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&target)
                {
                    Ok(mut f) => {
                        let done = f.write_all(contents).and_then(|()| f.sync_all());
                        if let Err(e) = done {
                            let _ = fs::remove_file(&target);
                            return Err(e);
                        }
                        return Ok(chosen);
                    }
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(e),
                },
            }
        }
        Err(io::Error::other("no free file name"))
    })();
    let _ = fs::remove_file(&tmp);
    let chosen = result?;
    sync_folder(folder)?;
    Ok(chosen)
}

/// Replaces `folder/name` with `contents` atomically; the file and the
/// folder synced.
pub fn replace(folder: &Path, name: &str, contents: &[u8]) -> io::Result<()> {
    let tmp = temporary(folder, contents)?;
    if let Err(e) = fs::rename(&tmp, folder.join(name)) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_folder(folder)
}

/// What counting needs of an answers file.
#[derive(Deserialize)]
struct Header {
    partner: Option<String>,
    #[serde(default)]
    side: Option<String>,
    round: Option<toml::Value>,
    date: Option<toml::Value>,
}

/// One file's place in the counts: (partner slug, side, round).
type Counted = Option<(String, Side, Option<Date>)>;

/// The counts of a round's answers files per partner slug and side, read
/// from the folder, with each file read once while it is unchanged.
#[derive(Default)]
pub struct Counter {
    seen: HashMap<PathBuf, (u64, Option<SystemTime>, Counted)>,
}

fn date_of(v: Option<&toml::Value>) -> Option<Date> {
    match v? {
        toml::Value::Datetime(dt) => Date::try_from(*dt).ok(),
        toml::Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn read_counted(path: &Path) -> Counted {
    let text = fs::read_to_string(path).ok()?;
    let header: Header = toml::from_str(&text).ok()?;
    let side = match header.side.as_deref() {
        None | Some("us") => Side::Us,
        Some("them") => Side::Them,
        Some(_) => return None,
    };
    let round = date_of(header.round.as_ref()).or_else(|| date_of(header.date.as_ref()));
    Some((partner_slug(&header.partner?), side, round))
}

impl Counter {
    /// The files of a partner (by slug) of `round` and the rounds before.
    pub fn files_of(&mut self, folder: &Path, slug: &str, round: Date) -> Vec<PathBuf> {
        let mut out = Vec::new();
        self.each(folder, |path, counted| {
            if let Some((s, _, Some(r))) = counted
                && s == slug
                && *r <= round
            {
                out.push(path.to_path_buf());
            }
        });
        out.sort();
        out
    }

    /// (partner slug, side is `them`) → number of files of `round` in `folder`; the
    /// names of the files counted come with them.
    pub fn count(&mut self, folder: &Path, round: Date) -> HashMap<(String, bool), Vec<String>> {
        let mut out: HashMap<(String, bool), Vec<String>> = HashMap::new();
        self.each(folder, |path, counted| {
            if let Some((slug, side, Some(r))) = counted
                && *r == round
                && let Some(name) = path.file_name().and_then(|n| n.to_str())
            {
                out.entry((slug.clone(), *side == Side::Them))
                    .or_default()
                    .push(name.to_owned());
            }
        });
        out
    }

    /// Each answers file of the folder with what counting needs of it.
    fn each(&mut self, folder: &Path, mut f: impl FnMut(&Path, &Counted)) {
        let Ok(entries) = fs::read_dir(folder) else {
            return;
        };
        let mut present = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with('.') || !name.ends_with(".toml") {
                continue;
            }
            // Symbolic links are passed over, as the folder walk does.
            let Ok(meta) = entry.metadata() else { continue };
            if !meta.is_file() {
                continue;
            }
            let path = entry.path();
            let key = (meta.len(), meta.modified().ok());
            match self.seen.get(&path) {
                Some((len, modified, c)) if (*len, *modified) == key => f(&path, c),
                _ => {
                    let c = read_counted(&path);
                    f(&path, &c);
                    self.seen.insert(path.clone(), (key.0, key.1, c));
                }
            }
            present.push(path);
        }
        if self.seen.len() > present.len() {
            let present: std::collections::HashSet<_> = present.into_iter().collect();
            self.seen.retain(|p, _| present.contains(p));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_spell_out_letters_and_drop_marks() {
        assert_eq!(slug_part("Müller & Søn").as_deref(), Some("muller-son"));
        assert_eq!(
            slug_part("Straße Œuvre Łódź").as_deref(),
            Some("strasse-oeuvre-lodz")
        );
        assert_eq!(slug_part("東京"), None);
        assert_eq!(
            slug_part("--Acme  Logistics--").as_deref(),
            Some("acme-logistics")
        );
        assert_eq!(slug_part(&"a-".repeat(30)).unwrap().len(), 39);
    }

    #[test]
    fn names_end_with_the_suffix_and_suffixes_are_lowercase_base36() {
        let date = "2026-12-06".parse().unwrap();
        assert_eq!(
            answers_name("Acme Logistics", Side::Us, Some("Jo"), date, "k3x9qa"),
            "acme-logistics-us-jo-2026-12-06-k3x9qa.toml"
        );
        let s = random_suffix().unwrap();
        assert_eq!(s.len(), 6);
        assert!(
            s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        );
        assert_ne!(s, random_suffix().unwrap());
    }

    #[test]
    fn a_new_file_never_replaces_one_that_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = true;
        std::fs::write(dir.path().join("taken.toml"), "old").unwrap();
        let name = create_new(dir.path(), b"new", |s| {
            if std::mem::take(&mut first) {
                "taken.toml".to_owned()
            } else {
                format!("free-{s}.toml")
            }
        })
        .unwrap();
        assert!(name.starts_with("free-"));
        assert_eq!(
            std::fs::read(dir.path().join("taken.toml")).unwrap(),
            b"old"
        );
        assert_eq!(std::fs::read(dir.path().join(&name)).unwrap(), b"new");
        replace(dir.path(), &name, b"newer").unwrap();
        assert_eq!(std::fs::read(dir.path().join(&name)).unwrap(), b"newer");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }
}
