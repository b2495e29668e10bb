//! Which rows of an export are headers: one row (most tools), three for
//! Qualtrics (names, question texts, `{"ImportId":…}`), two for legacy
//! Qualtrics (`V1`, `V2`, … codes, then `ResponseID` and the question
//! texts), two for SurveyMonkey (the question, then the option or
//! "Response"). The layout is decided from the header rows' own markers,
//! never from what an answer row holds.

pub use super::shown::letters;
use super::table::{Cell, Grid};

/// How a tool laid out its export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    OneHeader,
    Qualtrics,
    /// Qualtrics' export until about 2017.
    QualtricsLegacy,
    SurveyMonkey,
}

impl Layout {
    /// How many rows at the top are headers.
    pub fn header_rows(self) -> usize {
        match self {
            Layout::OneHeader => 1,
            Layout::Qualtrics => 3,
            Layout::QualtricsLegacy | Layout::SurveyMonkey => 2,
        }
    }

    /// The tool, for the line that says which rows were read as headers.
    pub fn tool(self) -> &'static str {
        match self {
            Layout::OneHeader => "one header row",
            Layout::Qualtrics => "Qualtrics",
            Layout::QualtricsLegacy => "Qualtrics (legacy export)",
            Layout::SurveyMonkey => "SurveyMonkey",
        }
    }
}

/// One column's headers, one per header row (empty ones left out).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Its position in the row.
    pub index: usize,
    pub headers: Vec<String>,
}

/// SurveyMonkey's second header row under a single question, in the
/// languages it exports in (lower case).
const RESPONSE: &[&str] = &[
    "response",
    "open-ended response",
    "respuesta",
    "respuesta abierta",
    "antwort",
    "offene antwort",
    "réponse",
    "réponse ouverte",
    "resposta",
    "resposta aberta",
];

fn is_response(s: &str) -> bool {
    let s = s.trim().to_lowercase();
    RESPONSE.contains(&s.as_str())
}

impl Column {
    /// The header as a message names it: the header rows joined with ` / `,
    /// leaving out Qualtrics' import ids and SurveyMonkey's "Response".
    pub fn shown(&self) -> String {
        let parts: Vec<&str> = self
            .headers
            .iter()
            .map(|h| h.trim())
            .filter(|h| !h.starts_with("{\"ImportId\"") && !is_response(h) && !is_v_code(h))
            .collect();
        if parts.is_empty() {
            format!("column {}", letters(self.index))
        } else {
            parts.join(" / ")
        }
    }
}

