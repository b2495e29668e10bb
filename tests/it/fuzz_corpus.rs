//! Runs each fuzz target's code (`partnercheck::fuzzing`) over its
//! committed corpus in `fuzz/corpus/`, on the stable toolchain, so CI
//! exercises what the fuzzers found interesting.

use std::path::Path;

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            (path.display().to_string(), data)
        })
        .collect();
    files.sort();
    files
}

/// Every input of the corpus, and each cut in half and with its last byte
/// flipped: none may panic.
fn run(target: &str, f: fn(&[u8])) {
    let files = corpus(target);
    assert!(files.len() >= 2, "{target}: a corpus of {}", files.len());
    for (name, data) in &files {
        let result = std::panic::catch_unwind(|| {
            f(data);
            f(&data[..data.len() / 2]);
            let mut flipped = data.clone();
            if let Some(last) = flipped.last_mut() {
                *last ^= 0x20;
            }
            f(&flipped);
        });
        assert!(result.is_ok(), "{target}: {name} panicked");
    }
}

#[test]
fn questionnaire_corpus() {
    run("questionnaire", partnercheck::fuzzing::questionnaire);
}

#[test]
fn answers_toml_corpus() {
    run("answers_toml", partnercheck::fuzzing::answers_toml);
}

#[test]
fn answers_json_corpus() {
    run("answers_json", partnercheck::fuzzing::answers_json);
}

#[test]
fn condition_corpus() {
    run("condition", partnercheck::fuzzing::condition);
}

#[test]
fn xlsx_corpus() {
    run("xlsx", partnercheck::fuzzing::xlsx);
}

#[test]
fn import_corpus() {
    run("import", partnercheck::fuzzing::import);
}
