//! The session of one answers folder and round: its links, whether
//! collection is open, whether a report was shown, and the hashes of the
//! edit tokens. Kept in the user's state folder (mode 0600), never in the
//! answers folder, so that a restart keeps the links.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::model::answers::Side;

/// A token: 128 bits from the operating system's random source, lowercase
/// base32 without padding (26 characters).
pub fn new_token() -> io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(io::Error::other)?;
    Ok(data_encoding::BASE32_NOPAD
        .encode(&bytes)
        .to_ascii_lowercase())
}

/// Whether `given` equals `known`, in time that does not depend on where
/// they differ.
pub fn same_token(given: &str, known: &str) -> bool {
    given.len() == known.len() && bool::from(given.as_bytes().ct_eq(known.as_bytes()))
}

/// An edit token as the session keeps it: its SHA-256, in hex.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A join link: the partner and side it answers for.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Join {
    pub partner: String,
    pub side: Side,
    pub token: String,
}

/// The file an edit token revises, and the partner and side it was
/// written for.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Edit {
    pub file: String,
    pub partner: String,
    pub side: Side,
}

/// One line of the edit log.
#[derive(Serialize, Deserialize)]
struct EditLine {
    hash: String,
    #[serde(flatten)]
    edit: Edit,
}

/// The log of edit tokens beside a session file (`….edits`, mode 0600):
/// a line appended and synced per answer.
pub struct EditLog {
    file: std::sync::Mutex<fs::File>,
}

/// The edit log's path for a session file.
pub fn edit_log_path(session: &Path) -> PathBuf {
    session.with_extension("edits")
}

impl EditLog {
    /// Opens (creates) the log and reads its edits into `session`; a torn
    /// last line (a run killed mid-write) is passed over.
    pub fn open(path: &Path, session: &mut Session) -> io::Result<EditLog> {
        if let Ok(text) = fs::read_to_string(path) {
            for line in text.lines() {
                if let Ok(l) = serde_json::from_str::<EditLine>(line) {
                    session.edits.insert(l.hash, l.edit);
                }
            }
        }
        let folder = path.parent().unwrap_or(Path::new("."));
        create_private_folder(folder)?;
        let mut options = fs::OpenOptions::new();
        options.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(path)?;
        // A torn line ends where the next one starts.
        if fs::read(path).is_ok_and(|b| !b.is_empty() && !b.ends_with(b"\n")) {
            (&file).write_all(b"\n")?;
        }
        file.sync_all()?;
        crate::io::write::sync_folder(folder);
        Ok(EditLog {
            file: std::sync::Mutex::new(file),
        })
    }

    /// Appends one edit and syncs it.
    pub fn append(&self, hash: &str, edit: &Edit) -> io::Result<()> {
        let mut line = serde_json::to_string(&EditLine {
            hash: hash.to_owned(),
            edit: edit.clone(),
        })
        .map_err(io::Error::other)?;
        line.push('\n');
        let file = {
            let file = self.file.lock().unwrap_or_else(|e| e.into_inner());
            (&*file).write_all(line.as_bytes())?;
            file.try_clone()?
        };
        // Outside the lock: the kernel joins syncs that overlap.
        file.sync_data()
    }
}

/// What is kept between runs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub answers: String,
    pub round: String,
    pub open: bool,
    pub report_shown: bool,
    pub facilitator: String,
    pub display: String,
    pub joins: Vec<Join>,
    /// Edit token hash → the file it revises: kept in a log beside the
    /// session file ([`EditLog`]), one line an answer, so that an answer
    /// appends a line instead of rewriting the session.
    #[serde(skip)]
    pub edits: BTreeMap<String, Edit>,
}

/// `$XDG_STATE_HOME/partnercheck`, else `~/.local/state/partnercheck`
/// (on Windows `%LOCALAPPDATA%\partnercheck`).
pub fn state_folder() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PARTNERCHECK_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if cfg!(windows) {
        return std::env::var_os("LOCALAPPDATA").map(|d| PathBuf::from(d).join("partnercheck"));
    }
    if let Some(dir) = std::env::var_os("XDG_STATE_HOME").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        if dir.is_absolute() {
            return Some(dir.join("partnercheck"));
        }
    }
    if cfg!(target_os = "macos") {
        return std::env::var_os("HOME")
            .map(|h| PathBuf::from(h).join("Library/Application Support/partnercheck"));
    }
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".local/state/partnercheck"))
}

