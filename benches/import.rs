#![allow(clippy::print_stdout)] // a benchmark prints its figures
//! `cargo bench --bench import`: how long `partnercheck import` takes on a
//! generated 10,000-row Google Forms-style CSV export with 23 questions,
//! end to end (the release binary, 10,000 answers files written), and the
//! pure part in process (CSV → rows → answers files' text, no I/O). Prints
//! figures; asserts nothing about time.

use std::fmt::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use partnercheck::io::import::{Defaults, Export, plan, table};
use partnercheck::model::map::ColumnMap;
use partnercheck::model::questionnaire::Questionnaire;

const ROWS: usize = 10_000;
const RUNS: usize = 3;

fn main() {
    let q = Questionnaire::embedded("partnership-health").expect("default instrument");
    let mut csv = String::from("Timestamp,Email Address,Partner,Side");
    for question in &q.questions {
        let _ = write!(csv, ",\"Statements [{}]\"", question.text);
    }
    csv.push('\n');
    for i in 0..ROWS {
        let _ = write!(
            csv,
            "2026/11/{:02} 10:15:32 AM GMT+1,person{i}@example.com,Partner {},{}",
            1 + i % 28,
            i % 200,
            if i % 2 == 0 { "us" } else { "them" }
        );
        for j in 0..q.questions.len() {
            let cell = match (i * 7 + j * 3) % 11 {
                0 => "Don't know".to_owned(),
                k => q.scale.label(1 + (k as i64 % 5)).to_owned(),
            };
            let _ = write!(csv, ",{cell}");
        }
        csv.push('\n');
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let export = dir.path().join("export.csv");
    std::fs::write(&export, &csv).expect("write export");
    println!(
        "export: {ROWS} rows, {} questions, {:.1} MiB",
        q.questions.len(),
        csv.len() as f64 / (1024.0 * 1024.0)
    );

    // In process: parse, recognise, check every cell, build every file's text.
    let (mut parsing, mut planning) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..RUNS {
        let start = Instant::now();
        let grid = table::parse_csv(&csv).expect("CSV");
        parsing += start.elapsed();
        let exports = [Export {
            name: "export.csv".into(),
            grid,
            warnings: Vec::new(),
        }];
        let start = Instant::now();
        let planned =
            plan(&exports, &q, &ColumnMap::default(), &Defaults::default()).expect("valid export");
        planning += start.elapsed();
        assert_eq!(planned.files.len(), ROWS);
        std::hint::black_box(planned);
    }
    println!(
        "in process: CSV parsing {:.0} ms; checking every row and building every file's text {:.0} ms",
        ms(parsing / RUNS as u32),
        ms(planning / RUNS as u32)
    );

    // End to end: the binary, writing 10,000 files into a fresh folder, on
    // the disk of the temporary folder and, where there is one, in memory
    // (/dev/shm): the difference is the file system's cost of creating files.
    let bin = env!("CARGO_BIN_EXE_partnercheck");
    let mut places = vec![("disk", dir.path().to_path_buf())];
    let shm = std::path::Path::new("/dev/shm");
    let in_memory = shm
        .is_dir()
        .then(|| tempfile::tempdir_in(shm).ok())
        .flatten();
    if let Some(m) = &in_memory {
        places.push(("memory", m.path().to_path_buf()));
    }
    for (place, root) in places {
        let mut n = 0;
        let mut run = || {
            n += 1;
            let out = root.join(format!("out{n}"));
            std::fs::create_dir(&out).expect("out folder");
            let start = Instant::now();
            let status = Command::new(bin)
                .arg("import")
                .arg(&export)
                .arg("--output-dir")
                .arg(&out)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("run partnercheck");
            let took = start.elapsed();
            assert!(status.success());
            assert_eq!(std::fs::read_dir(&out).expect("out").count(), ROWS);
            std::fs::remove_dir_all(&out).expect("clean up");
            took
        };
        let mut times: Vec<Duration> = (0..RUNS).map(|_| run()).collect();
        times.sort();
        println!(
            "partnercheck import, {ROWS} rows -> {ROWS} files on {place}: min {:.0} ms, median {:.0} ms, max {:.0} ms",
            ms(times[0]),
            ms(times[RUNS / 2]),
            ms(times[RUNS - 1])
        );
        // The processor time, which a busy machine does not inflate.
        let out = root.join("cpu");
        std::fs::create_dir(&out).expect("out folder");
        if let Ok(timed) = Command::new("/usr/bin/time")
            .args(["-f", "%U %S"])
            .arg(bin)
            .arg("import")
            .arg(&export)
            .arg("--output-dir")
            .arg(&out)
            .stdout(Stdio::null())
            .output()
        {
            let stderr = String::from_utf8_lossy(&timed.stderr);
            let secs: Vec<f64> = stderr
                .lines()
                .last()
                .unwrap_or("")
                .split(' ')
                .filter_map(|s| s.parse().ok())
                .collect();
            if let [user, sys] = secs[..] {
                println!(
                    "processor time on {place}: {:.0} ms user + {:.0} ms system",
                    user * 1000.0,
                    sys * 1000.0
                );
            }
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
