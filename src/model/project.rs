//! The project file, `partnercheck.toml`: defaults for one organisation's
//! partnership reviews — its name, its instrument, where answers live, the
//! anonymity threshold and the current round. Flags override it.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, Source};
use crate::model::answers::Date;

/// The name the project file has.
pub const FILE_NAME: &str = "partnercheck.toml";

/// The longest our organisation's name may be, in characters: it is
/// printed on every page of a report.
pub const MAX_ORGANIZATION: usize = 200;

/// A checked project file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Project {
    /// The file it came from.
    pub path: PathBuf,
    /// Our side's name: shown instead of "us" where people read.
    pub organization: Option<String>,
    /// The default instrument: a path (already resolved against the
    /// project file's folder when it names an existing file) or an embedded id.
    pub questionnaire: Option<String>,
    /// The default PATH for commands given none, and where `interview`,
    /// `form` and `import` write (resolved against the project's folder).
    pub answers: Option<PathBuf>,
    /// The default for `--min-respondents`.
    pub min_respondents: Option<usize>,
    /// The default for `--round`.
    pub round: Option<Date>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProject {
    organization: Option<Spanned<String>>,
    questionnaire: Option<Spanned<String>>,
    answers: Option<Spanned<String>>,
    min_respondents: Option<Spanned<i64>>,
    round: Option<Spanned<toml::value::Datetime>>,
}

impl Project {
    /// Parses and checks a project file read from `path` (whose folder
    /// relative paths are resolved against).
    pub fn from_toml(src: Source<'_>, path: &Path) -> Result<Self, Diagnostics> {
        let raw: RawProject = toml::from_str(src.text).map_err(|e| src.toml_error(&e))?;
        let mut problems = Diagnostics::default();
        let folder = path.parent().unwrap_or(Path::new(""));
        let text = |v: Option<Spanned<String>>, key: &str, problems: &mut Diagnostics| {
            let v = v?;
            if v.get_ref().trim().is_empty() {
                problems.push(src.error("empty-value", v.span(), format!("`{key}` is empty")));
                return None;
            }
            Some(v.into_inner())
        };
        let long = raw
            .organization
            .as_ref()
            .filter(|o| o.get_ref().chars().count() > MAX_ORGANIZATION);
        if let Some(o) = long {
            problems.push(src.error(
                "input",
                o.span(),
                format!(
                    "`organization` is {} characters long: a name has at most {MAX_ORGANIZATION}",
                    o.get_ref().chars().count()
                ),
            ));
        }
        let organization = text(raw.organization, "organization", &mut problems);
        let questionnaire = text(raw.questionnaire, "questionnaire", &mut problems).map(|q| {
            let candidate = folder.join(&q);
            if candidate.exists() {
                candidate.display().to_string()
            } else {
                q
            }
        });
        let answers = text(raw.answers, "answers", &mut problems).map(|a| folder.join(a));
        let min_respondents =
            raw.min_respondents
                .and_then(|n| match usize::try_from(*n.get_ref()) {
                    Ok(v) if v >= 1 => Some(v),
                    _ => {
                        problems.push(src.error(
                            "bad-number",
                            n.span(),
                            format!("`min_respondents` is {}: it must be 1 or more", n.get_ref()),
                        ));
                        None
                    }
                });
        let round = raw.round.and_then(|r| match Date::try_from(*r.get_ref()) {
            Ok(d) => Some(d),
            Err(_) => {
                problems.push(src.error(
                    "bad-date",
                    r.span(),
                    "`round` must be a date such as 2026-11-01".to_owned(),
                ));
                None
            }
        });
        problems.into_result(Project {
            path: path.to_path_buf(),
            organization,
            questionnaire,
            answers,
            min_respondents,
            round,
        })
    }
}

/// The text of a new project file: every key, each with a comment saying
/// what it does.
pub fn new_file_text(
    organization: &str,
    questionnaire: &str,
    answers: &str,
    min_respondents: usize,
    round: Date,
) -> String {
    let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
    format!(
        "# partnercheck's project file: the defaults for every command run in this\n\
         # folder or below it. A flag on the command line beats what is written here.\n\
         \n\
         # Our side's name: shown instead of \"us\" in tables, reports and forms.\n\
         organization = {}\n\
         \n\
         # The questionnaire: a file (relative to this one) or an embedded id\n\
         # (`partnercheck questions` shows it).\n\
         questionnaire = {}\n\
         \n\
         # The answers folder: read by compare, report, agenda, actions and items\n\
         # when given no PATH; interview, form and import write into it.\n\
         answers = {}\n\
         \n\
         # Figures that would reveal fewer people's answers than this are hidden\n\
         # (1: none; the report for a partner hides fewer than 3 unless told).\n\
         min_respondents = {min_respondents}\n\
         \n\
         # The current measurement round, written into new answers files;\n\
         # `partnercheck round DATE` starts the next one.\n\
         round = {round}\n",
        quote(organization),
        quote(questionnaire),
        quote(answers),
    )
}

