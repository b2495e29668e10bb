//! A survey export as a grid of cells, each row with its number as a
//! spreadsheet shows it. CSV is parsed by a pure function over the text
//! (fuzzable); XLSX is read with calamine.

use std::path::Path;

use crate::model::answers::Date;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number cell of a workbook.
    Number(f64),
    /// A date cell of a workbook (its date part).
    Date(Date),
}

impl Cell {
    /// The cell as text, for headers and messages.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => format!("{n}"),
            Cell::Date(d) => d.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// The rows of a sheet; `numbers[i]` is row `i`'s number in a spreadsheet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    pub rows: Vec<Vec<Cell>>,
    pub numbers: Vec<usize>,
}

impl Grid {
    /// The cell at (row, column), empty beyond a short row.
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        static EMPTY: Cell = Cell::Empty;
        self.rows[row].get(col).unwrap_or(&EMPTY)
    }

    /// The widest row's length.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// The delimiter of a CSV export: the one of `,` `;` tab that occurs most
/// often, outside quotes, in the header line (comma when none does).
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Parses the text of a CSV export (UTF-8, a byte-order mark allowed) into
/// a grid. A record spanning several lines (a quoted line break) is one
/// spreadsheet row. Pure: no I/O.
pub fn parse_csv(text: &str) -> Result<Grid, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut grid = Grid::default();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                grid.numbers.push(grid.rows.len() + 1);
                grid.rows.push(
                    record
                        .iter()
                        .map(|s| match s {
                            "" => Cell::Empty,
                            s => Cell::Text(s.to_owned()),
                        })
                        .collect(),
                );
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(format!("line {line}: not a CSV file: {e}"));
            }
        }
    }
    Ok(grid)
}

/// Reads the first sheet of a workbook (XLSX, or any format calamine reads).
pub fn read_workbook(path: &Path) -> Result<Grid, String> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(path).map_err(|e| e.to_string())?;
    let range = match book.worksheet_range_at(0) {
        Some(r) => r.map_err(|e| e.to_string())?,
        None => return Err("the workbook has no sheet".to_owned()),
    };
    let first = range.start().map_or(0, |(row, _)| row as usize);
    let left = range.start().map_or(0, |(_, col)| col as usize);
    let mut grid = Grid::default();
    for (i, row) in range.rows().enumerate() {
        let mut cells = vec![Cell::Empty; left];
        cells.extend(row.iter().map(|d| match d {
            Data::Empty | Data::Error(_) => Cell::Empty,
            Data::String(s) if s.is_empty() => Cell::Empty,
            Data::String(s) => Cell::Text(s.clone()),
            Data::Int(v) => Cell::Number(*v as f64),
            Data::Float(v) => Cell::Number(*v),
            Data::Bool(b) => Cell::Text(b.to_string()),
            Data::DateTime(dt) => {
                let (year, month, day, ..) = dt.to_ymd_hms_milli();
                Cell::Date(Date { year, month, day })
            }
            Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        }));
        grid.rows.push(cells);
        grid.numbers.push(first + i + 1);
    }
    Ok(grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_sniffed_from_the_header_line() {
        assert_eq!(sniff_delimiter("a,b;c,d\n1;2;3;4;5"), b',');
        assert_eq!(sniff_delimiter("a;b;\"c,d,e\"\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter("single"), b',');
    }

    #[test]
    fn a_quoted_line_break_stays_in_one_spreadsheet_row() {
        let grid = parse_csv("\u{feff}h1,h2\n\"a\nb\",2\nc,\n").unwrap();
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(grid.numbers, [1, 2, 3]);
        assert_eq!(grid.rows[1][0], Cell::Text("a\nb".into()));
        assert_eq!(grid.rows[2][1], Cell::Empty);
        assert_eq!(grid.rows[0][0], Cell::Text("h1".into()), "BOM dropped");
    }
}
