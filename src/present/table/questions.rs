//! `questions --format table`.

use std::fmt::Write;

use comfy_table::Cell;

use super::style::{new_table, right};
use super::text::{paragraphs, wrapped};
use crate::sanitize::terminal;

/// `questions --format table`: the instrument for review, a table per dimension.
/// In the wording of `side`, wrapped at `width` when it is known.
pub fn questions(
    q: &crate::model::questionnaire::Questionnaire,
    side: crate::model::answers::Side,
    color: bool,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} {}) — {}",
        terminal(&q.title),
        q.id,
        terminal(&q.version),
        crate::present::count(q.questions.len(), "question")
    );
    if let Some(d) = &q.description {
        paragraphs(&mut out, d.trim(), width);
    }
    let labels: Vec<String> = (q.scale.min..=q.scale.max)
        .map(|v| format!("{v} {}", terminal(q.scale.label(v))))
        .collect();
    let scale = format!("Scale: {}", labels.join(" · "));
    wrapped(&mut out, &scale, "", "       ", width);
    if q.scale.allow_unsure {
        let _ = writeln!(out, "       or \"unsure\": don't know / not applicable");
    }
    let _ = writeln!(
        out,
        "(R) reverse-keyed: agreeing counts against the partnership"
    );
    for d in &q.dimensions {
        let _ = writeln!(out, "\n{} ({})", terminal(&d.name), d.id);
        if let Some(s) = &d.summary {
            paragraphs(&mut out, s.trim(), width);
        }
        let mut table = new_table(color);
        table.set_header(["#", "Id", "Statement"]);
        for i in d.questions.clone() {
            let question = &q.questions[i];
            let reverse = if question.reverse { " (R)" } else { "" };
            table.add_row(vec![
                right(i + 1),
                Cell::new(&question.id),
                Cell::new(format!("{}{reverse}", terminal(question.text_for(side)))),
            ]);
        }
        let _ = writeln!(out, "{table}");
    }
    out
}
