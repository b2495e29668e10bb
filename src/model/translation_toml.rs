//! A translation file's TOML, loaded (unknown keys rejected) and checked
//! against the questionnaire it translates into a [`Translation`], with its
//! warnings.
//!
//! An id the questionnaire lacks is an error, as is a list of scale labels
//! or prompts whose count differs from the questionnaire's. A text the
//! questionnaire has and the translation leaves out is a warning naming it
//! (`untranslated`); another version than the questionnaire's is a warning
//! (`translation-version`).

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics, LISTED, LineIndex, Source};
use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::Band;
use crate::model::translation::{
    DimensionWords, QuestionWords, TierWords, Translation, check_lang,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    translation_of: Spanned<String>,
    version: Spanned<String>,
    lang: Spanned<String>,
    title: Option<String>,
    description: Option<String>,
    description_them: Option<String>,
    scale: Option<RawScale>,
    #[serde(default)]
    dimension: BTreeMap<Spanned<String>, RawDimension>,
    #[serde(default)]
    question: BTreeMap<Spanned<String>, RawQuestion>,
    #[serde(default)]
    tier: BTreeMap<Spanned<String>, RawTier>,
    #[serde(default)]
    band: BTreeMap<Spanned<String>, RawBand>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    labels: Option<Spanned<Vec<String>>>,
    unsure: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    name: Option<String>,
    summary: Option<String>,
    prompts: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    band: BTreeMap<Spanned<String>, RawBand>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    text: Option<String>,
    help: Option<String>,
    text_them: Option<String>,
    help_them: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    label: Option<String>,
    summary: Option<String>,
    advice: Option<String>,
    shared_label: Option<String>,
    shared_advice: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    label: Option<String>,
}

/// A checked translation and the warnings found in it.
#[derive(Debug)]
pub struct LoadedTranslation {
    pub translation: Translation,
    pub warnings: Vec<Diagnostic>,
}

impl Translation {
    /// The `lang` of a translation file, read without checking the rest;
    /// `None` when the text is not a translation file.
    pub fn lang_of(text: &str) -> Option<String> {
        let table: toml::Table = toml::from_str(text).ok()?;
        table.get("translation_of")?;
        table.get("lang")?.as_str().map(str::to_owned)
    }

    /// Whether `text` is a translation file (it has `translation_of`).
    pub fn looks_like(text: &str) -> bool {
        text.lines()
            .any(|l| l.trim_start().starts_with("translation_of"))
    }

    /// Parses a translation file and checks it against `q`.
    pub fn from_toml(src: Source<'_>, q: &Questionnaire) -> Result<LoadedTranslation, Diagnostics> {
        let raw: RawTranslation = toml::from_str(src.text).map_err(|e| src.toml_error(&e))?;
        let index = LineIndex::default();
        let src = src.indexed(&index);
        let mut check = Check {
            src,
            errors: Diagnostics::default(),
            more: 0,
            warnings: Vec::new(),
        };
        let translation = check.build(raw, q);
        if !check.errors.is_empty() {
            // The warnings too: every problem is given at once.
            check.errors.0.extend(check.warnings);
            return Err(check.errors.listed(src.name, check.more));
        }
        Ok(LoadedTranslation {
            translation,
            warnings: check.warnings,
        })
    }
}

struct Check<'a> {
    src: Source<'a>,
    errors: Diagnostics,
    /// Unknown ids past the first [`LISTED`] errors, counted.
    more: usize,
    warnings: Vec<Diagnostic>,
}

