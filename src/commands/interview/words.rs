//! The interview's own words on its screens, in the instrument's language:
//! the `interview-*` messages of the catalogue (`present/locales/LANG/
//! interview.ftl`), English for a language without one. Key names (`u`,
//! `?`, Enter, Esc…) stay as they are typed; what they do is translated.
//! Errors stay in English and are not here.

use crate::model::questionnaire::Scale;
use crate::present::locale::{Catalogue, catalogue};

/// One language's catalogue, as the interview's screens use it.
#[derive(Clone, Copy)]
pub struct Words {
    c: &'static Catalogue,
}

impl Default for Words {
    /// English.
    fn default() -> Self {
        Words::new("en")
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.c.lang)
    }
}

impl Words {
    /// The words for `lang` (`de-AT` gets `de`), else English.
    pub fn new(lang: &str) -> Self {
        Words { c: catalogue(lang) }
    }

    /// The tag of the catalogue used.
    pub fn lang(&self) -> &'static str {
        self.c.lang
    }

    /// A message with no variables.
    pub fn t(&self, id: &str) -> String {
        self.c.t(id)
    }

    /// A message with variables; a whole number chooses the plural form.
    pub fn args(&self, id: &str, vars: &[(&str, &str)]) -> String {
        self.c.args(id, vars)
    }

    /// A prompt as it ends before the answer, a space included: with the
    /// language's colon (`Your answer: `, `Votre réponse : `), unless it
    /// ends with its own mark (`Which partner are the answers about? `).
    pub fn prompt(&self, prompt: &str) -> String {
        if prompt.ends_with(['?', ':']) {
            format!("{prompt} ")
        } else {
            format!("{} ", self.args("interview-prompt", &[("prompt", prompt)]))
        }
    }

    /// The choice "don't know": the translation's words for it, else the
    /// catalogue's.
    pub fn unsure(&self, scale: &Scale) -> String {
        scale
            .unsure
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map_or_else(|| self.t("interview-dont-know"), str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::questionnaire::Questionnaire;

    #[test]
    fn prompts_end_with_the_language_s_colon() {
        let en = Words::default();
        assert_eq!(en.prompt("Your answer"), "Your answer: ");
        assert_eq!(en.prompt("Which partner?"), "Which partner? ");
        assert_eq!(Words::new("fr").prompt("Votre réponse"), "Votre réponse : ");
        assert_eq!(Words::new("de-CH").lang(), "de");
    }

    #[test]
    fn the_unsure_choice_is_the_translation_s_words() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        assert_eq!(
            Words::default().unsure(&q.scale),
            "Don't know / not applicable"
        );
        let mut scale = q.scale.clone();
        scale.unsure = Some("Weiß nicht / trifft nicht zu".into());
        assert_eq!(
            Words::new("de").unsure(&scale),
            "Weiß nicht / trifft nicht zu"
        );
        scale.unsure = None;
        assert_eq!(
            Words::new("de").unsure(&scale),
            "Weiß nicht / trifft nicht zu"
        );
    }

    #[test]
    fn plurals_choose_by_number() {
        let de = Words::new("de");
        let one = de.args(
            "interview-opening",
            &[("statements", "1"), ("parts", "1"), ("minutes", "1")],
        );
        assert!(
            one.starts_with("1 Aussage in 1 Teil, etwa 1 Minute."),
            "{one}"
        );
        let many = de.args(
            "interview-opening",
            &[("statements", "23"), ("parts", "4"), ("minutes", "8")],
        );
        assert!(
            many.starts_with("23 Aussagen in 4 Teilen, etwa 8 Minuten."),
            "{many}"
        );
        let pt = Words::new("pt-BR");
        let none = pt.args(
            "interview-stopped-saved",
            &[("answered", "0"), ("total", "8"), ("file", "a.toml")],
        );
        assert_eq!(none, "0 de 8 respostas estão salvas em a.toml.");
        let one = pt.args(
            "interview-stopped-saved",
            &[("answered", "1"), ("total", "8"), ("file", "a.toml")],
        );
        assert_eq!(one, "1 de 8 respostas está salva em a.toml.");
    }
}
