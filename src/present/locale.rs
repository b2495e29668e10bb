//! The tool's own words on the pages a respondent or the partner reads, in
//! each language: one Fluent message catalogue per language
//! (`locales/LANG/*.ftl`, embedded: the pages, the interview's screens and
//! the documents, each a file of its own), English the fallback for a
//! message a catalogue lacks. Terminal tables, errors, warnings and help stay in
//! English and are not here.
//!
//! Variables are inserted without Unicode isolation marks: the callers
//! escape them for HTML, and the same messages serve plain text.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::model::translation::pick_lang;

/// One language's catalogue files, in the order [`PARTS`] names them.
macro_rules! parts {
    ($lang:literal) => {
        (
            $lang,
            &[
                include_str!(concat!("locales/", $lang, "/pages.ftl")),
                include_str!(concat!("locales/", $lang, "/interview.ftl")),
                include_str!(concat!("locales/", $lang, "/documents.ftl")),
            ],
        )
    };
}

/// The files each language's catalogue is made of: the pages a respondent
/// or the partner reads, the interview's screens, and the documents (the
/// internal report, the agenda).
pub const PARTS: [&str; 3] = ["pages", "interview", "documents"];

/// The catalogues: (language tag, Fluent text of each of [`PARTS`]).
/// English first.
pub const CATALOGUES: &[(&str, &[&str; 3])] = &[
    parts!("en"),
    parts!("pt-BR"),
    parts!("es"),
    parts!("de"),
    parts!("fr"),
];

/// One language's catalogue, with English behind it.
pub struct Catalogue {
    /// The tag of the catalogue used (`en` when none fits).
    pub lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

fn bundle(lang: &str, parts: &[&str]) -> FluentBundle<FluentResource> {
    let id = lang.parse().expect("the catalogues' tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for text in parts {
        let resource = FluentResource::try_new((*text).to_owned()).expect("the catalogues parse");
        bundle
            .add_resource(resource)
            .expect("no message is defined twice");
    }
    bundle
}

static ALL: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|(lang, parts)| Catalogue {
            lang,
            bundle: bundle(lang, &parts[..]),
        })
        .collect()
});

/// The catalogue for `lang` (`es-MX` is served by `es`), else English.
pub fn catalogue(lang: &str) -> &'static Catalogue {
    let tags: Vec<&str> = CATALOGUES.iter().map(|(l, _)| *l).collect();
    &ALL[pick_lang(lang, &tags).unwrap_or(0)]
}

impl Catalogue {
    /// A message with no variables.
    pub fn t(&self, id: &str) -> String {
        self.args(id, &[])
    }

    /// A message with variables (inserted as given; a whole number such as
    /// `3` is passed as a number, so that it chooses the plural form).
    pub fn args(&self, id: &str, vars: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (k, v) in vars {
            let whole = !v.is_empty()
                && v.len() < 10
                && v.bytes().all(|b| b.is_ascii_digit())
                && (*v == "0" || !v.starts_with('0'));
            match v.parse::<u32>() {
                Ok(n) if whole => args.set(*k, FluentValue::from(n)),
                _ => args.set(*k, FluentValue::from(*v)),
            }
        }
        self.format(id, None, &args)
    }

    /// An attribute of a message (a plural form the page's script picks).
    pub fn attribute(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), &FluentArgs::new())
    }

    /// The attributes of a message, by name.
    pub fn attributes(&self, id: &str) -> Vec<(String, String)> {
        let source = self
            .bundle
            .get_message(id)
            .or_else(|| ALL[0].bundle.get_message(id));
        source
            .map(|m| {
                m.attributes()
                    .map(|a| (a.id().to_owned(), self.attribute(id, a.id())))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &FluentArgs<'_>) -> String {
        for bundle in [&self.bundle, &ALL[0].bundle] {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(args), &mut errors)
                    .into_owned();
            }
        }
        // A message missing from English too is a bug the tests catch.
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message (and attribute) of English is in every catalogue, and
    /// no catalogue has one English lacks.
    #[test]
    fn every_catalogue_has_every_message() {
        let ids = |text: &str| -> Vec<String> {
            let r = FluentResource::try_new(text.to_owned()).unwrap();
            let mut out = Vec::new();
            for entry in r.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    out.push(m.id.name.to_owned());
                    for a in &m.attributes {
                        out.push(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
            out.sort();
            out
        };
        for (part, name) in PARTS.iter().enumerate() {
            let english = ids(CATALOGUES[0].1[part]);
            assert!(part > 0 || english.len() > 20);
            for (lang, texts) in CATALOGUES {
                assert_eq!(ids(texts[part]), english, "{lang}/{name}.ftl");
            }
        }
    }

    /// The variables of every message (and attribute), by id.
    fn variables(text: &str) -> Vec<(String, Vec<String>)> {
        use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
        fn expression(e: &Expression<&str>, out: &mut Vec<String>) {
            let inline = |i: &InlineExpression<&str>, out: &mut Vec<String>| match i {
                InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
                InlineExpression::Placeable { expression: e } => expression(e, out),
                _ => {}
            };
            match e {
                Expression::Inline(i) => inline(i, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        pattern(&v.value, out);
                    }
                }
            }
        }
        fn pattern(p: &Pattern<&str>, out: &mut Vec<String>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression: e } = element {
                    expression(e, out);
                }
            }
        }
        let r = fluent_syntax::parser::parse(text).expect("the catalogue parses");
        let mut out = Vec::new();
        for entry in &r.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    pattern(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern(&a.value, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_owned(), vars));
            }
        }
        out.sort();
        out
    }

    /// Every message of every catalogue uses the same variables as
    /// English's: none missing, none unknown.
    #[test]
    fn every_message_has_the_english_variables() {
        let english = variables(CATALOGUES[0].1[0]);
        assert!(
            english
                .iter()
                .any(|(id, v)| id == "report-sides-hidden" && v.len() == 4)
        );
        for (part, name) in PARTS.iter().enumerate() {
            let english = variables(CATALOGUES[0].1[part]);
            for (lang, texts) in &CATALOGUES[1..] {
                assert_eq!(variables(texts[part]), english, "{lang}/{name}.ftl");
            }
        }
    }

    #[test]
    fn plurals_choose_by_number() {
        let de = catalogue("de");
        assert_eq!(
            de.args("report-answers-from", &[("n", "1")]),
            "Antworten von 1 Person"
        );
        assert_eq!(
            de.args("report-answers-from", &[("n", "6")]),
            "Antworten von 6 Personen"
        );
        assert_eq!(
            catalogue("en").args("chart-respondents", &[("n", "1")]),
            "1 respondent"
        );
    }

    #[test]
    fn variables_are_plain_and_languages_fall_back() {
        let de = catalogue("de-AT");
        assert_eq!(de.lang, "de");
        let text = de.args("form-about-us", &[("partner", "Acme")]);
        assert_eq!(text, "Über unsere Beziehung zu Acme");
        assert!(!text.contains('\u{2068}'));
        assert_eq!(catalogue("pt").lang, "en");
        assert_eq!(catalogue("PT-br").lang, "pt-BR");
        assert_eq!(catalogue("fr").attributes("form-js-progress").len(), 2);
    }
}
