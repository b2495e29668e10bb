#![allow(clippy::print_stdout)] // a benchmark prints its figures
//! `cargo bench --bench hostile`: the worst inputs found for `import` and
//! `actions`, generated up to about 10 MB, each run once through the release
//! binary. Prints the input, its size, the exit code, the seconds taken and
//! the peak resident memory (from `wait4`). Asserts nothing about time.

use std::fmt::Write as _;
use std::io::{Cursor, Read, Write};
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::create_dir(d.join("out")).expect("out");
    let ids = question_ids();
    let mut cases: Vec<(String, Vec<String>, PathBuf)> = Vec::new();
    let mut add = |name: &str, file: &str, data: Vec<u8>, extra: &[&str]| {
        let path = d.join(file);
        std::fs::write(&path, data).expect("write input");
        let mut args = vec!["import".to_owned(), path.display().to_string()];
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args.extend(["--output-dir".into(), d.join("out").display().to_string()]);
        cases.push((name.to_owned(), args, path));
    };

    // A 10 MB CSV of short rows (3 questions): the most rows per megabyte.
    let mut csv = format!("partner,respondent,{},{},{}\n", ids[0], ids[1], ids[2]);
    let mut i = 0;
    while csv.len() < 10_000_000 {
        let _ = writeln!(
            csv,
            "P{},R{i},{},{},{}",
            i % 50,
            1 + i % 5,
            1 + (i + 1) % 5,
            1 + (i + 2) % 5
        );
        i += 1;
    }
    add(
        "10 MB CSV, short rows, --dry-run",
        "short.csv",
        csv.into_bytes(),
        &["--dry-run"],
    );
    // A 10 MB CSV of every question, labels as written.
    let mut csv = format!("partner,respondent,{}\n", ids.join(","));
    let mut i = 0;
    while csv.len() < 10_000_000 {
        let _ = write!(csv, "P{},R{i}", i % 50);
        for j in 0..ids.len() {
            csv.push_str(
                [",Agree", ",Strongly agree", ",Don't know", ",Disagree", ","][(i + j) % 5],
            );
        }
        csv.push('\n');
        i += 1;
    }
    add(
        "10 MB CSV, every question, --dry-run",
        "wide.csv",
        csv.into_bytes(),
        &["--dry-run"],
    );
    // A header of 100 KB and of 1 MB of ` - ` separators.
    for (label, n) in [("100 KB", 25_000), ("1 MB", 250_000)] {
        let header = "a - ".repeat(n);
        let csv = format!("partner,{},\"{header}\"\nAcme,4,x\n", ids[0]);
        add(
            &format!("a header of {label} of ` - `"),
            &format!("dash{n}.csv"),
            csv.into_bytes(),
            &["--dry-run"],
        );
    }
    // 500,000 headers that match nothing.
    let mut csv = format!("partner,{}", ids[0]);
    for k in 0..500_000 {
        let _ = write!(csv, ",x{k}");
    }
    let _ = write!(csv, "\nAcme,4\n");
    add(
        "500,000 unmatched headers",
        "unmatched.csv",
        csv.into_bytes(),
        &["--dry-run"],
    );
    // A map of 60,000 entries.
    let mut map = String::from("[columns]\n");
    for k in 0..60_000 {
        let _ = writeln!(map, "\"header {k}\" = \"ignore\"");
    }
    std::fs::write(d.join("map.toml"), map).expect("map");
    let map_arg = d.join("map.toml").display().to_string();
    add(
        "a map of 60,000 columns",
        "mapped.csv",
        format!("partner,{}\nAcme,4\n", ids[0]).into_bytes(),
        &["--dry-run", "--map", &map_arg],
    );
    // A 5 MB bad cell.
    add(
        "a 5 MB bad cell",
        "bad.csv",
        format!("partner,{}\nAcme,{}\n", ids[0], "x".repeat(5_000_000)).into_bytes(),
        &["--dry-run"],
    );
    // Workbooks that attack.
    let base = base_xlsx(&ids[0]);
    let head = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#;
    let far = format!(
        r#"{head}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#
    );
    add(
        "XLSX: a cell at XFD1048576",
        "far.xlsx",
        patch(&base, "xl/worksheets/sheet1.xml", far.as_bytes()),
        &[],
    );
    let deep = format!(
        r#"{head}<row r="1"><c r="A1" t="inlineStr"><is><t>partner</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Acme</t></is></c></row></sheetData></worksheet>"#
    );
    add(
        "XLSX: a cell at A1048576",
        "deep.xlsx",
        patch(&base, "xl/worksheets/sheet1.xml", deep.as_bytes()),
        &["--dry-run"],
    );
    let sst = br#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4000000000"><si><t>x</t></si></sst>"#;
    add(
        "XLSX: uniqueCount 4,000,000,000",
        "sst.xlsx",
        patch(&base, "xl/sharedStrings.xml", sst),
        &[],
    );
    let mut bomb = head.as_bytes().to_vec();
    bomb.extend(std::iter::repeat_n(b' ', 300 * 1024 * 1024));
    bomb.extend(b"</sheetData></worksheet>");
    let bomb = patch(&base, "xl/worksheets/sheet1.xml", &bomb);
    add("XLSX: zip bomb (300 MB of space)", "bomb.xlsx", bomb, &[]);
    add(
        "ODS: <text:s text:c=\"2000000000\"/>",
        "spaces.ods",
        ods(),
        &[],
    );
    // 75,000 actions.
    let mut actions = String::from("partner = \"Acme\"\n");
    for k in 0..75_000 {
        let _ = write!(
            actions,
            "\n[[action]]\nid = \"a{k}\"\ntitle = \"Action {k}\"\ndimension = \"learning\"\nowner = \"us\"\nagreed = 2026-11-01\nstatus = \"open\"\n"
        );
    }
    let acts = d.join("acts");
    std::fs::create_dir(&acts).expect("acts folder");
    std::fs::write(
        acts.join("acme.toml"),
        format!(
            "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n\n[answers]\n{} = 4\n",
            ids[0]
        ),
    )
    .expect("answers");
    let actions_path = acts.join("acme-actions.toml");
    std::fs::write(&actions_path, actions).expect("actions");
    cases.push((
        "actions: 75,000 actions".into(),
        vec!["actions".into(), acts.display().to_string()],
        actions_path,
    ));

    let bin = env!("CARGO_BIN_EXE_partnercheck");
    println!("| input | size | exit | seconds | peak RSS |\n| --- | ---: | ---: | ---: | ---: |");
    for (name, args, path) in cases {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let (code, secs, rss_kb) = measure(bin, &args);
        println!(
            "| {name} | {:.2} MB | {code} | {secs:.2} | {:.0} MB |",
            size as f64 / 1e6,
            rss_kb as f64 / 1024.0
        );
    }
}

