//! File names partnercheck chooses: safe parts made from names people typed.
//!
//! A file whose name a command chooses is called
//! `PARTNER-SIDE-RESPONDENT-DATE.toml` (a form: `PARTNER-SIDE-DATE.html`),
//! each part a [`slug`], the parts that are not known left out. When the
//! respondent is not known, an answers file's name ends with a random
//! suffix ([`random_suffix`]) drawn once per respondent and kept with their
//! progress, so that two anonymous people never share a name and one
//! person saving again does.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::answers::{Date, Side};

/// The longest a part of a file name gets, in characters.
const MAX_PART: usize = 40;

/// How long a random suffix is.
pub const SUFFIX_LEN: usize = 6;

/// Letters that Unicode does not decompose into an ASCII base, written
/// the way people write them without the mark (either case); the serve
/// links spell partners the same way.
pub(crate) fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' | 'Ø' => "o",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

/// A file-name part made from a name: Unicode NFKD with the combining
/// marks dropped, a few letters transliterated (`ø`→`o`, `æ`→`ae`,
/// `œ`→`oe`, `ß`→`ss`, `ł`→`l`, `đ`→`d`, `þ`→`th`, `ı`→`i`), every other
/// character that is not an ASCII letter or digit a separator; lowercased,
/// each run of separators one `-`, cut to 40 characters, then trimmed of
/// `-`. `None` when nothing is left: the part is not known
/// (`Müller` → `muller`; `東京` → `None`).
///
/// The form's JavaScript (`slug` in `form.js`) follows the same rule; the
/// two are tested against one table of cases.
pub fn slug(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    let push = |s: &str, out: &mut String, gap: &mut bool| {
        if *gap && !out.is_empty() {
            out.push('-');
        }
        *gap = false;
        out.push_str(s);
    };
    // NFKD leaves ASCII as it is: only other text is decomposed (an import
    // names half a million files).
    let (mut ascii, mut decomposed);
    let chars: &mut dyn Iterator<Item = char> = if name.is_ascii() {
        ascii = name.chars();
        &mut ascii
    } else {
        decomposed = name.nfkd();
        &mut decomposed
    };
    for c in chars {
        if is_combining_mark(c) {
            continue;
        }
        if let Some(t) = transliterate(c) {
            push(t, &mut out, &mut gap);
        } else if c.is_ascii_alphanumeric() {
            push(
                c.to_ascii_lowercase().encode_utf8(&mut [0; 4]),
                &mut out,
                &mut gap,
            );
        } else {
            gap = true;
        }
        if out.len() > MAX_PART {
            break;
        }
    }
    // Only ASCII is left, so bytes are characters.
    out.truncate(MAX_PART);
    let trimmed = out.trim_matches('-');
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The old name of [`slug`].
pub fn slug_part(name: &str) -> Option<String> {
    slug(name)
}

/// [`slug`], or `partner` when nothing is left: for names that must have a
/// part (a report's chart per partner).
pub fn slug_or_partner(name: &str) -> String {
    slug(name).unwrap_or_else(|| "partner".to_owned())
}

/// A fresh random suffix: six characters `a-z0-9` from the operating
/// system's random source.
pub fn random_suffix() -> String {
    const ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = String::with_capacity(SUFFIX_LEN);
    while out.len() < SUFFIX_LEN {
        let mut bytes = [0u8; 16];
        if getrandom::fill(&mut bytes).is_err() {
            // No OS random source: fall back to the clock and the process,
            // which is still unlikely to repeat within a folder.
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let mix = nanos ^ (u128::from(std::process::id()) << 64);
            bytes = mix.to_le_bytes();
        }
        // 252 = 7 × 36: rejecting larger bytes keeps every character
        // equally likely.
        for b in bytes.into_iter().filter(|&b| b < 252) {
            if out.len() < SUFFIX_LEN {
                out.push(char::from(ALPHABET[usize::from(b % 36)]));
            }
        }
    }
    out
}

/// Whether `s` has the shape of a suffix [`random_suffix`] draws.
pub fn is_suffix(s: &str) -> bool {
    s.len() == SUFFIX_LEN
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
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
/// `PARTNER-SIDE-RESPONDENT-DATE[-SUFFIX].toml`, leaving out the parts
/// whose [`slug`] is empty (`answers.toml` when nothing is known).
///
/// `suffix` is appended as given (after `-`): a [`random_suffix`] for a
/// respondent who is not known (the caller draws it once and keeps it), or
/// an import's `id-ID` / `row-N`. `serve` passes its suffix for every file.
pub fn chosen_name(
    partner: Option<&str>,
    side: Option<Side>,
    respondent: Option<&str>,
    date: Option<Date>,
    suffix: Option<&str>,
) -> String {
    let parts = [
        partner.and_then(slug),
        side.map(|s| s.to_string()),
        respondent.and_then(slug),
        date.map(|d| d.to_string()),
        suffix.filter(|s| !s.is_empty()).map(str::to_owned),
    ];
    format!("{}.toml", joined(&parts, "answers"))
}

/// Whether a respondent is known for naming: given and with a non-empty
/// [`slug`]. When not, a chosen name needs a suffix.
pub fn respondent_known(respondent: Option<&str>) -> bool {
    respondent.and_then(slug).is_some()
}

/// [`chosen_name`] without a suffix: `PARTNER-SIDE-RESPONDENT-DATE.toml`.
pub fn answers_file_name(
    partner: Option<&str>,
    side: Option<Side>,
    respondent: Option<&str>,
    date: Option<Date>,
) -> String {
    chosen_name(partner, side, respondent, date, None)
}

/// The suffix at the end of an answers file name chosen for an unknown
/// respondent (`…-2026-12-06-k3x9qa.toml` → `k3x9qa`), if it has one.
pub fn suffix_of(file_name: &str) -> Option<&str> {
    let stem = file_name.strip_suffix(".toml").unwrap_or(file_name);
    let (_, last) = stem.rsplit_once('-')?;
    is_suffix(last).then_some(last)
}

/// The name of a form a command chooses: `PARTNER-SIDE-DATE.html`, leaving
/// out what is not known (`form.html` when nothing is).
pub fn form_file_name(partner: Option<&str>, side: Option<Side>, date: Option<Date>) -> String {
    let parts = [
        partner.and_then(slug),
        side.map(|s| s.to_string()),
        date.map(|d| d.to_string()),
    ];
    format!("{}.html", joined(&parts, "form"))
}

/// The cases `slug` is tested with, here and (through `tests/it`) in the
/// form's JavaScript: a name and its slug (`None`: not known).
#[doc(hidden)]
pub const SLUG_CASES: &[(&str, Option<&str>)] = &[
    ("Acme Logistics", Some("acme-logistics")),
    ("  ../../etc/passwd ", Some("etc-passwd")),
    ("Müller", Some("muller")),
    ("東京", None),
    ("Société Générale & Co.", Some("societe-generale-co")),
    ("Øresund Æble Œuvre", Some("oresund-aeble-oeuvre")),
    ("Straße STRASSE ẞ", Some("strasse-strasse-ss")),
    ("Łódź Đorđe Þór", Some("lodz-dorde-thor")),
    ("Işık İstanbul", Some("isik-istanbul")),
    ("ﬁle №5 ½", Some("file-no5-1-2")),
    ("\u{212a}9", Some("k9")),
    (
        "<img src=x onerror=alert(1)>",
        Some("img-src-x-onerror-alert-1"),
    ),
    ("!!!", None),
    ("", None),
    ("ÄÖÜ 123 __ abc --", Some("aou-123-abc")),
    ("a\u{0301}\u{0308}b", Some("ab")),
    ("Zoë O'Brien-Smith", Some("zoe-o-brien-smith")),
    (
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yz",
        Some("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ),
    (
        "abcdefghijabcdefghijabcdefghijabcdefghijKLMNOP",
        Some("abcdefghijabcdefghijabcdefghijabcdefghij"),
    ),
    ("-- row 2 --", Some("row-2")),
    ("Ünïcödé\u{00a0}space\ttab", Some("unicode-space-tab")),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_table() {
        for (name, want) in SLUG_CASES {
            assert_eq!(slug(name).as_deref(), *want, "{name:?}");
        }
    }

    #[test]
    fn slugs_are_safe_file_name_parts() {
        assert_eq!(slug_or_partner("<>"), "partner");
        assert_eq!(slug(&"x".repeat(100)).unwrap().len(), 40);
        // Cut, then trimmed: never ends on a `-`.
        let long = format!("{} y", "x".repeat(39));
        assert_eq!(slug(&long), Some("x".repeat(39)));
        for (name, _) in SLUG_CASES {
            if let Some(s) = slug(name) {
                assert!(s.len() <= 40 && !s.starts_with('-') && !s.ends_with('-'));
                assert!(!s.contains("--"), "{s}");
                assert!(s.bytes().all(|b| b == b'-' || b.is_ascii_alphanumeric()));
            }
        }
    }

    #[test]
    fn suffixes_are_six_random_characters() {
        let a = random_suffix();
        let b = random_suffix();
        assert!(is_suffix(&a) && is_suffix(&b), "{a} {b}");
        assert_ne!(a, b);
        let name = chosen_name(
            Some("Acme Logistics"),
            Some(Side::Them),
            None,
            Some("2026-12-06".parse().unwrap()),
            Some("k3x9qa"),
        );
        assert_eq!(name, "acme-logistics-them-2026-12-06-k3x9qa.toml");
        assert_eq!(suffix_of(&name), Some("k3x9qa"));
        assert_eq!(suffix_of("acme-logistics-them-2026-12-06.toml"), None);
        assert_eq!(
            chosen_name(
                Some("Acme"),
                Some(Side::Us),
                Some("Jo"),
                None,
                Some("k3x9qa")
            ),
            "acme-us-jo-k3x9qa.toml"
        );
        assert!(!respondent_known(Some("東京")));
        assert!(respondent_known(Some("Jo")));
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
