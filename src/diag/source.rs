//! A text being loaded, which builds diagnostics that point into it.
//!
//! Placing a problem (its line, column and quoted line) reads the text up
//! to it. A loader that may find many problems in one file gives its
//! [`Source`] a [`LineIndex`] ([`Source::indexed`]): the line starts are
//! then found once, on the first problem, and each later one is placed by
//! a binary search (and, on a line of many kilobytes, from the nearest of
//! its checkpoints), so that half a million problems in a 10 MB file take
//! linear time, not hours.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

use super::diagnostic::*;

/// A text being loaded, with the name to show for it in messages.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
    /// Where its lines start, when the loader keeps an index.
    index: Option<&'a LineIndex>,
}

/// A line longer than this many bytes gets checkpoints.
const LONG: usize = 8 * 1024;
/// Bytes between two checkpoints of a long line.
const STEP: usize = 1024;

/// The index of one text's lines, made by the loader that reads it and
/// filled as problems are placed: where its lines start (found on the
/// first problem), and the checkpoints of its long lines placed so far.
#[derive(Default)]
pub struct LineIndex {
    starts: OnceCell<Vec<usize>>,
    long: RefCell<HashMap<usize, Rc<Checkpoints>>>,
}

/// Every [`STEP`] bytes of a long line: (byte offset in the line,
/// characters before it).
type Checkpoints = Vec<(usize, usize)>;

/// Where an offset is: its line (one-based) and the line's start, and the
/// checkpoints of the line when it is long and indexed.
struct Place {
    line: usize,
    start: usize,
    checkpoints: Option<Rc<Checkpoints>>,
}

impl<'a> Source<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Source {
            name,
            text,
            index: None,
        }
    }

    /// The same text, its lines indexed in `index` (empty until the first
    /// problem is placed): for a loader that may find a problem in every
    /// entry of a large file.
    pub fn indexed<'b>(self, index: &'b LineIndex) -> Source<'b>
    where
        'a: 'b,
    {
        Source {
            index: Some(index),
            ..self
        }
    }

    /// One-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.boundary(offset);
        let place = self.place(offset);
        let line = &self.text[place.start..];
        let col = chars_before(
            line,
            place.checkpoints.as_deref().map(Vec::as_slice),
            offset - place.start,
        ) + 1;
        (place.line, col)
    }

    /// The line of `offset` (a char boundary): from the index when the text
    /// is indexed, else by reading the text up to it.
    fn place(&self, offset: usize) -> Place {
        let indexed = self.index.map(|index| {
            let starts = index.starts.get_or_init(|| line_starts(self.text));
            let line = starts.partition_point(|&s| s <= offset);
            let start = starts[line - 1];
            let end = starts.get(line).map_or(self.text.len(), |&next| next);
            let checkpoints = (end - start > LONG).then(|| {
                index
                    .long
                    .borrow_mut()
                    .entry(line)
                    .or_insert_with(|| Rc::new(checkpoints(&self.text[start..end])))
                    .clone()
            });
            Place {
                line,
                start,
                checkpoints,
            }
        });
        indexed.unwrap_or_else(|| {
            let before = &self.text[..offset];
            Place {
                line: before.matches('\n').count() + 1,
                start: before.rfind('\n').map_or(0, |i| i + 1),
                checkpoints: None,
            }
        })
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
        let place = self.place(span.start);
        let cps = place.checkpoints.as_deref().map(Vec::as_slice);
        let rest = &self.text[place.start..];
        // The line, as `str::lines` gives it.
        let text = match rest.find('\n') {
            Some(end) => rest[..end].strip_suffix('\r').unwrap_or(&rest[..end]),
            None => rest,
        };
        let col = chars_before(rest, cps, span.start - place.start) + 1;
        // The characters of the span's first line (as `str::lines` ends
        // it); the caret is never wider than the quoted text, so the
        // characters past it are not counted.
        let mut width = 0;
        let mut chars = self.text[span.clone()].chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\n' || (c == '\r' && chars.peek() == Some(&'\n')) || width > QUOTED {
                break;
            }
            width += 1;
        }
        let width = width.max(1);
        let (text, column, width) = excerpt(text, cps, col, width);
        Span {
            line: place.line,
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

/// Where each line of `text` starts.
fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

/// The checkpoints of a long line: every [`STEP`] bytes (at a character's
/// start), the characters before it.
fn checkpoints(line: &str) -> Checkpoints {
    let mut out = Vec::with_capacity(line.len() / STEP + 1);
    let mut next = STEP;
    for (chars, (i, _)) in line.char_indices().enumerate() {
        if i >= next {
            out.push((i, chars));
            next = i + STEP;
        }
    }
    out
}

/// The characters of `line` before byte `byte` (a char boundary), from the
/// nearest checkpoint before it when there are checkpoints.
fn chars_before(line: &str, checkpoints: Option<&[(usize, usize)]>, byte: usize) -> usize {
    let (from, chars) = nearest(checkpoints, |&(b, _)| b <= byte);
    chars + line[from..byte].chars().count()
}

/// The byte offset of character `index` of `line` (its length past the end).
fn byte_of(line: &str, checkpoints: Option<&[(usize, usize)]>, index: usize) -> usize {
    let (from, chars) = nearest(checkpoints, |&(_, c)| c <= index);
    line[from..]
        .char_indices()
        .nth(index - chars)
        .map_or(line.len(), |(b, _)| from + b)
}

/// The last checkpoint that `before` holds for, or the line's start.
fn nearest(
    checkpoints: Option<&[(usize, usize)]>,
    before: impl Fn(&(usize, usize)) -> bool,
) -> (usize, usize) {
    let cps = checkpoints.unwrap_or(&[]);
    match cps.partition_point(before) {
        0 => (0, 0),
        i => cps[i - 1],
    }
}

/// A line cut to [`QUOTED`](crate::diag::QUOTED) characters around column `col` (one-based),
/// with `…` where it was cut; the column and caret width within it.
fn excerpt(
    line: &str,
    checkpoints: Option<&[(usize, usize)]>,
    col: usize,
    width: usize,
) -> (String, usize, usize) {
    let count = chars_before(line, checkpoints, line.len());
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
    out.push_str(&line[byte_of(line, checkpoints, start)..byte_of(line, checkpoints, end)]);
    if end < count {
        out.push('…');
    }
    let col_shown = col - start + shift;
    let width = width.min(end.saturating_sub(col - 1)).max(1);
    (out, col_shown, width)
}
