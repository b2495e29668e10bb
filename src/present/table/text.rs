//! Text fitted to the terminal: lines wrapped at its width, paragraphs,
//! names from files cut to a cell, and the key to abbreviated headers.

use std::fmt::Write;

use crate::sanitize::terminal;

/// Paragraphs (separated by blank lines) each made safe for the terminal
/// and wrapped at `width`, the line breaks inside a paragraph taken as
/// spaces; a blank line between them.
pub(super) fn paragraphs(out: &mut String, text: &str, width: Option<usize>) {
    let mut first = true;
    let text = text.replace("\r\n", "\n");
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
        let para = terminal(&para);
        if !first {
            out.push('\n');
        }
        first = false;
        wrapped(out, &para, "", "", width);
    }
}

/// `text` as a line of `out` after `first`, wrapped on word boundaries at
/// `width` (when known) with `rest` before the lines it wraps into.
pub(super) fn wrapped(out: &mut String, text: &str, first: &str, rest: &str, width: Option<usize>) {
    match width {
        Some(w) => {
            let options = textwrap::Options::new(w.saturating_sub(1).max(20))
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .initial_indent(first)
                .subsequent_indent(rest);
            let _ = writeln!(out, "{}", textwrap::fill(text, options));
        }
        None => {
            let _ = writeln!(out, "{first}{text}");
        }
    }
}

/// The most characters of a name in a table cell.
pub const NAME_MAX: usize = 60;

/// A name from a file, safe for the terminal and cut to [`NAME_MAX`]
/// characters: the table's wrapping would take minutes on a name of
/// megabytes, and nobody reads one.
pub(super) fn long_name(s: &str) -> String {
    let cut: String = s.chars().take(NAME_MAX * 4).collect();
    truncate(&terminal(&cut), NAME_MAX)
}

/// Cuts `s` to `width` columns, ending with `…` when cut.
pub(super) fn truncate(s: &str, width: usize) -> String {
    if console::measure_text_width(s) <= width {
        return s.to_owned();
    }
    console::truncate_str(s, width, "…").into_owned()
}

/// The key to the abbreviated dimension headers: `abbreviation name`,
/// a `·` between.
pub(super) fn dimension_key(
    abbreviations: &[String],
    q: &crate::model::questionnaire::Questionnaire,
) -> String {
    abbreviations
        .iter()
        .zip(&q.dimensions)
        .map(|(a, d)| format!("{a} {}", terminal(&d.name)))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod paragraph_tests {
    use super::*;

    /// Regression: `questions`' description paragraphs were not wrapped at
    /// the terminal's width (the tables were).
    #[test]
    fn descriptions_are_wrapped_at_the_terminal_width() {
        let long = "A sentence that goes on and on. ".repeat(8);
        let mut out = String::new();
        paragraphs(&mut out, &format!("{long}\nstill one\n\nSecond."), Some(40));
        assert!(out.lines().all(|l| l.chars().count() <= 40), "{out}");
        assert!(out.lines().count() > 6, "{out}");
        assert!(out.contains("on. still one\n\nSecond.\n"), "{out}");
        let mut out = String::new();
        paragraphs(&mut out, "One\n\nTwo \u{1b}[31m", None);
        assert_eq!(out, "One\n\nTwo \\u{1b}[31m\n");
    }
}
