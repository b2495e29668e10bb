//! `items --format table`.

use std::fmt::Write;

use comfy_table::{Cell, Color};

use super::style::{new_table, right};
use crate::present::fmt_score;
use crate::sanitize::terminal;

/// `items --format table`: per dimension its alpha over its complete files,
/// then a row per question; a legend of the flags under the tables.
pub fn items(
    q: &crate::model::questionnaire::Questionnaire,
    report: &crate::engine::items::ItemReport,
    color: bool,
) -> String {
    use crate::engine::items::{HIGH_UNSURE, ItemFlag, LOW_ALPHA, LOW_ITEM_REST};
    let flags = |f: &[ItemFlag]| {
        let ids: Vec<&str> = f.iter().map(|f| f.id()).collect();
        if ids.is_empty() {
            String::new()
        } else {
            ids.join(", ")
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Item analysis of {} {} over {} answers files\n",
        terminal(&q.id),
        terminal(&q.version),
        report.files
    );
    for d in &report.dimensions {
        let dim = &q.dimensions[d.dimension];
        let alpha = d
            .alpha
            .map_or_else(|| "–".to_owned(), |a| format!("{a:.2}"));
        let mut heading = format!(
            "{} ({}): alpha {alpha} over {} complete files",
            terminal(&dim.name),
            terminal(&dim.id),
            d.complete
        );
        if !d.flags.is_empty() {
            heading.push_str(&format!("  [{}]", flags(&d.flags)));
        }
        let heading = if color && !d.flags.is_empty() {
            console::style(heading).red().to_string()
        } else {
            heading
        };
        let _ = writeln!(out, "{heading}");
        let mut table = new_table(color);
        table.set_header(vec![
            "Question",
            "Answered",
            "Unsure",
            "Mean",
            "SD",
            "Item-rest",
            "Flags",
        ]);
        for f in &report.questions[dim.questions.clone()] {
            let unsure = match f.unsure_rate {
                Some(r) => format!("{} ({:.0}%)", f.unsure, r * 100.0),
                None => f.unsure.to_string(),
            };
            let flag_cell = Cell::new(flags(&f.flags));
            table.add_row(vec![
                Cell::new(terminal(&q.questions[f.question].id)),
                right(f.answered.to_string()),
                right(unsure),
                right(fmt_score(f.mean)),
                right(fmt_score(f.sd)),
                right(fmt_score(f.item_rest)),
                if color && !f.flags.is_empty() {
                    flag_cell.fg(Color::Red)
                } else {
                    flag_cell
                },
            ]);
        }
        let _ = writeln!(out, "{table}\n");
    }
    let _ = writeln!(
        out,
        "low-alpha: the dimension's questions agree too little with each other (alpha under \
         {LOW_ALPHA}) to be added up into one score.\n\
         low-item-rest: the question goes with the rest of its dimension too little \
         (correlation under {LOW_ITEM_REST}): it may measure something else, or be read \
         otherwise than meant.\n\
         high-unsure: over {:.0}% of those asked answered \"don't know\": the question may be \
         unclear, or asked of people who cannot know.\n\
         Alpha needs 3 files that answered every question of the dimension; item-rest 3 files \
         that answered the question and another of its dimension; – is no value.",
        HIGH_UNSURE * 100.0
    );
    if let Some(note) =
        crate::present::words::threshold_note(report.min_respondents, report.min_respondents_source)
    {
        let _ = writeln!(
            out,
            "{note} Under it a question's mean, sd and item-rest need {n} answers, alpha {} \
             complete files, and the files of hidden rounds are left out ({} here).",
            report.min_respondents.max(3),
            report.left_out,
            n = report.min_respondents
        );
    }
    out
}
