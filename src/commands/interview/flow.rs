//! The interview itself, with no terminal in sight: the order of the
//! questions, going back, skipping to the first unanswered question on
//! resume, the expectation and the note after each dimension, and a save
//! after every answer.
//! Prompts go through [`Prompter`], so this is unit-tested with a script.

use std::fmt;

use anyhow::Result;

use super::words::Words;
use crate::model::answers::{Answer, AnswerSheet, Side};
use crate::model::questionnaire::{Questionnaire, Scale};
use crate::sanitize::{terminal, terminal_multiline};

/// What the person chose at a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// A point on the scale.
    Value(i64),
    /// "Don't know / not applicable".
    Unsure,
    /// Show the statement's help, then ask again.
    Help,
    /// Go to the previous question.
    Back,
    /// Leave this one unanswered (offered where [`Ask::can_skip`]).
    Skip,
}

impl From<Answer> for Choice {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Value(v) => Choice::Value(v),
            Answer::Unsure => Choice::Unsure,
        }
    }
}

/// One question as a prompter shows it.
#[derive(Debug)]
pub struct Ask<'a> {
    /// 1-based: the statement's number, or for an expectation its part's.
    pub number: usize,
    /// Statements, or for an expectation parts.
    pub total: usize,
    /// How the respondent expects the other side to rate a part, rather
    /// than a statement.
    pub expectation: bool,
    /// The statement, safe for a terminal.
    pub text: String,
    pub scale: &'a Scale,
    /// Offer [`Choice::Help`].
    pub has_help: bool,
    /// Offer [`Choice::Back`].
    pub can_go_back: bool,
    /// Offer [`Choice::Skip`].
    pub can_skip: bool,
    /// The answer given before (going back, resuming): the default.
    pub current: Option<Answer>,
}

impl Ask<'_> {
    /// `[7/23]` for a statement, `[part 2/4]` for an expectation.
    pub fn counter(&self, w: Words) -> String {
        let (n, total) = (self.number.to_string(), self.total.to_string());
        if self.expectation {
            w.args("interview-counter-part", &[("n", &n), ("total", &total)])
        } else {
            format!("[{n}/{total}]")
        }
    }

    /// The choices besides the scale's points, each with its key, in the
    /// order shown: don't know, help, skip, back.
    pub fn other_choices(&self, w: Words) -> Vec<(char, Choice, String)> {
        let mut out = Vec::new();
        if self.scale.allow_unsure {
            out.push(('u', Choice::Unsure, w.unsure(self.scale)));
        }
        if self.has_help {
            out.push(('?', Choice::Help, w.t("interview-more")));
        }
        if self.can_skip {
            out.push(('s', Choice::Skip, w.t("interview-skip")));
        }
        if self.can_go_back {
            out.push(('b', Choice::Back, w.t("interview-back")));
        }
        out
    }
}

/// One thing the interview asks, in the order asked: each dimension's
/// statements, then (when the instrument asks for it) the expectation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A question, by index.
    Statement(usize),
    /// How the other side is expected to rate a dimension, by index.
    Expected(usize),
}

impl Item {
    fn dimension(self, q: &Questionnaire) -> usize {
        match self {
            Item::Statement(i) => q.questions[i].dimension,
            Item::Expected(d) => d,
        }
    }

    fn answer(self, sheet: &AnswerSheet) -> Option<Answer> {
        match self {
            Item::Statement(i) => sheet.values[i],
            Item::Expected(d) => sheet.expected[d],
        }
    }
}

/// Everything the interview asks, in order.
pub fn items(q: &Questionnaire) -> Vec<Item> {
    let mut out = Vec::with_capacity(q.questions.len() + q.dimensions.len());
    for (d, dim) in q.dimensions.iter().enumerate() {
        out.extend(dim.questions.clone().map(Item::Statement));
        if q.interview.expected {
            out.push(Item::Expected(d));
        }
    }
    out
}

/// Why the interview stopped before its end. Each becomes exit 130 with the
/// answers so far saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Ctrl-C.
    Interrupted,
    /// Esc, or `q` in `--plain`.
    Quit,
    /// Standard input ended (`--plain`).
    EndOfInput,
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stop::Interrupted => "interrupted",
            Stop::Quit => "stopped",
            Stop::EndOfInput => "input ended before the last question",
        })
    }
}

impl std::error::Error for Stop {}

