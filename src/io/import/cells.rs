//! Answer cells: a number on the scale, a scale label, a label with its
//! number, a "don't know", or nothing.

use unicode_normalization::UnicodeNormalization;

use super::table::Cell;
use crate::model::answers::Answer;
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
    /// Normalized label → answer: the scale's labels, then the map's.
    labels: Vec<(String, Answer)>,
}

impl Reader {
    pub fn new(scale: &Scale, map: &ColumnMap) -> Self {
        let mut labels: Vec<(String, Answer)> = map
            .values
            .iter()
            .map(|(label, a)| (normalize(label), *a))
            .collect();
        labels
            .extend((scale.min..=scale.max).map(|v| (normalize(scale.label(v)), Answer::Value(v))));
        if scale.allow_unsure {
            labels.extend(UNSURE.iter().map(|s| ((*s).to_owned(), Answer::Unsure)));
        }
        Reader {
            min: scale.min,
            max: scale.max,
            allow_unsure: scale.allow_unsure,
            labels,
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
        self.labels
            .iter()
            .find(|(l, _)| l == normalized)
            .map(|(_, a)| *a)
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
        if let Some(a) = self.label(&norm) {
            return Ok(Some(a));
        }
        if let Ok(v) = norm.parse::<i64>() {
            return self.number(v, text).map(Some);
        }
        if let Ok(f) = norm.parse::<f64>() {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                return self.number(f as i64, text).map(Some);
            }
            return Err(format!(
                "`{text}` is not an answer; allowed: {}",
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
            let number = self.number(v, text)?;
            return match self.label(&normalize(label)) {
                Some(a) if a == number => Ok(Some(a)),
                Some(_) => Err(format!(
                    "`{text}`: the number and the label disagree; allowed: {}",
                    self.allowed()
                )),
                None => Err(format!(
                    "`{text}` is not a label of the scale; allowed: {}",
                    self.allowed()
                )),
            };
        }
        Err(format!(
            "`{text}` is not an answer; allowed: {}",
            self.allowed()
        ))
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
        Reader::new(&q.scale, &map)
    }

    fn read(s: &str) -> Result<Option<Answer>, String> {
        reader().read(&Cell::Text(s.to_owned()))
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
