//! The answers files `serve` writes and counts: their names (slug parts and
//! a random suffix), writes that never replace a file that appeared
//! meanwhile, with the file and its folder synced, and the count of a
//! round's files per partner and side.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Deserialize;

use crate::io::{names, write};
use crate::model::answers::{Date, Side};

/// The partner's slug, `partner` when nothing is left of the name.
pub fn partner_slug(name: &str) -> String {
    names::slug_or_partner(name)
}

/// `PARTNER-SIDE[-RESPONDENT]-DATE-SUFFIX.toml`: `serve`'s files always end
/// with the random suffix, a named respondent's too.
pub fn answers_name(
    partner: &str,
    side: Side,
    respondent: Option<&str>,
    date: Date,
    suffix: &str,
) -> String {
    names::chosen_name(
        Some(&partner_slug(partner)),
        Some(side),
        respondent,
        Some(date),
        Some(suffix),
    )
}

/// Creates `folder/NAME` with `contents`, never replacing a file: `name`
/// is asked for a name with a fresh suffix until one is free. The file and
/// the folder are synced before this returns the name chosen.
pub fn create_new(
    folder: &Path,
    contents: &[u8],
    mut name: impl FnMut(&str) -> String,
) -> io::Result<String> {
    for _ in 0..32 {
        let chosen = name(&names::random_suffix());
        match write::create_new(&folder.join(&chosen), contents, true) {
            Ok(()) => return Ok(chosen),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("no free file name"))
}

/// Replaces `folder/name` with `contents` atomically — the regular file
/// that is there now, never one that takes its place meanwhile; the file
/// and the folder synced.
pub fn replace(folder: &Path, name: &str, contents: &[u8]) -> io::Result<()> {
    let path = folder.join(name);
    let was = write::check_chosen(&path).map_err(|e| io::Error::other(e.to_string()))?;
    write::replace_checked(&path, was, contents, true)
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
    fn names_end_with_the_suffix() {
        let date = "2026-12-06".parse().unwrap();
        assert_eq!(
            answers_name("Acme Logistics", Side::Us, Some("Jo"), date, "k3x9qa"),
            "acme-logistics-us-jo-2026-12-06-k3x9qa.toml"
        );
        assert_eq!(
            answers_name("東京", Side::Them, Some("東京"), date, "k3x9qa"),
            "partner-them-2026-12-06-k3x9qa.toml"
        );
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