/// The prompts an interview needs. Every method may fail with [`Stop`].
pub trait Prompter {
    /// The interview's words, in the language it is held in.
    fn words(&self) -> Words;
    /// One line for the opening: how to answer with this prompter.
    fn hint(&self) -> String;
    /// Shows information (possibly several lines).
    fn say(&mut self, text: &str) -> Result<()>;
    /// Asks one question of the questionnaire.
    fn question(&mut self, ask: &Ask<'_>) -> Result<Choice>;
    /// Free text; `initial` is the current value (empty for none).
    fn text(&mut self, prompt: &str, initial: &str) -> Result<String>;
    /// One of `items`, by index.
    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize>;
    /// Yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
}

/// Index in [`items`] of the first item with no answer.
pub fn first_unanswered(q: &Questionnaire, sheet: &AnswerSheet) -> Option<usize> {
    items(q)
        .iter()
        .position(|item| item.answer(sheet).is_none())
}

/// Whether a file to go on with is done: nothing is unanswered, or it says
/// `complete = true` and every statement is answered (expectations are
/// optional: a finished file is not reopened for them).
pub fn finished(q: &Questionnaire, sheet: &AnswerSheet) -> bool {
    let statements = sheet.values.iter().all(Option::is_some);
    (sheet.complete == Some(true) && statements) || first_unanswered(q, sheet).is_none()
}

/// "How far do you think the people of Acme agree with the statements on
/// Mutual gains?": the other side is the partner for our people, our
/// organisation (when the project names it) for the partner's.
pub fn expectation_question(
    q: &Questionnaire,
    d: usize,
    sheet: &AnswerSheet,
    organization: Option<&str>,
    w: Words,
) -> String {
    let dimension = terminal(&q.dimensions[d].name);
    let name = |o: &str| terminal(o.trim()).into_owned();
    match (sheet.side, organization) {
        (Side::Us, _) => w.args(
            "interview-expect-us",
            &[
                ("partner", &name(&sheet.partner)),
                ("dimension", &dimension),
            ],
        ),
        (Side::Them, ours) => {
            let ours = ours.map_or_else(
                || w.t("interview-partners-people"),
                |o| w.args("interview-people-of", &[("name", &name(o))]),
            );
            w.args(
                "interview-expect-them",
                &[("ours", &ours), ("dimension", &dimension)],
            )
        }
    }
}

/// Rough duration: 20 seconds a question, at least a minute.
pub fn minutes(questions: usize) -> usize {
    (questions * 20).div_ceil(60).max(1)
}

/// Asks every item from the first unanswered one to the end; after each
/// dimension's statements its expectation (when the instrument asks for
/// expectations), then a note. `save` is called after every answer and
/// note, with `complete = false`, then once more with `complete = true`.
/// `organization` is our organisation's name, for the partner's people.
pub fn ask_questions(
    q: &Questionnaire,
    sheet: &mut AnswerSheet,
    organization: Option<&str>,
    p: &mut dyn Prompter,
    save: &mut dyn FnMut(&AnswerSheet) -> Result<()>,
) -> Result<()> {
    let w = p.words();
    let items = items(q);
    let mut i = first_unanswered(q, sheet).unwrap_or(items.len());
    let mut shown: Option<usize> = None;
    while i < items.len() {
        let item = items[i];
        let d = item.dimension(q);
        if shown != Some(d) {
            p.say(&intro(q, d, w))?;
            shown = Some(d);
        }
        let ask = match item {
            Item::Statement(k) => Ask {
                number: k + 1,
                total: q.questions.len(),
                expectation: false,
                // Each side reads its own wording.
                text: terminal(q.questions[k].text_for(sheet.side)).into_owned(),
                scale: &q.scale,
                has_help: q.questions[k].help_for(sheet.side).is_some(),
                can_go_back: i > 0,
                can_skip: false,
                current: sheet.values[k],
            },
            Item::Expected(d) => Ask {
                number: d + 1,
                total: q.dimensions.len(),
                expectation: true,
                text: expectation_question(q, d, sheet, organization, w),
                scale: &q.scale,
                has_help: false,
                can_go_back: i > 0,
                can_skip: true,
                current: sheet.expected[d],
            },
        };
        let answer = match p.question(&ask)? {
            Choice::Help => {
                let help = match item {
                    Item::Statement(k) => q.questions[k].help_for(sheet.side),
                    Item::Expected(_) => None,
                };
                let help = match help {
                    Some(help) => terminal_multiline(help.trim()).into_owned(),
                    None => w.t("interview-no-more"),
                };
                p.say(&format!("  {help}"))?;
                continue;
            }
            Choice::Back => {
                i = i.saturating_sub(1);
                continue;
            }
            Choice::Skip if ask.can_skip => None,
            Choice::Value(v) if q.scale.contains(v) => Some(Answer::Value(v)),
            Choice::Unsure if q.scale.allow_unsure => Some(Answer::Unsure),
            Choice::Value(_) | Choice::Unsure | Choice::Skip => {
                p.say(&w.t("interview-not-a-choice"))?;
                continue;
            }
        };
        match item {
            Item::Statement(k) => sheet.values[k] = answer,
            Item::Expected(d) => sheet.expected[d] = answer,
        }
        sheet.complete = Some(false);
        save(sheet)?;
        if items.get(i + 1).is_none_or(|next| next.dimension(q) != d) {
            note(q, d, sheet, p)?;
            save(sheet)?;
        }
        i += 1;
    }
    sheet.complete = Some(true);
    save(sheet)
}

/// "Part 2 of 4: Mutual gains" and the dimension's summary.
fn intro(q: &Questionnaire, d: usize, w: Words) -> String {
    let dim = &q.dimensions[d];
    let mut out = format!(
        "\n{}",
        w.args(
            "interview-part",
            &[
                ("n", &(d + 1).to_string()),
                ("total", &q.dimensions.len().to_string()),
                ("dimension", &terminal(&dim.name)),
            ],
        )
    );
    if let Some(summary) = &dim.summary {
        out.push_str(&format!("\n{}", terminal(summary.trim())));
    }
    out
}

/// The optional note on a dimension, kept in `[notes]` under its id.
fn note(q: &Questionnaire, d: usize, sheet: &mut AnswerSheet, p: &mut dyn Prompter) -> Result<()> {
    let dim = &q.dimensions[d];
    let current = sheet.notes.get(&dim.id).cloned().unwrap_or_default();
    let prompt = p
        .words()
        .args("interview-note", &[("dimension", &terminal(&dim.name))]);
    let text = p.text(&prompt, &current)?;
    let text = text.trim();
    if text.is_empty() {
        sheet.notes.remove(&dim.id);
    } else {
        sheet.notes.insert(dim.id.clone(), text.to_owned());
    }
    Ok(())
}

#[cfg(test)]
#[path = "flow_tests.rs"]
pub mod tests;
