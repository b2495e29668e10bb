//! I/O at the edges: reading inputs (files, `-` for stdin, embedded
//! instruments), loading answers against their questionnaire, and writing
//! outputs atomically.

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::answers::{AnswerSheet, RawAnswers};
use crate::diag::{Diagnostics, Source};
use crate::questionnaire::{DEFAULT_ID, Questionnaire};

/// Reads a file, or standard input for `-`. Returns the name to show in
/// messages and the text.
pub fn read(path: &str) -> Result<(String, String)> {
    if path == "-" {
        static READ: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        if READ.swap(true, std::sync::atomic::Ordering::SeqCst) {
            bail!("<stdin>: standard input was already read: `-` can stand for one input only");
        }
        let mut text = String::new();
        io::stdin()
            .read_to_string(&mut text)
            .context("<stdin>: cannot read standard input")?;
        return Ok(("<stdin>".to_owned(), without_bom(text)));
    }
    let text = fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{path}: {}", describe(&e)))?;
    Ok((path.to_owned(), without_bom(text)))
}

/// Editors on Windows start UTF-8 files with a byte-order mark; it is not
/// part of the text.
fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// An io error in a few words, without the OS's "(os error 2)".
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a folder, not a file".to_owned(),
        io::ErrorKind::InvalidData => "is not UTF-8 text".to_owned(),
        io::ErrorKind::NotADirectory => "a part of the path is not a folder".to_owned(),
        io::ErrorKind::StorageFull => "no space left on the device".to_owned(),
        _ => e.to_string(),
    }
}

/// The embedded questionnaire an answers file names (SPEC section 1): an
/// unknown id is an error, pointing at the `questionnaire` key, that says to
/// pass `--questionnaire`.
pub fn named_questionnaire(src: Source<'_>, id: &str) -> Result<Questionnaire> {
    if let Some(q) = Questionnaire::embedded(id) {
        return Ok(q);
    }
    let message = format!(
        "questionnaire `{id}` is not embedded (embedded: {}): pass --questionnaire FILE",
        Questionnaire::embedded_ids().join(", ")
    );
    match crate::answers::key_span(src, "questionnaire") {
        Some(span) => bail!("{}", src.at(span, message)),
        None => bail!("{}", src.whole(message)),
    }
}

/// A file-name part made from a partner's name: `acme-logistics`. Letters
/// and digits are kept (lowercased), everything else becomes one `-`; at
/// most 40 characters; `partner` when nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(40).collect();
    match out.trim_end_matches('-') {
        "" => "partner".to_owned(),
        s => s.to_owned(),
    }
}

/// `--questionnaire`: a file path (or `-`), else the id of an embedded instrument.
pub fn load_questionnaire(spec: &str) -> Result<Questionnaire> {
    if spec != "-" && !Path::new(spec).exists() {
        if let Some(q) = Questionnaire::embedded(spec) {
            return Ok(q);
        }
        bail!(
            "{spec}: no such file, and no embedded questionnaire has that id (embedded: {})",
            Questionnaire::embedded_ids().join(", ")
        );
    }
    let (name, text) = read(spec)?;
    Ok(Questionnaire::from_toml(Source::new(&name, &text))?)
}

/// The questionnaire a command that reads no answers works with.
pub fn questionnaire_or_default(spec: Option<&str>) -> Result<Questionnaire> {
    match spec {
        Some(spec) => load_questionnaire(spec),
        None => Ok(Questionnaire::embedded(DEFAULT_ID).expect("the default is embedded")),
    }
}

/// Applies `--rubric FILE` to a questionnaire.
pub fn apply_rubric(q: Questionnaire, rubric: Option<&(String, String)>) -> Result<Questionnaire> {
    match rubric {
        None => Ok(q),
        Some((name, text)) => Ok(q.with_rubric(Source::new(name, text))?),
    }
}

/// The questionnaires answers files are scored against: the one given with
/// `--questionnaire`, or the embedded one each file names; `--rubric` applied.
pub struct Instruments {
    explicit: Option<Questionnaire>,
    rubric: Option<(String, String)>,
    loaded: Vec<Questionnaire>,
}

impl Instruments {
    pub fn new(questionnaire: Option<&str>, rubric: Option<&str>) -> Result<Self> {
        let rubric = rubric.map(read).transpose()?;
        let explicit = questionnaire
            .map(|spec| apply_rubric(load_questionnaire(spec)?, rubric.as_ref()))
            .transpose()?;
        Ok(Instruments {
            explicit,
            rubric,
            loaded: Vec::new(),
        })
    }

    /// The questionnaire for answers (in `src`) that name `id`.
    pub fn get(&mut self, id: &str, src: Source<'_>) -> Result<&Questionnaire> {
        if let Some(q) = &self.explicit {
            return Ok(q);
        }
        if let Some(i) = self.loaded.iter().position(|q| q.id == id) {
            return Ok(&self.loaded[i]);
        }
        let q = named_questionnaire(src, id)?;
        self.loaded.push(apply_rubric(q, self.rubric.as_ref())?);
        Ok(self.loaded.last().expect("just pushed"))
    }
}