impl Check<'_> {
    fn unknown(&mut self, key: &Spanned<String>, what: &str, known: &[&str]) {
        if self.errors.0.len() >= LISTED {
            self.more += 1;
            return;
        }
        let listed = if known.len() > 6 {
            format!("{}, … ({} in all)", known[..6].join(", "), known.len())
        } else {
            known.join(", ")
        };
        self.errors.push(self.src.error(
            "unknown-id",
            key.span(),
            format!(
                "the questionnaire has no {what} `{}` (it has: {listed})",
                key.get_ref()
            ),
        ));
    }

    /// A text the questionnaire has (`source` is some) and the translation
    /// lacks; or one the translation gives and the questionnaire lacks.
    fn field(&mut self, at: &Range<usize>, name: &str, source: bool, given: bool) {
        if source && !given {
            let message =
                format!("`{name}` is not translated: the questionnaire's own text is used");
            self.warnings.push(self.at(at, "untranslated", message));
        } else if given && !source {
            let message =
                format!("`{name}` has no text in the questionnaire to translate: it is not used");
            self.warnings.push(self.at(at, "unknown-key", message));
        }
    }

    /// A warning at `at`, or about the whole file when `at` is empty.
    fn at(&self, at: &Range<usize>, code: &'static str, message: String) -> Diagnostic {
        if at.is_empty() {
            Diagnostic::warning(code, self.src.name, message)
        } else {
            self.src.warning(code, at.clone(), message)
        }
    }

    fn count(&mut self, list: &Spanned<Vec<String>>, what: &str, wanted: usize) {
        let found = list.get_ref().len();
        if found != wanted {
            self.errors.push(self.src.error(
                "count-mismatch",
                list.span(),
                format!("{what}: the questionnaire has {wanted}, the translation {found}"),
            ));
        }
    }

    fn bands(
        &mut self,
        raw: BTreeMap<Spanned<String>, RawBand>,
        source: &[Band],
        prefix: &str,
        at: &Range<usize>,
    ) -> BTreeMap<String, String> {
        let known: Vec<&str> = source.iter().map(|b| b.id.as_str()).collect();
        let mut out = BTreeMap::new();
        let mut seen = Vec::new();
        for (id, band) in raw {
            if !known.contains(&id.get_ref().as_str()) {
                self.unknown(&id, "band", &known);
                continue;
            }
            let name = format!("{prefix}band.{}.label", id.get_ref());
            self.field(&id.span(), &name, true, band.label.is_some());
            seen.push(id.get_ref().clone());
            if let Some(label) = band.label {
                out.insert(id.into_inner(), label);
            }
        }
        for band in source {
            if !seen.contains(&band.id) {
                self.field(at, &format!("{prefix}band.{}.label", band.id), true, false);
            }
        }
        out
    }

    fn build(&mut self, raw: RawTranslation, q: &Questionnaire) -> Translation {
        let src = self.src;
        let whole = 0..0;
        if raw.translation_of.get_ref() != &q.id {
            self.errors.push(src.error(
                "questionnaire-mismatch",
                raw.translation_of.span(),
                format!(
                    "this translates `{}`, not the questionnaire `{}`",
                    raw.translation_of.get_ref(),
                    q.id
                ),
            ));
        }
        if raw.version.get_ref() != &q.version {
            self.warnings.push(src.warning(
                "translation-version",
                raw.version.span(),
                format!(
                    "this translates version {} of `{}`, which is now at version {}: check the \
                     translation against the changes",
                    raw.version.get_ref(),
                    q.id,
                    q.version
                ),
            ));
        }
        check_lang(&raw.lang, src, &mut self.errors);
        self.field(&whole, "title", true, raw.title.is_some());
        self.field(
            &whole,
            "description",
            q.description.is_some(),
            raw.description.is_some(),
        );
        self.field(
            &whole,
            "description_them",
            q.description_them.is_some(),
            raw.description_them.is_some(),
        );
        let (labels, unsure) = match raw.scale {
            Some(scale) => {
                if let Some(labels) = &scale.labels {
                    self.count(labels, "scale labels", q.scale.labels.len());
                } else {
                    self.field(&whole, "scale.labels", true, false);
                }
                (scale.labels.map(Spanned::into_inner), scale.unsure)
            }
            None => {
                self.field(&whole, "scale.labels", true, false);
                (None, None)
            }
        };
        let dimensions = self.dimensions(raw.dimension, q);
        let questions = self.questions(raw.question, q);
        let tiers = self.tiers(raw.tier, q);
        let bands = self.bands(raw.band, &q.rubric.bands, "", &whole);
        Translation {
            translation_of: raw.translation_of.into_inner(),
            version: raw.version.into_inner(),
            lang: raw.lang.into_inner(),
            title: raw.title,
            description: raw.description,
            description_them: raw.description_them,
            labels,
            unsure,
            dimensions,
            questions,
            tiers,
            bands,
        }
    }

    fn dimensions(
        &mut self,
        raw: BTreeMap<Spanned<String>, RawDimension>,
        q: &Questionnaire,
    ) -> BTreeMap<String, DimensionWords> {
        let known = q.dimension_ids();
        let mut out = BTreeMap::new();
        for (id, dim) in raw {
            let Some(d) = q.dimension_index(id.get_ref()) else {
                self.unknown(&id, "dimension", &known);
                continue;
            };
            let source = &q.dimensions[d];
            let at = id.span();
            let prefix = format!("dimension.{}.", source.id);
            self.field(&at, &format!("{prefix}name"), true, dim.name.is_some());
            self.field(
                &at,
                &format!("{prefix}summary"),
                source.summary.is_some(),
                dim.summary.is_some(),
            );
            match &dim.prompts {
                Some(prompts) => {
                    let what = format!("{prefix}prompts");
                    self.count(prompts, &what, source.prompts.len());
                }
                None => self.field(
                    &at,
                    &format!("{prefix}prompts"),
                    !source.prompts.is_empty(),
                    false,
                ),
            }
            let bands = self.bands(dim.band, &source.bands, &prefix, &at);
            out.insert(
                id.into_inner(),
                DimensionWords {
                    name: dim.name,
                    summary: dim.summary,
                    prompts: dim.prompts.map(Spanned::into_inner),
                    bands,
                },
            );
        }
        for dim in &q.dimensions {
            if !out.contains_key(&dim.id) {
                self.field(&(0..0), &format!("dimension.{}", dim.id), true, false);
            }
        }
        out
    }

    fn questions(
        &mut self,
        raw: BTreeMap<Spanned<String>, RawQuestion>,
        q: &Questionnaire,
    ) -> BTreeMap<String, QuestionWords> {
        let mut out = BTreeMap::new();
        let known: Vec<&str> = q.questions.iter().map(|q| q.id.as_str()).collect();
        for (id, words) in raw {
            let Some(i) = q.question_index(id.get_ref()) else {
                self.unknown(&id, "question", &known);
                continue;
            };
            let source = &q.questions[i];
            let at = id.span();
            let p = format!("question.{}.", source.id);
            self.field(&at, &format!("{p}text"), true, words.text.is_some());
            let fields = [
                ("help", source.help.is_some(), words.help.is_some()),
                (
                    "text_them",
                    source.text_them.is_some(),
                    words.text_them.is_some(),
                ),
                (
                    "help_them",
                    source.help_them.is_some(),
                    words.help_them.is_some(),
                ),
            ];
            for (name, has, given) in fields {
                self.field(&at, &format!("{p}{name}"), has, given);
            }
            out.insert(
                id.into_inner(),
                QuestionWords {
                    text: words.text,
                    help: words.help,
                    text_them: words.text_them,
                    help_them: words.help_them,
                },
            );
        }
        for question in &q.questions {
            if !out.contains_key(&question.id) {
                self.field(&(0..0), &format!("question.{}", question.id), true, false);
            }
        }
        out
    }

    fn tiers(
        &mut self,
        raw: BTreeMap<Spanned<String>, RawTier>,
        q: &Questionnaire,
    ) -> BTreeMap<String, TierWords> {
        let known: Vec<&str> = q.rubric.tiers.iter().map(|t| t.id.as_str()).collect();
        let mut out = BTreeMap::new();
        for (id, words) in raw {
            let Some(source) = q.rubric.tiers.iter().find(|t| &t.id == id.get_ref()) else {
                self.unknown(&id, "tier", &known);
                continue;
            };
            let at = id.span();
            let p = format!("tier.{}.", source.id);
            let fields = [
                ("label", true, words.label.is_some()),
                ("summary", source.summary.is_some(), words.summary.is_some()),
                ("advice", source.advice.is_some(), words.advice.is_some()),
                (
                    "shared_label",
                    source.shared_label.is_some(),
                    words.shared_label.is_some(),
                ),
                (
                    "shared_advice",
                    source.shared_advice.is_some(),
                    words.shared_advice.is_some(),
                ),
            ];
            for (name, has, given) in fields {
                self.field(&at, &format!("{p}{name}"), has, given);
            }
            out.insert(
                id.into_inner(),
                TierWords {
                    label: words.label,
                    summary: words.summary,
                    advice: words.advice,
                    shared_label: words.shared_label,
                    shared_advice: words.shared_advice,
                },
            );
        }
        for tier in &q.rubric.tiers {
            if !out.contains_key(&tier.id) {
                self.field(&(0..0), &format!("tier.{}", tier.id), true, false);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::questionnaire::{DEFAULT_ID, EMBEDDED_TRANSLATIONS};

    fn load(text: &str) -> Result<LoadedTranslation, Diagnostics> {
        let q = Questionnaire::embedded(DEFAULT_ID).unwrap();
        Translation::from_toml(Source::new("t.toml", text), &q)
    }

    const HEAD: &str =
        "translation_of = \"partnership-health\"\nversion = \"1.1.0\"\nlang = \"xx\"\n";

    #[test]
    fn a_missing_shared_label_falls_back_to_the_source_shared_label_not_the_translated_label() {
        let q = Questionnaire::embedded(DEFAULT_ID).unwrap();
        let text = format!("{HEAD}[tier.supplier]\nlabel = \"Fornecedor\"\n");
        let loaded = load(&text).unwrap();
        let t = loaded.translation.apply(&q);
        let before = q.rubric.tiers.iter().find(|t| t.id == "supplier").unwrap();
        let after = t.rubric.tiers.iter().find(|t| t.id == "supplier").unwrap();
        assert_eq!(after.label, "Fornecedor");
        assert_eq!(after.shared_label, before.shared_label);
        assert_ne!(after.shared_label.as_deref(), Some("Fornecedor"));
        assert!(
            loaded
                .warnings
                .iter()
                .any(|w| w.code == "untranslated"
                    && w.message.contains("tier.supplier.shared_label")),
            "{:?}",
            loaded.warnings
        );
        assert_eq!(t.lang, "xx");
    }

    #[test]
    fn an_unknown_id_and_a_wrong_label_count_are_errors() {
        let text = format!(
            "{HEAD}[scale]\nlabels = [\"a\", \"b\"]\n[question.no-such-question]\ntext = \"x\"\n"
        );
        let err = load(&text).unwrap_err();
        let codes: Vec<&str> = err.0.iter().map(|d| d.code).collect();
        assert!(codes.contains(&"unknown-id"), "{codes:?}");
        assert!(codes.contains(&"count-mismatch"), "{codes:?}");
    }

    #[test]
    fn another_version_is_a_warning() {
        let text = HEAD.replace("1.1.0", "0.9.0");
        let loaded = load(&text).unwrap();
        assert!(
            loaded
                .warnings
                .iter()
                .any(|w| w.code == "translation-version")
        );
    }

    #[test]
    fn every_embedded_translation_covers_every_text_of_its_instrument() {
        assert_eq!(EMBEDDED_TRANSLATIONS.len(), 8);
        for (name, text) in EMBEDDED_TRANSLATIONS {
            let q = Questionnaire::embedded_for_file(name).expect("an embedded instrument");
            let loaded = Translation::from_toml(Source::new(name, text), &q)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(loaded.warnings.is_empty(), "{name}: {:?}", loaded.warnings);
            let t = loaded.translation;
            assert!(name.contains(&format!(".{}.", t.lang)), "{name}");
            for question in &q.questions {
                let words = &t.questions[&question.id];
                assert!(words.text.is_some(), "{name} {}", question.id);
                assert_eq!(words.help.is_some(), question.help.is_some());
                assert_eq!(words.text_them.is_some(), question.text_them.is_some());
                assert_eq!(words.help_them.is_some(), question.help_them.is_some());
            }
            for dim in &q.dimensions {
                assert_eq!(
                    t.dimensions[&dim.id].prompts.as_ref().map(Vec::len),
                    Some(dim.prompts.len())
                );
            }
            for tier in &q.rubric.tiers {
                assert!(t.tiers.contains_key(&tier.id), "{name} {}", tier.id);
            }
            assert!(t.unsure.is_some(), "{name}");
        }
    }
}
