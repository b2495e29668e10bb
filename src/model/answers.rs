//! Answers files: one respondent's answers about one partner, in TOML (or
//! JSON when the name ends in `.json`), checked against a questionnaire.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;
use toml::de::DeTable;

use crate::diag::{Diagnostic, Diagnostics, LISTED, LineIndex, Source};
use crate::model::questionnaire::Questionnaire;
pub use crate::model::when::{Date, Side};

mod plain;

/// One answer as given: a point on the scale, or "don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Value(i64),
    Unsure,
}

/// An answers file checked against its questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerSheet {
    pub questionnaire: String,
    pub questionnaire_version: Option<String>,
    pub partner: String,
    pub respondent: Option<String>,
    pub side: Side,
    pub date: Option<Date>,
    /// The measurement round this file belongs to (rounds fall back to `date`).
    pub round: Option<Date>,
    /// Where the file came from, e.g. a survey export and row. (Boxed: a
    /// sheet is moved around by value, and kept small.)
    pub source: Option<Box<str>>,
    pub complete: Option<bool>,
    /// One slot per question of the questionnaire, in its order.
    pub values: Vec<Option<Answer>>,
    /// Question or dimension id → note, in id order.
    pub notes: BTreeMap<String, String>,
    /// One slot per dimension: how this respondent expects the other side
    /// to rate it.
    pub expected: Vec<Option<Answer>>,
}

impl AnswerSheet {
    /// An empty sheet for a partner, as `template` and `interview` start it.
    pub fn new(q: &Questionnaire, partner: String) -> Self {
        AnswerSheet {
            questionnaire: q.id.clone(),
            questionnaire_version: Some(q.version.clone()),
            partner,
            respondent: None,
            side: Side::Us,
            date: None,
            round: None,
            source: None,
            complete: None,
            values: vec![None; q.questions.len()],
            notes: BTreeMap::new(),
            expected: vec![None; q.dimensions.len()],
        }
    }

    /// Ids of the questions with no answer at all.
    pub fn missing<'q>(&self, q: &'q Questionnaire) -> Vec<&'q str> {
        q.questions
            .iter()
            .zip(&self.values)
            .filter(|(_, v)| v.is_none())
            .map(|(q, _)| q.id.as_str())
            .collect()
    }
}

/// An answers file as written, before it is checked against a questionnaire.
#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an answers file: a table of questionnaire, partner, answers, …"
)]
pub struct RawAnswers {
    pub questionnaire: String,
    questionnaire_version: Option<String>,
    partner: String,
    respondent: Option<String>,
    #[serde(default)]
    side: Side,
    date: Option<toml::Value>,
    round: Option<toml::Value>,
    source: Option<String>,
    complete: Option<bool>,
    /// The language the questions were read in; scoring ignores it.
    #[allow(dead_code)]
    lang: Option<String>,
    #[serde(default, deserialize_with = "plain::unique_keys")]
    answers: BTreeMap<String, Given>,
    #[serde(default, deserialize_with = "plain::unique_keys")]
    notes: BTreeMap<String, String>,
    #[serde(default, deserialize_with = "plain::unique_keys")]
    expected: BTreeMap<String, Given>,
}

/// A TOML error, said plainly where TOML's own words would puzzle: an
/// unquoted date such as `20/11/2026` is "string values must be quoted".
fn toml_error(src: Source<'_>, err: &toml::de::Error) -> Diagnostic {
    if let Some(span) = err.span()
        && err.message().contains("must be quoted")
    {
        let start = span.start.min(src.text.len());
        let line_start = src.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = src.text[line_start..].trim_start();
        let key = line.split(['=', ' ', '\t']).next().unwrap_or("");
        if key.trim_matches('"') == "date" {
            return src.error(
                "bad-date",
                span,
                "`date` is not a date: dates are written year-month-day, as in \
                 date = 2026-11-20",
            );
        }
    }
    src.toml_error(err)
}

/// True when a file name says JSON.
pub fn is_json(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".json")
}