/// "FILE: k of n questions not answered: ids" (SPEC section 3: missing
/// answers are listed on stderr).
pub fn missing_answers(name: &str, missing: &[&str], questions: usize) -> String {
    format!(
        "{name}: {} of {questions} questions not answered: {}",
        missing.len(),
        missing.join(", ")
    )
}

/// One answers file, checked, with the warnings to show for it.
pub struct Loaded {
    pub name: String,
    pub sheet: AnswerSheet,
    pub warnings: Vec<String>,
}

/// Checks the text of an answers file against `q`. Pure: no I/O, so it can
/// run on any thread. `strict` makes missing answers an error.
pub fn check_answers(
    name: &str,
    raw: RawAnswers,
    text: &str,
    q: &Questionnaire,
    strict: bool,
) -> Result<Loaded, Diagnostics> {
    let src = Source::new(name, text);
    let sheet = raw.check(q, src)?;
    let mut warnings = Vec::new();
    if let Some(v) = sheet
        .questionnaire_version
        .as_deref()
        .filter(|v| *v != q.version)
    {
        warnings.push(format!(
            "{name}: answered with version {v} of `{}`, scored with version {}",
            q.id, q.version
        ));
    }
    let missing = sheet.missing(q);
    if !missing.is_empty() {
        let message = missing_answers(name, &missing, q.questions.len());
        if strict {
            return Err(format!("{message} (--strict)").into());
        }
        warnings.push(message);
    }
    Ok(Loaded {
        name: name.to_owned(),
        sheet,
        warnings,
    })
}

/// Reads and checks one answers file, choosing its questionnaire.
pub fn load_answers<'i>(
    path: &str,
    instruments: &'i mut Instruments,
    strict: bool,
) -> Result<(Loaded, &'i Questionnaire)> {
    let (name, text) = read(path)?;
    let raw = RawAnswers::parse(Source::new(&name, &text))?;
    let q = instruments.get(&raw.questionnaire, Source::new(&name, &text))?;
    let loaded = check_answers(&name, raw, &text, q, strict)?;
    Ok((loaded, q))
}

/// Writes `contents` to `path` atomically: a temporary file beside it, then
/// a rename. An existing file is kept unless `force`.
pub fn write_new(path: &Path, contents: &[u8], force: bool) -> Result<()> {
    if !force && path.exists() {
        bail!(
            "{}: already exists; pass --force to overwrite it",
            path.display()
        );
    }
    write_atomic(path, contents)
}

/// Fails unless `path` can be written: its folder exists and it is not a
/// folder itself. Lets a command that writes several files check before
/// writing the first.
pub fn check_writable(path: &Path) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        bail!(
            "{}: cannot write: the folder {} does not exist",
            path.display(),
            dir.display()
        );
    }
    if path.is_dir() {
        bail!("{}: cannot write: is a folder", path.display());
    }
    Ok(())
}

/// Replaces `path` with `contents`, never leaving a half-written file: a
/// temporary file beside it, then a rename. A symlink is written through
/// (the file it points at is replaced, the link stays), and a device or a
/// pipe (`/dev/stdout`) is written into, not replaced.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    check_writable(path)?;
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    // A link to something that is no path (`/dev/stdout` on a pipe) is
    // written into, like a device.
    let target = match is_link {
        true => fs::canonicalize(path).ok(),
        false => Some(path.to_path_buf()),
    };
    let write_into = |p: &Path| {
        fs::OpenOptions::new()
            .write(true)
            .open(p)
            .and_then(|mut f| f.write_all(contents).and_then(|()| f.flush()))
    };
    let result = match target {
        None => write_into(path),
        Some(t) => match fs::metadata(&t) {
            Ok(m) if !m.is_file() => write_into(&t),
            _ => replace(&t, contents),
        },
    };
    result.map_err(|e| anyhow::anyhow!("{}: cannot write: {}", path.display(), describe(&e)))
}

/// A temporary file beside `path`, then a rename over it.
fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Writes to standard output. A closed pipe (`partnercheck … | head`) is not
/// an error.
pub fn emit(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(e).context("cannot write to standard output")
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_device_is_written_into_not_replaced() {
        write_atomic(Path::new("/dev/null"), b"x").unwrap();
        assert!(!fs::metadata("/dev/null").unwrap().is_file());
    }

    #[test]
    fn slugs_are_safe_file_name_parts() {
        assert_eq!(slug("Acme Logistics"), "acme-logistics");
        assert_eq!(slug("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(slug("Société Générale & Co."), "société-générale-co");
        assert_eq!(slug("<>"), "partner");
        assert_eq!(slug("!!!"), "partner");
        assert_eq!(slug(&"x".repeat(100)).len(), 40);
    }
}
