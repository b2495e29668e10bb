//! Diagnostics: problems found in files, as data.
//!
//! Loading collects every problem it finds instead of stopping at the first.
//! Each is a [`Diagnostic`]: a severity, a stable code, the file, where in it
//! (line and column, or a spreadsheet's row and column), the message, the
//! other places it involves and optional help. [`Diagnostics`] carries them
//! all. Three renderers draw them: [`Diagnostic::text`] for terminals (the
//! source line quoted, a caret under the place), [`to_json`] and
//! [`to_github`] (workflow commands that annotate a pull request).

use std::fmt;
use std::ops::Range;

use serde::Serialize;

/// Every code a diagnostic can carry, with what it means: the table the
/// docs and the tests walk.
pub const CODES: &[(&str, &str)] = &[
    ("toml-syntax", "the file is not valid TOML"),
    ("json-syntax", "the file is not valid JSON"),
    (
        "unknown-key",
        "a key the format does not have, or an id the instrument does not have",
    ),
    ("missing-key", "a key the format requires is absent"),
    ("duplicate-key", "a key is written twice in one table"),
    (
        "bad-type",
        "a value of the wrong kind (text where a number belongs, …)",
    ),
    (
        "bad-id",
        "an id with characters other than lowercase letters, digits and `-`",
    ),
    ("duplicate-id", "an id is used twice"),
    (
        "reserved-id",
        "an id that a question and a dimension share, or that a rubric metric reserves",
    ),
    ("empty-value", "a value that must say something is empty"),
    ("bad-number", "a number outside what it may be"),
    (
        "bad-scale",
        "the scale's min, max and labels do not fit together",
    ),
    (
        "empty-section",
        "a section that needs at least one entry has none",
    ),
    (
        "none-in-overall",
        "every dimension is left out of the overall score",
    ),
    (
        "band-order",
        "the rubric's bands are not in descending order down to the scale's min",
    ),
    ("bad-condition", "a tier's condition cannot be read"),
    (
        "fallback-tier",
        "the last tier has a condition: it must be the fallback",
    ),
    ("bad-date", "a value that should be a date is not one"),
    (
        "bad-choice",
        "a value that must be one of a few words is another",
    ),
    (
        "unknown-questionnaire",
        "an answers file names a questionnaire that is not embedded",
    ),
    (
        "questionnaire-mismatch",
        "an answers file is for another questionnaire than the one given",
    ),
    (
        "value-out-of-scale",
        "an answer or rating outside the scale",
    ),
    (
        "unknown-target",
        "an action or map entry names a question or dimension the instrument does not have",
    ),
    (
        "bad-target",
        "an action names both a dimension and a question, or neither",
    ),
    ("status-mismatch", "an open action has a closing date"),
    (
        "side-conflict",
        "a map file lists one organisation on both sides",
    ),
    (
        "duplicate-column",
        "a spreadsheet has two columns for one question",
    ),
    (
        "duplicate-name",
        "two rows of an import would be written under one file name",
    ),
    (
        "no-question-column",
        "no spreadsheet column is a question of the instrument",
    ),
    (
        "no-partner",
        "a spreadsheet has no partner column, or a row no partner",
    ),
    (
        "bad-cell",
        "a spreadsheet cell cannot be read as what its column holds",
    ),
    ("more-problems", "more problems were found than are shown"),
    ("unreadable", "a file or folder cannot be read"),
    ("no-such-file", "a path names no file or folder"),
    ("empty-folder", "a folder holds no answers files"),
    ("input", "other bad input"),
    (
        "missing-answer",
        "questions without an answer (an error with --strict)",
    ),
    (
        "version-mismatch",
        "answers given to another version of the questionnaire",
    ),
    ("unreachable-tier", "a rubric tier that can never be chosen"),
    (
        "passed-over",
        "an actions file named where answers files were expected",
    ),
];

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The source line quoted under a message, cut to [`QUOTED`] characters,
/// with the column (one-based, within the quoted text) and width of the
/// caret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    pub column: usize,
    pub width: usize,
}

/// Where a diagnostic points: one-based line and column (counted in Unicode
/// scalar values), or a spreadsheet's row and one-based column index; with
/// the source line to quote when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub line: usize,
    /// None for a whole row.
    pub column: Option<usize>,
    pub quote: Option<Quote>,
}

