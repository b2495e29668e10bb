//! Strings from files are untrusted. These functions make them safe for the
//! place they are written to: a terminal, a CSV cell, a Markdown table, HTML.

use std::borrow::Cow;
use std::fmt::Write;

/// Characters a file must not pass to a reader as they are: control
/// characters (C0 and C1: ANSI escapes, carriage returns, ...) and the
/// invisible marks that reorder text (bidirectional overrides) or break it
/// (line and paragraph separators), and the zero-width ones (spaces,
/// joiners, word joiner, byte order mark) that hide inside a name: any of
/// them can make a name display as something else.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{061c}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Unsafe characters ([`is_unsafe`]) are shown as visible escapes such as
/// `\u{1b}`, so a file cannot drive the terminal. Newlines and tabs become
/// spaces: one value stays on one line.
pub fn terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(' '),
            c if is_unsafe(c) => {
                let _ = write!(out, "{}", c.escape_unicode());
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Like [`terminal`], but keeps line breaks: for multi-line text such as help.
pub fn terminal_multiline(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && c != '\n') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.split('\n').map(terminal).collect::<Vec<_>>().join("\n"))
}

/// One CSV cell's text, before quoting (the `csv` crate quotes): control
/// characters escaped ([`terminal`]), and a cell that a spreadsheet would
/// run as a formula (`= + - @` first) gets a leading `'`.
pub fn csv_cell(s: &str) -> String {
    let s = terminal(s);
    match s.chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{s}"),
        _ => s.into_owned(),
    }
}

/// Text inside a Markdown table cell or line: pipes, backslashes and the
/// characters Markdown or HTML would interpret are escaped.
pub fn markdown(s: &str) -> String {
    let s = terminal(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// Text for a Markdown document that people also read as plain text
/// (reports, agendas): it stays as written (`>=` is not `&gt;=`), with only
/// what Markdown would interpret escaped by a backslash: emphasis, code,
/// links, headings, table pipes, a `>` opening a line (a quote), and a `<`
/// or `&` that could open an HTML tag, comment or entity, so hostile HTML
/// never becomes live HTML.
pub fn markdown_text(s: &str) -> String {
    let s = terminal(s);
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match c {
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' if next
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) =>
            {
                out.push_str("\\<");
            }
            '&' if next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#') => {
                out.push_str("\\&");
            }
            '>' if first => out.push_str("\\>"),
            c => out.push(c),
        }
        first = c == '\n';
    }
    out
}

/// A JSON document made safe to print: serde_json escapes C0 controls but
/// leaves C1 controls (U+0080–U+009F) and bidirectional overrides raw;
/// they only occur inside strings, where `\uXXXX` means the same.
pub fn json(text: &str) -> Cow<'_, str> {
    // Line breaks and tabs are JSON's own layout. Every other unsafe
    // character is an ASCII control or starts with one of four lead bytes
    // (C1 controls: C2; U+061C: D8; the marks around U+2000: E2; U+FEFF:
    // EF): only those bytes are looked at closely.
    let unsafe_here = |c: char| !matches!(c, '\n' | '\t' | '\r') && is_unsafe(c);
    let bytes = text.as_bytes();
    let mut clean = true;
    let mut i = 0;
    // Printable ASCII is skipped in one tight scan.
    while let Some(offset) = bytes[i..].iter().position(|b| !(0x20..0x7f).contains(b)) {
        let j = i + offset;
        let suspect = match bytes[j] {
            b'\n' | b'\t' | b'\r' => false,
            0..0x20 | 0x7f => true,
            0xc2 | 0xd8 | 0xe2 | 0xef => text[j..].chars().next().is_some_and(unsafe_here),
            _ => false,
        };
        if suspect {
            clean = false;
            break;
        }
        i = j + 1;
    }
    if clean {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\t' | '\r' => out.push(c),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text for HTML or SVG content and attribute values.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_unsafe(c) && c != '\n' && c != '\t' => {
                let _ = write!(out, "{}", c.escape_unicode());
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_control_characters() {
        assert_eq!(terminal("plain"), "plain");
        assert_eq!(terminal("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(terminal("a\rb\nc\td"), "a\\u{d}b c d");
    }

    #[test]
    fn bidirectional_overrides_are_made_visible() {
        assert_eq!(terminal("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(csv("\u{2066}x"), "\\u{2066}x");
        assert_eq!(html("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(terminal("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(terminal("a\u{2028}b\u{2029}"), "a\\u{2028}b\\u{2029}");
    }

    /// JSON escapes what serde_json leaves raw: C1 controls and overrides.
    #[test]
    fn json_text_escapes_c1_and_overrides() {
        assert_eq!(json("\"a\u{9b}b\u{202e}\""), "\"a\\u009bb\\u202e\"");
        assert_eq!(json("{\"x\": 1}"), "{\"x\": 1}");
        // Every unsafe character is found, whatever its lead byte; safe
        // non-ASCII text (an em dash, é) is left alone.
        for c in [
            '\u{1}', '\u{7f}', '\u{85}', '\u{61c}', '\u{200b}', '\u{2029}', '\u{2066}', '\u{feff}',
        ] {
            let text = format!("\"— é {c}\"\n");
            assert!(matches!(json(&text), Cow::Owned(_)), "{c:?}");
        }
        assert!(matches!(json("\"— é\"\n\t"), Cow::Borrowed(_)));
    }

    #[test]
    fn terminal_multiline_keeps_newlines() {
        assert_eq!(terminal_multiline("a\nb\u{7}"), "a\nb\\u{7}");
    }

    /// A cell as the `csv` crate quotes it.
    fn csv(s: &str) -> String {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        w.write_record([csv_cell(s)]).unwrap();
        let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
        out.trim_end_matches('\n').to_owned()
    }

    #[test]
    fn csv_neutralises_formulas_and_quotes() {
        assert_eq!(csv("Acme"), "Acme");
        assert_eq!(csv("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv("+1"), "'+1");
        assert_eq!(csv("-1"), "'-1");
        assert_eq!(csv("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv("a,b"), "\"a,b\"");
    }

    #[test]
    fn markdown_escapes_pipes_and_html() {
        assert_eq!(markdown("a|b"), "a\\|b");
        assert_eq!(markdown("<script>"), "&lt;script&gt;");
        assert_eq!(markdown("x\u{1b}y"), "x\\\\u{1b}y");
    }

    #[test]
    fn html_escapes_markup() {
        assert_eq!(
            html("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn zero_width_characters_are_escaped() {
        for c in ['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'] {
            let name = format!("Ac{c}me");
            let shown = terminal(&name);
            assert!(!shown.contains(c), "{c:?} reached the terminal");
            assert_eq!(shown, format!("Ac{}me", c.escape_unicode()));
        }
    }
}

#[cfg(test)]
mod markdown_text_tests {
    use super::markdown_text;

    #[test]
    fn comparisons_stay_readable_and_html_stays_text() {
        assert_eq!(markdown_text("a >= 3 & b <= 4"), "a >= 3 & b <= 4");
        assert_eq!(
            markdown_text("<script>alert(1)</script>"),
            "\\<script>alert(1)\\</script>"
        );
        assert_eq!(markdown_text("&lt;b&gt; &#60;"), "\\&lt;b\\&gt; \\&\\#60;");
        assert_eq!(markdown_text("> quoted"), "\\> quoted");
        assert_eq!(markdown_text("*x* | [y](z)"), "\\*x\\* \\| \\[y\\](z)");
        assert_eq!(markdown_text("<!-- c -->"), "\\<!-- c -->");
    }
}
