//! A translation: one language of one questionnaire's words (its title,
//! descriptions, scale labels, dimensions, questions, bands and tiers), and
//! how it is applied to the questionnaire as a translated copy. Loading a
//! translation file and checking it against its questionnaire is in
//! `translation_toml`; finding the files is the io layer's.
//!
//! A field the translation leaves out keeps the questionnaire's own text for
//! that same field, never another translated field.

use std::collections::BTreeMap;

use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::Band;

/// One language of a questionnaire, as checked against it.
#[derive(Debug, Clone, Default)]
pub struct Translation {
    /// The id of the questionnaire translated.
    pub translation_of: String,
    /// The version translated.
    pub version: String,
    /// A BCP 47 tag.
    pub lang: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub description_them: Option<String>,
    pub labels: Option<Vec<String>>,
    pub unsure: Option<String>,
    pub dimensions: BTreeMap<String, DimensionWords>,
    pub questions: BTreeMap<String, QuestionWords>,
    pub tiers: BTreeMap<String, TierWords>,
    /// The rubric's band id → label.
    pub bands: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default)]
pub struct DimensionWords {
    pub name: Option<String>,
    pub summary: Option<String>,
    pub prompts: Option<Vec<String>>,
    /// The dimension's own band id → label.
    pub bands: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default)]
pub struct QuestionWords {
    pub text: Option<String>,
    pub help: Option<String>,
    pub text_them: Option<String>,
    pub help_them: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct TierWords {
    pub label: Option<String>,
    pub summary: Option<String>,
    pub advice: Option<String>,
    pub shared_label: Option<String>,
    pub shared_advice: Option<String>,
}

/// `to` replaced by `from` when the translation gives it.
fn set(to: &mut String, from: &Option<String>) {
    if let Some(text) = from {
        to.clone_from(text);
    }
}

/// An optional source field replaced only when the source has it: a
/// translation cannot add a field the questionnaire leaves out (the source
/// decides which texts exist, e.g. whether a question has `text_them`).
fn set_opt(to: &mut Option<String>, from: &Option<String>) {
    if let (Some(to), Some(text)) = (to.as_mut(), from) {
        to.clone_from(text);
    }
}

fn set_bands(bands: &mut [Band], words: &BTreeMap<String, String>) {
    for band in bands {
        if let Some(label) = words.get(&band.id) {
            band.label.clone_from(label);
        }
    }
}

impl Translation {
    /// `q` in this translation's language: every text the translation gives
    /// replaces the same text of `q`; the rest stays as `q` has it. Ids,
    /// numbers and conditions are untouched, so scores are the same.
    pub fn apply(&self, q: &Questionnaire) -> Questionnaire {
        let mut out = q.clone();
        out.translated_from = Some(q.translated_from.clone().unwrap_or_else(|| q.lang.clone()));
        out.lang.clone_from(&self.lang);
        set(&mut out.title, &self.title);
        set_opt(&mut out.description, &self.description);
        set_opt(&mut out.description_them, &self.description_them);
        if let Some(labels) = &self.labels
            && labels.len() == out.scale.labels.len()
        {
            out.scale.labels.clone_from(labels);
        }
        if self.unsure.is_some() {
            out.scale.unsure.clone_from(&self.unsure);
        }
        for dim in &mut out.dimensions {
            let Some(words) = self.dimensions.get(&dim.id) else {
                continue;
            };
            set(&mut dim.name, &words.name);
            set_opt(&mut dim.summary, &words.summary);
            if let Some(prompts) = &words.prompts
                && prompts.len() == dim.prompts.len()
            {
                dim.prompts.clone_from(prompts);
            }
            set_bands(&mut dim.bands, &words.bands);
        }
        for question in &mut out.questions {
            let Some(words) = self.questions.get(&question.id) else {
                continue;
            };
            set(&mut question.text, &words.text);
            set_opt(&mut question.help, &words.help);
            set_opt(&mut question.text_them, &words.text_them);
            set_opt(&mut question.help_them, &words.help_them);
        }
        set_bands(&mut out.rubric.bands, &self.bands);
        for tier in &mut out.rubric.tiers {
            let Some(words) = self.tiers.get(&tier.id) else {
                continue;
            };
            set(&mut tier.label, &words.label);
            set_opt(&mut tier.summary, &words.summary);
            set_opt(&mut tier.advice, &words.advice);
            set_opt(&mut tier.shared_label, &words.shared_label);
            set_opt(&mut tier.shared_advice, &words.shared_advice);
        }
        out
    }
}

/// Whether `tag` looks like a BCP 47 language tag: subtags of 1 to 8 ASCII
/// letters or digits joined by `-`, the first of 2 to 8 letters.
pub fn is_lang_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The index in `available` of the language that serves a request for
/// `wanted`: the same tag (compared case-insensitively), else the tag with
/// its last subtags dropped one by one (`es-MX` is served by `es`). Never the
/// reverse: `pt` is not served by `pt-BR`.
pub fn pick_lang<S: AsRef<str>>(wanted: &str, available: &[S]) -> Option<usize> {
    let mut tag = wanted;
    loop {
        if let Some(i) = available
            .iter()
            .position(|a| a.as_ref().eq_ignore_ascii_case(tag))
        {
            return Some(i);
        }
        tag = &tag[..tag.rfind('-')?];
    }
}

/// Checks a `lang` value of a file.
pub(crate) fn check_lang(
    tag: &toml::Spanned<String>,
    src: crate::diag::Source<'_>,
    problems: &mut crate::diag::Diagnostics,
) {
    if !is_lang_tag(tag.get_ref()) {
        problems.push(src.error(
            "bad-lang",
            tag.span(),
            format!(
                "`{}` is not a language tag: write one such as `en`, `de` or `pt-BR`",
                tag.get_ref()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regional_tag_falls_back_to_its_language_never_the_reverse() {
        let available = ["en", "pt-BR", "es", "de", "fr"];
        assert_eq!(pick_lang("es-MX", &available), Some(2));
        assert_eq!(pick_lang("ES", &available), Some(2));
        assert_eq!(pick_lang("pt-br", &available), Some(1));
        assert_eq!(pick_lang("pt", &available), None);
        assert_eq!(pick_lang("pt-PT", &available), None);
        assert_eq!(pick_lang("de-CH-1901", &available), Some(3));
        assert_eq!(pick_lang("it", &available), None);
    }

    #[test]
    fn language_tags_are_checked_for_shape() {
        for good in ["en", "pt-BR", "zh-Hant-TW", "de-CH-1901", "es-419"] {
            assert!(is_lang_tag(good), "{good}");
        }
        for bad in [
            "",
            "e",
            "en_US",
            "pt-",
            "-pt",
            "en US",
            "1en",
            "ab-cdefghijk",
        ] {
            assert!(!is_lang_tag(bad), "{bad}");
        }
    }
}