/// Another place a problem involves ("first defined here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub file: String,
    pub span: Option<Span>,
    pub message: String,
}

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable and kebab-case: one of [`CODES`].
    pub code: &'static str,
    /// The file's name as shown (`<stdin>`, `<embedded:ID>`); empty for a
    /// problem that belongs to no file.
    pub file: String,
    pub span: Option<Span>,
    pub message: String,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    /// The text rendering, where it is not drawn from the fields (a
    /// spreadsheet's "FILE row 3, column …: message").
    pub shown: Option<String>,
}

impl Diagnostic {
    /// An error about `file` as a whole.
    pub fn error(code: &'static str, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.into(),
            span: None,
            message: message.into(),
            labels: Vec::new(),
            help: None,
            shown: None,
        }
    }

    /// A warning about `file` as a whole.
    pub fn warning(
        code: &'static str,
        file: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, message)
        }
    }

    /// An error with no file: its text is the message alone.
    pub fn plain(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic::error(code, String::new(), message)
    }

    /// This diagnostic at a line and column, with no source line to quote
    /// (a spreadsheet's row and one-based column index).
    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.span = Some(Span {
            line,
            column,
            quote: None,
        });
        self
    }

    /// This diagnostic, rendered as text as `shown`.
    pub fn shown(mut self, shown: impl Into<String>) -> Self {
        self.shown = Some(shown.into());
        self
    }

    /// This diagnostic with help.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The line, if any.
    pub fn line(&self) -> Option<usize> {
        self.span.as_ref().map(|s| s.line)
    }

    /// The column, if any.
    pub fn column(&self) -> Option<usize> {
        self.span.as_ref().and_then(|s| s.column)
    }

    /// The text rendering, without the `error: `/`warning: ` prefix:
    /// `FILE:LINE:COL: message` with the source line and a caret under the
    /// place, then each label's line underlined; or `FILE: message`. Keys
    /// and values quoted from files have their control characters escaped.
    pub fn text(&self) -> String {
        if let Some(shown) = &self.shown {
            return shown.clone();
        }
        let message = crate::sanitize::terminal(&self.message);
        let mut out = match self
            .span
            .as_ref()
            .and_then(|s| s.quote.as_ref().map(|q| (s, q)))
        {
            Some((span, quote)) => {
                let column = span.column.unwrap_or(quote.column);
                let mut out = format!("{}:{}:{column}: {message}", self.file, span.line);
                draw(&mut out, span.line, quote, '^', None);
                out
            }
            None if self.file.is_empty() => self.message.clone(),
            None => format!("{}: {message}", self.file),
        };
        for label in &self.labels {
            if let Some(span) = &label.span
                && let Some(quote) = &span.quote
            {
                draw(&mut out, span.line, quote, '-', Some(&label.message));
            }
        }
        if let Some(help) = &self.help {
            out.push_str("\n  = help: ");
            out.push_str(&crate::sanitize::terminal(help));
        }
        out
    }
}