/// A legacy Qualtrics column code: `V1`, `V2`, …
fn is_v_code(text: &str) -> bool {
    text.strip_prefix('V')
        .is_some_and(|n| !n.is_empty() && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Recognises the layout from the header rows' own markers:
/// - Qualtrics: the third row's first filled cell, and at least half of
///   them, are `{"ImportId":…}`;
/// - legacy Qualtrics: the first row starts `V1`, `V2` and the second row
///   has `ResponseID`;
/// - SurveyMonkey: the second row's first cell (under "Respondent ID") is
///   empty, and that row has a "Response" cell or the first header is
///   "Respondent ID".
///
/// An answer row never decides it: a respondent who writes "Response" or
/// `{"ImportId"…}` stays a respondent.
pub fn recognise(grid: &Grid) -> Layout {
    let text = |row: usize, col: usize| (row < grid.len()).then(|| grid.cell(row, col).text());
    let filled = |row: usize| -> Vec<String> {
        (0..grid.row_len(row))
            .map(|c| grid.cell(row, c))
            .filter(|c| !c.is_empty())
            .map(|c| c.text().trim().to_owned())
            .collect()
    };
    let import_id = |s: &str| s.starts_with("{\"ImportId\"") || s.starts_with("{'ImportId'");
    let third = filled(2);
    let ids = third.iter().filter(|s| import_id(s)).count();
    if third.first().is_some_and(|s| import_id(s)) && ids * 2 >= third.len() {
        return Layout::Qualtrics;
    }
    if text(0, 0).is_some_and(|s| s.trim() == "V1")
        && text(0, 1).is_some_and(|s| s.trim() == "V2")
        && filled(1)
            .iter()
            .any(|s| s.eq_ignore_ascii_case("responseid"))
    {
        return Layout::QualtricsLegacy;
    }
    let response = |s: &str| is_response(s) || s.trim().eq_ignore_ascii_case("open-ended response");
    let monkey_ids =
        matches!(grid.cell(0, 0), Cell::Text(s) if s.trim().eq_ignore_ascii_case("respondent id"));
    if grid.len() > 1
        && grid.cell(1, 0).is_empty()
        && (monkey_ids || filled(1).iter().any(|s| response(s)))
    {
        return Layout::SurveyMonkey;
    }
    Layout::OneHeader
}

/// Each column's headers. SurveyMonkey writes a matrix's title once, above
/// its first statement: the columns after it, empty in the first row, carry
/// it too.
pub fn columns(grid: &Grid, layout: Layout) -> Vec<Column> {
    let rows = layout.header_rows().min(grid.len());
    let mut carried = String::new();
    (0..grid.width())
        .map(|index| {
            let mut headers = Vec::new();
            for row in 0..rows {
                let text = grid.cell(row, index).text();
                let text = text.trim();
                if row == 0 && layout == Layout::SurveyMonkey {
                    if !text.is_empty() {
                        carried = text.to_owned();
                    }
                    if !carried.is_empty() {
                        headers.push(carried.clone());
                    }
                } else if !text.is_empty() {
                    headers.push(text.to_owned());
                }
            }
            Column { index, headers }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::import::table::parse_csv;

    #[test]
    fn layouts_are_recognised_from_the_header_rows() {
        let g = parse_csv("a,b\n1,2\n").unwrap();
        assert_eq!(recognise(&g), Layout::OneHeader);
        let g = parse_csv("Q1,Q2\nText 1,Text 2\n\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n4,5\n")
            .unwrap();
        assert_eq!(recognise(&g), Layout::Qualtrics);
        let g = parse_csv("Respondent ID,Grid,\n,Statement one,Statement two\n1,4,5\n").unwrap();
        assert_eq!(recognise(&g), Layout::SurveyMonkey, "matrices only");
        let g = parse_csv("ID,Grid,\n,Statement one,Statement two\n1,4,5\n").unwrap();
        assert_eq!(recognise(&g), Layout::OneHeader, "no Response cell");
        let g = parse_csv("Respondent ID,Q,Grid,\n,Response,One,Two\n1,4,5,3\n").unwrap();
        assert_eq!(recognise(&g), Layout::SurveyMonkey);
        let cols = columns(&g, Layout::SurveyMonkey);
        assert_eq!(cols[3].headers, ["Grid", "Two"]);
        assert_eq!(cols[1].shown(), "Q");
        assert_eq!(cols[0].headers, ["Respondent ID"]);
    }

    #[test]
    fn answer_rows_never_decide_the_layout() {
        // "Response" typed by a respondent in row 2.
        let g = parse_csv("Timestamp,partner,Q\n2026-11-20,Acme,Response\n2026-11-21,Acme,4\n")
            .unwrap();
        assert_eq!(recognise(&g), Layout::OneHeader);
        // `{"ImportId"…}` typed by a respondent in row 3.
        let g =
            parse_csv("partner,Q,Note\nAcme,4,fine\nAcme,5,\"{\"\"ImportId\"\":1}\"\n").unwrap();
        assert_eq!(recognise(&g), Layout::OneHeader);
    }

    #[test]
    fn legacy_qualtrics_is_recognised_from_its_v_codes() {
        let g = parse_csv(
            "V1,V2,V8,Q1\nResponseID,ResponseSet,EndDate,How open?\nR_1,Default,2026-11-20 10:00:00,4\n",
        )
        .unwrap();
        assert_eq!(recognise(&g), Layout::QualtricsLegacy);
        let cols = columns(&g, Layout::QualtricsLegacy);
        assert_eq!(cols[3].headers, ["Q1", "How open?"]);
        assert_eq!(cols[0].shown(), "ResponseID");
    }

    #[test]
    fn column_letters_go_past_z() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(701), "ZZ");
    }
}
