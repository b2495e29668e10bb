//! Loading the instruments and answers files a command works with.

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics, Severity, Source};
use crate::error::Result;
use crate::io::read::read;
use crate::model::actions::looks_like_actions;
use crate::model::answers::{AnswerSheet, RawAnswers};
use crate::model::questionnaire::{DEFAULT_ID, Questionnaire};

/// The embedded questionnaire an answers file names: an unknown id is an error, pointing at the `questionnaire` key, that says to
/// pass `--questionnaire`.
pub fn named_questionnaire(src: Source<'_>, id: &str) -> Result<Questionnaire> {
    if let Some(q) = Questionnaire::embedded(id) {
        return Ok(q);
    }
    let message = format!(
        "questionnaire `{id}` is not embedded (embedded: {}): pass --questionnaire FILE",
        Questionnaire::embedded_ids().join(", ")
    );
    let code = "unknown-questionnaire";
    Err(Diagnostics::from(
        match crate::model::answers::key_span(src, "questionnaire") {
            Some(span) => src.error(code, span, message),
            None => src.whole(code, message),
        },
    )
    .into())
}

/// `--questionnaire`: a file path (or `-`), else the id of an embedded instrument.
pub fn load_questionnaire(spec: &str) -> Result<Questionnaire> {
    if spec != "-" && !Path::new(spec).exists() {
        if let Some(q) = Questionnaire::embedded(spec) {
            return Ok(q);
        }
        let message = format!(
            "no such file, and no embedded questionnaire has that id (embedded: {})",
            Questionnaire::embedded_ids().join(", ")
        );
        return Err(Diagnostics::from(Diagnostic::error("no-such-file", spec, message)).into());
    }
    let (name, text) = read(Path::new(spec))?;
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
    pub fn new(questionnaire: Option<&str>, rubric: Option<&Path>) -> Result<Self> {
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

/// The warning that questions of `name` were not answered (no line: the
/// answers are missing, not at a place).
pub fn missing_answers_warning(name: &str, missing: &[&str], questions: usize) -> Diagnostic {
    Diagnostic::warning(
        "missing-answer",
        name,
        format!(
            "{} of {questions} questions not answered: {}",
            missing.len(),
            missing.join(", ")
        ),
    )
}

/// One answers file, checked, with the warnings to show for it.
pub struct Loaded {
    pub name: String,
    pub sheet: AnswerSheet,
    pub warnings: Vec<Diagnostic>,
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
        let message = format!(
            "answered with version {v} of `{}`, scored with version {}",
            q.id, q.version
        );
        let warning = match crate::model::answers::key_span(src, "questionnaire_version") {
            Some(span) => Diagnostic {
                span: Some(src.span(span)),
                // The text stays the one line it always was.
                shown: Some(format!("{name}: {}", crate::sanitize::terminal(&message))),
                ..Diagnostic::warning("version-mismatch", name, message)
            },
            None => Diagnostic::warning("version-mismatch", name, message),
        };
        warnings.push(warning);
    }
    let missing = sheet.missing(q);
    if !missing.is_empty() {
        let mut warning = missing_answers_warning(name, &missing, q.questions.len());
        if strict {
            warning.severity = Severity::Error;
            warning.message.push_str(" (--strict)");
            return Err(warning.into());
        }
        warnings.push(warning);
    }
    Ok(Loaded {
        name: name.to_owned(),
        sheet,
        warnings,
    })
}

/// Whether the file at `path` is an actions file (standard input never is:
/// it can be read once only).
pub fn is_actions_path(path: &Path) -> bool {
    path.as_os_str() != "-" && read(path).is_ok_and(|(name, text)| looks_like_actions(&name, &text))
}

/// What `score`, `validate` and `items` say about an actions file named on
/// the command line, which they pass over (in folders, silently).
pub fn passed_over_warning(path: &Path) -> Diagnostic {
    Diagnostic::warning(
        "passed-over",
        path.display().to_string(),
        "an actions file, not an answers file: passed over \
         (`partnercheck actions` lists its actions)",
    )
}

/// Reads and checks one answers file, choosing its questionnaire.
pub fn load_answers<'i>(
    path: &Path,
    instruments: &'i mut Instruments,
    strict: bool,
) -> Result<(Loaded, &'i Questionnaire)> {
    let (name, text) = read(path)?;
    let raw = RawAnswers::parse(Source::new(&name, &text))?;
    let q = instruments.get(&raw.questionnaire, Source::new(&name, &text))?;
    let loaded = check_answers(&name, raw, &text, q, strict)?;
    Ok((loaded, q))
}
