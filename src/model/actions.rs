//! Actions files: what the two organisations agreed to do about a partner,
//! so that the next round shows whether it helped. A TOML file with a
//! `partner` and `[[action]]` tables (and no `[answers]`), checked against a
//! questionnaire.

use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::diag::{Diagnostic, Diagnostics, LISTED, LineIndex, Source};
use crate::model::answers::{Date, TomlDoc, is_json};
use crate::model::questionnaire::Questionnaire;

/// Who carries an action out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Us,
    Them,
    Both,
}

impl Owner {
    pub fn as_str(self) -> &'static str {
        match self {
            Owner::Us => "us",
            Owner::Them => "them",
            Owner::Both => "both",
        }
    }
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Open,
    Done,
    Dropped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an action is about: a dimension, or one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Index into the questionnaire's dimensions.
    Dimension(usize),
    /// Index into the questionnaire's questions.
    Question(usize),
}

/// One agreed action. Text fields are untrusted: sanitize before printing.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub id: String,
    pub title: String,
    pub target: Target,
    /// The dimension whose score tells whether it helped (a question
    /// action: the question's dimension).
    pub dimension: usize,
    pub owner: Owner,
    pub assignee: Option<String>,
    pub agreed: Date,
    pub due: Option<Date>,
    pub status: Status,
    pub closed: Option<Date>,
    pub note: Option<String>,
}

/// An actions file, checked against a questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionsFile {
    /// The name shown in messages.
    pub file: String,
    /// As written (trimmed).
    pub partner: String,
    /// Where `partner`'s value is written, to point at it when no answers
    /// file is about that partner.
    pub partner_span: Range<usize>,
    pub actions: Vec<Action>,
}

/// Whether a text is an actions file: TOML with `[[action]]` tables and no
/// `[answers]`. JSON files never are.
pub fn looks_like_actions(name: &str, text: &str) -> bool {
    !is_json(name) && TomlDoc::parse(Source::new(name, text)).is_ok_and(|doc| is_actions(&doc))
}

/// Whether a parsed TOML file is an actions file: `[[action]]` tables and
/// no `[answers]`.
pub fn is_actions(doc: &TomlDoc<'_>) -> bool {
    doc.has("action") && !doc.has("answers")
}

#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an actions file: a table of partner and [[action]] tables"
)]
struct RawFile {
    partner: Spanned<String>,
    #[serde(default)]
    action: Vec<RawAction>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, expecting = "an [[action]] table")]
struct RawAction {
    id: Spanned<String>,
    title: Spanned<String>,
    dimension: Option<Spanned<String>>,
    question: Option<Spanned<String>>,
    owner: Spanned<String>,
    assignee: Option<String>,
    agreed: Spanned<Datetime>,
    due: Option<Spanned<Datetime>>,
    status: Spanned<String>,
    closed: Option<Spanned<Datetime>>,
    note: Option<String>,
}

/// The problems found, each with its offset: reported in file order, the
/// first [`LISTED`] found (past them, they are counted).
struct Found<'s> {
    src: Source<'s>,
    problems: Vec<(usize, Diagnostic)>,
    /// The problems past the first [`LISTED`].
    more: usize,
    /// How many problems the action being checked has (counted ones too).
    seen: usize,
}

impl Found<'_> {
    /// A problem, unless [`LISTED`] are found already: it is then only
    /// counted (its message is not even made).
    fn push(&mut self, code: &'static str, span: Range<usize>, message: impl FnOnce() -> String) {
        self.seen += 1;
        if self.problems.len() >= LISTED {
            self.more += 1;
            return;
        }
        self.problems
            .push((span.start, self.src.error(code, span, message())));
    }
}