/// A TOML file parsed once, before it is known what it is: the keys at its
/// top tell an answers file from an actions file (or a questionnaire), and
/// it is then read as that kind without being parsed again.
pub struct TomlDoc<'s>(Spanned<DeTable<'s>>);

impl<'s> TomlDoc<'s> {
    /// Parses TOML text; a syntax error is said as for an answers file.
    pub fn parse(src: Source<'s>) -> Result<Self, Diagnostics> {
        DeTable::parse(src.text)
            .map(TomlDoc)
            .map_err(|e| toml_error(src, &e).into())
    }

    /// Whether the document has `key` at its top.
    pub fn has(&self, key: &str) -> bool {
        self.0.get_ref().contains_key(key)
    }

    /// The document read as `T`; its problems as TOML's own.
    pub fn read<T: serde::de::DeserializeOwned>(self) -> Result<T, toml::de::Error> {
        T::deserialize(toml::de::Deserializer::from(self.0))
    }
}

impl RawAnswers {
    /// An answers file from a TOML document already parsed (as
    /// [`RawAnswers::parse`] would read it).
    pub fn from_doc(doc: TomlDoc<'_>, src: Source<'_>) -> Result<Self, Diagnostics> {
        doc.read().map_err(|e| toml_error(src, &e).into())
    }

    /// Parses the text of an answers file.
    pub fn parse(src: Source<'_>) -> Result<Self, Diagnostics> {
        if is_json(src.name) {
            serde_json::from_str(src.text).map_err(|e| src.json_error(&e).into())
        } else {
            toml::from_str(src.text).map_err(|e| toml_error(src, &e).into())
        }
    }

    /// Checks every answer and note against the questionnaire.
    pub fn check(self, q: &Questionnaire, src: Source<'_>) -> Result<AnswerSheet, Diagnostics> {
        let index = LineIndex::default();
        let mut found = Found::new(src.indexed(&index));
        if self.questionnaire != q.id {
            let (_, message) = found.at(
                "questionnaire-mismatch",
                ("", "questionnaire", Point::Value),
                format!(
                    "these answers are for questionnaire `{}`, but `{}` was loaded: \
                     pass the matching --questionnaire",
                    self.questionnaire, q.id
                ),
            );
            return Err(message.into());
        }
        if self.partner.trim().is_empty() {
            found.push("empty-value", ("", "partner", Point::Value), || {
                "`partner` is empty: name the partner".into()
            });
        }
        let date = check_date("date", self.date.as_ref(), &mut found);
        let round = check_date("round", self.round.as_ref(), &mut found);
        let values = check_answers(q, &self.answers, &mut found);
        check_notes(q, &self.notes, &mut found);
        let expected = check_expected(q, &self.expected, &mut found);
        found.into_diagnostics().into_result(AnswerSheet {
            questionnaire: self.questionnaire,
            questionnaire_version: self.questionnaire_version,
            partner: self.partner,
            respondent: self.respondent,
            side: self.side,
            date,
            round,
            source: self.source.map(String::into_boxed_str),
            complete: self.complete,
            values,
            notes: self.notes,
            expected,
        })
    }
}

/// The problems found in an answers file, each with its position: they are
/// reported in file order, the first [`LISTED`] found (past them, they are
/// counted).
struct Found<'s> {
    src: Source<'s>,
    /// (where, problem)
    problems: Vec<(usize, Diagnostic)>,
    /// The problems past the first [`LISTED`].
    more: usize,
    /// The TOML document, parsed once, on the first problem to locate.
    doc: OnceCell<Option<Spanned<DeTable<'s>>>>,
}

impl<'s> Found<'s> {
    fn new(src: Source<'s>) -> Self {
        Found {
            src,
            problems: Vec::new(),
            more: 0,
            doc: OnceCell::new(),
        }
    }

    /// `message` pointing at `key` of `table` (see [`locate`]), or at the
    /// whole file when the key cannot be found; with its position.
    fn at(
        &self,
        code: &'static str,
        (table, key, point): (&str, &str, Point),
        message: String,
    ) -> (usize, Diagnostic) {
        match locate(self.src, &self.doc, table, key, point) {
            Some(span) => (span.start, self.src.error(code, span, message)),
            None => (0, self.src.whole(code, message)),
        }
    }

