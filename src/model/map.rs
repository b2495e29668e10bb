//! The map file of `import`: what a survey export's columns and labels mean
//! when their headers or wording do not say it themselves.
//!
//! ```toml
//! [columns]   # header text = question id, or partner | side | respondent | date | ignore
//! "How openly do we share plans?" = "ca-transparency"
//! [values]    # extra answer labels = a number on the scale, or "unsure"
//! "Totally agree" = 5
//! [sides]     # organisation names per side
//! us = ["Acme Corp"]
//! them = ["Globex Components"]
//! [missing]   # cells that mean "not answered" (before any "don't know" word)
//! values = ["-99", "Refused"]
//! [notes]     # free-text column = the question or dimension id it notes
//! "Anything else about sharing plans?" = "ca-transparency"
//! ```

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics, LISTED, LineIndex, Source};
use crate::model::answers::{Answer, Side};
use crate::model::questionnaire::Questionnaire;

/// What a column holds, as the map file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The answers to this question (an index into the questionnaire's questions).
    Question(usize),
    Partner,
    Side,
    Respondent,
    Date,
    /// Not imported, and not listed as unmatched.
    Ignore,
}

/// A map file, checked against the questionnaire it is used with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ColumnMap {
    /// Header text as written → what the column holds.
    pub columns: Vec<(String, Target)>,
    /// Answer label as written → the answer it stands for.
    pub values: Vec<(String, Answer)>,
    /// Organisation names of our side.
    pub us: Vec<String>,
    /// Organisation names of the partner's side.
    pub them: Vec<String>,
    /// Cells that count as not answered, as written.
    pub missing: Vec<String>,
    /// Header text as written → the question or dimension id whose note the
    /// column holds.
    pub notes: Vec<(String, String)>,
}

impl ColumnMap {
    /// The side an organisation name stands for, compared without case.
    pub fn side_of(&self, name: &str) -> Option<Side> {
        let name = side_key(name);
        let listed = |names: &[String]| names.iter().any(|n| side_key(n) == name);
        if listed(&self.us) {
            Some(Side::Us)
        } else if listed(&self.them) {
            Some(Side::Them)
        } else {
            None
        }
    }

    /// Parses and checks a map file: unknown keys, unknown question ids and
    /// values off the scale are errors with their line and column.
    pub fn from_toml(src: Source<'_>, q: &Questionnaire) -> Result<Self, Diagnostics> {
        let raw: RawMap = toml::from_str(src.text).map_err(|e| src.toml_error(&e))?;
        let index = LineIndex::default();
        let src = src.indexed(&index);
        let mut problems = Diagnostics::default();
        // Past the first [`LISTED`] problems, they are only counted.
        let mut more = 0;
        let mut problem = |problems: &mut Diagnostics, make: &dyn Fn() -> Diagnostic| {
            if problems.0.len() >= LISTED {
                more += 1;
            } else {
                problems.push(make());
            }
        };
        let mut map = ColumnMap::default();
        for (header, target) in raw.columns {
            let span = target.span();
            let target = target.into_inner();
            let parsed = match target.as_str() {
                "partner" => Some(Target::Partner),
                "side" => Some(Target::Side),
                "respondent" => Some(Target::Respondent),
                "date" => Some(Target::Date),
                "ignore" => Some(Target::Ignore),
                id => q.question_index(id).map(Target::Question),
            };
            match parsed {
                Some(t) => map.columns.push((header, t)),
                None => problem(&mut problems, &|| {
                    src.error(
                        "unknown-target",
                        span.clone(),
                        format!(
                            "`{target}` is neither a question id of `{}` nor one of \
                             partner, side, respondent, date, ignore",
                            q.id
                        ),
                    )
                }),
            }
        }
        for (label, value) in raw.values {
            let span = value.span();
            let answer = match value.get_ref() {
                toml::Value::Integer(v) if q.scale.contains(*v) => Some(Answer::Value(*v)),
                toml::Value::String(s) if s == "unsure" && q.scale.allow_unsure => {
                    Some(Answer::Unsure)
                }
                _ => None,
            };
            match answer {
                Some(a) => map.values.push((label, a)),
                None => problem(&mut problems, &|| {
                    src.error(
                        "value-out-of-scale",
                        span.clone(),
                        format!(
                            "label `{label}` stands for {}; allowed: {}",
                            value.get_ref(),
                            q.scale.allowed()
                        ),
                    )
                }),
            }
        }
        for (header, id) in raw.notes {
            let span = id.span();
            let id = id.into_inner();
            if q.question_index(&id).is_some() || q.dimensions.iter().any(|d| d.id == id) {
                map.notes.push((header, id));
            } else {
                problem(&mut problems, &|| {
                    src.error(
                        "unknown-target",
                        span.clone(),
                        format!(
                            "`{id}` is neither a question id nor a dimension id of `{}`",
                            q.id
                        ),
                    )
                });
            }
        }
        map.missing = raw.missing.values;
        map.us = raw.sides.us;
        map.them = raw.sides.them;
        // A name of theirs that is also ours (compared as `side_of`
        // compares names), found in a set: a map may list many names.
        let ours: HashSet<String> = map.us.iter().map(|n| side_key(n)).collect();
        if let Some(both) = map.them.iter().find(|n| ours.contains(&side_key(n))) {
            problems.push(src.whole("side-conflict", format!("`{both}` is listed on both sides")));
        }
        problems.listed(src.name, more).into_result(map)
    }
}

