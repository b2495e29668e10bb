//! The text of the answers files `import` writes: exactly what
//! `model::answers::write::to_toml` writes (with `round` and `source`), made fast
//! for 10,000 rows by writing the comments once per questionnaire.
//!
//! [`Writer::new`] checks that its output equals `to_toml`'s for sheets of
//! every shape (with and without respondent and date; answered, unsure and
//! missing values); when the answers model writes differently, it falls back
//! to `to_toml` for every row, so the files never differ from it.

use std::fmt::Write;

use crate::model::answers::write::{one_line, question_comment, to_toml, toml_header, toml_string};
use crate::model::answers::{Answer, AnswerSheet, Date, Side};
use crate::model::questionnaire::Questionnaire;

/// Writes answers files for one questionnaire.
pub struct Writer<'q> {
    q: &'q Questionnaire,
    round: Option<Date>,
    /// The comments and keys up to `partner`.
    head: String,
    /// Per side (us, them) and question: the comment lines before its
    /// answer, in the side's wording.
    blocks: [Vec<String>; 2],
    /// False when the fast path would not match `to_toml`.
    fast: bool,
}

impl<'q> Writer<'q> {
    pub fn new(q: &'q Questionnaire, round: Option<Date>) -> Self {
        let mut head = toml_header(q);
        let _ = writeln!(head, "questionnaire = {}", toml_string(&q.id));
        let _ = writeln!(head, "questionnaire_version = {}", toml_string(&q.version));
        let blocks = [Side::Us, Side::Them].map(|side| {
            let mut blocks = vec![String::new(); q.questions.len()];
            for dim in &q.dimensions {
                let mut block = format!("\n# {}\n", one_line(&dim.name));
                if let Some(summary) = &dim.summary {
                    let _ = writeln!(block, "# {}", one_line(summary));
                }
                for i in dim.questions.clone() {
                    let comment = question_comment(&q.questions[i], side);
                    let _ = writeln!(block, "\n# {comment}");
                    blocks[i] = std::mem::take(&mut block);
                }
            }
            blocks
        });
        let mut writer = Writer {
            q,
            round,
            head,
            blocks,
            fast: true,
        };
        writer.fast = writer.matches_to_toml();
        writer
    }

    /// The file's text, `source` included.
    pub fn text(&self, sheet: &AnswerSheet, source: &str) -> String {
        let extra = !sheet.notes.is_empty() || sheet.expected.iter().any(Option::is_some);
        if !self.fast || extra {
            return slow(sheet, self.q, self.round, source);
        }
        let mut out = String::with_capacity(self.head.len() + 2048);
        out.push_str(&self.head);
        let _ = writeln!(out, "partner = {}", toml_string(&sheet.partner));
        match &sheet.respondent {
            Some(r) => {
                let _ = writeln!(out, "respondent = {}", toml_string(r));
            }
            None => out.push_str("# respondent = \"Your name\"\n"),
        }
        let _ = writeln!(out, "side = \"{}\"", sheet.side);
        match sheet.date {
            Some(d) => {
                let _ = writeln!(out, "date = {d}");
            }
            None => out.push_str("# date = 2026-01-31\n"),
        }
        if let Some(r) = self.round {
            let _ = writeln!(out, "round = {r}");
        }
        let _ = writeln!(out, "source = {}", toml_string(source));
        if let Some(c) = sheet.complete {
            let _ = writeln!(out, "complete = {c}");
        }
        out.push_str("\n[answers]\n");
        let blocks = &self.blocks[usize::from(sheet.side == Side::Them)];
        for ((question, value), block) in self.q.questions.iter().zip(&sheet.values).zip(blocks) {
            out.push_str(block);
            let _ = match value {
                Some(Answer::Value(v)) => writeln!(out, "{} = {v}", question.id),
                Some(Answer::Unsure) => writeln!(out, "{} = \"unsure\"", question.id),
                None => writeln!(out, "# {} =", question.id),
            };
        }
        out
    }

    /// Whether the fast path writes what `to_toml` writes, for sheets of
    /// every shape.
    fn matches_to_toml(&self) -> bool {
        let q = self.q;
        let date = Date {
            year: 2026,
            month: 11,
            day: 20,
        };
        (0..4).all(|shape| {
            let mut sheet = AnswerSheet::new(q, "Acme \"Logistics\"".to_owned());
            sheet.respondent = (shape & 1 == 1).then(|| "Jo".to_owned());
            sheet.date = (shape & 2 == 2).then_some(date);
            sheet.side = if shape & 1 == 1 { Side::Them } else { Side::Us };
            for (i, v) in sheet.values.iter_mut().enumerate() {
                *v = match (i + shape) % 3 {
                    0 => Some(Answer::Value(q.scale.min)),
                    1 => q.scale.allow_unsure.then_some(Answer::Unsure),
                    _ => None,
                };
            }
            let source = "export.csv row 2";
            self.text(&sheet, source) == slow(&sheet, q, self.round, source)
        })
    }
}

/// `to_toml`, with the run's `round` and the row's `source`.
fn slow(sheet: &AnswerSheet, q: &Questionnaire, round: Option<Date>, source: &str) -> String {
    let mut sheet = sheet.clone();
    sheet.round = round;
    sheet.source = Some(source.into());
    to_toml(&sheet, q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_is_taken_and_writes_what_to_toml_writes() {
        for id in ["partnership-health", "partnership-pulse"] {
            let q = Questionnaire::embedded(id).unwrap();
            let round = Some(Date {
                year: 2026,
                month: 11,
                day: 1,
            });
            for round in [None, round] {
                let w = Writer::new(&q, round);
                assert!(w.fast, "{id}: the fast path matches to_toml");
                let mut sheet = AnswerSheet::new(&q, "Ünïcode\tand \u{1b} control".into());
                sheet.respondent = Some("O'Brien \"Jo\"".into());
                sheet.values[0] = Some(Answer::Unsure);
                assert_eq!(
                    w.text(&sheet, "a\\b.csv row 9"),
                    slow(&sheet, &q, round, "a\\b.csv row 9")
                );
            }
        }
    }

    /// A row of the partner's side is commented in the partner's wording,
    /// on the fast path as in `to_toml`.
    #[test]
    fn each_side_is_commented_in_its_own_wording() {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let price = q
            .questions
            .iter()
            .find(|x| x.id == "mg-price-switch")
            .unwrap();
        let them = price.text_them.as_deref().unwrap();
        let w = Writer::new(&q, None);
        assert!(w.fast);
        for side in [Side::Us, Side::Them] {
            let mut sheet = AnswerSheet::new(&q, "P".into());
            sheet.side = side;
            let text = w.text(&sheet, "a.csv row 2");
            assert_eq!(text, slow(&sheet, &q, None, "a.csv row 2"));
            assert_eq!(text.contains(them), side == Side::Them, "{side}");
            assert_eq!(text.contains(&price.text), side == Side::Us, "{side}");
        }
    }

    #[test]
    fn round_and_source_follow_the_date() {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let mut sheet = AnswerSheet::new(&q, "P".into());
        sheet.date = Some(Date {
            year: 2026,
            month: 11,
            day: 20,
        });
        let round = Date {
            year: 2026,
            month: 11,
            day: 1,
        };
        let text = Writer::new(&q, Some(round)).text(&sheet, "a.csv row 2");
        assert!(
            text.contains(
                "side = \"us\"\ndate = 2026-11-20\nround = 2026-11-01\nsource = \"a.csv row 2\"\n\n[answers]"
            ),
            "{text}"
        );
    }
}
