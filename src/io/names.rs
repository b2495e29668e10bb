//! File names partnercheck chooses: safe parts made from names people typed.
//!
//! A file whose name a command chooses is called
//! `PARTNER-SIDE-RESPONDENT-DATE.toml` (a form: `PARTNER-SIDE-DATE.html`),
//! each part a [`slug_part`], the parts that are not known left out.

use crate::model::answers::{Date, Side};

/// The longest a part of a file name gets, in characters.
const MAX_PART: usize = 40;

/// A file-name part made from a name: ASCII letters and digits are kept
/// (lowercased), every other run of characters becomes one `-`, `-` is
/// trimmed from both ends, and the result is cut to 40 characters.
/// `None` when nothing is left.
pub fn slug_part(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    // Only ASCII is left, so bytes are characters.
    out.truncate(MAX_PART);
    (!out.is_empty()).then_some(out)
}

/// [`slug_part`], or `partner` when nothing is left: for names that must
/// have a part.
pub fn slug(name: &str) -> String {
    slug_part(name).unwrap_or_else(|| "partner".to_owned())
}

/// The known parts, joined with `-`; `fallback` when none is known.
fn joined(parts: &[Option<String>], fallback: &str) -> String {
    let known: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
    if known.is_empty() {
        fallback.to_owned()
    } else {
        known.join("-")
    }
}

/// The name of an answers file a command chooses:
/// `PARTNER-SIDE-RESPONDENT-DATE.toml`, leaving out what is not known
/// (`answers.toml` when nothing is).
pub fn answers_file_name(
    partner: Option<&str>,
    side: Option<Side>,
    respondent: Option<&str>,
    date: Option<Date>,
) -> String {
    let parts = [
        partner.and_then(slug_part),
        side.map(|s| s.to_string()),
        respondent.and_then(slug_part),
        date.map(|d| d.to_string()),
    ];
    format!("{}.toml", joined(&parts, "answers"))
}

/// The name of a form a command chooses: `PARTNER-SIDE-DATE.html`, leaving
/// out what is not known (`form.html` when nothing is).
pub fn form_file_name(partner: Option<&str>, side: Option<Side>, date: Option<Date>) -> String {
    let parts = [
        partner.and_then(slug_part),
        side.map(|s| s.to_string()),
        date.map(|d| d.to_string()),
    ];
    format!("{}.html", joined(&parts, "form"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_name_parts() {
        assert_eq!(slug("Acme Logistics"), "acme-logistics");
        assert_eq!(slug("  ../../etc/passwd "), "etc-passwd");
        // Only ASCII letters and digits are kept: é is a run of "other".
        assert_eq!(slug("Société Générale & Co."), "soci-t-g-n-rale-co");
        // The Kelvin sign lowercases to an ASCII k, but is not ASCII itself.
        assert_eq!(slug("\u{212a}9"), "9");
        assert_eq!(slug("<>"), "partner");
        assert_eq!(slug("!!!"), "partner");
        assert_eq!(slug_part("!!!"), None);
        assert_eq!(slug(&"x".repeat(100)).len(), 40);
        assert_eq!(slug_part("ÄÖÜ 123 __ abc --"), Some("123-abc".to_owned()));
        // Trimmed, then cut: the cut may end on a `-`, as the rule says.
        let long = format!("{} y", "x".repeat(39));
        assert_eq!(slug_part(&long), Some(format!("{}-", "x".repeat(39))));
        assert_eq!(slug_part("日本"), None);
    }

    #[test]
    fn file_names_leave_out_what_is_not_known() {
        let date: Date = "2026-11-20".parse().unwrap();
        assert_eq!(
            answers_file_name(
                Some("Acme Logistics"),
                Some(Side::Them),
                Some("Jane Doe"),
                Some(date)
            ),
            "acme-logistics-them-jane-doe-2026-11-20.toml"
        );
        assert_eq!(
            answers_file_name(Some("Acme"), None, Some("***"), Some(date)),
            "acme-2026-11-20.toml"
        );
        assert_eq!(answers_file_name(None, None, None, None), "answers.toml");
        assert_eq!(
            form_file_name(Some("<img src=x onerror=alert(1)>"), Some(Side::Us), None),
            "img-src-x-onerror-alert-1-us.html"
        );
        assert_eq!(form_file_name(None, None, None), "form.html");
    }
}
