//! A survey export as a grid of cells, each row with its number as a
//! spreadsheet shows it. CSV is parsed by a pure function over the text
//! (fuzzable); XLSX is read with calamine.

use std::path::Path;

use super::shown::letters;
use super::{dates, limits};
use crate::model::answers::Date;

/// One cell as the file holds it, borrowed from its [`Grid`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Text(&'a str),
    /// A number cell of a workbook.
    Number(f64),
    /// A date cell of a workbook (its date part).
    Date(Date),
}

impl<'a> Cell<'a> {
    /// The cell as text, for headers and messages.
    pub fn text(&self) -> std::borrow::Cow<'a, str> {
        match *self {
            Cell::Empty => "".into(),
            Cell::Text(s) => s.into(),
            Cell::Number(n) => format!("{n}").into(),
            Cell::Date(d) => d.to_string().into(),
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

/// A cell as the grid stores it: text as a range of the grid's one buffer.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    Empty,
    Text(u32, u32),
    Number(f64),
    Date(Date),
}

/// The rows of a sheet, compact: the text of every cell in one buffer,
/// every cell in one list, where each row starts in another — a handful of
/// allocations whatever the number of rows. `numbers[i]` is row `i`'s
/// number in a spreadsheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    text: String,
    slots: Vec<Slot>,
    /// Row `i`'s cells are `slots[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    pub numbers: Vec<usize>,
}

impl Default for Grid {
    fn default() -> Self {
        Grid {
            text: String::new(),
            slots: Vec::new(),
            starts: vec![0],
            numbers: Vec::new(),
        }
    }
}

impl Grid {
    /// The cell at (row, column), empty beyond a short row or the last row.
    pub fn cell(&self, row: usize, col: usize) -> Cell<'_> {
        match self.row(row).get(col) {
            None | Some(Slot::Empty) => Cell::Empty,
            Some(&Slot::Text(a, b)) => Cell::Text(&self.text[a as usize..b as usize]),
            Some(&Slot::Number(n)) => Cell::Number(n),
            Some(&Slot::Date(d)) => Cell::Date(d),
        }
    }

    fn row(&self, row: usize) -> &[Slot] {
        match (self.starts.get(row), self.starts.get(row + 1)) {
            (Some(&a), Some(&b)) => &self.slots[a..b],
            _ => &[],
        }
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.numbers.len()
    }

    /// Whether the sheet has no row.
    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }

    /// The number of cells in row `row` (0 beyond the last row).
    pub fn row_len(&self, row: usize) -> usize {
        self.row(row).len()
    }

    /// The widest row's length.
    pub fn width(&self) -> usize {
        (0..self.len()).map(|r| self.row_len(r)).max().unwrap_or(0)
    }

    /// Adds a cell to the row being built.
    fn push(&mut self, cell: Cell<'_>) -> Result<(), String> {
        let slot = match cell {
            Cell::Empty => Slot::Empty,
            Cell::Text("") => Slot::Empty,
            Cell::Text(s) => {
                let a = self.text.len();
                self.text.push_str(s);
                let (Ok(a), Ok(b)) = (u32::try_from(a), u32::try_from(self.text.len())) else {
                    return Err("the sheet holds over 4 GB of text".to_owned());
                };
                Slot::Text(a, b)
            }
            Cell::Number(n) => Slot::Number(n),
            Cell::Date(d) => Slot::Date(d),
        };
        self.slots.push(slot);
        Ok(())
    }

    /// Ends the row being built: spreadsheet row `number`.
    fn end_row(&mut self, number: usize) {
        self.starts.push(self.slots.len());
        self.numbers.push(number);
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

/// The text of a CSV export's bytes: UTF-8 (a byte-order mark dropped),
/// UTF-16 LE or BE with its byte-order mark (Excel's "Unicode text"), else
/// `encoding` (a WHATWG label's encoding) when given, else UTF-8 when the
/// bytes are UTF-8, else the encoding detected from them — with a warning
/// naming it. Pure.
pub fn decode(
    bytes: &[u8],
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<(String, Option<String>), String> {
    use encoding_rs::{UTF_8, UTF_16BE, UTF_16LE};
    let bom = encoding_rs::Encoding::for_bom(bytes);
    let (chosen, warning) = match (bom, encoding) {
        (Some((e, _)), _) if e == UTF_16LE || e == UTF_16BE => (e, None),
        (Some((e, _)), _) if e == UTF_8 && encoding.is_none_or(|e| e == UTF_8) => (e, None),
        (_, Some(e)) => (e, None),
        (_, None) if std::str::from_utf8(bytes).is_ok() => (UTF_8, None),
        (_, None) => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            let e = detector.guess(None, true);
            let e = if e == UTF_8 {
                encoding_rs::WINDOWS_1252
            } else {
                e
            };
            (
                e,
                Some(format!(
                    "read as {}; pass --encoding to choose another",
                    e.name().to_ascii_lowercase()
                )),
            )
        }
    };
    let (text, had_errors) = chosen.decode_with_bom_removal(bytes);
    if had_errors && chosen == UTF_8 {
        return Err("is not UTF-8 text: pass --encoding (e.g. windows-1252)".to_owned());
    }
    let text = text.into_owned();
    Ok((text, warning))
}

/// Parses the text of a CSV export (UTF-8, a byte-order mark allowed) into
/// a grid. A record spanning several lines (a quoted line break) is one
/// spreadsheet row. An export is held to what a spreadsheet holds
/// ([`limits::check_csv_row`]). Pure: no I/O.
pub fn parse_csv(text: &str) -> Result<Grid, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut grid = Grid::default();
    grid.text.reserve(text.len());
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, csv::Position::line);
                limits::check_csv_row(grid.len() + 1, record.len(), grid.slots.len())
                    .map_err(|e| format!("line {line}: {e}"))?;
                for field in record.iter() {
                    grid.push(Cell::Text(field))?;
                }
                grid.end_row(grid.len() + 1);
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(format!("line {line}: not a CSV file: {e}"));
            }
        }
    }
    Ok(grid)
}

