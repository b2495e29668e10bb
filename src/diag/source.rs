//! A text being loaded, which builds diagnostics that point into it.

use std::fmt;
use std::ops::Range;

use super::diagnostic::*;

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

/// A line cut to [`QUOTED`](crate::diag::QUOTED) characters around column `col` (one-based),
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