/// The project file's text with its `round` set to `round`: the one line
/// that sets it changes (its comment and spacing kept), nothing else; a
/// file without one gets a line at the end.
pub fn with_round(text: &str, round: Date) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut done = false;
    for line in text.split_inclusive('\n') {
        if !done && let Some(new) = replace_round(line, round) {
            out.push_str(&new);
            done = true;
        } else {
            out.push_str(line);
        }
    }
    if !done {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(if out.contains("\r\n") { "\r\n" } else { "\n" });
        }
        out.push_str(&format!("round = {round}\n"));
    }
    out
}

/// `line` with its value replaced, when it is the top-level `round = …`
/// line (a project file has no tables).
fn replace_round(line: &str, round: Date) -> Option<String> {
    let rest = line.trim_start().strip_prefix("round")?;
    let value = rest.trim_start_matches([' ', '\t']).strip_prefix('=')?;
    let value = value.trim_start_matches([' ', '\t']);
    let at = line.len() - value.len();
    // The value is a bare date (or date-time): up to a blank, a comment or
    // the end of the line.
    let len = value
        .find([' ', '\t', '#', '\r', '\n'])
        .unwrap_or(value.len());
    Some(format!("{}{round}{}", &line[..at], &line[at + len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Project, String> {
        Project::from_toml(
            Source::new("p/partnercheck.toml", text),
            Path::new("p/partnercheck.toml"),
        )
        .map_err(|d| d.to_string())
    }

    #[test]
    fn every_key_is_read_and_paths_resolve_against_the_file() {
        let p = parse(
            "organization = \"Acme Corp\"\nquestionnaire = \"partnership-pulse\"\nanswers = \"answers\"\nmin_respondents = 3\nround = 2026-11-01\n",
        )
        .unwrap();
        assert_eq!(p.organization.as_deref(), Some("Acme Corp"));
        // Not a file beside the project file: an embedded id, kept as is.
        assert_eq!(p.questionnaire.as_deref(), Some("partnership-pulse"));
        assert_eq!(p.answers, Some(PathBuf::from("p/answers")));
        assert_eq!(p.min_respondents, Some(3));
        assert_eq!(
            p.round.map(|d| d.to_string()).as_deref(),
            Some("2026-11-01")
        );
        assert_eq!(parse("").unwrap().organization, None);
    }

    #[test]
    fn bad_keys_and_values_name_line_and_column() {
        let err = parse("organisation = \"Acme\"\n").unwrap_err();
        assert!(err.starts_with("p/partnercheck.toml:1:1:"), "{err}");
        assert!(err.contains("organisation"), "{err}");
        let err = parse("min_respondents = 0\nanswers = \" \"\n").unwrap_err();
        assert!(
            err.contains("p/partnercheck.toml:1:19: `min_respondents` is 0"),
            "{err}"
        );
        assert!(
            err.contains("p/partnercheck.toml:2:11: `answers` is empty"),
            "{err}"
        );
        let err = parse("round = 2026-11-01T10:00:00\n").unwrap_err();
        assert!(err.contains("2026-11-01"), "{err}");
    }

    #[test]
    fn setting_the_round_changes_that_one_line_only() {
        let d: Date = "2027-03-01".parse().unwrap();
        let text = "# ours\norganization = \"Acme\"   # name\n\n  round   =  2026-11-01   # the round\nanswers = \"a\"\n";
        assert_eq!(
            with_round(text, d),
            "# ours\norganization = \"Acme\"   # name\n\n  round   =  2027-03-01   # the round\nanswers = \"a\"\n"
        );
        assert_eq!(with_round("round=2026-11-01", d), "round=2027-03-01");
        // `rounds`, or a comment mentioning round, is not the key.
        assert_eq!(
            with_round("# round = 2026-01-01\norganization = \"A\"", d),
            "# round = 2026-01-01\norganization = \"A\"\nround = 2027-03-01\n"
        );
        assert_eq!(with_round("", d), "round = 2027-03-01\n");
        assert_eq!(
            with_round("a = 1\r\nround = 2026-01-01\r\n", d),
            "a = 1\r\nround = 2027-03-01\r\n"
        );
    }

    #[test]
    fn a_new_project_file_reads_back_with_every_key() {
        let d: Date = "2026-12-06".parse().unwrap();
        let text = new_file_text("Acme \"Corp\"", "partnership-health", "answers", 3, d);
        let p = parse(&text).unwrap();
        assert_eq!(p.organization.as_deref(), Some("Acme \"Corp\""));
        assert_eq!(p.min_respondents, Some(3));
        assert_eq!(p.round, Some(d));
        for key in [
            "organization",
            "questionnaire",
            "answers",
            "min_respondents",
            "round",
        ] {
            let at = text.find(&format!("\n{key} = ")).unwrap();
            let before = text[..at].lines().last().unwrap();
            assert!(before.starts_with('#'), "{key} has no comment: {before:?}");
        }
    }
}
