//! Which rows of an export are headers: one row (most tools), three for
//! Qualtrics (names, question texts, `{"ImportId":…}`), two for SurveyMonkey
//! (the question, then the option or "Response").

use super::table::{Cell, Grid};

/// How a tool laid out its export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    OneHeader,
    Qualtrics,
    SurveyMonkey,
}

impl Layout {
    /// How many rows at the top are headers.
    pub fn header_rows(self) -> usize {
        match self {
            Layout::OneHeader => 1,
            Layout::Qualtrics => 3,
            Layout::SurveyMonkey => 2,
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
            .filter(|h| !h.starts_with("{\"ImportId\"") && !is_response(h))
            .collect();
        if parts.is_empty() {
            format!("column {}", letters(self.index))
        } else {
            parts.join(" / ")
        }
    }
}

/// A column's letters as a spreadsheet names it: A, B, …, Z, AA, …
pub fn letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Recognises the layout from the top rows.
pub fn recognise(grid: &Grid) -> Layout {
    let row_has = |row: usize, test: &dyn Fn(&str) -> bool| {
        grid.rows.get(row).is_some_and(|r| {
            r.iter()
                .any(|c| matches!(c, Cell::Text(s) if test(s.trim())))
        })
    };
    if row_has(2, &|s| {
        s.starts_with("{\"ImportId\"") || s.starts_with("{'ImportId'")
    }) {
        return Layout::Qualtrics;
    }
    let response = is_response;
    // A survey of matrices only has no "Response" cell: its first column,
    // "Respondent ID", is then empty in the second row.
    let monkey_ids = grid.rows.len() > 1
        && matches!(grid.cell(0, 0), Cell::Text(s) if s.trim().eq_ignore_ascii_case("respondent id"))
        && grid.cell(1, 0).is_empty();
    if row_has(1, &response) || monkey_ids {
        return Layout::SurveyMonkey;
    }
    Layout::OneHeader
}

/// Each column's headers. SurveyMonkey writes a matrix's title once, above
/// its first statement: the columns after it, empty in the first row, carry
/// it too.
pub fn columns(grid: &Grid, layout: Layout) -> Vec<Column> {
    let rows = layout.header_rows().min(grid.rows.len());
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
        let g = parse_csv("Q1,Q2\nText 1,Text 2\n\"{\"\"ImportId\"\":\"\"QID1\"\"}\",x\n4,5\n")
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
    fn column_letters_go_past_z() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(701), "ZZ");
    }
}
