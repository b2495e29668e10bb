//! Spreadsheets that attack: workbooks whose few kilobytes claim gigabytes
//! (a cell at XFD1048576, a shared-string count of four billion, a zip bomb,
//! an ODS space repeated two billion times) stop with exit 2 naming the file
//! — finishing at all shows time and memory stayed bounded — and date cells
//! that are no real date are errors naming the cell.

use std::io::{Cursor, Read, Write};

use crate::common::Test;

/// A small valid XLSX: `partner`, `mg-both-benefit`, one row.
fn base_xlsx() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "partner").unwrap();
    sheet.write_string(0, 1, "mg-both-benefit").unwrap();
    sheet.write_string(1, 0, "Acme").unwrap();
    sheet.write_number(1, 1, 4.0).unwrap();
    book.save_to_buffer().unwrap()
}

/// The archive with entry `name`'s text replaced (or added).
fn patch(zip_bytes: &[u8], name: &str, text: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip_bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut done = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let entry_name = entry.name().unwrap().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        out.start_file(entry_name.as_str(), options).unwrap();
        if entry_name == name {
            out.write_all(text).unwrap();
            done = true;
        } else {
            out.write_all(&data).unwrap();
        }
    }
    if !done {
        out.start_file(name, options).unwrap();
        out.write_all(text).unwrap();
    }
    out.finish().unwrap().into_inner()
}

const SHEET_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#;

fn sheet(dimension: Option<&str>, rows: &str) -> Vec<u8> {
    let dim = dimension
        .map(|d| format!("<dimension ref=\"{d}\"/>"))
        .unwrap_or_default();
    format!("{SHEET_HEAD}{dim}<sheetData>{rows}</sheetData></worksheet>").into_bytes()
}

const HEADER_ROW: &str = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>partner</t></is></c><c r="B1" t="inlineStr"><is><t>mg-both-benefit</t></is></c></row>"#;

fn import(t: &Test, file: &str) -> crate::common::Output {
    t.run_args(&["import", file, "--output-dir", "out"])
}