/// An organisation's name as sides are compared: trimmed, lower case.
pub fn side_key(name: &str) -> String {
    name.trim().to_lowercase()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    #[serde(default)]
    columns: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    values: BTreeMap<String, Spanned<toml::Value>>,
    #[serde(default)]
    sides: RawSides,
    #[serde(default)]
    missing: RawMissing,
    #[serde(default)]
    notes: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMissing {
    #[serde(default)]
    values: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSides {
    #[serde(default)]
    us: Vec<String>,
    #[serde(default)]
    them: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::embedded("partnership-health").unwrap()
    }

    fn load(text: &str) -> Result<ColumnMap, Diagnostics> {
        ColumnMap::from_toml(Source::new("map.toml", text), &q())
    }

    #[test]
    fn a_map_file_reads_columns_values_and_sides() {
        let map = load(
            "[columns]\n\"How open?\" = \"ca-transparency\"\nWho = \"respondent\"\n\
             [values]\n\"Totally agree\" = 5\n\"No idea\" = \"unsure\"\n\
             [sides]\nus = [\"Acme Corp\"]\nthem = [\"Globex\"]\n",
        )
        .unwrap();
        let i = q().question_index("ca-transparency").unwrap();
        assert!(
            map.columns
                .contains(&("How open?".to_owned(), Target::Question(i)))
        );
        assert!(
            map.columns
                .contains(&("Who".to_owned(), Target::Respondent))
        );
        assert!(
            map.values
                .contains(&("Totally agree".to_owned(), Answer::Value(5)))
        );
        assert_eq!(map.side_of("ACME corp "), Some(Side::Us));
        assert_eq!(map.side_of("globex"), Some(Side::Them));
        assert_eq!(map.side_of("Initech"), None);
    }

    #[test]
    fn missing_values_and_notes_columns() {
        let map = load(
            "[missing]\nvalues = [\"-99\", \"Refused\"]\n\
             [notes]\n\"Why?\" = \"ca-transparency\"\n\"More\" = \"mutual-gains\"\n",
        );
        let map = map.unwrap();
        assert_eq!(map.missing, ["-99", "Refused"]);
        assert!(
            map.notes
                .contains(&("Why?".to_owned(), "ca-transparency".to_owned()))
        );
        let err = load("[notes]\nWhy = \"nope\"\n").unwrap_err();
        assert!(err.to_string().contains("map.toml:2:7"), "{err}");
    }

    #[test]
    fn unknown_keys_and_targets_are_errors_with_line_and_column() {
        let err = load("[columns]\nx = \"ca-transparency\"\n[colour]\n").unwrap_err();
        assert!(err.to_string().contains("map.toml:3:"), "{err}");
        let err = load("[columns]\n\"Q1\" = \"nope\"\n").unwrap_err();
        assert!(err.to_string().contains("map.toml:2:8"), "{err}");
        assert!(err.to_string().contains("`nope`"), "{err}");
        let err = load("[values]\nGreat = 9\n").unwrap_err();
        assert!(err.to_string().contains("map.toml:2:9"), "{err}");
        let err = load("[sides]\nours = []\n").unwrap_err();
        assert!(err.to_string().contains("unknown field `ours`"), "{err}");
    }
}
