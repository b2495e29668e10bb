//! Workbooks are zip archives of XML: a few kilobytes can claim gigabytes of
//! cells. [`check_archive`] reads the archive once, entry by entry and never
//! more than the limits allow, before calamine is given it: an entry over
//! 100 MB unpacked or 100 times its packed size, a sheet whose extent is over
//! 1,048,576 rows × 16,384 columns or 10 million cells, a shared-string count
//! over the file's own size, an ODS repeat that makes a cell over 32,767
//! characters or a sheet over the extent — each is an error.

use std::io::{BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};

/// At most this many bytes unpacked per archive entry.
pub const MAX_ENTRY: u64 = 100 * 1024 * 1024;
/// At most this many times its packed size.
pub const MAX_RATIO: u64 = 100;
/// The largest sheet a spreadsheet program makes.
pub const MAX_ROWS: u64 = 1_048_576;
pub const MAX_COLUMNS: u64 = 16_384;
/// At most this many cells in a sheet's extent.
pub const MAX_CELLS: u64 = 10_000_000;
/// The longest text a cell may hold, in characters.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Checks a workbook archive (XLSX, XLSM, XLSB, ODS) before it is unpacked.
pub fn check_archive(bytes: &[u8]) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not a workbook (a zip archive): {e}"))?;
    let file_size = bytes.len() as u64;
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| format!("a damaged workbook: {e}"))?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let packed = entry.compressed_size();
        let limit = MAX_ENTRY.min(packed.saturating_mul(MAX_RATIO).max(packed));
        let claimed = entry.size();
        if claimed > limit {
            return Err(too_big(&name, claimed, packed));
        }
        // The sizes in the archive may lie: count what unpacking gives.
        let mut counted = Counted {
            inner: entry.take(limit + 1),
            count: 0,
        };
        let lower = name.to_ascii_lowercase();
        let checked = if lower.ends_with("sharedstrings.xml") {
            shared_strings(&mut counted, file_size)
        } else if lower.starts_with("xl/worksheets/") && lower.ends_with(".xml") {
            sheet_dimension(&mut counted)
        } else if lower == "content.xml" {
            ods_content(&mut counted)
        } else {
            Ok(())
        };
        checked.map_err(|e| format!("{name}: {e}"))?;
        std::io::copy(&mut counted, &mut std::io::sink())
            .map_err(|e| format!("a damaged workbook: {name}: {e}"))?;
        if counted.count > limit {
            return Err(too_big(&name, counted.count, packed));
        }
    }
    Ok(())
}

fn too_big(name: &str, size: u64, packed: u64) -> String {
    format!(
        "{name} unpacks to over {} bytes from {packed}: a workbook entry may hold at most \
         100 MB, and 100 times its packed size",
        size.min(MAX_ENTRY + 1)
    )
}

struct Counted<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| a.value.into_owned())
}

fn xml<R: Read>(r: R) -> quick_xml::Reader<BufReader<R>> {
    quick_xml::Reader::from_reader(BufReader::new(r))
}

/// `uniqueCount` (and `count`) may not exceed the file's size: every string
/// takes at least a byte.
fn shared_strings<R: Read>(r: &mut R, file_size: u64) -> Result<(), String> {
    let mut reader = xml(r);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                for key in ["uniqueCount", "count"] {
                    if let Some(v) = attr(&e, key) {
                        let n: u64 = v.trim().parse().map_err(|_| {
                            format!("`{}` is not a count of shared strings", cut(&v))
                        })?;
                        if n > file_size {
                            return Err(format!(
                                "claims {n} shared strings in a file of {file_size} bytes"
                            ));
                        }
                    }
                }
                return Ok(());
            }
            Ok(Event::Eof) => return Ok(()),
            Err(e) => return Err(format!("not XML: {e}")),
            _ => {}
        }
        buf.clear();
    }
}

/// A cell reference `XFD1048576` as (row, column), both from 1.
pub fn cell_ref(text: &str) -> Option<(u64, u64)> {
    let text = text.trim().replace('$', "");
    let split = text.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = text.split_at(split);
    if letters.is_empty() || letters.len() > 7 || !letters.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    let col = letters.bytes().fold(0u64, |n, b| {
        n * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    let row: u64 = digits.parse().ok()?;
    Some((row, col))
}

/// The extent's own check: rows × columns within the limits.
pub fn check_extent(rows: u64, cols: u64) -> Result<(), String> {
    if rows > MAX_ROWS || cols > MAX_COLUMNS {
        return Err(format!(
            "a sheet of {rows} rows × {cols} columns: at most {MAX_ROWS} × {MAX_COLUMNS}"
        ));
    }
    if rows.saturating_mul(cols) > MAX_CELLS {
        return Err(format!(
            "a sheet of {rows} rows × {cols} columns: at most {MAX_CELLS} cells"
        ));
    }
    Ok(())
}

/// A CSV export is held to what a spreadsheet holds: at most
/// [`MAX_ROWS`] rows of at most [`MAX_COLUMNS`] cells, [`MAX_CELLS`] cells
/// in all. Row `row` (counted from 1) of `cells` cells, after `before`
/// cells: an error past the limits, before the row is kept.
pub fn check_csv_row(row: usize, cells: usize, before: usize) -> Result<(), String> {
    if row as u64 > MAX_ROWS {
        return Err(format!(
            "over {MAX_ROWS} rows, more than a spreadsheet holds: split the export"
        ));
    }
    if cells as u64 > MAX_COLUMNS {
        return Err(format!(
            "a row of {cells} cells: a row holds at most {MAX_COLUMNS}, as in a spreadsheet"
        ));
    }
    if before.saturating_add(cells) as u64 > MAX_CELLS {
        return Err(format!(
            "over {MAX_CELLS} cells, more than a sheet may hold: split the export"
        ));
    }
    Ok(())
}

/// A worksheet's `<dimension ref="A1:XFD1048576"/>`.
fn sheet_dimension<R: Read>(r: &mut R) -> Result<(), String> {
    let mut reader = xml(r);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                "dimension" => {
                    let Some(v) = attr(&e, "ref") else {
                        return Ok(());
                    };
                    let (a, b) = v.split_once(':').unwrap_or((&v, &v));
                    let (Some((r1, c1)), Some((r2, c2))) = (cell_ref(a), cell_ref(b)) else {
                        return Ok(());
                    };
                    let rows = r1.max(r2) - r1.min(r2) + 1;
                    let cols = c1.max(c2) - c1.min(c2) + 1;
                    return check_extent(r1.max(r2).max(rows), c1.max(c2).max(cols))
                        .and_then(|()| check_extent(rows, cols));
                }
                "sheetData" => return Ok(()),
                _ => {}
            },
            Ok(Event::Eof) => return Ok(()),
            Err(e) => return Err(format!("not XML: {e}")),
            _ => {}
        }
        buf.clear();
    }
}