/// The answers file in `out/` whose text holds `needle` (names follow the
/// file-name rule, which is not what these tests are about).
fn find(t: &Test, needle: &str) -> String {
    let found: Vec<String> = std::fs::read_dir(t.path("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|text| text.contains(needle))
        .collect();
    assert_eq!(found.len(), 1, "one file with {needle:?}");
    found.into_iter().next().unwrap()
}

fn with_file(name: &str, bytes: &[u8]) -> Test {
    let t = Test::new().write("out/.keep", "");
    std::fs::write(t.path(name), bytes).unwrap();
    t
}

#[test]
fn a_well_formed_workbook_still_imports() {
    let t = with_file("ok.xlsx", &base_xlsx());
    import(&t, "ok.xlsx").code(0);
    let text = find(&t, "mg-both-benefit = 4\n");
    assert!(text.contains("partner = \"Acme\""), "{text}");
}

#[test]
fn a_cell_at_xfd1048576_is_refused_naming_the_file() {
    let far = r#"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#;
    // Declared in the sheet's dimension, and only in the cell itself.
    for dim in [Some("A1:XFD1048576"), None] {
        let rows = format!("{HEADER_ROW}{far}");
        let bytes = patch(&base_xlsx(), "xl/worksheets/sheet1.xml", &sheet(dim, &rows));
        let t = with_file("far.xlsx", &bytes);
        import(&t, "far.xlsx").fails_with(&["far.xlsx", "16384"]);
    }
}

#[test]
fn a_single_cell_at_row_1048576_is_read_without_a_dense_grid() {
    let rows = format!(
        "{HEADER_ROW}<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>Acme</t></is></c><c r=\"B1048576\"><v>3</v></c></row>"
    );
    let bytes = patch(
        &base_xlsx(),
        "xl/worksheets/sheet1.xml",
        &sheet(Some("A1:B1048576"), &rows),
    );
    let t = with_file("deep.xlsx", &bytes);
    import(&t, "deep.xlsx").code(0);
    let text = find(&t, "source = \"deep.xlsx row 1048576\"");
    assert!(text.contains("mg-both-benefit = 3\n"), "{text}");
}

#[test]
fn a_shared_string_count_over_the_file_size_is_refused() {
    let sst = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4000000000" uniqueCount="4000000000"><si><t>partner</t></si></sst>"#;
    let bytes = patch(&base_xlsx(), "xl/sharedStrings.xml", sst);
    let t = with_file("strings.xlsx", &bytes);
    import(&t, "strings.xlsx").fails_with(&["strings.xlsx", "4000000000 shared strings"]);
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    // 60 MB of white space inside the sheet packs to about 60 KB.
    let mut text = sheet(None, HEADER_ROW);
    let tail = text.split_off(text.len() - "</worksheet>".len());
    text.extend(std::iter::repeat_n(b' ', 60 * 1024 * 1024));
    text.extend(tail);
    let bytes = patch(&base_xlsx(), "xl/worksheets/sheet1.xml", &text);
    assert!(bytes.len() < 1024 * 1024, "a bomb of {} bytes", bytes.len());
    let t = with_file("bomb.xlsx", &bytes);
    import(&t, "bomb.xlsx").fails_with(&["bomb.xlsx", "100 times its packed size"]);
}

/// An ODS of one sheet whose content is `table`.
fn ods(table: &str) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    out.start_file("META-INF/manifest.xml", deflated).unwrap();
    out.write_all(br#"<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>"#).unwrap();
    out.start_file("content.xml", deflated).unwrap();
    write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    out.finish().unwrap().into_inner()
}

#[test]
fn an_ods_space_repeated_two_billion_times_is_refused() {
    let bytes = ods(
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row>"#,
    );
    assert!(bytes.len() < 2048, "{} bytes", bytes.len());
    let t = with_file("spaces.ods", &bytes);
    import(&t, "spaces.ods").fails_with(&["spaces.ods", "32767 characters"]);
}

#[test]
fn ods_repeated_rows_and_cells_count_against_the_extent() {
    let cell = r#"<table:table-cell office:value-type="float" office:value="4" table:number-columns-repeated="10000"/>"#;
    let bytes = ods(&format!(
        r#"<table:table-row table:number-rows-repeated="100000">{cell}</table:table-row>"#
    ));
    let t = with_file("rows.ods", &bytes);
    import(&t, "rows.ods").fails_with(&["rows.ods", "10000000 cells"]);
    // Trailing empty repeats are how every ODS file pads its sheet: fine.
    let pad = r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#;
    let rows = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>partner</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>mg-both-benefit</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16382"/></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Acme</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="4"/><table:table-cell table:number-columns-repeated="16382"/></table:table-row>"#;
    let bytes = ods(&format!("{rows}{pad}"));
    let t = with_file("pad.ods", &bytes);
    import(&t, "pad.ods").code(0);
    find(&t, "mg-both-benefit = 4\n");
}

/// A workbook with a date-formatted number in the `date` column.
fn with_date_serial(serial: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "partner").unwrap();
    sheet.write_string(0, 1, "date").unwrap();
    sheet.write_string(0, 2, "mg-both-benefit").unwrap();
    sheet.write_string(1, 0, "Acme").unwrap();
    sheet
        .write_number_with_format(1, 1, 12345.0, &date)
        .unwrap();
    sheet.write_number(1, 2, 4.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    // Put the serial in as written (NaN and 1e308 are not numbers
    // rust_xlsxwriter writes).
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
    let mut xml = String::new();
    archive
        .by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let xml = xml.replace("<v>12345</v>", &format!("<v>{serial}</v>"));
    assert!(xml.contains(serial));
    patch(&bytes, "xl/worksheets/sheet1.xml", xml.as_bytes())
}

#[test]
fn date_cells_that_are_no_real_date_are_errors_naming_the_cell() {
    let t = with_file("ok.xlsx", &with_date_serial("46346"));
    import(&t, "ok.xlsx").code(0);
    assert!(find(&t, "date = 2026-11-20").contains("date = 2026-11-20"));
    for serial in ["60", "-1", "NaN", "1e308", "2958466"] {
        let t = with_file("dates.xlsx", &with_date_serial(serial));
        import(&t, "dates.xlsx").fails_with(&["dates.xlsx", "row 2, column B", "not a real date"]);
        assert_eq!(
            std::fs::read_dir(t.path("out")).unwrap().count(),
            1,
            "only .keep"
        );
    }
}
