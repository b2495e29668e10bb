#![allow(clippy::print_stdout)] // a benchmark prints its figures
//! `cargo bench --bench score`: how long `partnercheck score` takes on 1,000
//! answers files, end to end (the release binary, files on disk) and in
//! process (parse + check + score + classify). Prints figures; asserts
//! nothing about time.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use partnercheck::diag::Source;
use partnercheck::engine::assess::assess;
use partnercheck::model::answers::write::to_toml;
use partnercheck::model::answers::{Answer, AnswerSheet, RawAnswers};
use partnercheck::model::questionnaire::Questionnaire;

const FILES: usize = 1_000;
const RUNS: usize = 10;

fn main() {
    let q = Questionnaire::embedded("partnership-health").expect("default instrument");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths = Vec::new();
    let mut texts = Vec::new();
    for i in 0..FILES {
        let mut sheet = AnswerSheet::new(&q, format!("Partner {}", i % 200));
        sheet.respondent = Some(format!("Respondent {i}"));
        for (j, slot) in sheet.values.iter_mut().enumerate() {
            *slot = match (i * 7 + j * 3) % 11 {
                0 => Some(Answer::Unsure),
                k => Some(Answer::Value(1 + (k as i64 % 5))),
            };
        }
        let text = to_toml(&sheet, &q);
        let path = dir.path().join(format!("p{i:04}.toml"));
        std::fs::write(&path, &text).expect("write");
        paths.push(path);
        texts.push(text);
    }

    // In process: the pure core, no I/O.
    let start = Instant::now();
    for _ in 0..RUNS {
        for (i, text) in texts.iter().enumerate() {
            let name = format!("p{i}.toml");
            let src = Source::new(&name, text);
            let sheet = RawAnswers::parse(src)
                .and_then(|raw| raw.check(&q, src))
                .expect("valid");
            std::hint::black_box(assess(&name, &sheet, &q));
        }
    }
    let per_file = start.elapsed() / (RUNS * FILES) as u32;
    println!("in process: {per_file:?} per file (parse + check + score + classify)");

    // End to end: the binary, reading files, writing JSON.
    let bin = env!("CARGO_BIN_EXE_partnercheck");
    let run = || {
        let start = Instant::now();
        let status = Command::new(bin)
            .arg("score")
            .args(&paths)
            .args(["--format", "json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("run partnercheck");
        assert!(status.success());
        start.elapsed()
    };
    run(); // warm the page cache
    let mut times: Vec<Duration> = (0..RUNS).map(|_| run()).collect();
    times.sort();
    let mean = times.iter().sum::<Duration>() / RUNS as u32;
    println!(
        "partnercheck score, {FILES} files, --format json: mean {:.1} ms, min {:.1} ms, max {:.1} ms ({:.0} files/s)",
        ms(mean),
        ms(times[0]),
        ms(times[RUNS - 1]),
        FILES as f64 / mean.as_secs_f64()
    );

    // Peak memory, when GNU time is installed.
    if let Ok(out) = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(bin)
        .arg("score")
        .args(&paths)
        .args(["--format", "json"])
        .stdout(Stdio::null())
        .output()
    {
        let stderr = String::from_utf8_lossy(&out.stderr);
        if let Some(kb) = stderr
            .lines()
            .last()
            .and_then(|l| l.trim().parse::<u64>().ok())
        {
            println!("peak memory: {:.1} MiB", kb as f64 / 1024.0);
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