/// The quoted line and the marks under it, after a message.
fn draw(out: &mut String, line: usize, quote: &Quote, mark: char, label: Option<&str>) {
    let gutter = " ".repeat(line.to_string().len());
    out.push_str(&format!(
        "\n{gutter} |\n{line} | {}\n{gutter} | {}{}",
        crate::sanitize::terminal(&quote.text),
        " ".repeat(quote.column - 1),
        mark.to_string().repeat(quote.width),
    ));
    if let Some(label) = label {
        out.push(' ');
        out.push_str(&crate::sanitize::terminal(label));
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl From<String> for Diagnostic {
    /// An error with no file and no code of its own, its text as given.
    fn from(message: String) -> Self {
        Diagnostic::plain("input", message)
    }
}

/// A text being loaded, with the name to show for it in messages.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl<'a> Source<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Source { name, text }
    }

    /// One-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.boundary(offset);
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = self.text[line_start..offset].chars().count() + 1;
        (line, col)
    }

    /// The largest char boundary at or before `offset`, within the text.
    fn boundary(&self, offset: usize) -> usize {
        let mut i = offset.min(self.text.len());
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// Where a byte range starts, with its line quoted and its first line's
    /// width (at least 1) for the caret.
    pub fn span(&self, span: Range<usize>) -> Span {
        let span = self.boundary(span.start)..self.boundary(span.end.max(span.start));
        let (line, col) = self.line_col(span.start);
        let text = self.text.lines().nth(line - 1).unwrap_or("");
        let width = self.text[span.clone()]
            .lines()
            .next()
            .map_or(1, |s| s.chars().count().max(1));
        let (text, column, width) = excerpt(text, col, width);
        Span {
            line,
            column: Some(col),
            quote: Some(Quote {
                text,
                column,
                width,
            }),
        }
    }

    /// An error at a byte range of this text.
    pub fn error(
        &self,
        code: &'static str,
        span: Range<usize>,
        message: impl fmt::Display,
    ) -> Diagnostic {
        Diagnostic {
            span: Some(self.span(span)),
            ..Diagnostic::error(code, self.name, message.to_string())
        }
    }

    /// A warning at a byte range of this text.
    pub fn warning(
        &self,
        code: &'static str,
        span: Range<usize>,
        message: impl fmt::Display,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..self.error(code, span, message)
        }
    }

    /// An error at a byte range of this text, with the other places it
    /// involves, each labelled ("first defined here").
    pub fn error_labelled(
        &self,
        code: &'static str,
        span: Range<usize>,
        message: impl fmt::Display,
        labels: &[(Range<usize>, &str)],
    ) -> Diagnostic {
        let mut d = self.error(code, span, message);
        d.labels = labels
            .iter()
            .map(|(span, label)| self.label(span.clone(), *label))
            .collect();
        d
    }

    /// Another place in this text a problem involves.
    pub fn label(&self, span: Range<usize>, message: impl Into<String>) -> Label {
        Label {
            file: self.name.to_owned(),
            span: Some(self.span(span)),
            message: message.into(),
        }
    }

    /// An error that belongs to no particular place in this text.
    pub fn whole(&self, code: &'static str, message: impl fmt::Display) -> Diagnostic {
        Diagnostic::error(code, self.name, message.to_string())
    }

    /// A TOML syntax or shape error, with its position.
    pub fn toml_error(&self, err: &toml::de::Error) -> Diagnostic {
        let message = err.message().trim_end();
        let code = toml_code(message);
        match err.span() {
            Some(span) => self.error(code, span, message),
            None => self.whole(code, message),
        }
    }

    /// A JSON syntax or shape error, with its position.
    pub fn json_error(&self, err: &serde_json::Error) -> Diagnostic {
        let code = match err.classify() {
            serde_json::error::Category::Data => json_code(&err.to_string()),
            _ => "json-syntax",
        };
        if err.line() == 0 {
            return self.whole(code, err);
        }
        let offset = self
            .text
            .split_inclusive('\n')
            .take(err.line() - 1)
            .map(str::len)
            .sum::<usize>()
            + err.column().saturating_sub(1);
        // serde_json appends " at line L column C"; the prefix says it already.
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        self.error(code, offset..offset + 1, message)
    }
}

/// The code of a TOML error, from what the parser or the loader said.
fn toml_code(message: &str) -> &'static str {
    if message.starts_with("unknown field") {
        "unknown-key"
    } else if message.starts_with("missing field") {
        "missing-key"
    } else if message.starts_with("duplicate key") || message.contains("is given twice") {
        "duplicate-key"
    } else if message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("unknown variant")
        || message.starts_with("invalid length")
    {
        "bad-type"
    } else {
        "toml-syntax"
    }
}

/// The code of a JSON shape error.
fn json_code(message: &str) -> &'static str {
    match toml_code(message) {
        "toml-syntax" => "bad-type",
        code => code,
    }
}

/// The most characters of a source line quoted under a message.
pub const QUOTED: usize = 120;

/// A line cut to [`QUOTED`] characters around column `col` (one-based),
/// with `…` where it was cut; the column and caret width within it.
fn excerpt(line: &str, col: usize, width: usize) -> (String, usize, usize) {
    let count = line.chars().count();
    if count <= QUOTED {
        return (line.to_owned(), col, width);
    }
    let start = col.saturating_sub(1 + QUOTED / 2).min(count - QUOTED);
    let end = start + QUOTED;
    let mut out = String::new();
    let mut shift = 0;
    if start > 0 {
        out.push('…');
        shift = 1;
    }
    out.extend(line.chars().skip(start).take(QUOTED));
    if end < count {
        out.push('…');
    }
    let col_shown = col - start + shift;
    let width = width.min(end.saturating_sub(col - 1)).max(1);
    (out, col_shown, width)
}

