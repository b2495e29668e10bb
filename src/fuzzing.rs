//! What the fuzz targets in `fuzz/` run, here so that a stable test
//! (`tests/fuzz_corpus.rs`) runs the same code over the committed corpus.
//! Each function takes arbitrary bytes and must not panic; whatever it
//! parses is also checked, scored and rendered, where the bugs would be.

use crate::diag::Source;
use crate::model::answers::RawAnswers;
use crate::model::questionnaire::Questionnaire;
use crate::model::rubric::Condition;

/// The bytes as text, or `None` when they are not UTF-8 (files are read as
/// UTF-8 and rejected otherwise before any parser sees them).
fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// A questionnaire file: parsed and validated; when valid, every message
/// built from it, its table and an empty sheet scored against it.
pub fn questionnaire(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let Ok(q) = Questionnaire::from_toml(Source::new("fuzz.toml", text)) else {
        return;
    };
    let _ =
        crate::present::table::questions(&q, crate::model::answers::Side::Them, false, Some(80));
    let sheet = crate::model::answers::AnswerSheet::new(&q, "fuzz".into());
    let result = crate::engine::assess::assess("fuzz.toml", &sheet, &q);
    let _ = crate::present::table::score(std::slice::from_ref(&result), &[&q], false, Some(80));
}

/// An answers file in TOML, checked against the embedded questionnaires.
pub fn answers_toml(data: &[u8]) {
    answers(data, "fuzz.toml");
}

/// An answers file in JSON, checked against the embedded questionnaires.
pub fn answers_json(data: &[u8]) {
    answers(data, "fuzz.json");
}

fn answers(data: &[u8], name: &str) {
    let Some(text) = text(data) else { return };
    let src = Source::new(name, text);
    let Ok(raw) = RawAnswers::parse(src) else {
        return;
    };
    let Some(q) = Questionnaire::embedded(&raw.questionnaire)
        .or_else(|| Questionnaire::embedded("partnership-pulse"))
    else {
        return;
    };
    if let Ok(sheet) = raw.check(&q, src) {
        let result = crate::engine::assess::assess(name, &sheet, &q);
        let _ = crate::present::table::score(std::slice::from_ref(&result), &[&q], false, Some(80));
    }
}

/// A rubric condition (`lowest >= 3.5`), against the pulse's dimensions.
pub fn condition(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let ids = [
        "cultural-alignment",
        "mutual-gains",
        "reciprocity",
        "learning",
    ];
    let bands = ["strength".to_owned(), "concern".to_owned()];
    let names = crate::model::rubric::Names {
        dimension: &|id| ids.iter().position(|d| *d == id),
        band: &|id| bands.iter().position(|b| b == id),
    };
    if let Ok(c) = Condition::parse(text, &names) {
        let _ = c.display(&ids, &bands);
    }
}

/// Planned as `import` plans it, against the default questionnaire, with a
/// partner given (so every row is checked to its end).
fn plan_export(grid: crate::io::import::table::Grid, name: &str) {
    use crate::io::import::{Defaults, Export, plan};
    let Some(q) = Questionnaire::embedded("partnership-health") else {
        return;
    };
    let exports = [Export {
        name: name.to_owned(),
        grid,
        warnings: Vec::new(),
    }];
    let defaults = Defaults {
        partner: Some("Fuzz".to_owned()),
        ..Defaults::default()
    };
    let map = crate::model::map::ColumnMap::default();
    // Every planned file's sheet and source, built as a run writes them.
    if let Ok(planned) = plan(&exports, &q, &map, &defaults) {
        for file in &planned.files {
            let _ = (planned.sheet(file, &q), planned.source(file));
        }
    }
}

/// A workbook (XLSX, or ODS when the bytes say so): the archive checks,
/// the cell reader, then the import's plan.
pub fn xlsx(data: &[u8]) {
    let ext = if data.windows(8).any(|w| w == b"mimetype") {
        "ods"
    } else {
        "xlsx"
    };
    if let Ok(grid) = crate::io::import::table::read_workbook_bytes(data, ext) {
        plan_export(grid, "fuzz.xlsx");
    }
}

/// An export as a whole: bytes decoded (byte-order marks, detection), the
/// CSV parsed, the layout recognised and every row planned.
pub fn import(data: &[u8]) {
    use crate::io::import::table;
    let Ok((text, _)) = table::decode(data, None) else {
        return;
    };
    if let Ok(grid) = table::parse_csv(&text) {
        plan_export(grid, "fuzz.csv");
    }
}