    /// A problem, unless [`LISTED`] are found already: it is then only
    /// counted (its message is not even made).
    fn push(
        &mut self,
        code: &'static str,
        place: (&str, &str, Point),
        message: impl FnOnce() -> String,
    ) {
        if self.problems.len() >= LISTED {
            self.more += 1;
            return;
        }
        let problem = self.at(code, place, message());
        self.problems.push(problem);
    }

    fn into_diagnostics(mut self) -> Diagnostics {
        self.problems.sort_by_key(|(offset, _)| *offset);
        let name = self.src.name;
        Diagnostics(self.problems.into_iter().map(|(_, m)| m).collect()).listed(name, self.more)
    }
}

/// The `date` or `round` (`key`), a TOML date or a string such as `2026-11-20`.
fn check_date(key: &str, value: Option<&toml::Value>, found: &mut Found<'_>) -> Option<Date> {
    let value = value?;
    let parsed = match value {
        toml::Value::Datetime(dt) => Date::try_from(*dt).ok(),
        toml::Value::String(s) => s.parse().ok(),
        _ => None,
    };
    if parsed.is_none() {
        found.push("bad-date", ("", key, Point::Value), || {
            format!("`{key}` {value} is not a date: write it as 2026-11-20")
        });
    }
    parsed
}

/// One slot per question of `q`: the answer given, if it is a question of
/// `q` and on its scale.
fn check_answers(
    q: &Questionnaire,
    answers: &BTreeMap<String, Given>,
    found: &mut Found<'_>,
) -> Vec<Option<Answer>> {
    let mut values = vec![None; q.questions.len()];
    for (id, value) in answers {
        let Some(i) = q.question_index(id) else {
            found.push(
                "unknown-key",
                ("answers", id, Point::Key),
                || match plain::suggest(id, q.questions.iter().map(|x| x.id.as_str())) {
                    Some(near) => format!(
                        "`{id}` is not a question of `{}`: did you mean `{near}`?",
                        q.id
                    ),
                    None => format!(
                        "`{id}` is not a question of `{}`: see `partnercheck questions`",
                        q.id
                    ),
                },
            );
            continue;
        };
        let answer = match value {
            Given::Integer(v) if q.scale.contains(*v) => Some(Answer::Value(*v)),
            Given::Text(s) if s == "unsure" && q.scale.allow_unsure => Some(Answer::Unsure),
            _ => None,
        };
        match answer {
            Some(a) => values[i] = Some(a),
            None => found.push("value-out-of-scale", ("answers", id, Point::Value), || {
                format!(
                    "answer to `{id}` is {}; allowed: {}",
                    value,
                    q.scale.allowed()
                )
            }),
        }
    }
    values
}

/// One slot per dimension of `q`: the rating this respondent expects from
/// the other side, on the scale (or "unsure").
fn check_expected(
    q: &Questionnaire,
    expected: &BTreeMap<String, Given>,
    found: &mut Found<'_>,
) -> Vec<Option<Answer>> {
    let mut out = vec![None; q.dimensions.len()];
    for (id, value) in expected {
        let Some(d) = q.dimension_index(id) else {
            found.push("unknown-key", ("expected", id, Point::Key), || {
                format!(
                    "expected `{id}` is not a dimension of `{}`; its dimensions are: {}",
                    q.id,
                    q.dimension_ids().join(", ")
                )
            });
            continue;
        };
        match value {
            Given::Integer(v) if q.scale.contains(*v) => out[d] = Some(Answer::Value(*v)),
            Given::Text(s) if s == "unsure" && q.scale.allow_unsure => {
                out[d] = Some(Answer::Unsure)
            }
            _ => found.push("value-out-of-scale", ("expected", id, Point::Value), || {
                format!(
                    "expected rating of `{id}` is {value}; allowed: {}",
                    q.scale.allowed()
                )
            }),
        }
    }
    out
}

