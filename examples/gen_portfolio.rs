#![allow(clippy::print_stderr)] // a generator says what it wrote
//! Generates a portfolio of answers files for benchmarking `compare`.
//!
//! ```sh
//! cargo run --release --example gen_portfolio -- DIR FILES [PARTNERS]
//! ```
//!
//! Writes FILES answers files for the embedded `partnership-health`
//! questionnaire into DIR (in sub-folders of 1,000 files), spread over
//! PARTNERS partners (default FILES / 5), each with up to three dated rounds,
//! both sides, a few "unsure" answers, some missing answers and notes.
//! Deterministic: the same arguments give the same files.

use std::fmt::Write;
use std::path::PathBuf;

use partnercheck::model::questionnaire::Questionnaire;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(files)) = (args.next(), args.next()) else {
        eprintln!("usage: gen_portfolio DIR FILES [PARTNERS]");
        std::process::exit(2);
    };
    let files: usize = files.parse().expect("FILES is a number");
    let partners: usize = args
        .next()
        .map(|p| p.parse().expect("PARTNERS is a number"))
        .unwrap_or((files / 5).max(1));
    let q = Questionnaire::embedded("partnership-health").expect("embedded");
    let dir = PathBuf::from(dir);
    let dates = ["2025-11-20", "2026-05-14", "2026-11-20"];
    // A small xorshift generator: deterministic, no dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..files {
        let partner = i % partners;
        let nth = i / partners;
        let side = if nth.is_multiple_of(2) { "us" } else { "them" };
        let date = dates[dates.len() - 1 - (nth / 2) % dates.len()];
        // Each partner leans somewhere on the scale.
        let lean = (partner % 5) as i64;
        let mut text = String::new();
        let _ = writeln!(text, "questionnaire = \"partnership-health\"");
        let _ = writeln!(text, "questionnaire_version = \"1.0.0\"");
        let _ = writeln!(text, "partner = \"Partner {partner:05}\"");
        let _ = writeln!(text, "respondent = \"Respondent {nth}\"");
        let _ = writeln!(text, "side = \"{side}\"");
        let _ = writeln!(text, "date = {date}");
        let _ = writeln!(text, "complete = true\n\n[answers]");
        for question in &q.questions {
            let r = next();
            match r % 40 {
                0 => continue, // missing
                1 => {
                    let _ = writeln!(text, "{} = \"unsure\"", question.id);
                }
                _ => {
                    let v = (1 + (lean + (r >> 8) as i64 % 3) % 5).clamp(1, 5);
                    let _ = writeln!(text, "{} = {v}", question.id);
                }
            }
        }
        if next().is_multiple_of(4) {
            let _ = writeln!(
                text,
                "\n[notes]\nlearning = \"Quarterly review {i}: both sides share data.\""
            );
        }
        let sub = dir.join(format!("{:03}", i / 1000));
        if i.is_multiple_of(1000) {
            std::fs::create_dir_all(&sub).expect("create folder");
        }
        std::fs::write(sub.join(format!("answers-{i:06}.toml")), text).expect("write file");
    }
    eprintln!(
        "wrote {files} files for {partners} partners into {}",
        dir.display()
    );
}