/// A TOML date alone (no time); a problem otherwise.
fn date(value: &Spanned<Datetime>, key: &str, found: &mut Found<'_>) -> Option<Date> {
    let parsed = Date::try_from(*value.get_ref()).ok();
    if parsed.is_none() {
        found.push("bad-date", value.span(), || {
            format!(
                "`{key}` {} is not a date: write it as 2026-11-20",
                value.get_ref()
            )
        });
    }
    parsed
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl ActionsFile {
    /// Parses and checks an actions file against `q`, reporting every
    /// problem with its file, line and column.
    pub fn from_toml(src: Source<'_>, q: &Questionnaire) -> Result<Self, Diagnostics> {
        let raw: RawFile = toml::from_str(src.text).map_err(|e| src.toml_error(&e))?;
        let index = LineIndex::default();
        let src = src.indexed(&index);
        let mut found = Found {
            src,
            problems: Vec::new(),
            more: 0,
            seen: 0,
        };
        if raw.partner.get_ref().trim().is_empty() {
            found.push("empty-value", raw.partner.span(), || {
                "`partner` is empty: name the partner".into()
            });
        }
        let mut actions = Vec::new();
        // A set: a file of 75,000 actions is checked in linear time.
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for a in &raw.action {
            if let Some(action) = check_action(a, q, &mut seen, &mut found) {
                actions.push(action);
            }
        }
        found.problems.sort_by_key(|(at, _)| *at);
        let more = found.more;
        Diagnostics(found.problems.into_iter().map(|(_, m)| m).collect())
            .listed(src.name, more)
            .into_result(ActionsFile {
                file: src.name.to_owned(),
                partner: raw.partner.get_ref().trim().to_owned(),
                partner_span: raw.partner.span(),
                actions,
            })
    }
}

fn check_action<'r>(
    a: &'r RawAction,
    q: &Questionnaire,
    seen: &mut std::collections::HashSet<&'r str>,
    found: &mut Found<'_>,
) -> Option<Action> {
    let before = found.seen;
    let id = a.id.get_ref();
    if !valid_id(id) {
        found.push("bad-id", a.id.span(), || {
            format!(
                "action id `{id}` may hold only lowercase letters, digits and `-` \
                 (for example `joint-postmortems`)"
            )
        });
    } else if !seen.insert(id.as_str()) {
        found.push("duplicate-id", a.id.span(), || {
            format!("action id `{id}` is used twice in this file: give each action its own id")
        });
    }
    if a.title.get_ref().trim().is_empty() {
        found.push("empty-value", a.title.span(), || {
            "`title` is empty: say what was agreed".into()
        });
    }
    let target = match (&a.dimension, &a.question) {
        (Some(d), None) => match q.dimension_index(d.get_ref()) {
            Some(i) => Some((Target::Dimension(i), i)),
            None => {
                found.push("unknown-target", d.span(), || {
                    format!(
                        "`{}` is not a dimension of `{}`; its dimensions are: {}",
                        d.get_ref(),
                        q.id,
                        q.dimension_ids().join(", ")
                    )
                });
                None
            }
        },
        (None, Some(x)) => match q.question_index(x.get_ref()) {
            Some(i) => Some((Target::Question(i), q.questions[i].dimension)),
            None => {
                found.push("unknown-target", x.span(), || {
                    format!(
                        "`{}` is not a question of `{}`: see `partnercheck questions`",
                        x.get_ref(),
                        q.id
                    )
                });
                None
            }
        },
        (Some(_), Some(x)) => {
            found.push("bad-target", x.span(), || {
                "an action has a `dimension` or a `question`, not both: keep one".into()
            });
            None
        }
        (None, None) => {
            found.push("bad-target", a.id.span(), || {
                format!(
                    "action `{id}` has neither `dimension` nor `question`: \
                     name the dimension (or question) it should improve"
                )
            });
            None
        }
    };
    let owner = match a.owner.get_ref().as_str() {
        "us" => Some(Owner::Us),
        "them" => Some(Owner::Them),
        "both" => Some(Owner::Both),
        other => {
            found.push("bad-choice", a.owner.span(), || {
                format!("`owner` \"{other}\" is not one of: us, them, both")
            });
            None
        }
    };
    let status = match a.status.get_ref().as_str() {
        "open" => Some(Status::Open),
        "done" => Some(Status::Done),
        "dropped" => Some(Status::Dropped),
        other => {
            found.push("bad-choice", a.status.span(), || {
                format!("`status` \"{other}\" is not one of: open, done, dropped")
            });
            None
        }
    };
    let agreed = date(&a.agreed, "agreed", found);
    let due = a.due.as_ref().map(|d| date(d, "due", found));
    let closed = a.closed.as_ref().map(|d| date(d, "closed", found));
    if let (Some(Status::Open), Some(c)) = (status, &a.closed) {
        found.push("status-mismatch", c.span(), || {
            format!(
                "action `{id}` is open but has a `closed` date: \
                 set `status` to \"done\" or \"dropped\", or remove `closed`"
            )
        });
    }
    if found.seen > before {
        return None;
    }
    let (target, dimension) = target?;
    Some(Action {
        id: id.clone(),
        title: a.title.get_ref().clone(),
        target,
        dimension,
        owner: owner?,
        assignee: a.assignee.clone(),
        agreed: agreed?,
        due: due.flatten(),
        status: status?,
        closed: closed.flatten(),
        note: a.note.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::embedded("partnership-health").expect("embedded")
    }

    const GOOD: &str = r#"partner = "Acme Logistics"

[[action]]
id = "joint-postmortems"
title = "Joint post-mortem after each incident"
dimension = "learning"
owner = "both"
assignee = "Kim Partner"
agreed = 2026-05-20
due = 2026-08-31
status = "open"

[[action]]
id = "share-roadmap"
title = "Share the roadmap"
question = "ca-shared-vision"
owner = "us"
agreed = 2026-05-20
status = "done"
closed = 2026-07-01
"#;

    fn load(text: &str) -> Result<ActionsFile, String> {
        ActionsFile::from_toml(Source::new("a.toml", text), &q()).map_err(|d| d.to_string())
    }

    #[test]
    fn a_good_file_loads() {
        let f = load(GOOD).expect("valid");
        assert_eq!(f.partner, "Acme Logistics");
        assert_eq!(f.actions.len(), 2);
        let q = q();
        assert_eq!(
            f.actions[0].dimension,
            q.dimension_index("learning").unwrap()
        );
        assert_eq!(f.actions[0].owner, Owner::Both);
        assert_eq!(f.actions[0].due, Some("2026-08-31".parse().unwrap()));
        let vision = q.question_index("ca-shared-vision").unwrap();
        assert_eq!(f.actions[1].target, Target::Question(vision));
        assert_eq!(f.actions[1].dimension, q.questions[vision].dimension);
        assert_eq!(f.actions[1].status, Status::Done);
        assert_eq!(&GOOD[f.partner_span.clone()], "\"Acme Logistics\"");
    }

    #[test]
    fn recognised_by_action_tables_without_answers() {
        assert!(looks_like_actions("a.toml", GOOD));
        assert!(!looks_like_actions("a.json", GOOD));
        assert!(!looks_like_actions(
            "a.toml",
            "partner = \"x\"\n[answers]\nq = 1\n[[action]]\nid = \"x\"\n"
        ));
        assert!(!looks_like_actions("a.toml", "partner = \"x\"\n"));
    }

    #[test]
    fn an_unknown_key_is_pointed_at() {
        let text = GOOD
            .replace("note", "x")
            .replace("status = \"open\"", "status = \"open\"\ncolour = \"red\"");
        let err = load(&text).unwrap_err();
        assert!(
            err.starts_with("a.toml:12:1: unknown field `colour`"),
            "{err}"
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let text = GOOD
            .replace("dimension = \"learning\"", "dimension = \"lerning\"")
            .replace("id = \"share-roadmap\"", "id = \"joint-postmortems\"")
            .replace(
                "status = \"open\"",
                "status = \"open\"\nclosed = 2026-09-01",
            );
        let err = load(&text).unwrap_err();
        assert!(
            err.starts_with("a.toml:6:13: `lerning` is not a dimension"),
            "{err}"
        );
        assert!(
            err.contains(
                "a.toml:12:10: action `joint-postmortems` is open but has a `closed` date"
            ),
            "{err}"
        );
        assert!(
            err.contains("a.toml:15:6: action id `joint-postmortems` is used twice"),
            "{err}"
        );
    }

    #[test]
    fn both_dimension_and_question_is_an_error() {
        let text = GOOD.replace(
            "question = \"ca-shared-vision\"",
            "question = \"ca-shared-vision\"\ndimension = \"learning\"",
        );
        let err = load(&text).unwrap_err();
        assert!(
            err.starts_with("a.toml:16:12: an action has a `dimension` or a `question`, not both"),
            "{err}"
        );
    }

    #[test]
    fn bad_values_are_errors() {
        let text = GOOD
            .replace("owner = \"both\"", "owner = \"everyone\"")
            .replace("id = \"share-roadmap\"", "id = \"Share Roadmap\"")
            .replace(
                "agreed = 2026-05-20\ndue",
                "agreed = 2026-05-20T10:00:00\ndue",
            )
            .replace("question = \"ca-shared-vision\"", "question = \"nope\"");
        let err = load(&text).unwrap_err();
        assert!(err.contains("a.toml:7:9: `owner` \"everyone\""), "{err}");
        assert!(
            err.contains("a.toml:9:10: `agreed` 2026-05-20T10:00:00 is not a date"),
            "{err}"
        );
        assert!(
            err.contains("a.toml:14:6: action id `Share Roadmap`"),
            "{err}"
        );
        assert!(
            err.contains("a.toml:16:12: `nope` is not a question"),
            "{err}"
        );
        let err = load("partner = \" \"\n[[action]]\nid = \"a\"\n").unwrap_err();
        assert!(err.contains("missing field"), "{err}");
    }
}