/// The session file of an answers folder (canonical path) and round.
pub fn session_file(state: &Path, answers: &Path, round: &str) -> PathBuf {
    let key = hash_token(&format!("{}\n{round}", answers.display()));
    state.join(format!("serve-{round}-{}.json", &key[..16]))
}

impl Session {
    /// The session kept for this answers folder and round, or a new one;
    /// with `new_links` the links are replaced and the rest kept. Links are
    /// added for partners not seen before.
    pub fn open(
        path: &Path,
        answers: &Path,
        round: &str,
        partners: &[String],
        new_links: bool,
    ) -> io::Result<Session> {
        let mut session = match fs::read_to_string(path) {
            Ok(text) => serde_json::from_str::<Session>(&text).map_err(|e| {
                io::Error::other(format!("{}: not a session file: {e}", path.display()))
            })?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Session {
                answers: answers.display().to_string(),
                round: round.to_owned(),
                open: true,
                report_shown: false,
                facilitator: new_token()?,
                display: new_token()?,
                joins: Vec::new(),
                edits: BTreeMap::new(),
            },
            Err(e) => return Err(e),
        };
        if new_links {
            session.facilitator = new_token()?;
            session.display = new_token()?;
            for join in &mut session.joins {
                join.token = new_token()?;
            }
        }
        for partner in partners {
            for side in [Side::Us, Side::Them] {
                if !session
                    .joins
                    .iter()
                    .any(|j| &j.partner == partner && j.side == side)
                {
                    session.joins.push(Join {
                        partner: partner.clone(),
                        side,
                        token: new_token()?,
                    });
                }
            }
        }
        Ok(session)
    }

    /// Writes the session file: a temporary file (mode 0600) synced and
    /// renamed into place, the folder synced.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        let folder = path.parent().unwrap_or(Path::new("."));
        create_private_folder(folder)?;
        let text = serde_json::to_string_pretty(self).map_err(io::Error::other)?;
        let tmp = folder.join(format!(
            ".{}.{}.tmp",
            path.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("session"),
            std::process::id()
        ));
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        crate::io::write::sync_folder(folder);
        Ok(())
    }

    /// The join link a token opens, compared in constant time with every
    /// join token.
    pub fn join(&self, token: &str) -> Option<&Join> {
        let mut found = None;
        for join in &self.joins {
            if same_token(token, &join.token) {
                found = Some(join);
            }
        }
        found
    }
}

/// The state folder, created private (0700) when missing.
fn create_private_folder(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_26_lowercase_base32_characters() {
        let t = new_token().unwrap();
        assert_eq!(t.len(), 26);
        assert!(
            t.bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
        );
        assert_ne!(t, new_token().unwrap());
        assert!(same_token(&t, &t.clone()));
        assert!(!same_token(&t[..25], &t));
    }

    #[test]
    fn a_session_keeps_its_links_unless_told_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/s.json");
        let partners = vec!["Acme".to_owned()];
        let s = Session::open(&path, Path::new("/a"), "2026-12-06", &partners, false).unwrap();
        assert_eq!(s.joins.len(), 2);
        s.save(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let again = Session::open(&path, Path::new("/a"), "2026-12-06", &partners, false).unwrap();
        assert_eq!(again, s);
        let fresh = Session::open(&path, Path::new("/a"), "2026-12-06", &partners, true).unwrap();
        assert_ne!(fresh.facilitator, s.facilitator);
        assert_ne!(fresh.joins[0].token, s.joins[0].token);
        assert_eq!(fresh.joins[0].partner, s.joins[0].partner);
    }

    #[test]
    fn edits_are_appended_and_read_back_past_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.edits");
        let mut s =
            Session::open(&dir.path().join("s.json"), Path::new("/a"), "r", &[], false).unwrap();
        let log = EditLog::open(&path, &mut s).unwrap();
        let edit = Edit {
            file: "a.toml".into(),
            partner: "Acme".into(),
            side: Side::Them,
        };
        log.append("h1", &edit).unwrap();
        drop(log);
        fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"hash\": \"h2")
            .unwrap();
        let mut again = s.clone();
        again.edits.clear();
        let log = EditLog::open(&path, &mut again).unwrap();
        log.append("h3", &edit).unwrap();
        let mut third = s.clone();
        third.edits.clear();
        EditLog::open(&path, &mut third).unwrap();
        assert_eq!(third.edits.len(), 2);
        assert_eq!(third.edits["h1"], edit);
        assert!(third.edits.contains_key("h3"));
    }
}
