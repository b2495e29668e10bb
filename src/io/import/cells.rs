//! Answer cells: a number on the scale, a scale label, a label with its
//! number, a "don't know", or nothing.

use unicode_normalization::UnicodeNormalization;

use super::dates;
use super::table::Cell;
use crate::model::answers::{Answer, Date};
use crate::model::map::ColumnMap;
use crate::model::questionnaire::Scale;

/// Text as compared with headers and labels: Unicode NFKC, lower case,
/// curly apostrophes straight, white space collapsed, trailing punctuation
/// dropped.
pub fn normalize(text: &str) -> String {
    let folded: String = text
        .nfkc()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
            c => c,
        })
        .collect();
    let collapsed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_end_matches(|c: char| c.is_ascii_punctuation() && c != ')' && c != ']' || c == '…')
        .trim_end()
        .to_owned()
}

/// The ways a respondent says "don't know", normalized.
const UNSURE: &[&str] = &[
    "don't know",
    "dont know",
    "don't know / not applicable",
    "don't know/not applicable",
    "not applicable",
    "n/a",
    "na",
    "dk",
    "unsure",
    "not sure",
];

/// Reads answer cells for one questionnaire's scale (and a map file's labels).
pub struct Reader {
    min: i64,
    max: i64,
    allow_unsure: bool,
    /// Normalized label → answer: the map's labels, then the scale's, then
    /// the "don't know" words (a hash map: a map file may list thousands).
    labels: std::collections::HashMap<String, Answer>,
    /// Normalized cells that mean "not answered".
    missing: std::collections::HashSet<String>,
}

impl Reader {
    /// A reader for one export. `not_answered` lists the cells its tool
    /// writes for a question nobody answered (LimeSurvey's `N/A`); the map
    /// file's `[missing]` values join them, and win over every label.
    pub fn new(scale: &Scale, map: &ColumnMap, not_answered: &[&str]) -> Self {
        let mut labels = std::collections::HashMap::new();
        // The first entry for a label wins: the map's, then the scale's.
        let mut add = |label: String, a: Answer| {
            labels.entry(label).or_insert(a);
        };
        for (label, a) in &map.values {
            add(normalize(label), *a);
        }
        for v in scale.min..=scale.max {
            add(normalize(scale.label(v)), Answer::Value(v));
        }
        if scale.allow_unsure {
            for s in UNSURE {
                add((*s).to_owned(), Answer::Unsure);
            }
        }
        let missing = map
            .missing
            .iter()
            .map(|m| normalize(m))
            .chain(not_answered.iter().map(|m| normalize(m)))
            .collect();
        Reader {
            min: scale.min,
            max: scale.max,
            allow_unsure: scale.allow_unsure,
            labels,
            missing,
        }
    }

    fn allowed(&self) -> String {
        let unsure = if self.allow_unsure {
            ", or \"don't know\""
        } else {
            ""
        };
        format!("{}..{}, a label of the scale{unsure}", self.min, self.max)
    }

    fn label(&self, normalized: &str) -> Option<Answer> {
        self.labels.get(normalized).copied()
    }

    /// A label and a number that must agree.
    fn both(&self, v: i64, label: &str, text: &str) -> Result<Option<Answer>, String> {
        let number = self.number(v, &super::shown::quote(text))?;
        match self.label(&normalize(label)) {
            Some(a) if a == number => Ok(Some(a)),
            Some(_) => Err(format!(
                "`{}`: the number and the label disagree; allowed: {}",
                super::shown::quote(text),
                self.allowed()
            )),
            None => Err(format!(
                "`{}` is not a label of the scale; allowed: {}",
                super::shown::quote(text),
                self.allowed()
            )),
        }
    }

    fn number(&self, v: i64, shown: &str) -> Result<Answer, String> {
        if (self.min..=self.max).contains(&v) {
            Ok(Answer::Value(v))
        } else {
            Err(format!(
                "`{shown}` is off the scale; allowed: {}",
                self.allowed()
            ))
        }
    }

    /// The answer a cell holds: `Ok(None)` when it is empty, an error
    /// saying what is wrong and what is allowed otherwise.
    pub fn read(&self, cell: &Cell) -> Result<Option<Answer>, String> {
        let text = match cell {
            Cell::Empty => return Ok(None),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                return self.number(*n as i64, &cell.text()).map(Some);
            }
            Cell::Number(_) | Cell::Date(_) => {
                return Err(format!(
                    "`{}` is not an answer; allowed: {}",
                    cell.text(),
                    self.allowed()
                ));
            }
            Cell::Text(s) => s.trim(),
        };
        if text.is_empty() {
            return Ok(None);
        }
        let norm = normalize(text);
        if self.missing.contains(&norm) {
            return Ok(None);
        }
        if let Some(a) = self.label(&norm) {
            return Ok(Some(a));
        }
        let shown = super::shown::quote(text);
        if let Ok(v) = norm.parse::<i64>() {
            return self.number(v, &shown).map(Some);
        }
        if let Ok(f) = norm.parse::<f64>() {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                return self.number(f as i64, &shown).map(Some);
            }
            return Err(format!(
                "`{shown}` is not an answer; allowed: {}",
                self.allowed()
            ));
        }
        // A label with its number: `4 - Agree`, `4 Agree`, `4. Agree`, `(4) Agree`.
        let digits_at = norm.trim_start_matches('(');
        let len = digits_at
            .find(|c: char| !(c.is_ascii_digit() || c == '-' && digits_at.starts_with('-')))
            .unwrap_or(digits_at.len());
        if len > 0
            && let Ok(v) = digits_at[..len].parse::<i64>()
        {
            let label = digits_at[len..]
                .trim_start_matches([')', ' ', '-', '.', ':', '=', '–', '—'])
                .trim();
            return self.both(v, label, text);
        }
        // A label followed by its number: `Very likely 7`, `Agree (4)`,
        // `Very likely` and `7` on two lines (collapsed to one space).
        if let Some((label, v)) = label_then_number(&norm) {
            return self.both(v, label, text);
        }
        Err(format!(
            "`{shown}` is not an answer; allowed: {}",
            self.allowed()
        ))
    }
}