/// Runs the binary; its exit code, seconds and peak resident set (KiB).
#[allow(clippy::zombie_processes)] // waited for with wait4, for its rusage
fn measure(bin: &str, args: &[String]) -> (i32, f64, i64) {
    let start = Instant::now();
    let child = Command::new(bin)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run partnercheck");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, not yet waited for; both pointers are valid.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(waited, pid, "wait4");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    };
    (code, secs, usage.ru_maxrss)
}

fn question_ids() -> Vec<String> {
    let q = partnercheck::model::questionnaire::Questionnaire::embedded("partnership-health")
        .expect("default instrument");
    q.questions.iter().map(|q| q.id.clone()).collect()
}

fn base_xlsx(id: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "partner").expect("cell");
    sheet.write_string(0, 1, id).expect("cell");
    sheet.write_string(1, 0, "Acme").expect("cell");
    sheet.write_number(1, 1, 4.0).expect("cell");
    book.save_to_buffer().expect("xlsx")
}

fn patch(zip_bytes: &[u8], name: &str, text: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip_bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let mut done = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let entry_name = entry.name().expect("name").into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).expect("read");
        out.start_file(entry_name.as_str(), options).expect("start");
        out.write_all(if entry_name == name { text } else { &data })
            .expect("write");
        done |= entry_name == name;
    }
    if !done {
        out.start_file(name, options).expect("start");
        out.write_all(text).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

fn ods() -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).expect("start");
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("write");
    out.start_file("content.xml", stored).expect("start");
    out.write_all(br#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table><table:table-row><table:table-cell office:value-type="string"><text:p><text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#).expect("write");
    out.finish().expect("finish").into_inner()
}
