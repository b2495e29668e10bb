//! `partnercheck validate`: check questionnaire, rubric and answers files.
//!
//! Every problem found is a [`Diagnostic`], errors and warnings alike,
//! collected in the order found and given at the end: as text (the "ok:"
//! lines on stdout, problems on stderr), as JSON or as GitHub Actions
//! annotations (everything on stdout, stderr empty). Errors exit 2.

use std::ops::Range;
use std::path::Path;

use crate::cli::{DiagnosticsFormat, ValidateArgs};
use crate::commands::Context;
use crate::diag::{Diagnostic, Diagnostics, Source, keep, more_problems, to_github, to_json};
use crate::engine::reach;
use crate::error::{Error, Exit, Result, warn};
use crate::io::lang;
use crate::io::load::{
    apply_rubric, check_answers, named_questionnaire, passed_over_warning, questionnaire_or_default,
};
use crate::io::read::{emit, read};
use crate::io::walk::answer_files;
use crate::model::actions::looks_like_actions;
use crate::model::answers::{Answer, RawAnswers, is_json};
use crate::model::questionnaire::Questionnaire;
use crate::model::translation::Translation;
use crate::present::{count, words};
use crate::sanitize::terminal;

pub fn run(args: ValidateArgs, ctx: &Context) -> Result<Exit> {
    let mut found = Vec::new();
    let mut report = String::new();
    if let Err(e) = check(&args, ctx, &mut found, &mut report) {
        found.extend(e.into_diagnostics().0);
    }
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        found.iter().cloned().partition(Diagnostic::is_error);
    match args.format {
        DiagnosticsFormat::Text => {
            warn(&warnings);
            if !errors.is_empty() {
                return Err(Diagnostics(errors).into());
            }
            emit(&report)?;
        }
        DiagnosticsFormat::Json => emit(&to_json(&found))?,
        DiagnosticsFormat::Github => emit(&to_github(&found))?,
    }
    if errors.is_empty() {
        Ok(Exit::Done)
    } else {
        Err(Error::Reported)
    }
}

/// `validate` when the project file could not be read: its problems
/// reported in the format asked for (text as every command reports errors).
pub fn unresolved(args: &ValidateArgs, e: Error) -> Result<Exit> {
    match args.format {
        DiagnosticsFormat::Text => Err(e),
        DiagnosticsFormat::Json => {
            emit(&to_json(&e.into_diagnostics().0))?;
            Err(Error::Reported)
        }
        DiagnosticsFormat::Github => {
            emit(&to_github(&e.into_diagnostics().0))?;
            Err(Error::Reported)
        }
    }
}

/// Checks every file, adding each problem to `found` and an "ok:" line per
/// good file to `report`. An error that stops the check early (an
/// unreadable rubric, a missing folder) is returned.
fn check(
    args: &ValidateArgs,
    ctx: &Context,
    found: &mut Vec<Diagnostic>,
    report: &mut String,
) -> Result<()> {
    let rubric = args.rubric.as_deref().map(read).transpose()?;
    let check = |name: &str, text: &str, found: &mut Vec<Diagnostic>| -> Result<String> {
        if looks_like_answers(name, text) {
            let raw = RawAnswers::parse(Source::new(name, text))?;
            let q = named_questionnaire(Source::new(name, text), &raw.questionnaire)?;
            let q = apply_rubric(q, rubric.as_ref())?;
            let loaded = check_answers(name, raw, text, &q, false)?;
            found.extend(loaded.warnings);
            return Ok(answers_line(
                name,
                &loaded.sheet.values,
                &loaded.sheet.partner,
                &q,
            ));
        }
        if Translation::looks_like(text) {
            return translation_alone(name, text, found);
        }
        let own = Questionnaire::from_toml(Source::new(name, text))?;
        let q = apply_rubric(own.clone(), rubric.as_ref())?;
        let tiers = match &rubric {
            Some((rubric_name, rubric_text)) => Source::new(rubric_name, rubric_text),
            None => Source::new(name, text),
        };
        found.extend(unreachable(name, tiers, &q));
        let mut lines = describe(name, &q);
        if Path::new(name).is_file() {
            // Translations are of the questionnaire's own words, whatever
            // rubric replaces its tiers.
            for file in lang::translations(&own, Some(name))? {
                lines.push_str(&check_translation(&file.name, &file.text, &own, found));
            }
        }
        Ok(lines)
    };
    let mut paths = args.files.clone();
    if paths.is_empty() {
        // The project file (already checked when it was loaded), its
        // instrument and its answers folder; else the embedded default.
        let instrument = ctx.questionnaire(None);
        if let Some(project) = &ctx.project {
            report.push_str(&format!("ok: {}: project file\n", project.path.display()));
            if let Some(folder) = project.answers.as_ref().filter(|f| f.exists()) {
                paths.push(folder.clone());
            }
        }
        let own = questionnaire_or_default(instrument)?;
        let q = apply_rubric(own.clone(), rubric.as_ref())?;
        let own_text;
        let embedded = format!("<embedded:{}>", q.id);
        let from_file = instrument.filter(|spec| Path::new(spec).exists());
        let (shown, tiers) = match from_file {
            Some(spec) => {
                own_text = read(Path::new(spec)).map(|(_, text)| text).ok();
                (
                    spec.to_owned(),
                    Source::new(spec, own_text.as_deref().unwrap_or("")),
                )
            }
            None => (
                q.id.clone(),
                Source::new(&embedded, Questionnaire::embedded_text(&q.id).unwrap_or("")),
            ),
        };
        let tiers = match &rubric {
            Some((rubric_name, rubric_text)) => Source::new(rubric_name, rubric_text),
            None => tiers,
        };
        found.extend(unreachable(&shown, tiers, &q));
        match from_file {
            Some(spec) => report.push_str(&describe(spec, &q)),
            None => report.push_str(&describe(&format!("embedded `{}`", q.id), &q)),
        }
        for file in lang::translations(&own, from_file)? {
            report.push_str(&check_translation(&file.name, &file.text, &own, found));
        }
    }
    let files = if paths.is_empty() {
        Vec::new()
    } else {
        answer_files(&paths, args.walk.walk())?
    };
    // Many bad files: the first problems are kept, the rest counted.
    let mut more = 0;
    for path in &files {
        let outcome = read(path).and_then(|(name, text)| {
            // Actions files are passed over: silently in folders, with a
            // warning when named.
            // A translation whose questionnaire is checked too is checked
            // with it.
            if Translation::looks_like(&text)
                && questionnaire_beside(&name).is_some_and(|q| paths_hold(&files, &q))
            {
                return Ok(String::new());
            }
            if looks_like_actions(&name, &text) {
                if args.files.contains(path) {
                    found.push(passed_over_warning(path));
                }
                return Ok(String::new());
            }
            check(&name, &text, found)
        });
        match outcome {
            Ok(line) => report.push_str(&line),
            Err(e) => keep(found, e.into_diagnostics().0, &mut more),
        }
    }
    found.extend(more_problems(more));
    Ok(())
}