/// Every problem found in one or more inputs. Displayed one problem per
/// paragraph, each starting with the file it is about.
#[derive(Debug, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, problem: impl Into<Diagnostic>) {
        self.0.push(problem.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when nothing was pushed, the diagnostics otherwise.
    pub fn into_result<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\nerror: ")?;
            }
            f.write_str(&problem.text())?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<String> for Diagnostics {
    fn from(message: String) -> Self {
        Diagnostics(vec![message.into()])
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(problem: Diagnostic) -> Self {
        Diagnostics(vec![problem])
    }
}

/// The version of the JSON [`to_json`] writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'a str,
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    labels: Vec<JsonLabel<'a>>,
    help: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

/// `{"schema_version": 1, "diagnostics": [...], "errors": N, "warnings": N}`,
/// pretty-printed, with a final newline.
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let report = JsonReport {
        schema_version: SCHEMA_VERSION,
        diagnostics: diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                severity: d.severity,
                code: d.code,
                file: &d.file,
                line: d.line(),
                column: d.column(),
                message: &d.message,
                labels: d
                    .labels
                    .iter()
                    .map(|l| JsonLabel {
                        file: &l.file,
                        line: l.span.as_ref().map(|s| s.line),
                        column: l.span.as_ref().and_then(|s| s.column),
                        message: &l.message,
                    })
                    .collect(),
                help: d.help.as_deref(),
            })
            .collect(),
        errors,
        warnings: diagnostics.len() - errors,
    };
    let mut out = serde_json::to_string_pretty(&report).expect("diagnostics serialize");
    out.push('\n');
    out
}

/// One GitHub Actions workflow command per diagnostic
/// (`::error file=F,line=L,col=C,title=CODE::MESSAGE`), each on its line.
pub fn to_github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let mut properties = Vec::new();
        if !d.file.is_empty() {
            properties.push(format!("file={}", github_property(&d.file)));
        }
        if let Some(line) = d.line() {
            properties.push(format!("line={line}"));
        }
        if let Some(column) = d.column() {
            properties.push(format!("col={column}"));
        }
        properties.push(format!("title={}", github_property(d.code)));
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "::{command} {}::{}\n",
            properties.join(","),
            github_data(&d.message)
        ));
    }
    out
}