/// `agree (4)` → ("agree", 4); `very likely 7` → ("very likely", 7).
fn label_then_number(norm: &str) -> Option<(&str, i64)> {
    let (label, number) = if let Some(inner) = norm.strip_suffix(')') {
        let open = inner.rfind('(')?;
        (&inner[..open], &inner[open + 1..])
    } else {
        norm.rsplit_once(' ')?
    };
    let number = number.trim();
    if number.is_empty()
        || !number
            .trim_start_matches('-')
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let label = label
        .trim_end_matches([' ', '-', '.', ':', '=', '–', '—'])
        .trim();
    if label.is_empty() {
        return None;
    }
    Some((label, number.parse().ok()?))
}

/// The date a cell holds: a date cell, or text read as [`dates::parse`] reads it.
pub fn date(cell: &Cell, format: Option<&str>) -> Option<Date> {
    match cell {
        Cell::Date(d) => Some(*d),
        Cell::Text(t) => dates::parse(t, format),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::questionnaire::Questionnaire;

    fn reader() -> Reader {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let map = ColumnMap {
            values: vec![("Totally agree".into(), Answer::Value(5))],
            ..ColumnMap::default()
        };
        Reader::new(&q.scale, &map, &[])
    }

    fn read(s: &str) -> Result<Option<Answer>, String> {
        reader().read(&Cell::Text(s))
    }

    #[test]
    fn normalizing_folds_case_width_spaces_and_trailing_punctuation() {
        assert_eq!(
            normalize("  Both   SIDES share\tplans?! "),
            "both sides share plans"
        );
        assert_eq!(normalize("Ｆｕｌｌ width…"), "full width");
        assert_eq!(normalize("Don’t know."), "don't know");
    }

    #[test]
    fn cells_read_as_numbers_labels_and_dont_knows() {
        assert_eq!(read("4"), Ok(Some(Answer::Value(4))));
        assert_eq!(
            reader().read(&Cell::Number(4.0)),
            Ok(Some(Answer::Value(4)))
        );
        assert_eq!(read("  strongly AGREE "), Ok(Some(Answer::Value(5))));
        assert_eq!(read("4 - Agree"), Ok(Some(Answer::Value(4))));
        assert_eq!(read("4 Agree"), Ok(Some(Answer::Value(4))));
        assert_eq!(read("Totally agree"), Ok(Some(Answer::Value(5))));
        for dk in [
            "Don't know",
            "Don’t know",
            "Don't know / not applicable",
            "N/A",
            "DK",
            "UNSURE",
            "not applicable",
        ] {
            assert_eq!(read(dk), Ok(Some(Answer::Unsure)), "{dk}");
        }
        assert_eq!(read(""), Ok(None));
        assert_eq!(read("   "), Ok(None));
        assert_eq!(reader().read(&Cell::Empty), Ok(None));
    }

    #[test]
    fn a_label_followed_by_its_number_reads_like_number_and_label() {
        assert_eq!(read("Agree 4"), Ok(Some(Answer::Value(4))));
        assert_eq!(read("Agree (4)"), Ok(Some(Answer::Value(4))));
        assert_eq!(read("Strongly agree\n5"), Ok(Some(Answer::Value(5))));
        assert_eq!(read("Agree - 4"), Ok(Some(Answer::Value(4))));
        assert!(read("Agree (2)").unwrap_err().contains("disagree"));
        assert!(read("Agree\n9").unwrap_err().contains("off the scale"));
    }

    #[test]
    fn missing_values_win_over_dont_know_words() {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let map = ColumnMap {
            missing: vec!["-99".into(), "Refused".into(), "DK".into()],
            ..ColumnMap::default()
        };
        let r = Reader::new(&q.scale, &map, &["N/A"]);
        for cell in ["-99", "refused", "N/A", "n/a", "dk"] {
            assert_eq!(r.read(&Cell::Text(cell)), Ok(None), "{cell}");
        }
        assert_eq!(r.read(&Cell::Text("Don't know")), Ok(Some(Answer::Unsure)));
        assert_eq!(
            read("N/A"),
            Ok(Some(Answer::Unsure)),
            "elsewhere N/A is unsure"
        );
    }

    #[test]
    fn messages_quote_a_cell_escaped_and_cut() {
        let long = format!("x\ny{}", "z".repeat(5_000_000));
        let err = read(&long).unwrap_err();
        assert!(err.contains("x\\ny"), "{}", &err[..100]);
        assert!(err.len() < 400, "{} bytes", err.len());
    }

    #[test]
    fn bad_cells_say_what_is_wrong() {
        assert!(read("6").unwrap_err().contains("off the scale"));
        assert!(read("0").unwrap_err().contains("off the scale"));
        assert!(read("4.5").unwrap_err().contains("not an answer"));
        assert!(reader().read(&Cell::Number(4.5)).is_err());
        assert!(read("Mostly").unwrap_err().contains("not an answer"));
        assert!(read("2 - Agree").unwrap_err().contains("disagree"));
        assert!(read("4 - Nope").unwrap_err().contains("not a label"));
    }
}
