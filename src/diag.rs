//! Diagnostics: errors that point at a file, a line and a column.
//!
//! Loading collects every problem it finds instead of stopping at the first;
//! [`Diagnostics`] carries them all and prints one message per problem.

use std::fmt;
use std::ops::Range;

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

    /// `name:line:col: message`, followed by the source line and a caret.
    pub fn at(&self, span: Range<usize>, message: impl fmt::Display) -> String {
        let span = self.boundary(span.start)..self.boundary(span.end.max(span.start));
        let (line, col) = self.line_col(span.start);
        let text = self.text.lines().nth(line - 1).unwrap_or("");
        let width = self.text[span.clone()]
            .lines()
            .next()
            .map_or(1, |s| s.chars().count().max(1));
        let (text, col_shown, width) = excerpt(text, col, width);
        let gutter = " ".repeat(line.to_string().len());
        // A message quotes keys and values from the file: on one line, with
        // control characters escaped, it cannot forge lines of its own.
        let message = crate::sanitize::terminal(&message.to_string()).into_owned();
        format!(
            "{}:{line}:{col}: {message}\n{gutter} |\n{line} | {}\n{gutter} | {}{}",
            self.name,
            crate::sanitize::terminal(&text),
            " ".repeat(col_shown - 1),
            "^".repeat(width),
        )
    }

    /// [`Source::at`], followed by the other places the problem involves,
    /// each underlined and labelled ("first defined here").
    pub fn at_labelled(
        &self,
        span: Range<usize>,
        message: impl fmt::Display,
        labels: &[(Range<usize>, &str)],
    ) -> String {
        let mut out = self.at(span, message);
        for (span, label) in labels {
            let span = self.boundary(span.start)..self.boundary(span.end.max(span.start));
            let (line, col) = self.line_col(span.start);
            let text = self.text.lines().nth(line - 1).unwrap_or("");
            let width = self.text[span.clone()]
                .lines()
                .next()
                .map_or(1, |s| s.chars().count().max(1));
            let (text, col_shown, width) = excerpt(text, col, width);
            let gutter = " ".repeat(line.to_string().len());
            out.push_str(&format!(
                "\n{gutter} |\n{line} | {}\n{gutter} | {}{} {}",
                crate::sanitize::terminal(&text),
                " ".repeat(col_shown - 1),
                "-".repeat(width),
                crate::sanitize::terminal(label),
            ));
        }
        out
    }

    /// `name: message`, for problems that belong to no particular place.
    pub fn whole(&self, message: impl fmt::Display) -> String {
        format!(
            "{}: {}",
            self.name,
            crate::sanitize::terminal(&message.to_string())
        )
    }

    /// A message for a TOML syntax or shape error, with its position.
    pub fn toml_error(&self, err: &toml::de::Error) -> String {
        match err.span() {
            Some(span) => self.at(span, err.message().trim_end()),
            None => self.whole(err.message().trim_end()),
        }
    }

    /// A message for a JSON syntax or shape error, with its position.
    pub fn json_error(&self, err: &serde_json::Error) -> String {
        if err.line() == 0 {
            return self.whole(err);
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
        self.at(offset..offset + 1, message)
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
pub struct Diagnostics(pub Vec<String>);

impl Diagnostics {
    pub fn push(&mut self, message: String) {
        self.0.push(message);
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
            f.write_str(problem)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<String> for Diagnostics {
    fn from(message: String) -> Self {
        Diagnostics(vec![message])
    }
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
            src.at(7..8, "expected value")
                .starts_with("f.json:1:7: expected value")
        );
    }

    #[test]
    fn at_points_a_caret_under_the_span() {
        let src = Source::new("f.toml", "x = 1\nid = \"Bad\"\n");
        let msg = src.at(11..16, "bad id");
        assert_eq!(
            msg,
            "f.toml:2:6: bad id\n  |\n2 | id = \"Bad\"\n  |      ^^^^^"
        );
    }

    #[test]
    fn a_huge_line_is_quoted_around_the_column_only() {
        let line = format!("x = \"{}BAD{}\"", "a".repeat(100_000), "b".repeat(100_000));
        let at = line.find("BAD").unwrap();
        let src = Source::new("f.toml", &line);
        let msg = src.at(at..at + 3, "bad");
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