/// Each note must be on a question or a dimension of `q`.
fn check_notes(q: &Questionnaire, notes: &BTreeMap<String, String>, found: &mut Found<'_>) {
    for key in notes.keys() {
        if q.question_index(key).is_none() && q.dimension_index(key).is_none() {
            found.push("unknown-key", ("notes", key, Point::Key), || {
                format!(
                    "note `{key}` is neither a question id nor a dimension id of `{}`{}",
                    q.id,
                    plain::suggest(
                        key,
                        q.questions
                            .iter()
                            .map(|x| x.id.as_str())
                            .chain(q.dimensions.iter().map(|d| d.id.as_str()))
                    )
                    .map(|near| format!(": did you mean `{near}`?"))
                    .unwrap_or_default()
                )
            });
        }
    }
}

/// An answer's value as written, whatever its type. It is checked against
/// the scale after parsing, so that a wrong type gets the same message as a
/// value out of range, in TOML and JSON alike.
#[derive(Debug, Clone, PartialEq)]
enum Given {
    Integer(i64),
    Text(String),
    /// Anything else, as it reads in a message: `3.5`, `true`, `null`, …
    Other(String),
}

impl fmt::Display for Given {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Given::Integer(v) => write!(f, "{v}"),
            Given::Text(s) => write!(f, "\"{s}\""),
            Given::Other(s) => f.write_str(s),
        }
    }
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Given;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an answer")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Given, E> {
                Ok(Given::Integer(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Given, E> {
                Ok(i64::try_from(v).map_or_else(|_| Given::Other(v.to_string()), Given::Integer))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Given, E> {
                Ok(i64::try_from(v).map_or_else(|_| Given::Other(v.to_string()), Given::Integer))
            }
            fn visit_u128<E>(self, v: u128) -> Result<Given, E> {
                Ok(i64::try_from(v).map_or_else(|_| Given::Other(v.to_string()), Given::Integer))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Given, E> {
                Ok(Given::Other(format!("{v:?}")))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Given, E> {
                Ok(Given::Other(v.to_string()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Given, E> {
                Ok(Given::Text(v.to_owned()))
            }
            fn visit_unit<E>(self) -> Result<Given, E> {
                Ok(Given::Other("null".to_owned()))
            }
            fn visit_none<E>(self) -> Result<Given, E> {
                Ok(Given::Other("null".to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Given, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Given::Other("a list".to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Given, A::Error> {
                // toml hands a date over as a one-entry map with this key.
                if let Some(key) = map.next_key::<String>()? {
                    if key == "$__toml_private_datetime" {
                        return Ok(Given::Other(map.next_value::<String>()?));
                    }
                    map.next_value::<IgnoredAny>()?;
                }
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Given::Other("a table".to_owned()))
            }
        }
        d.deserialize_any(V)
    }
}

/// Where a top-level key's value is written, to point an error at it.
pub fn key_span(src: Source<'_>, key: &str) -> Option<Range<usize>> {
    locate(src, &OnceCell::new(), "", key, Point::Value)
}

/// What an error points at.
#[derive(Clone, Copy, PartialEq)]
enum Point {
    Key,
    Value,
}

/// Where `key` of `table` (`""` for the top level) is written: the span of
/// the key or of its value in TOML, of the key in JSON. Only used to point
/// at errors.
fn locate<'s>(
    src: Source<'s>,
    doc: &OnceCell<Option<Spanned<DeTable<'s>>>>,
    table: &str,
    key: &str,
    point: Point,
) -> Option<Range<usize>> {
    if is_json(src.name) {
        let from = if table.is_empty() {
            0
        } else {
            src.text.find(&format!("\"{table}\""))?
        };
        let quoted = serde_json::to_string(key).ok()?;
        let at = from + src.text[from..].find(&quoted)?;
        return Some(at..at + quoted.len());
    }
    let doc = doc
        .get_or_init(|| DeTable::parse(src.text).ok())
        .as_ref()?
        .get_ref();
    let scope = if table.is_empty() {
        doc
    } else {
        doc.get(table)?.get_ref().as_table()?
    };
    scope.get_key_value(key).map(|(k, v)| {
        if point == Point::Key {
            k.span()
        } else {
            v.span()
        }
    })
}

/// Writing an answers sheet as TOML.
pub mod write;