/// Reads the first sheet of a workbook: XLSX cell by cell (never a whole
/// range), ODS and the others with calamine, each zip-based one checked
/// first ([`limits::check_archive`]). `ext` is the file's extension, lower case.
pub fn read_workbook(path: &Path, ext: &str) -> Result<Grid, String> {
    let bytes = std::fs::read(path).map_err(|e| crate::io::read::describe(&e))?;
    read_workbook_bytes(&bytes, ext)
}

/// [`read_workbook`] over the file's bytes. Pure: no I/O (fuzzable).
pub fn read_workbook_bytes(bytes: &[u8], ext: &str) -> Result<Grid, String> {
    use calamine::Reader;
    if ext != "xls" {
        limits::check_archive(bytes)?;
    }
    let cursor = std::io::Cursor::new(bytes);
    if matches!(ext, "xlsx" | "xlsm") {
        let mut book: calamine::Xlsx<_> = calamine::Xlsx::new(cursor).map_err(|e| e.to_string())?;
        let Some(first) = book.sheet_names().into_iter().next() else {
            return Err("the workbook has no sheet".to_owned());
        };
        let mut cells = book
            .worksheet_cells_reader(&first)
            .map_err(|e| e.to_string())?;
        let mut grid = SparseGrid::default();
        while let Some(cell) = cells.next_cell().map_err(|e| e.to_string())? {
            let (row, col) = cell.get_position();
            let cell = convert(cell.get_value().clone(), row, col)?;
            grid.put(row, col, cell)?;
        }
        return grid.finish();
    }
    let mut book: calamine::Sheets<_> = match ext {
        "ods" => calamine::Sheets::Ods(calamine::Ods::new(cursor).map_err(|e| e.to_string())?),
        "xls" => calamine::Sheets::Xls(calamine::Xls::new(cursor).map_err(|e| e.to_string())?),
        "xlsb" => calamine::Sheets::Xlsb(calamine::Xlsb::new(cursor).map_err(|e| e.to_string())?),
        _ => calamine::open_workbook_auto_from_rs(cursor).map_err(|e| e.to_string())?,
    };
    let range = match book.worksheet_range_at(0) {
        Some(r) => r.map_err(|e| e.to_string())?,
        None => return Err("the workbook has no sheet".to_owned()),
    };
    let first = range.start().unwrap_or((0, 0));
    let mut grid = SparseGrid::default();
    for (i, row) in range.rows().enumerate() {
        for (j, data) in row.iter().enumerate() {
            let (r, c) = (first.0 + i as u32, first.1 + j as u32);
            let cell = convert(data_ref(data), r, c)?;
            grid.put(r, c, cell)?;
        }
    }
    grid.finish()
}

