//! The questionnaire: its scale, dimensions, questions and rubric, as the
//! rest of the crate trusts them. Loading them from TOML (unknown keys
//! rejected) and validating them is in `questionnaire_toml`.

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::Source;
use crate::model::rubric::{Band, Rubric, band_of};
use crate::model::settings::{Aggregate, Flags, Interview};
use crate::model::when::Side;

/// The instruments built into the binary: (file name, TOML text).
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "partnership.toml",
        include_str!("../../questionnaires/partnership.toml"),
    ),
    (
        "partnership-pulse.toml",
        include_str!("../../questionnaires/partnership-pulse.toml"),
    ),
];

/// The id of the default instrument.
pub const DEFAULT_ID: &str = "partnership-health";

#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub id: String,
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// The introduction the partner's side reads, when it differs.
    pub description_them: Option<String>,
    pub scale: Scale,
    pub dimensions: Vec<Dimension>,
    /// Every question, dimension by dimension, in file order.
    pub questions: Vec<Question>,
    pub rubric: Rubric,
    /// When a figure is worth pointing out (`[flags]`).
    pub flags: Flags,
    /// How a round's files are combined (`[aggregate]`).
    pub aggregate: Aggregate,
    /// What the interview and the form also ask (`[interview]`).
    pub interview: Interview,
    /// Question id → index, built by the loader.
    pub(crate) index: HashMap<String, usize>,
}

#[derive(Debug, Clone)]
pub struct Scale {
    pub min: i64,
    pub max: i64,
    pub labels: Vec<String>,
    pub allow_unsure: bool,
}

impl Scale {
    pub fn label(&self, value: i64) -> &str {
        &self.labels[(value - self.min) as usize]
    }

    pub fn contains(&self, value: i64) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// "1..5" or "1..5 or \"unsure\"", for error messages.
    pub fn allowed(&self) -> String {
        if self.allow_unsure {
            format!(
                "an integer from {} to {}, or \"unsure\"",
                self.min, self.max
            )
        } else {
            format!("an integer from {} to {}", self.min, self.max)
        }
    }
}

#[derive(Debug, Clone)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub summary: Option<String>,
    pub weight: f64,
    pub prompts: Vec<String>,
    /// Indices into [`Questionnaire::questions`].
    pub questions: Range<usize>,
    /// False: the dimension keeps its score and band but stays out of
    /// overall, lowest, highest and `count()`.
    pub in_overall: bool,
    /// The dimension's own bands, replacing the rubric's for it; empty when
    /// it has none.
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub help: Option<String>,
    /// The wording for respondents on the partner's side, when it differs.
    pub text_them: Option<String>,
    /// The help for respondents on the partner's side, when it differs.
    pub help_them: Option<String>,
    pub reverse: bool,
    pub weight: f64,
    /// Index into [`Questionnaire::dimensions`].
    pub dimension: usize,
}

impl Question {
    /// The statement as a respondent on `side` reads it: `text_them` for the
    /// partner's side, falling back to `text`.
    pub fn text_for(&self, side: Side) -> &str {
        match (side, &self.text_them) {
            (Side::Them, Some(t)) => t,
            _ => &self.text,
        }
    }

    /// The help a respondent on `side` reads: `help_them` for the partner's
    /// side, falling back to `help`.
    pub fn help_for(&self, side: Side) -> Option<&str> {
        match (side, &self.help_them) {
            (Side::Them, Some(h)) => Some(h),
            _ => self.help.as_deref(),
        }
    }
}

impl Questionnaire {
    /// Index of a question by id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    pub fn dimension_ids(&self) -> Vec<&str> {
        self.dimensions.iter().map(|d| d.id.as_str()).collect()
    }

    /// The bands of dimension `d`: its own when it has them, else the rubric's.
    pub fn bands_of(&self, d: usize) -> &[Band] {
        match self.dimensions.get(d) {
            Some(dim) if !dim.bands.is_empty() => &dim.bands,
            _ => &self.rubric.bands,
        }
    }

    /// The band of a score of dimension `d`, with its index among
    /// [`Questionnaire::bands_of`] (0 is the best band).
    pub fn band(&self, d: usize, score: f64) -> Option<(usize, &Band)> {
        let bands = self.bands_of(d);
        band_of(bands, score).map(|i| (i, &bands[i]))
    }

    /// The embedded instrument with this id.
    pub fn embedded(id: &str) -> Option<Self> {
        parsed_embedded().iter().find(|q| q.id == id).cloned()
    }

    /// The TOML text of the embedded instrument `id`.
    pub fn embedded_text(id: &str) -> Option<&'static str> {
        parsed_embedded()
            .iter()
            .zip(EMBEDDED)
            .find(|(q, _)| q.id == id)
            .map(|(_, (_, text))| *text)
    }

    pub fn embedded_ids() -> Vec<String> {
        parsed_embedded().iter().map(|q| q.id.clone()).collect()
    }
}

/// The embedded instruments, parsed once.
fn parsed_embedded() -> &'static [Questionnaire] {
    static PARSED: std::sync::LazyLock<Vec<Questionnaire>> = std::sync::LazyLock::new(|| {
        EMBEDDED
            .iter()
            .map(|(name, text)| {
                Questionnaire::from_toml(Source::new(name, text))
                    .expect("embedded instruments are valid")
            })
            .collect()
    });
    &PARSED
}
