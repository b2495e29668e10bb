//! Regression tests, each named after the bug it pins down.

use crate::common::Test;

const ACME: &str =
    "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n[answers]\nca-shared-values = 4\n";

/// `compare` on a folder that holds a file whose name is not UTF-8
/// (`caf\xe9.toml`) failed with "no such file": paths were turned into
/// strings and back.
#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let t = Test::new().write("answers/plain.toml", ACME);
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
    std::fs::write(t.path("answers").join(name), ACME).unwrap();
    let out = t
        .run_args(&["compare", "answers", "--format", "json"])
        .code(0);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["partners"][0]["files"], 2, "{}", out.stdout);
}

/// A symlink inside a folder given to `compare` (`env.toml ->
/// /proc/self/environ`) was followed, and the parse error quoted the whole
/// environment on stderr. Folder walks no longer follow links unless
/// `--follow` asks.
#[cfg(unix)]
#[test]
fn a_symlink_in_a_folder_is_not_followed_unless_asked() {
    let t = Test::new()
        .write("answers/acme.toml", ACME)
        .write("secret.toml", "SECRET_TOKEN=hunter2\nquestionnaire = 1\n");
    std::os::unix::fs::symlink(t.path("secret.toml"), t.path("answers/env.toml")).unwrap();
    let out = t
        .run_args(&["compare", "answers", "--format", "json"])
        .code(0);
    assert!(!out.stderr.contains("hunter2"), "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["partners"][0]["files"], 1);
    // With --follow the link is read (and here it is not an answers file).
    let out = t.run_args(&["compare", "answers", "--follow"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("env.toml"), "{}", out.stderr);
}

/// `--output /dev/stdout` was refused without `--force`, though devices are
/// written into, never replaced.
#[cfg(unix)]
#[test]
fn output_to_a_device_needs_no_force() {
    let t = Test::new();
    let out = t
        .run_args(&["template", "--partner", "Acme", "--output", "/dev/stdout"])
        .code(0);
    assert!(out.stdout.contains("partner = \"Acme\""), "{}", out.stdout);
}

/// `report --format markdown --output /dev/stdout` wrote `/dev/stdout-…svg`
/// charts into /dev. Charts go beside a regular file only.
#[cfg(unix)]
#[test]
fn a_markdown_report_to_a_device_writes_no_chart_beside_it() {
    let t = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-them.toml");
    let out = t
        .run_args(&[
            "report",
            "samples",
            "--format",
            "markdown",
            "--output",
            "/dev/stdout",
        ])
        .code(0);
    assert!(out.stdout.contains("# "), "{}", out.stdout);
    let strays: Vec<_> = std::fs::read_dir("/dev")
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("stdout-"))
        .collect();
    assert!(strays.is_empty(), "{strays:?}");
}

/// The Markdown report was written, then a chart failed (a folder in the
/// way) and the command exited 2 — after writing. Now nothing is written.
#[test]
fn a_report_whose_chart_cannot_be_written_writes_nothing() {
    let t = Test::new()
        .copy("samples/acme-logistics.toml")
        .copy("samples/acme-logistics-them.toml");
    std::fs::create_dir_all(t.path("out/report-acme-logistics.svg")).unwrap();
    let out = t.run_args(&[
        "report",
        "samples",
        "--format",
        "markdown",
        "--output",
        "out/report.md",
        "--force",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(!t.path("out/report.md").exists());
    let left: Vec<_> = std::fs::read_dir(t.path("out")).unwrap().collect();
    assert_eq!(left.len(), 1, "only the folder in the way: {left:?}");
}

/// A duplicate id points at both places: where it is used again, and where
/// it was first defined.
#[test]
fn a_duplicate_id_points_at_its_first_definition() {
    let q = std::fs::read_to_string(crate::common::repo("questionnaires/partnership-pulse.toml"))
        .unwrap()
        .replacen("id = \"ca-transparency\"", "id = \"ca-open-dialogue\"", 1);
    let t = Test::new().write("dup.toml", &q);
    let out = t.run_args(&["validate", "dup.toml"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("question id `ca-open-dialogue` is used twice"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("first defined here"), "{}", out.stderr);
    // The label sits under the first definition's line.
    let first_line = q
        .lines()
        .position(|l| l.contains("ca-open-dialogue"))
        .unwrap()
        + 1;
    assert!(
        out.stderr
            .contains(&format!("\n{first_line} | id = \"ca-open-dialogue\"")),
        "{}",
        out.stderr
    );
}