/// Checks the translation file `name` against `q`: its errors and warnings
/// go to `found`; an "ok:" line when it has no error.
fn check_translation(
    name: &str,
    text: &str,
    q: &Questionnaire,
    found: &mut Vec<Diagnostic>,
) -> String {
    match Translation::from_toml(Source::new(name, text), q) {
        Ok(loaded) => {
            let missing = loaded
                .warnings
                .iter()
                .filter(|w| w.code == "untranslated")
                .count();
            found.extend(loaded.warnings);
            let missing = if missing == 0 {
                "every text translated".to_owned()
            } else {
                format!("{} untranslated", count(missing, "text"))
            };
            format!(
                "ok: {}: `{}` translation of `{}`, {missing}\n",
                terminal(name),
                terminal(&loaded.translation.lang),
                q.id
            )
        }
        Err(problems) => {
            found.extend(problems.0);
            String::new()
        }
    }
}

/// `NAME.toml` for a translation file `NAME.LANG.toml`, when it exists.
fn questionnaire_beside(name: &str) -> Option<std::path::PathBuf> {
    let stem = name.strip_suffix(".toml")?;
    let (own, lang) = stem.rsplit_once('.')?;
    let path = std::path::PathBuf::from(format!("{own}.toml"));
    (!lang.contains('/') && path.is_file()).then_some(path)
}

fn paths_hold(files: &[std::path::PathBuf], path: &Path) -> bool {
    let canonical = |p: &Path| p.canonicalize().ok();
    let wanted = canonical(path);
    wanted.is_some() && files.iter().any(|f| canonical(f) == wanted)
}

/// A translation file checked on its own: against the questionnaire beside
/// it (`NAME.toml` for `NAME.LANG.toml`), else the embedded instrument it
/// names.
fn translation_alone(name: &str, text: &str, found: &mut Vec<Diagnostic>) -> Result<String> {
    let q = match questionnaire_beside(name) {
        Some(path) => {
            let (qname, qtext) = read(&path)?;
            Questionnaire::from_toml(Source::new(&qname, &qtext))?
        }
        None => {
            let id = toml::from_str::<toml::Table>(text)
                .ok()
                .and_then(|t| t.get("translation_of")?.as_str().map(str::to_owned))
                .unwrap_or_default();
            named_questionnaire(Source::new(name, text), &id)?
        }
    };
    Ok(check_translation(name, text, &q, found))
}

