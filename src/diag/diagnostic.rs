//! One problem found in a file, and all of them, with their text form.

use std::fmt;

use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The source line quoted under a message, cut to [`QUOTED`](crate::diag::QUOTED) characters,
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
    /// Stable and kebab-case: one of [`CODES`](crate::diag::CODES).
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

/// The most problems listed for one file: a loader that finds more lists
/// the first ones and counts the rest ([`Diagnostics::listed`]).
pub const LISTED: usize = 50;

/// The most problems kept from one run over many files: past them, they
/// are counted ([`keep`]).
pub const LISTED_IN_RUN: usize = 1_000;

/// Adds `problems` to `kept` while it holds fewer than [`LISTED_IN_RUN`];
/// the rest are counted in `more`.
pub fn keep(kept: &mut Vec<Diagnostic>, problems: Vec<Diagnostic>, more: &mut usize) {
    let room = LISTED_IN_RUN.saturating_sub(kept.len());
    *more += problems.len().saturating_sub(room);
    kept.extend(problems.into_iter().take(room));
}

/// The problem that says how many more problems a run found than it lists.
pub fn more_problems(more: usize) -> Option<Diagnostic> {
    (more > 0).then(|| Diagnostic::plain("more-problems", format!("… and {more} more problems")))
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

    /// The first [`LISTED`] problems, then one saying how many more `file`
    /// has: those past the first [`LISTED`] here, and `more` that were
    /// counted without being made.
    pub fn listed(mut self, file: &str, more: usize) -> Self {
        let more = more + self.0.len().saturating_sub(LISTED);
        self.0.truncate(LISTED);
        if more > 0 {
            self.0.push(Diagnostic::error(
                "more-problems",
                file,
                format!("… and {more} more problems"),
            ));
        }
        self
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