fn data_ref(d: &calamine::Data) -> calamine::DataRef<'_> {
    use calamine::{Data, DataRef};
    match d {
        Data::Int(v) => DataRef::Int(*v),
        Data::Float(v) => DataRef::Float(*v),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(dt) => DataRef::DateTime(*dt),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// Rows that hold something, in order, with their numbers; the extent is
/// checked as cells arrive.
#[derive(Default)]
struct SparseGrid {
    rows: Vec<(u32, Vec<Owned>)>,
    widest: u64,
    last: u64,
}

impl SparseGrid {
    fn put(&mut self, row: u32, col: u32, cell: Owned) -> Result<(), String> {
        if cell == Owned::Empty {
            return Ok(());
        }
        limits::check_extent(u64::from(row) + 1, u64::from(col) + 1)
            .map_err(|e| format!("the cell at {}{}: {e}", letters(col as usize), row + 1))?;
        self.widest = self.widest.max(u64::from(col) + 1);
        self.last = self.last.max(u64::from(row) + 1);
        limits::check_extent(self.last, self.widest)?;
        if self.rows.last().is_none_or(|(r, _)| *r != row) {
            if self.rows.last().is_some_and(|(r, _)| *r > row) {
                // Out of order (hand-made files): find the row's place.
                let at = self.rows.partition_point(|(r, _)| *r < row);
                if self.rows.get(at).is_none_or(|(r, _)| *r != row) {
                    self.rows.insert(at, (row, Vec::new()));
                }
                let cells = &mut self.rows[at].1;
                if cells.len() <= col as usize {
                    cells.resize(col as usize + 1, Owned::Empty);
                }
                cells[col as usize] = cell;
                return Ok(());
            }
            self.rows.push((row, Vec::new()));
        }
        let cells = &mut self.rows.last_mut().expect("pushed").1;
        if cells.len() <= col as usize {
            cells.resize(col as usize + 1, Owned::Empty);
        }
        cells[col as usize] = cell;
        Ok(())
    }

    fn finish(self) -> Result<Grid, String> {
        let mut grid = Grid::default();
        for (row, cells) in self.rows {
            for cell in &cells {
                grid.push(match cell {
                    Owned::Empty => Cell::Empty,
                    Owned::Text(s) => Cell::Text(s),
                    Owned::Number(n) => Cell::Number(*n),
                    Owned::Date(d) => Cell::Date(*d),
                })?;
            }
            grid.end_row(row as usize + 1);
        }
        Ok(grid)
    }
}

/// A workbook cell before it goes into its grid.
#[derive(Debug, Clone, PartialEq)]
enum Owned {
    Empty,
    Text(String),
    Number(f64),
    Date(Date),
}

/// One workbook cell as partnercheck reads it. A date cell must be a real
/// date; a text over 32,767 characters is refused.
fn convert(data: calamine::DataRef<'_>, row: u32, col: u32) -> Result<Owned, String> {
    use calamine::DataRef as D;
    let at = || format!("row {}, column {}", row + 1, letters(col as usize));
    let text = |s: &str| {
        if s.chars().count() > limits::MAX_CELL_CHARS {
            Err(format!(
                "{}: a cell of over {} characters",
                at(),
                limits::MAX_CELL_CHARS
            ))
        } else if s.is_empty() {
            Ok(Owned::Empty)
        } else {
            Ok(Owned::Text(s.to_owned()))
        }
    };
    Ok(match data {
        D::Empty | D::Error(_) => Owned::Empty,
        D::String(s) => text(&s)?,
        D::SharedString(s) => text(s)?,
        D::Int(v) => Owned::Number(v as f64),
        D::Float(v) => Owned::Number(v),
        D::Bool(b) => Owned::Text(b.to_string()),
        D::DateTime(dt) => Owned::Date(excel_date(&dt).ok_or_else(|| {
            format!(
                "{}: the date cell {} is not a real date (Excel counts days from 1900; \
                 day 60 would be 29 February 1900, which did not exist)",
                at(),
                dt.as_f64()
            )
        })?),
        D::DateTimeIso(s) | D::DurationIso(s) => text(&s)?,
    })
}

/// The date of an Excel date serial: finite, not negative, before the year
/// 10000, and a real date (not Excel's 29 February 1900).
pub fn excel_date(dt: &calamine::ExcelDateTime) -> Option<Date> {
    let v = dt.as_f64();
    if !v.is_finite() || !(0.0..2_958_466.0).contains(&v) {
        return None;
    }
    let (year, month, day, ..) = dt.to_ymd_hms_milli();
    dates::date(u32::from(year), u32::from(month), u32::from(day))
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
        assert_eq!(grid.len(), 3);
        assert_eq!(grid.numbers, [1, 2, 3]);
        assert_eq!(grid.cell(1, 0), Cell::Text("a\nb"));
        assert_eq!(grid.cell(2, 1), Cell::Empty);
        assert_eq!(grid.row_len(2), 2);
        assert_eq!(grid.cell(0, 0), Cell::Text("h1"), "BOM dropped");
    }

    #[test]
    fn a_csv_of_many_rows_is_held_in_a_few_buffers_not_one_per_cell() {
        let mut csv = String::from("partner,respondent,q1\n");
        for i in 0..1_000 {
            csv.push_str(&format!("P{i},R{i},{}\n", 1 + i % 5));
        }
        let grid = parse_csv(&csv).unwrap();
        assert_eq!(grid.len(), 1_001);
        assert_eq!(grid.cell(1_000, 1), Cell::Text("R999"));
        // One buffer for all the text, one list of cells, one of row starts,
        // one of row numbers: no allocation per row or per cell.
        assert_eq!(grid.slots.len(), 3_003);
        assert_eq!(grid.starts.len(), 1_002);
        assert!(
            grid.text.len() < csv.len(),
            "the text once, without separators"
        );
        assert_eq!(std::mem::size_of::<Slot>(), 16, "a cell takes 16 bytes");
    }

    #[test]
    fn a_csv_holds_what_a_spreadsheet_holds() {
        // As many rows as a spreadsheet has are read; one more is an error
        // naming the line, before the row is kept.
        let most = "1\n".repeat(limits::MAX_ROWS as usize);
        assert_eq!(parse_csv(&most).unwrap().len(), limits::MAX_ROWS as usize);
        let err = parse_csv(&format!("{most}1\n")).unwrap_err();
        assert!(err.starts_with("line 1048577: over 1048576 rows"), "{err}");
        // A row of more cells than a spreadsheet's columns.
        let wide = format!("a,b\n{}\n", ",".repeat(limits::MAX_COLUMNS as usize));
        let err = parse_csv(&wide).unwrap_err();
        assert!(err.starts_with("line 2: a row of 16385 cells"), "{err}");
        let widest = ",".repeat(limits::MAX_COLUMNS as usize - 1);
        assert_eq!(parse_csv(&widest).unwrap().width(), 16_384);
        // Ten million cells in all at most.
        let row = format!("{}\n", ",".repeat(9_999));
        let err = parse_csv(&row.repeat(1_001)).unwrap_err();
        assert!(err.starts_with("line 1001: over 10000000 cells"), "{err}");
    }
}