/// A warning for each tier of `q` that can never be chosen, pointing at its
/// `[[rubric.tier]]` header in `tiers` (the file that defines the tiers);
/// shown as text as `shown: message`.
fn unreachable(shown: &str, tiers: Source<'_>, q: &Questionnaire) -> Vec<Diagnostic> {
    // A rubric of many tiers may have a warning for each.
    let index = crate::diag::LineIndex::default();
    let tiers = tiers.indexed(&index);
    let headers = tier_headers(tiers.text);
    reach::unreachable(q)
        .iter()
        .map(|u| {
            let message = words::unreachable(q, u);
            let tier = match *u {
                reach::Unreachable::Contradiction { tier }
                | reach::Unreachable::Shadowed { tier, .. }
                | reach::Unreachable::NeedsBothSides { tier } => Some(tier),
                reach::Unreachable::TooLarge { .. } => None,
            };
            let text = format!("{shown}: {}", terminal(&message));
            let header = tier
                .and_then(|t| headers.get(t))
                .filter(|_| headers.len() == q.rubric.tiers.len());
            let warning = match header {
                Some(span) => tiers.warning("unreachable-tier", span.clone(), message),
                None => Diagnostic::warning("unreachable-tier", tiers.name, message),
            };
            let mut warning = warning.shown(text);
            if let reach::Unreachable::Shadowed { by, .. } = *u
                && let Some(span) = headers.get(by).filter(|_| header.is_some())
            {
                warning
                    .labels
                    .push(tiers.label(span.clone(), "this tier always matches first"));
            }
            warning
        })
        .collect()
}

/// The byte ranges of the `[[rubric.tier]]` headers of a TOML text, in order.
fn tier_headers(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let code = line.split('#').next().unwrap_or("");
        let squeezed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if squeezed == "[[rubric.tier]]" {
            let start = offset + (code.len() - code.trim_start().len());
            out.push(start..start + code.trim().len());
        }
        offset += line.len();
    }
    out
}

/// "ok: FILE: answers about PARTNER for `ID`, 20 of 23 questions answered, 2 unsure"
fn answers_line(name: &str, values: &[Option<Answer>], partner: &str, q: &Questionnaire) -> String {
    let counted = values
        .iter()
        .filter(|v| matches!(v, Some(Answer::Value(_))))
        .count();
    let unsure = values
        .iter()
        .filter(|v| matches!(v, Some(Answer::Unsure)))
        .count();
    let unsure = if unsure > 0 {
        format!(", {unsure} unsure")
    } else {
        String::new()
    };
    format!(
        "ok: {name}: answers about {} for `{}`, {counted} of {} answered{unsure}\n",
        terminal(partner),
        q.id,
        count(q.questions.len(), "question")
    )
}

fn describe(name: &str, q: &Questionnaire) -> String {
    format!(
        "ok: {name}: `{}` {} — {}, {}, {}, {}\n",
        q.id,
        terminal(&q.version),
        count(q.dimensions.len(), "dimension"),
        count(q.questions.len(), "question"),
        count(q.rubric.bands.len(), "band"),
        count(q.rubric.tiers.len(), "tier")
    )
}

/// An answers file names its questionnaire at the top level; a
/// questionnaire file has dimensions.
fn looks_like_answers(name: &str, text: &str) -> bool {
    if is_json(name) {
        return true;
    }
    match toml::from_str::<toml::Table>(text) {
        Ok(table) => table.contains_key("questionnaire") && !table.contains_key("dimension"),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_headers_are_found_in_order_with_their_column() {
        let text = "[rubric]\n[[rubric.tier]]\nid = \"a\"\n  [[ rubric.tier ]] # b\nid = \"b\"\n";
        let headers = tier_headers(text);
        assert_eq!(headers.len(), 2);
        let src = Source::new("r.toml", text);
        assert_eq!(src.line_col(headers[0].start), (2, 1));
        assert_eq!(src.line_col(headers[1].start), (4, 3));
        assert_eq!(&text[headers[1].clone()], "[[ rubric.tier ]]");
    }

    #[test]
    fn an_embedded_instrument_is_named_as_embedded() {
        let rubric = "[rubric]\n[[rubric.band]]\nid = \"all\"\nlabel = \"All\"\nmin = 1\n\
                      [[rubric.tier]]\nid = \"a\"\nlabel = \"A\"\nwhen = [\"overall >= 2\"]\n\
                      [[rubric.tier]]\nid = \"b\"\nlabel = \"B\"\nwhen = [\"overall >= 3\"]\n\
                      [[rubric.tier]]\nid = \"c\"\nlabel = \"C\"\nwhen = []\n";
        let q = Questionnaire::embedded(crate::model::questionnaire::DEFAULT_ID)
            .unwrap()
            .with_rubric(Source::new("r.toml", rubric))
            .unwrap();
        let name = format!("<embedded:{}>", q.id);
        let found = unreachable(&q.id, Source::new(&name, rubric), &q);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "<embedded:partnership-health>");
        assert_eq!((found[0].line(), found[0].column()), (Some(10), Some(1)));
        assert_eq!(found[0].labels[0].span.as_ref().map(|s| s.line), Some(6));
        assert!(
            found[0]
                .text()
                .starts_with("partnership-health: tier `b` can never match")
        );
    }
}