/// A workflow command's message: `%`, CR and LF escaped.
fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,` escaped.
fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based() {
        let src = Source::new("f.toml", "a = 1\nbé = 2\n");
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(6), (2, 1));
        assert_eq!(src.line_col(9), (2, 3));
    }

    #[test]
    fn offsets_inside_a_character_do_not_panic() {
        let src = Source::new("f.json", "{\"p\": é}");
        assert_eq!(src.line_col(7), (1, 7));
        assert!(
            src.error("json-syntax", 7..8, "expected value")
                .text()
                .starts_with("f.json:1:7: expected value")
        );
    }

    #[test]
    fn a_caret_goes_under_the_span() {
        let src = Source::new("f.toml", "x = 1\nid = \"Bad\"\n");
        let d = src.error("bad-id", 11..16, "bad id");
        assert_eq!(
            d.text(),
            "f.toml:2:6: bad id\n  |\n2 | id = \"Bad\"\n  |      ^^^^^"
        );
        assert_eq!((d.line(), d.column()), (Some(2), Some(6)));
    }

    #[test]
    fn labels_are_underlined_once_each() {
        let src = Source::new("f.toml", "id = \"a\"\nid = \"a\"\n");
        let mut d = src.error("duplicate-id", 14..17, "used twice");
        d.labels.push(src.label(5..8, "first defined here"));
        assert_eq!(
            d.text(),
            "f.toml:2:6: used twice\n  |\n2 | id = \"a\"\n  |      ^^^\
             \n  |\n1 | id = \"a\"\n  |      --- first defined here"
        );
        assert_eq!(d.text().matches('^').count(), 3);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = Source::new("f.toml", "é = \"ü\" x\n");
        let d = src.error(
            "toml-syntax",
            "é = \"ü\" ".len().."é = \"ü\" x".len(),
            "bad",
        );
        assert_eq!(d.column(), Some(9));
        assert!(d.text().starts_with("f.toml:1:9: bad"));
    }

    #[test]
    fn help_follows_the_message_in_text_and_is_a_field_in_json() {
        let d = Diagnostic::error("bad-id", "f.toml", "bad id").with_help("use `a-b`");
        assert_eq!(d.text(), "f.toml: bad id\n  = help: use `a-b`");
        let v: serde_json::Value = serde_json::from_str(&to_json(&[d])).unwrap();
        assert_eq!(v["diagnostics"][0]["help"], "use `a-b`");
    }

    #[test]
    fn a_whole_file_problem_has_no_line_or_column() {
        let d = Source::new("f.toml", "").whole("empty-section", "nothing");
        assert_eq!(d.text(), "f.toml: nothing");
        assert_eq!((d.line(), d.column()), (None, None));
    }

    #[test]
    fn text_escapes_control_characters_from_files() {
        let src = Source::new("f.toml", "id = \"\u{1b}[31m\"\n");
        let d = src.error("bad-id", 5..12, "id `\u{1b}[31m` is bad");
        assert!(!d.text().contains('\u{1b}'), "{}", d.text());
    }

    #[test]
    fn json_gives_every_field_and_the_counts() {
        let src = Source::new("a.toml", "x = 1\ny = 2\n");
        let mut e = src.error("unknown-key", 6..7, "unknown key `y`");
        e.labels.push(src.label(0..1, "near here"));
        let w = Diagnostic::warning("missing-answer", "a.toml", "1 of 2 not answered");
        let v: serde_json::Value = serde_json::from_str(&to_json(&[e, w])).unwrap();
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["errors"], 1);
        assert_eq!(v["warnings"], 1);
        let d = &v["diagnostics"][0];
        assert_eq!(d["severity"], "error");
        assert_eq!(d["code"], "unknown-key");
        assert_eq!(d["file"], "a.toml");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(2), Some(1))
        );
        assert_eq!(d["labels"][0]["line"], 1);
        assert_eq!(d["labels"][0]["message"], "near here");
        assert!(d["help"].is_null());
        let w = &v["diagnostics"][1];
        assert_eq!(w["severity"], "warning");
        assert!(w["line"].is_null() && w["column"].is_null());
        assert_eq!(w["labels"], serde_json::json!([]));
    }

    #[test]
    fn json_keeps_untrusted_text_as_data() {
        let d = Diagnostic::error("input", "a\"b.toml", "bad \u{1b} \n \"quoted\"");
        let v: serde_json::Value = serde_json::from_str(&to_json(&[d])).unwrap();
        assert_eq!(v["diagnostics"][0]["file"], "a\"b.toml");
        assert_eq!(v["diagnostics"][0]["message"], "bad \u{1b} \n \"quoted\"");
    }

    #[test]
    fn github_escapes_messages_and_properties() {
        let src = Source::new("a,b:c%.toml", "x = 1\n");
        let e = src.error("bad-type", 4..5, "50% bad\r\nreally: yes, a, b");
        let w = Diagnostic::warning("missing-answer", "w.toml", "not answered");
        assert_eq!(
            to_github(&[e, w]),
            "::error file=a%2Cb%3Ac%25.toml,line=1,col=5,title=bad-type::50%25 bad%0D%0Areally: yes, a, b\n\
             ::warning file=w.toml,title=missing-answer::not answered\n"
        );
    }

    #[test]
    fn a_spreadsheet_cell_has_a_row_and_a_column_index() {
        let d = Diagnostic::error("bad-cell", "x.csv", "`7` is out of the scale")
            .at(4, Some(3))
            .shown("x.csv row 4, column q (C): `7` is out of the scale");
        assert_eq!((d.line(), d.column()), (Some(4), Some(3)));
        assert_eq!(
            d.text(),
            "x.csv row 4, column q (C): `7` is out of the scale"
        );
        assert!(to_github(&[d]).starts_with("::error file=x.csv,line=4,col=3,title=bad-cell::"));
    }

    #[test]
    fn every_code_is_kebab_case_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (code, meaning) in CODES {
            assert!(
                code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{code}"
            );
            assert!(!meaning.is_empty());
            assert!(seen.insert(code), "{code} listed twice");
        }
    }

    #[test]
    fn a_huge_line_is_quoted_around_the_column_only() {
        let line = format!("x = \"{}BAD{}\"", "a".repeat(100_000), "b".repeat(100_000));
        let at = line.find("BAD").unwrap();
        let src = Source::new("f.toml", &line);
        let msg = src.error("bad-type", at..at + 3, "bad").text();
        assert!(msg.len() < 600, "{} bytes quoted", msg.len());
        assert!(msg.starts_with("f.toml:1:100006: bad"), "{msg}");
        let lines: Vec<&str> = msg.lines().collect();
        let quoted = lines[2].strip_prefix("1 | ").unwrap();
        let caret = lines[3].strip_prefix("  | ").unwrap();
        assert_eq!(quoted.chars().count(), QUOTED + 2, "{quoted}");
        assert!(quoted.starts_with('…') && quoted.ends_with('…'));
        // The caret still points at BAD.
        let under: String = quoted
            .chars()
            .skip(caret.find('^').unwrap())
            .take(3)
            .collect();
        assert_eq!(under, "BAD");
        assert_eq!(caret.trim(), "^^^");
    }
}
