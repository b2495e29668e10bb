//! The instrument as an XLSForm workbook (sheets `survey`, `choices`,
//! `settings`), to deploy on ODK, KoboToolbox or any XLSForm tool. There
//! are no groups, so the tools' exports name each column by question id,
//! and their values are the choice names: the numbers of the scale and
//! `unsure`. `import` reads such an export back with no map file.

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::model::questionnaire::Questionnaire;

/// The name of the one choice list.
const LIST: &str = "scale";

/// The column an expectation question's answers land in.
pub fn expectation_name(dimension: &str) -> String {
    format!("expected-{dimension}")
}

/// The workbook's bytes.
pub fn questions(q: &Questionnaire) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let survey = book.add_worksheet();
    survey.set_name("survey")?;
    let header = [
        "type",
        "name",
        "label",
        "hint",
        "dimension",
        "reverse",
        "weight",
    ];
    for (c, h) in header.iter().enumerate() {
        survey.write_string(0, c as u16, *h)?;
    }
    for (i, question) in q.questions.iter().enumerate() {
        let row = i as u32 + 1;
        survey.write_string(row, 0, format!("select_one {LIST}"))?;
        survey.write_string(row, 1, &question.id)?;
        survey.write_string(row, 2, &question.text)?;
        if let Some(help) = &question.help {
            survey.write_string(row, 3, help)?;
        }
        survey.write_string(row, 4, &q.dimensions[question.dimension].id)?;
        survey.write_string(row, 5, if question.reverse { "yes" } else { "no" })?;
        survey.write_number(row, 6, question.weight)?;
    }
    // The expectation questions, one per dimension, named so that `import`
    // reads them into `[expected]` with no map file.
    if q.interview.expected {
        let first = q.questions.len() as u32 + 1;
        for (d, dim) in q.dimensions.iter().enumerate() {
            let row = first + d as u32;
            survey.write_string(row, 0, format!("select_one {LIST}"))?;
            survey.write_string(row, 1, expectation_name(&dim.id))?;
            survey.write_string(row, 2, crate::present::words::expectation_label(&dim.name))?;
            survey.write_string(row, 4, &dim.id)?;
        }
    }
    let choices = book.add_worksheet();
    choices.set_name("choices")?;
    for (c, h) in ["list_name", "name", "label"].iter().enumerate() {
        choices.write_string(0, c as u16, *h)?;
    }
    let mut row = 1;
    for v in q.scale.min..=q.scale.max {
        choices.write_string(row, 0, LIST)?;
        choices.write_string(row, 1, v.to_string())?;
        choices.write_string(row, 2, q.scale.label(v))?;
        row += 1;
    }
    if q.scale.allow_unsure {
        choices.write_string(row, 0, LIST)?;
        choices.write_string(row, 1, "unsure")?;
        choices.write_string(row, 2, "Don't know")?;
    }
    let settings = book.add_worksheet();
    settings.set_name("settings")?;
    for (c, (key, value)) in [
        ("form_title", q.title.as_str()),
        ("form_id", q.id.as_str()),
        ("version", q.version.as_str()),
    ]
    .iter()
    .enumerate()
    {
        settings.write_string(0, c as u16, *key)?;
        settings.write_string(1, c as u16, *value)?;
    }
    book.save_to_buffer()
}
