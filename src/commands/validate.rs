//! `partnercheck validate`: check questionnaire, rubric and answers files.

use crate::cli::ValidateArgs;
use crate::commands::Context;
use crate::diag::{Diagnostics, Source};
use crate::engine::reach;
use crate::error::{Error, Exit, Result, warn};
use crate::io::load::{
    apply_rubric, check_answers, named_questionnaire, passed_over, questionnaire_or_default,
};
use crate::io::read::{emit, read};
use crate::io::walk::answer_files;
use crate::model::actions::looks_like_actions;
use crate::model::answers::{Answer, RawAnswers, is_json};
use crate::model::questionnaire::Questionnaire;
use crate::present::{count, words};
use crate::sanitize::terminal;

pub fn run(args: ValidateArgs, ctx: &Context) -> Result<Exit> {
    let rubric = args.rubric.as_deref().map(read).transpose()?;
    let mut problems = Diagnostics::default();
    let mut report = String::new();
    let check = |name: &str, text: &str| -> Result<String> {
        if looks_like_answers(name, text) {
            let raw = RawAnswers::parse(Source::new(name, text))?;
            let q = named_questionnaire(Source::new(name, text), &raw.questionnaire)?;
            let q = apply_rubric(q, rubric.as_ref())?;
            let loaded = check_answers(name, raw, text, &q, false)?;
            warn(&loaded.warnings);
            return Ok(answers_line(
                name,
                &loaded.sheet.values,
                &loaded.sheet.partner,
                &q,
            ));
        }
        let q = Questionnaire::from_toml(Source::new(name, text))?;
        let q = apply_rubric(q, rubric.as_ref())?;
        warn_unreachable(name, &q);
        Ok(describe(name, &q))
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
        let q = apply_rubric(questionnaire_or_default(instrument)?, rubric.as_ref())?;
        match instrument {
            Some(spec) if std::path::Path::new(spec).exists() => {
                warn_unreachable(spec, &q);
                report.push_str(&describe(spec, &q));
            }
            _ => {
                warn_unreachable(&q.id, &q);
                report.push_str(&describe(&format!("embedded `{}`", q.id), &q));
            }
        }
    }
    let files = if paths.is_empty() {
        Vec::new()
    } else {
        answer_files(&paths, args.walk.walk())?
    };
    for path in &files {
        let outcome = read(path).and_then(|(name, text)| {
            // Actions files are passed over: silently in folders, with a
            // warning when named.
            if looks_like_actions(&name, &text) {
                if args.files.contains(path) {
                    warn([passed_over(path)]);
                }
                return Ok(String::new());
            }
            check(&name, &text)
        });
        match outcome {
            Ok(line) => report.push_str(&line),
            Err(Error::Input(d)) => problems.0.extend(d.0),
            Err(e) => problems.push(e.to_string()),
        }
    }
    if !problems.is_empty() {
        return Err(problems.into());
    }
    emit(&report)?;
    Ok(Exit::Done)
}

/// Warns about each tier of `q` that can never be chosen.
fn warn_unreachable(name: &str, q: &Questionnaire) {
    warn(
        reach::unreachable(q)
            .iter()
            .map(|u| format!("{name}: {}", words::unreachable(q, u))),
    );
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
