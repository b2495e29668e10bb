//! Finding a questionnaire's translations and putting it into a language:
//! translation files beside a questionnaire file as `NAME.LANG.toml`, the
//! embedded instruments' own translations, or one given with
//! `--translation FILE`.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Source};
use crate::error::{Error, Result};
use crate::io::read::read;
use crate::model::questionnaire::Questionnaire;
use crate::model::translation::{Translation, pick_lang};

/// One translation file found for a questionnaire: its language, its name
/// and its text.
#[derive(Debug, Clone)]
pub struct Found {
    pub lang: String,
    pub name: String,
    pub text: String,
}

/// Where the questionnaire `spec` names lives: a file (its path), or an
/// embedded instrument (`None`).
fn file_of(spec: Option<&str>) -> Option<PathBuf> {
    let spec = spec?;
    let path = Path::new(spec);
    (spec != "-" && path.exists()).then(|| path.to_owned())
}

/// The files `NAME.LANG.toml` beside the questionnaire file `path`
/// (`NAME.toml`), sorted by name.
pub fn beside(path: &Path) -> Vec<PathBuf> {
    let Some(stem) = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".toml"))
    else {
        return Vec::new();
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_prefix(stem))
                .and_then(|rest| rest.strip_prefix('.'))
                .and_then(|rest| rest.strip_suffix(".toml"))
                .is_some_and(|lang| !lang.is_empty() && !lang.contains('.'))
        })
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// The translations available for the questionnaire `spec` names (`None`:
/// the default instrument): files beside it, else the embedded ones.
pub fn translations(q: &Questionnaire, spec: Option<&str>) -> Result<Vec<Found>> {
    match file_of(spec) {
        Some(path) => {
            let mut out = Vec::new();
            for file in beside(&path) {
                let (name, text) = read(&file)?;
                let lang = Translation::lang_of(&text).unwrap_or_else(|| {
                    // The name's LANG, when the file cannot be read as one.
                    let n = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    n.trim_end_matches(".toml")
                        .rsplit('.')
                        .next()
                        .unwrap_or("")
                        .to_owned()
                });
                out.push(Found { lang, name, text });
            }
            Ok(out)
        }
        None => Ok(Questionnaire::embedded_translations(&q.id)
            .into_iter()
            .map(|(name, text)| Found {
                lang: Translation::lang_of(text).unwrap_or_default(),
                name: format!("<embedded:{name}>"),
                text: text.to_owned(),
            })
            .collect()),
    }
}

/// The languages available for `q`: its own first, then its translations'.
pub fn available(q: &Questionnaire, found: &[Found]) -> Vec<String> {
    let mut out = vec![q.lang.clone()];
    for f in found {
        if !out.iter().any(|l| l.eq_ignore_ascii_case(&f.lang)) {
            out.push(f.lang.clone());
        }
    }
    out
}

/// `--lang` and `--translation` as a command received them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Wanted<'a> {
    pub lang: Option<&'a str>,
    pub translation: Option<&'a Path>,
}

/// `q` (loaded from `spec`) in the language wanted, with the translation's
/// warnings; `q` itself when no language is asked for or its own is.
pub fn in_lang(
    q: Questionnaire,
    spec: Option<&str>,
    wanted: Wanted<'_>,
) -> Result<(Questionnaire, Vec<Diagnostic>)> {
    if let Some(path) = wanted.translation {
        let (name, text) = read(path)?;
        let loaded = Translation::from_toml(Source::new(&name, &text), &q)?;
        if let Some(lang) = wanted.lang
            && pick_lang(lang, &[&loaded.translation.lang]).is_none()
        {
            return Err(Error::usage(format!(
                "--lang {lang} asks for another language than {name}'s `{}`",
                loaded.translation.lang
            )));
        }
        return Ok((loaded.translation.apply(&q), loaded.warnings));
    }
    let Some(lang) = wanted.lang else {
        return Ok((q, Vec::new()));
    };
    let found = translations(&q, spec)?;
    let langs = available(&q, &found);
    match pick_lang(lang, &langs) {
        Some(0) => Ok((q, Vec::new())),
        Some(i) => {
            let file = found
                .iter()
                .find(|f| f.lang.eq_ignore_ascii_case(&langs[i]))
                .expect("an available language has its file");
            let loaded = Translation::from_toml(Source::new(&file.name, &file.text), &q)?;
            Ok((loaded.translation.apply(&q), loaded.warnings))
        }
        None => Err(Error::usage(format!(
            "no translation of `{}` into `{lang}`: available: {}",
            q.id,
            langs.join(", ")
        ))),
    }
}

/// `map` with the wordings of every available translation of `q` added:
/// each question's statements (`text`, `text_them`) as headers of its
/// column, each scale label and "don't know" as an answer, so an export of
/// a survey in one of those languages imports with no map. The map's own
/// entries come first and win. A label that means different answers in two
/// languages is an error.
pub fn import_map(
    q: &Questionnaire,
    spec: Option<&str>,
    map: &crate::model::map::ColumnMap,
) -> Result<crate::model::map::ColumnMap> {
    use crate::io::import::cells::normalize;
    use crate::model::answers::Answer;
    use crate::model::map::Target;
    let mut out = map.clone();
    let mut meaning: Vec<(String, Answer, String)> = (q.scale.min..=q.scale.max)
        .map(|v| {
            (
                normalize(q.scale.label(v)),
                Answer::Value(v),
                q.lang.clone(),
            )
        })
        .collect();
    for file in translations(q, spec)? {
        let loaded = Translation::from_toml(Source::new(&file.name, &file.text), q)?;
        let t = loaded.translation.apply(q);
        for (i, question) in t.questions.iter().enumerate() {
            for text in std::iter::once(&question.text).chain(&question.text_them) {
                out.columns.push((text.clone(), Target::Question(i)));
            }
        }
        let mut labels: Vec<(String, Answer)> = (t.scale.min..=t.scale.max)
            .map(|v| (t.scale.label(v).to_owned(), Answer::Value(v)))
            .collect();
        if let Some(unsure) = t.scale.unsure.as_deref().filter(|_| t.scale.allow_unsure) {
            // "No sé / no aplica": the whole, and each part.
            labels.push((unsure.to_owned(), Answer::Unsure));
            for part in unsure.split('/') {
                labels.push((part.trim().to_owned(), Answer::Unsure));
            }
        }
        for (label, answer) in labels {
            let key = normalize(&label);
            if let Some((_, other, lang)) = meaning.iter().find(|(k, _, _)| *k == key) {
                if *other != answer {
                    return Err(Error::input(format!(
                        "{}: the label `{label}` means {} in `{}` and {} in `{lang}`: \
                         import cannot tell which; pass a map file with `[values]`",
                        file.name,
                        shown(answer),
                        t.lang,
                        shown(*other)
                    )));
                }
                continue;
            }
            meaning.push((key, answer, t.lang.clone()));
            out.values.push((label, answer));
        }
    }
    Ok(out)
}

fn shown(answer: crate::model::answers::Answer) -> String {
    match answer {
        crate::model::answers::Answer::Value(v) => v.to_string(),
        crate::model::answers::Answer::Unsure => "\"don't know\"".to_owned(),
    }
}