/// An ODS sheet: repeated rows and cells count as often as they repeat,
/// where they hold something (trailing empty repeats are how every ODS
/// file pads its sheets); `<text:s text:c="N"/>` spaces count toward the
/// cell's length.
fn ods_content<R: Read>(r: &mut R) -> Result<(), String> {
    let mut reader = xml(r);
    let mut buf = Vec::new();
    let num = |e: &BytesStart<'_>, key: &str| -> Result<u64, String> {
        match attr(e, key) {
            Some(v) => v
                .trim()
                .parse()
                .map_err(|_| format!("`{}` is not a repeat count", cut(&v))),
            None => Ok(1),
        }
    };
    // Per table: the row reached, and the extent of what holds something.
    let (mut row, mut row_repeat) = (0u64, 1u64);
    let (mut col, mut cell_repeat, mut row_width) = (0u64, 1u64, 0u64);
    let (mut max_col, mut cells) = (0u64, 0u64);
    let mut chars = 0u64;
    let mut cell_full = false;
    let mut in_cell = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("not XML: {e}"))?;
        let (start, e) = match &event {
            Event::Start(e) => (true, Some(e)),
            Event::Empty(e) => (false, Some(e)),
            _ => (false, None),
        };
        match (&event, e) {
            (_, Some(e))
                if e.local_name().as_ref() == "table" && e.name().as_ref() == "table:table" =>
            {
                (row, max_col, cells) = (0, 0, 0);
            }
            (_, Some(e)) if e.name().as_ref() == "table:table-row" => {
                row_repeat = num(e, "table:number-rows-repeated")?;
                (col, row_width) = (0, 0);
                if !start {
                    row = row.saturating_add(row_repeat);
                }
            }
            (_, Some(e))
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                cell_repeat = num(e, "table:number-columns-repeated")?;
                cell_full = attr(e, "office:value-type").is_some();
                chars = 0;
                if start {
                    in_cell = true;
                } else {
                    end_cell(&mut col, &mut row_width, cell_repeat, cell_full);
                }
            }
            (_, Some(e)) if in_cell && e.name().as_ref() == "text:s" => {
                cell_full = true;
                chars = chars.saturating_add(num(e, "text:c")?);
                if chars > MAX_CELL_CHARS as u64 {
                    return Err(format!(
                        "a cell of over {MAX_CELL_CHARS} characters (row {})",
                        row + 1
                    ));
                }
            }
            (_, Some(_)) if in_cell => cell_full = true,
            (Event::Text(t), None) if in_cell => {
                cell_full = true;
                chars = chars.saturating_add(t.len() as u64);
                if chars > MAX_CELL_CHARS as u64 * 4 {
                    return Err(format!(
                        "a cell of over {MAX_CELL_CHARS} characters (row {})",
                        row + 1
                    ));
                }
            }
            (Event::End(e), None) => match e.name().as_ref() {
                "table:table-cell" | "table:covered-table-cell" => {
                    in_cell = false;
                    end_cell(&mut col, &mut row_width, cell_repeat, cell_full);
                }
                "table:table-row" => {
                    if row_width > 0 {
                        max_col = max_col.max(row_width);
                        cells = cells.saturating_add(row_repeat.saturating_mul(row_width));
                        check_extent(row.saturating_add(row_repeat), max_col)?;
                        if cells > MAX_CELLS {
                            return Err(format!("a sheet of over {MAX_CELLS} cells"));
                        }
                    }
                    row = row.saturating_add(row_repeat);
                }
                _ => {}
            },
            (Event::Eof, _) => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

fn end_cell(col: &mut u64, row_width: &mut u64, repeat: u64, full: bool) {
    *col = col.saturating_add(repeat);
    if full {
        *row_width = *col;
    }
}

/// A value for a message: at most 80 characters.
fn cut(text: &str) -> String {
    super::shown::quote(text)
}
