#![allow(clippy::print_stdout)] // a benchmark prints its figures
//! `cargo bench --bench hostile`: the worst inputs found for every command,
//! each generated up to about 10 MB and run once through the release
//! binary. Prints the command, the input, its size, the exit code, the
//! seconds taken (wall clock, and processor time: user + system) and the
//! peak resident memory, then the worst ones by time and by memory.
//! Asserts nothing about time.
//!
//! Every figure is the command's own: the inputs are written to files
//! first, and each run is started by a fresh copy of this program in its
//! `--measure` mode, which holds nothing but spawns the binary and waits
//! for it (`wait4`), so that the memory of the benchmark copied into a
//! child before `exec` is never counted.
//!
//! `cargo bench --bench hostile -- NAME` runs the cases whose name
//! contains NAME.

use std::fmt::Write as _;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// A run still going after this many seconds is stopped (exit shown as
/// `-1`): it is far over the limit of 3 s.
const LIMIT: u64 = 60;

/// About the largest input a case makes.
const MB10: usize = 10_000_000;

/// One run: a name, the arguments, and the input whose size is shown.
struct Case {
    name: String,
    args: Vec<String>,
    input: PathBuf,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--measure") {
        measure_mode(&args[1..]);
        return;
    }
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = cases(dir.path());
    let bin = env!("CARGO_BIN_EXE_partnercheck");
    let me = std::env::current_exe().expect("the benchmark's own path");
    println!(
        "| command | input | size | exit | seconds | processor s | peak RSS |\n\
         | --- | --- | ---: | ---: | ---: | ---: | ---: |"
    );
    let mut figures = Vec::new();
    for case in cases {
        if !only.is_empty() && !only.iter().any(|o| case.name.contains(o.as_str())) {
            continue;
        }
        let size = std::fs::metadata(&case.input)
            .map(|m| {
                if m.is_dir() {
                    folder_size(&case.input)
                } else {
                    m.len()
                }
            })
            .unwrap_or(0);
        let out = Command::new(&me)
            .arg("--measure")
            .arg(bin)
            .args(&case.args)
            .current_dir(dir.path())
            .output()
            .expect("run the measuring copy");
        let line = String::from_utf8_lossy(&out.stdout);
        let f: Vec<f64> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        let [code, secs, cpu, rss_kb] = f[..] else {
            panic!("the measuring copy said {line:?}");
        };
        // The command and its options, without the paths (and the options
        // that take one).
        let is_path = |a: &String| a.contains(std::path::MAIN_SEPARATOR);
        let command = case
            .args
            .iter()
            .enumerate()
            .filter(|(i, a)| {
                !is_path(a)
                    && *a != "--no-config"
                    && !(a.starts_with("--") && case.args.get(i + 1).is_some_and(is_path))
            })
            .map(|(_, a)| {
                if a.contains(' ') {
                    format!("'{a}'")
                } else {
                    a.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        println!(
            "| `{command}` | {} | {:.2} MB | {code} | {secs:.2} | {cpu:.2} | {:.0} MB |",
            case.name,
            size as f64 / 1e6,
            rss_kb / 1024.0
        );
        figures.push((
            format!("`{command}` {}", case.name),
            code,
            secs,
            cpu,
            rss_kb,
        ));
    }
    figures.sort_by(|a, b| b.3.total_cmp(&a.3));
    println!("\nThe slowest (processor time):");
    for (name, code, secs, cpu, _) in figures.iter().take(5) {
        println!("- {name}: {cpu:.2} s ({secs:.2} s wall), exit {code}");
    }
    figures.sort_by(|a, b| b.4.total_cmp(&a.4));
    println!("\nThe largest (peak RSS):");
    for (name, code, _, _, rss) in figures.iter().take(5) {
        println!("- {name}: {:.0} MB, exit {code}", rss / 1024.0);
    }
}

/// `--measure BIN ARGS…`: runs BIN once (output discarded) and prints its
/// exit code (`-1`: stopped after [`LIMIT`] seconds), wall seconds,
/// processor seconds and peak RSS in KiB.
#[allow(clippy::zombie_processes)] // waited for with wait4, for its rusage
fn measure_mode(args: &[String]) {
    let start = Instant::now();
    let child = Command::new(&args[0])
        .args(&args[1..])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run partnercheck");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut killed = false;
    loop {
        // SAFETY: pid is our own child, not yet waited for; both pointers are valid.
        let waited = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if waited == pid {
            break;
        }
        assert_eq!(waited, 0, "wait4");
        if !killed && start.elapsed().as_secs() >= LIMIT {
            // SAFETY: pid is our own child, not yet waited for.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            killed = true;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let secs = start.elapsed().as_secs_f64();
    let code = if killed {
        -1
    } else if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    };
    let time = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let cpu = time(usage.ru_utime) + time(usage.ru_stime);
    println!("{code} {secs} {cpu} {}", usage.ru_maxrss);
}

fn folder_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

fn s(text: impl Into<String>) -> String {
    text.into()
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

/// Writes every input into `d` and lists the runs.
fn cases(d: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    let out = d.join("out");
    std::fs::create_dir(&out).expect("out");
    let ids = question_ids();
    let write = |name: &str, data: &[u8]| {
        let p = d.join(name);
        std::fs::write(&p, data).expect("write input");
        p
    };
    let import = |name: &str, file: &str, data: Vec<u8>, extra: &[&str]| {
        let input = write(file, &data);
        let mut args = vec![s("import"), path(&input)];
        args.extend(extra.iter().map(|a| s(*a)));
        args.extend([s("--output-dir"), path(&out), s("--no-config")]);
        Case {
            name: name.to_owned(),
            args,
            input,
        }
    };

    // --- import: CSV
    let mut csv = format!("partner,respondent,{},{},{}\n", ids[0], ids[1], ids[2]);
    let mut i = 0;
    while csv.len() < MB10 {
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
    cases.push(import(
        &format!("10 MB CSV, short rows ({i} rows)"),
        "short.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));
    let mut csv = format!("partner,respondent,{}\n", ids.join(","));
    let mut i = 0;
    while csv.len() < MB10 {
        let _ = write!(csv, "P{},R{i}", i % 50);
        for j in 0..ids.len() {
            csv.push_str(
                [",Agree", ",Strongly agree", ",Don't know", ",Disagree", ","][(i + j) % 5],
            );
        }
        csv.push('\n');
        i += 1;
    }
    cases.push(import(
        &format!("10 MB CSV, every question ({i} rows)"),
        "wide.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));
    // The most rows a CSV may have, each a file of one answer.
    let mut csv = format!("partner,{}\n", ids[0]);
    for i in 0..1_048_575 {
        let _ = writeln!(csv, "A,{}", 1 + i % 5);
    }
    cases.push(import(
        "CSV of 1,048,575 rows of one answer (the most)",
        "most.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));
    let mut csv = format!("partner,{}\n", ids[0]);
    let mut i = 0;
    while csv.len() < MB10 {
        let _ = writeln!(csv, "A,{}", 1 + i % 5);
        i += 1;
    }
    cases.push(import(
        &format!("10 MB CSV, {i} rows of one answer (over the most)"),
        "tiny.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));
    let mut csv = format!("partner,{}\n", ids[0]);
    let empty = ",".repeat(16_383);
    while csv.len() < MB10 {
        let _ = writeln!(csv, "A{}", empty);
    }
    cases.push(import(
        "10 MB CSV of empty cells, 16,384 a row",
        "commas.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));
    for (label, n) in [("100 KB", 25_000), ("1 MB", 250_000)] {
        let header = "a - ".repeat(n);
        let csv = format!("partner,{},\"{header}\"\nAcme,4,x\n", ids[0]);
        cases.push(import(
            &format!("a header of {label} of ` - `"),
            &format!("dash{n}.csv"),
            csv.into_bytes(),
            &["--dry-run"],
        ));
    }
    let mut csv = format!("partner,{}", ids[0]);
    for k in 0..500_000 {
        let _ = write!(csv, ",x{k}");
    }
    let _ = write!(csv, "\nAcme,4\n");
    cases.push(import(
        "500,000 unmatched headers",
        "unmatched.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));
    // 16,382 headers of 600 characters that are almost a statement.
    let mut csv = format!("partner,{}", ids[0]);
    for k in 0..16_382 {
        let _ = write!(
            csv,
            ",\"{k} {}\"",
            "Decisions are made at a similar pace. ".repeat(15)
        );
    }
    let _ = write!(csv, "\nAcme,4\n");
    cases.push(import(
        "16,382 headers of 600 characters",
        "long-headers.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));
    let mut map = String::from("[columns]\n");
    let mut k = 0;
    while map.len() < MB10 {
        let _ = writeln!(map, "\"header {k}\" = \"ignore\"");
        k += 1;
    }
    let map_path = write("map.toml", map.as_bytes());
    let map_arg = path(&map_path);
    cases.push(Case {
        name: format!("a 10 MB map file ({k} columns)"),
        args: vec![
            s("import"),
            path(&write(
                "mapped.csv",
                format!("partner,{}\nAcme,4\n", ids[0]).as_bytes(),
            )),
            s("--dry-run"),
            s("--map"),
            map_arg,
            s("--output-dir"),
            path(&out),
            s("--no-config"),
        ],
        input: map_path,
    });
    let mut map = String::from("[values]\n");
    let mut k = 0;
    while map.len() < MB10 {
        let _ = writeln!(map, "\"label {k}\" = 9");
        k += 1;
    }
    let map_path = write("bad-map.toml", map.as_bytes());
    let map_arg = path(&map_path);
    cases.push(Case {
        name: format!("a 10 MB map file, {k} values off the scale"),
        args: vec![
            s("import"),
            path(&d.join("mapped.csv")),
            s("--dry-run"),
            s("--map"),
            map_arg,
            s("--output-dir"),
            path(&out),
            s("--no-config"),
        ],
        input: map_path,
    });
    cases.push(import(
        "a 5 MB bad cell",
        "bad.csv",
        format!("partner,{}\nAcme,{}\n", ids[0], "x".repeat(5_000_000)).into_bytes(),
        &["--dry-run"],
    ));
    let mut csv = format!("partner,{}\n", ids[0]);
    let mut i = 0;
    while csv.len() < MB10 {
        let _ = writeln!(csv, "A,x{i}");
        i += 1;
    }
    cases.push(import(
        &format!("10 MB CSV, {i} bad cells"),
        "bad-cells.csv",
        csv.into_bytes(),
        &["--dry-run"],
    ));

    // --- import: workbooks that attack.
    let base = base_xlsx(&ids[0]);
    let head = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#;
    let far = format!(
        r#"{head}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#
    );
    cases.push(import(
        "XLSX: a cell at XFD1048576",
        "far.xlsx",
        patch(&base, "xl/worksheets/sheet1.xml", far.as_bytes()),
        &[],
    ));
    let deep = format!(
        r#"{head}<row r="1"><c r="A1" t="inlineStr"><is><t>partner</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Acme</t></is></c></row></sheetData></worksheet>"#
    );
    cases.push(import(
        "XLSX: a cell at A1048576",
        "deep.xlsx",
        patch(&base, "xl/worksheets/sheet1.xml", deep.as_bytes()),
        &["--dry-run"],
    ));
    let sst = br#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4000000000"><si><t>x</t></si></sst>"#;
    cases.push(import(
        "XLSX: uniqueCount 4,000,000,000",
        "sst.xlsx",
        patch(&base, "xl/sharedStrings.xml", sst),
        &[],
    ));
    let mut bomb = head.as_bytes().to_vec();
    bomb.extend(std::iter::repeat_n(b' ', 300 * 1024 * 1024));
    bomb.extend(b"</sheetData></worksheet>");
    let bomb = patch(&base, "xl/worksheets/sheet1.xml", &bomb);
    cases.push(import(
        "XLSX: zip bomb (300 MB of space)",
        "bomb.xlsx",
        bomb,
        &[],
    ));
    cases.push(Case {
        name: s("ODS: <text:s text:c=\"2000000000\"/>"),
        args: vec![
            s("import"),
            path(&write("spaces.ods", &ods())),
            s("--output-dir"),
            path(&out),
            s("--no-config"),
        ],
        input: d.join("spaces.ods"),
    });

    // --- actions
    let acts = d.join("acts");
    std::fs::create_dir(&acts).expect("acts folder");
    std::fs::write(acts.join("acme.toml"), answers_file("Acme", 0, &ids)).expect("answers");
    let mut actions = String::from("partner = \"Acme\"\n");
    let mut k = 0;
    while actions.len() < MB10 {
        let _ = write!(
            actions,
            "\n[[action]]\nid = \"a{k}\"\ntitle = \"Action {k}\"\ndimension = \"learning\"\nowner = \"us\"\nagreed = 2026-11-01\nstatus = \"open\"\n"
        );
        k += 1;
    }
    let actions_path = acts.join("acme-actions.toml");
    std::fs::write(&actions_path, actions).expect("actions");
    for format in ["table", "json"] {
        cases.push(Case {
            name: format!("{k} actions (10 MB)"),
            args: vec![
                s("actions"),
                path(&acts),
                s("--format"),
                s(format),
                s("--no-config"),
            ],
            input: actions_path.clone(),
        });
    }
    let bad_acts = d.join("bad-acts");
    std::fs::create_dir(&bad_acts).expect("bad acts folder");
    std::fs::write(bad_acts.join("acme.toml"), answers_file("Acme", 0, &ids)).expect("answers");
    let mut actions = String::from("partner = \"Acme\"\n");
    let mut k = 0;
    while actions.len() < MB10 {
        let _ = write!(
            actions,
            "\n[[action]]\nid = \"a{k}\"\ntitle = \"Action {k}\"\ndimension = \"lerning\"\nowner = \"everyone\"\nagreed = 2026-11-01\nstatus = \"open\"\n"
        );
        k += 1;
    }
    let bad_path = bad_acts.join("acme-actions.toml");
    std::fs::write(&bad_path, actions).expect("actions");
    cases.push(Case {
        name: format!("{k} actions (10 MB), each with two mistakes"),
        args: vec![s("actions"), path(&bad_acts), s("--no-config")],
        input: bad_path,
    });

    // --- score, validate: one 10 MB answers file.
    let mut text = answers_file("Acme", 0, &ids);
    let mut k = 0;
    while text.len() < MB10 {
        let _ = writeln!(text, "not-a-question-{k} = 4");
        k += 1;
    }
    let unknown = write("unknown.toml", text.as_bytes());
    for command in ["score", "validate"] {
        cases.push(Case {
            name: format!("a 10 MB answers file, {k} unknown questions"),
            args: vec![s(command), path(&unknown), s("--no-config")],
            input: unknown.clone(),
        });
    }
    let mut json = String::from(
        "{\"questionnaire\": \"partnership-health\", \"partner\": \"Acme\", \"answers\": {",
    );
    let mut k = 0;
    while json.len() < MB10 {
        let _ = write!(json, "\"not-a-question-{k}\": 4, ");
        k += 1;
    }
    json.push_str("\"ca-shared-values\": 4}}");
    let unknown_json = write("unknown.json", json.as_bytes());
    cases.push(Case {
        name: format!("a 10 MB JSON answers file, {k} unknown questions"),
        args: vec![s("score"), path(&unknown_json), s("--no-config")],
        input: unknown_json,
    });
    let note = format!(
        "{}\n[notes]\n{} = \"{}\"\n",
        answers_file("Acme", 0, &ids),
        ids[0],
        "a long note ".repeat(MB10 / 12)
    );
    let long_note = write("long-note.toml", note.as_bytes());
    for command in ["score", "report"] {
        cases.push(Case {
            name: s("a 10 MB note"),
            args: vec![s(command), path(&long_note), s("--no-config")],
            input: long_note.clone(),
        });
    }

    // --- compare, report, agenda, items: a folder of 10 MB of answers
    // files, each file its own partner (the most partners per megabyte).
    let folder = d.join("portfolio");
    std::fs::create_dir(&folder).expect("portfolio");
    let (mut total, mut n) = (0, 0);
    while total < MB10 {
        let text = answers_file(&format!("Partner {}", n / 2), n, &ids);
        total += text.len();
        std::fs::write(folder.join(format!("p{n}.toml")), text).expect("answers");
        n += 1;
    }
    let portfolio = |args: &[&str]| {
        let mut v: Vec<String> = vec![s(args[0]), path(&folder)];
        v.extend(args[1..].iter().map(|a| s(*a)));
        v.push(s("--no-config"));
        v
    };
    let name = format!("a folder of 10 MB: {n} files, {} partners", n / 2);
    for args in [
        portfolio(&["compare"]),
        portfolio(&["compare", "--format", "json"]),
        portfolio(&["report", "--audience", "internal"]),
        portfolio(&["report", "--audience", "partner", "--partner", "Partner 7"]),
        portfolio(&["report", "--format", "markdown"]),
        portfolio(&["agenda"]),
        portfolio(&["items"]),
        portfolio(&["score"]),
        portfolio(&["validate"]),
    ] {
        cases.push(Case {
            name: name.clone(),
            args,
            input: folder.clone(),
        });
    }

    // The most files in 10 MB: each the least an answers file holds, and
    // its own partner.
    let tiny = d.join("tiny-files");
    std::fs::create_dir(&tiny).expect("tiny files");
    let (mut total, mut n) = (0, 0);
    while total < MB10 {
        let text = format!(
            "questionnaire = \"partnership-health\"\npartner = \"P{n}\"\n[answers]\n{} = 4\n",
            ids[n % ids.len()]
        );
        total += text.len();
        std::fs::write(tiny.join(format!("{n}.toml")), text).expect("answers");
        n += 1;
    }
    let name = format!("a folder of 10 MB: {n} files of one answer, one partner each");
    for command in ["compare", "report", "agenda", "actions", "items", "score"] {
        cases.push(Case {
            name: name.clone(),
            args: vec![s(command), path(&tiny), s("--no-config")],
            input: tiny.clone(),
        });
    }
    // 10 MB of answers files, each with a mistake in every line.
    let bad = d.join("bad-files");
    std::fs::create_dir(&bad).expect("bad files");
    let (mut total, mut n) = (0, 0);
    while total < MB10 {
        let mut text = String::from(
            "questionnaire = \"partnership-health\"\npartner = \"\"\ndate = \"soon\"\n[answers]\n",
        );
        for id in &ids {
            let _ = writeln!(text, "{id} = 9");
        }
        total += text.len();
        std::fs::write(bad.join(format!("{n}.toml")), text).expect("answers");
        n += 1;
    }
    let name = format!("a folder of 10 MB: {n} files, 25 mistakes each");
    for command in ["compare", "validate"] {
        cases.push(Case {
            name: name.clone(),
            args: vec![s(command), path(&bad), s("--no-config")],
            input: bad.clone(),
        });
    }
    // A partner's name of 10 MB.
    let long_name = d.join("long-name");
    std::fs::create_dir(&long_name).expect("long name");
    let named = answers_file(&"Acme ".repeat(MB10 / 5), 0, &ids);
    std::fs::write(long_name.join("acme.toml"), named).expect("answers");
    for command in ["compare", "report", "agenda", "score"] {
        cases.push(Case {
            name: s("an answers file, its partner's name 10 MB"),
            args: vec![s(command), path(&long_name), s("--no-config")],
            input: long_name.clone(),
        });
    }

    // --- validate, questions: a 10 MB questionnaire.
    let mut q = String::from(QUESTIONNAIRE_HEAD);
    let mut k = 0;
    while q.len() < MB10 {
        let _ = write!(
            q,
            "\n[[dimension.question]]\nid = \"q{k}\"\ntext = \"Statement number {k} about the partnership, as long as a real one is.\"\n"
        );
        k += 1;
    }
    let many_questions = write("many-questions.toml", q.as_bytes());
    for command in ["validate", "questions", "template", "form"] {
        let mut args = vec![s(command)];
        if command == "validate" {
            args.push(path(&many_questions));
        } else {
            args.extend([s("--questionnaire"), path(&many_questions)]);
        }
        if command != "validate" && command != "questions" {
            args.extend([s("--output"), path(&d.join(format!("q-{command}.out")))]);
            args.push(s("--force"));
        }
        args.push(s("--no-config"));
        cases.push(Case {
            name: format!("a 10 MB questionnaire ({k} questions)"),
            args,
            input: many_questions.clone(),
        });
    }
    let mut q = String::from(QUESTIONNAIRE_HEAD);
    let mut k = 0;
    while q.len() < MB10 {
        let _ = write!(q, "\n[[dimension.question]]\nid = \"Q {k}\"\ntext = \"\"\n");
        k += 1;
    }
    let bad_questions = write("bad-questions.toml", q.as_bytes());
    cases.push(Case {
        name: format!("a 10 MB questionnaire, {k} bad questions"),
        args: vec![s("validate"), path(&bad_questions), s("--no-config")],
        input: bad_questions,
    });
    let mut r = String::from(
        "[rubric]\n[[rubric.band]]\nid = \"high\"\nlabel = \"High\"\nmin = 3.5\n[[rubric.band]]\nid = \"low\"\nlabel = \"Low\"\nmin = 1.0\n",
    );
    let mut k = 0;
    while r.len() < MB10 {
        let _ = write!(
            r,
            "\n[[rubric.tier]]\nid = \"t{k}\"\nlabel = \"Tier {k}\"\nwhen = [\"overall >= {}.{}\", \"lowest < {}.5\", \"count(high) >= {}\", \"gap(learning) <= 1\"]\n",
            1 + k % 4,
            k % 10,
            1 + k % 4,
            k % 4
        );
        k += 1;
    }
    r.push_str("\n[[rubric.tier]]\nid = \"last\"\nlabel = \"Last\"\nwhen = []\n");
    let rubric = write("rubric.toml", r.as_bytes());
    cases.push(Case {
        name: format!("a 10 MB rubric ({k} tiers)"),
        args: vec![
            s("validate"),
            s("--rubric"),
            path(&rubric),
            s("--no-config"),
        ],
        input: rubric.clone(),
    });
    cases.push(Case {
        name: format!("a 10 MB rubric ({k} tiers)"),
        args: vec![
            s("score"),
            path(&folder.join("p0.toml")),
            s("--rubric"),
            path(&rubric),
            s("--no-config"),
        ],
        input: rubric,
    });

    // --- a 10 MB translation file.
    let mut t = String::from(
        "translation_of = \"partnership-health\"\nversion = \"1.1.0\"\nlang = \"fr\"\n",
    );
    let mut k = 0;
    while t.len() < MB10 {
        let _ = write!(
            t,
            "\n[question.not-a-question-{k}]\ntext = \"Une affirmation qui n'est pas dans le questionnaire.\"\n"
        );
        k += 1;
    }
    let translation = write("many.fr.toml", t.as_bytes());
    cases.push(Case {
        name: format!("a 10 MB translation, {k} unknown questions"),
        args: vec![
            s("questions"),
            s("--translation"),
            path(&translation),
            s("--no-config"),
        ],
        input: translation,
    });
    let t = format!(
        "translation_of = \"partnership-health\"\nversion = \"1.1.0\"\nlang = \"fr\"\ntitle = \"{}\"\n",
        "Un titre long. ".repeat(MB10 / 15)
    );
    let translation = write("long.fr.toml", t.as_bytes());
    for command in ["questions", "form"] {
        let mut args = vec![s(command), s("--translation"), path(&translation)];
        if command == "form" {
            args.extend([s("--output"), path(&d.join("form.html")), s("--force")]);
        }
        args.push(s("--no-config"));
        cases.push(Case {
            name: s("a 10 MB translation, a 10 MB title"),
            args,
            input: translation.clone(),
        });
    }

    // --- a 10 MB project file.
    let project = format!(
        "organization = \"{}\"\nanswers = \"{}\"\n",
        "Our Organisation ".repeat(MB10 / 17),
        path(&folder).replace('\\', "\\\\")
    );
    let project = write("partnercheck.toml", project.as_bytes());
    for command in ["compare", "report"] {
        cases.push(Case {
            name: s("a 10 MB project file (its organization's name)"),
            args: vec![s(command), s("--config"), path(&project)],
            input: project.clone(),
        });
    }
    let mut p = String::new();
    let mut k = 0;
    while p.len() < MB10 {
        let _ = writeln!(p, "# a comment line {k} of a project file");
        k += 1;
    }
    p.push_str("min_respondents = 0\n");
    let project = write("comments.toml", p.as_bytes());
    cases.push(Case {
        name: s("a 10 MB project file of comments, one bad value"),
        args: vec![s("compare"), path(&folder), s("--config"), path(&project)],
        input: project,
    });
    cases
}

/// A questionnaire's start, up to its first dimension's questions.
const QUESTIONNAIRE_HEAD: &str = r#"id = "big"
title = "Big"
version = "1"

[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]

[rubric]
[[rubric.band]]
id = "high"
label = "High"
min = 3.5
[[rubric.band]]
id = "low"
label = "Low"
min = 1.0
[[rubric.tier]]
id = "all"
label = "All"
when = []

[[dimension]]
id = "only"
name = "Only"
"#;

/// An answers file of the default instrument, every question answered.
fn answers_file(partner: &str, n: usize, ids: &[String]) -> String {
    let mut text = format!(
        "questionnaire = \"partnership-health\"\npartner = \"{partner}\"\nrespondent = \"R{n}\"\nside = \"{}\"\ndate = 2026-{:02}-01\n\n[answers]\n",
        if n.is_multiple_of(2) { "us" } else { "them" },
        5 + n % 2 * 6
    );
    for (j, id) in ids.iter().enumerate() {
        let _ = writeln!(text, "{id} = {}", 1 + (n + j) % 5);
    }
    text
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
