//! Writing an answers file: one fixed, commented TOML layout, the same from
//! the interview, `template`, `import` and the HTML form.

use super::{Answer, AnswerSheet, Side};
use crate::model::questionnaire::{Question, Questionnaire};

/// Writes a sheet as a TOML answers file, commented for a person to read.
/// Unanswered questions appear commented out, so the file lists every
/// question id and can be filled in by hand.
pub fn to_toml(sheet: &AnswerSheet, q: &Questionnaire) -> String {
    to_toml_with(sheet, q, true)
}

/// [`to_toml`]; with `side` false the side is left out (a commented hint
/// instead), for a template whose side is not known yet.
pub fn to_toml_with(sheet: &AnswerSheet, q: &Questionnaire, side: bool) -> String {
    use std::fmt::Write;
    let s = toml_string;
    let mut out = toml_header(q);
    let _ = writeln!(out, "questionnaire = {}", s(&sheet.questionnaire));
    if let Some(v) = &sheet.questionnaire_version {
        let _ = writeln!(out, "questionnaire_version = {}", s(v));
    }
    if let Some(lang) = q.answers_lang() {
        let _ = writeln!(out, "lang = {}", s(lang));
    }
    let _ = writeln!(out, "partner = {}", s(&sheet.partner));
    match &sheet.respondent {
        Some(r) => {
            let _ = writeln!(out, "respondent = {}", s(r));
        }
        None => {
            let _ = writeln!(out, "# respondent = \"Your name\"");
        }
    }
    if side {
        let _ = writeln!(out, "side = \"{}\"", sheet.side);
    } else {
        let _ = writeln!(out, "# side = \"us\"  # or \"them\": the partner's side");
    }
    match sheet.date {
        Some(d) => {
            let _ = writeln!(out, "date = {d}");
        }
        None => {
            let _ = writeln!(out, "# date = 2026-01-31");
        }
    }
    if let Some(r) = sheet.round {
        let _ = writeln!(out, "round = {r}");
    }
    if let Some(src) = &sheet.source {
        let _ = writeln!(out, "source = {}", s(src));
    }
    if let Some(c) = sheet.complete {
        let _ = writeln!(out, "complete = {c}");
    }
    let _ = writeln!(out, "\n[answers]");
    for dim in &q.dimensions {
        let _ = writeln!(out, "\n# {}", one_line(&dim.name));
        if let Some(summary) = &dim.summary {
            let _ = writeln!(out, "# {}", one_line(summary));
        }
        for (question, value) in q.questions[dim.questions.clone()]
            .iter()
            .zip(&sheet.values[dim.questions.clone()])
        {
            let _ = writeln!(out, "\n# {}", question_comment(question, sheet.side));
            let _ = match value {
                Some(Answer::Value(v)) => writeln!(out, "{} = {v}", question.id),
                Some(Answer::Unsure) => writeln!(out, "{} = \"unsure\"", question.id),
                None => writeln!(out, "# {} =", question.id),
            };
        }
    }
    if !sheet.notes.is_empty() {
        let _ = writeln!(out, "\n[notes]");
        for (key, note) in &sheet.notes {
            let _ = writeln!(out, "{key} = {}", s(note));
        }
    }
    if sheet.expected.iter().any(Option::is_some) {
        let _ = writeln!(out, "\n[expected]");
        for (dim, value) in q.dimensions.iter().zip(&sheet.expected) {
            let _ = match value {
                Some(Answer::Value(v)) => writeln!(out, "{} = {v}", dim.id),
                Some(Answer::Unsure) => writeln!(out, "{} = \"unsure\"", dim.id),
                None => Ok(()),
            };
        }
    }
    out
}

/// The comment above a question's answer: the statement as the file's side
/// read it (`text_them` for the partner's side), marked when reverse-keyed.
pub fn question_comment(question: &Question, side: Side) -> String {
    let reverse = if question.reverse { " (reverse)" } else { "" };
    format!("{}{reverse}", one_line(question.text_for(side)))
}

/// The comment lines an answers file starts with (and a blank line): the
/// instrument and its scale.
pub fn toml_header(q: &Questionnaire) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} ({} {})",
        one_line(&q.title),
        q.id,
        one_line(&q.version)
    );
    let labels: Vec<String> = (q.scale.min..=q.scale.max)
        .map(|v| format!("{v} = {}", one_line(q.scale.label(v))))
        .collect();
    let _ = writeln!(out, "# Answers: {}", labels.join(", "));
    if q.scale.allow_unsure {
        let _ = writeln!(out, "#          \"unsure\" = don't know / not applicable");
    }
    let _ = writeln!(out, "# A commented-out answer is not answered yet.");
    let _ = writeln!(out);
    out
}

/// A TOML basic string: `"` and `\` escaped, control characters and the
/// invisible marks of [`crate::sanitize::is_unsafe`] as `\n`, `\t` or
/// `\uXXXX`. Simple enough for the answers form to write the same.
pub fn toml_string(v: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(v.len() + 2);
    out.push('"');
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if crate::sanitize::is_unsafe(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Comments are one line each, without control characters (which TOML
/// forbids in comments, and a terminal would act on): fold line breaks and
/// escape the rest.
pub fn one_line(text: &str) -> String {
    crate::sanitize::terminal(&text.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}
