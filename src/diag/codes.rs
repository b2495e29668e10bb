//! The table of every code a diagnostic can carry.

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
    (
        "unknown-id",
        "a translation names a question, dimension, tier or band the questionnaire does not have",
    ),
    (
        "count-mismatch",
        "a translation's scale labels or prompts are not as many as the questionnaire's",
    ),
    (
        "untranslated",
        "a text the questionnaire has and its translation leaves out (the questionnaire's own is used)",
    ),
    (
        "translation-version",
        "a translation of another version of the questionnaire",
    ),
    (
        "bad-lang",
        "a `lang` that is not a language tag such as `de` or `pt-BR`",
    ),
];
