//! Diagnostics: problems found in files, as data.
//!
//! Loading collects every problem it finds instead of stopping at the first.
//! Each is a [`Diagnostic`]: a severity, a stable code, the file, where in it
//! (line and column, or a spreadsheet's row and column), the message, the
//! other places it involves and optional help. [`Diagnostics`] carries them
//! all. Three renderers draw them: [`Diagnostic::text`] for terminals (the
//! source line quoted, a caret under the place), [`to_json`] and
//! [`to_github`] (workflow commands that annotate a pull request).

mod codes;
mod diagnostic;
mod render;
mod source;

pub use codes::CODES;
pub use diagnostic::{
    Diagnostic, Diagnostics, LISTED, LISTED_IN_RUN, Label, Quote, Severity, Span, keep,
    more_problems,
};
pub use render::{SCHEMA_VERSION, to_github, to_json};
pub use source::{LineIndex, QUOTED, Source};

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
    fn an_indexed_text_places_problems_where_an_unindexed_one_does() {
        // Short lines, CRLF, a line long enough for checkpoints with
        // characters of two bytes, and a last line without a line break.
        let long = format!("x = \"{}é{}\" # ü", "a".repeat(20_000), "ü".repeat(9_000));
        let text = format!("a = 1\r\nbé = 2\n{long}\n\n\r\nlast = 3");
        let other = "y = 1\nz = 2\n".repeat(100);
        let places = |src: Source<'_>| {
            (0..=src.text.len() + 2)
                .step_by(37)
                .chain([src.text.len()])
                .map(|o| (src.line_col(o), src.span(o..o + 5), src.span(o..o + 300)))
                .collect::<Vec<_>>()
        };
        let src = Source::new("f.toml", &text);
        let unindexed = places(src);
        let other_before = places(Source::new("g.toml", &other));
        let index = LineIndex::default();
        let indexed = src.indexed(&index);
        assert_eq!(places(indexed), unindexed);
        // Once more, from the index filled by the first pass.
        assert_eq!(places(indexed), unindexed);
        // Another text, not indexed, is placed as before.
        assert_eq!(places(Source::new("g.toml", &other)), other_before);
        assert_eq!(places(src), unindexed);
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
