//! Writes that never lose a file: the names `import` chooses, re-imports,
//! things in the way, killed runs, and one open file however many are
//! written.

use std::collections::BTreeMap;
use std::process::Command;

use crate::common::{Output, Test};

fn written(t: &Test, dir: &str) -> BTreeMap<String, String> {
    std::fs::read_dir(t.path(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect()
}

fn import(t: &Test, args: &[&str]) -> Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--output-dir", "out"]);
    t.run_args(&all)
}

fn entries(t: &Test, dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(t.path(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const HEAD: &str = "partner,side,respondent,mg-both-benefit\n";

#[test]
fn anonymous_rows_keep_their_row_or_response_id_and_names_are_transliterated() {
    let t = Test::new()
        .write("out/.keep", "")
        .write(
            "a.csv",
            &format!("{HEAD}Acme,us,Müller,4\nAcme,us,,5\nAcme,them,東京,3\n"),
        )
        .write(
            "q.csv",
            "ResponseId,partner,mg-both-benefit\nR_2abcDEF,Globex,4\n,Globex,2\n",
        );
    import(&t, &["a.csv", "q.csv"]).code(0);
    let files = written(&t, "out");
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "acme-them-row-4.toml",
            "acme-us-muller.toml",
            "acme-us-row-3.toml",
            "globex-us-id-r-2abcdef.toml",
            "globex-us-row-3.toml",
        ]
    );
}

/// Regression: `row 2` as a respondent beside an anonymous row 2: the second
/// replaced the first and the summary counted both.
#[test]
fn two_rows_under_one_name_are_an_error_and_nothing_is_written() {
    let t = Test::new()
        .write("out/.keep", "")
        .write("a.csv", &format!("{HEAD}Acme,us,,4\n"))
        .write("b.csv", &format!("{HEAD}Acme,us,row 2,5\n"));
    import(&t, &["a.csv", "b.csv"])
        .fails_with(&["b.csv row 2 and a.csv row 2 would both be written as acme-us-row-2.toml"]);
    assert!(written(&t, "out").is_empty());
}

#[test]
fn the_same_export_twice_is_an_error() {
    let t = Test::new()
        .write("out/.keep", "")
        .write("a.csv", &format!("{HEAD}Acme,us,Jo,4\n"));
    import(&t, &["a.csv", "a.csv"]).fails_with(&["a.csv is given twice"]);
    import(&t, &["a.csv", "./a.csv"]).fails_with(&["./a.csv is given twice (also as a.csv)"]);
    assert!(written(&t, "out").is_empty());
}

/// Regression: a rerun on a grown export failed on the first existing file.
#[test]
fn a_grown_export_adds_its_new_rows_and_leaves_the_old_ones_alone() {
    let t = Test::new()
        .write("out/.keep", "")
        .write("a.csv", &format!("{HEAD}Acme,us,Jo,4\nAcme,us,,5\n"));
    import(&t, &["a.csv", "--round", "2026-11-01"]).code(0);
    let before = written(&t, "out");
    assert!(before["acme-us-jo.toml"].contains("round = 2026-11-01"));
    // The export grows; the rerun gives no --round: the files keep theirs.
    let t = t.write(
        "a.csv",
        &format!("{HEAD}Acme,us,Jo,4\nAcme,us,,5\nAcme,them,Ann,2\n"),
    );
    let out = import(&t, &["a.csv"]).code(0);
    assert!(
        out.stderr
            .contains("wrote 1 answers file in out (1 new, 2 unchanged, 0 replaced)"),
        "{}",
        out.stderr
    );
    let after = written(&t, "out");
    assert_eq!(after["acme-us-jo.toml"], before["acme-us-jo.toml"]);
    assert_eq!(after["acme-us-row-3.toml"], before["acme-us-row-3.toml"]);
    assert!(after.contains_key("acme-them-ann.toml"));

    // Another answer in an existing file's row: an error naming the file
    // and the row, and nothing is written, not even a new row.
    let t = t.write(
        "a.csv",
        &format!("{HEAD}Acme,us,Jo,1\nAcme,us,,5\nAcme,them,Ann,2\nAcme,them,Bo,3\n"),
    );
    import(&t, &["a.csv"]).fails_with(&[
        "out/acme-us-jo.toml: already exists with other answers than a.csv row 2",
        "--force",
        "nothing was written",
    ]);
    assert!(!written(&t, "out").contains_key("acme-them-bo.toml"));
    assert_eq!(
        written(&t, "out")["acme-us-jo.toml"],
        before["acme-us-jo.toml"]
    );
    // --force replaces it, keeping its round.
    let out = import(&t, &["a.csv", "--force"]).code(0);
    assert!(
        out.stderr.contains("(1 new, 2 unchanged, 1 replaced)"),
        "{}",
        out.stderr
    );
    let jo = &written(&t, "out")["acme-us-jo.toml"];
    assert!(
        jo.contains("mg-both-benefit = 1") && jo.contains("round = 2026-11-01"),
        "{jo}"
    );
    // --round given: another round is other content.
    import(&t, &["a.csv", "--round", "2026-12-01"])
        .fails_with(&["already exists with other answers"]);
}

#[cfg(unix)]
#[test]
fn a_folder_a_dangling_link_or_a_fifo_in_the_way_is_named_and_nothing_is_written() {
    let t = Test::new().write("out/.keep", "").write(
        "a.csv",
        &format!("{HEAD}Acme,us,Jo,4\nAcme,us,Ann,5\nAcme,us,Bo,3\n"),
    );
    std::os::unix::fs::symlink(t.path("nowhere"), t.path("out/acme-us-ann.toml")).unwrap();
    import(&t, &["a.csv"]).fails_with(&["out/acme-us-ann.toml", "a dangling symbolic link"]);
    assert!(!t.path("nowhere").exists());
    std::fs::remove_file(t.path("out/acme-us-ann.toml")).unwrap();
    // A FIFO: without care, opening it waits for a reader for ever.
    let ok = Command::new("mkfifo")
        .arg(t.path("out/acme-us-bo.toml"))
        .status()
        .expect("mkfifo");
    assert!(ok.success());
    import(&t, &["a.csv"]).fails_with(&["out/acme-us-bo.toml", "a FIFO"]);
    std::fs::remove_file(t.path("out/acme-us-bo.toml")).unwrap();
    std::fs::create_dir(t.path("out/acme-us-bo.toml")).unwrap();
    import(&t, &["a.csv"]).fails_with(&["out/acme-us-bo.toml", "is a folder"]);
    assert!(
        written(&t, "out").is_empty(),
        "nothing before the check failed"
    );
}

fn rows(n: usize, partner: impl Fn(usize) -> String) -> String {
    let mut csv = HEAD.to_owned();
    for i in 0..n {
        csv.push_str(&format!("{},us,R{i},{}\n", partner(i), 1 + i % 5));
    }
    csv
}

/// Runs partnercheck under `ulimit -n LIMIT`.
#[cfg(unix)]
fn limited(t: &Test, limit: u32, args: &str) -> std::process::Output {
    Command::new("sh")
        .current_dir(t.dir())
        .arg("-c")
        .arg(format!(
            "ulimit -n {limit} && exec '{}' {args}",
            env!("CARGO_BIN_EXE_partnercheck")
        ))
        .output()
        .unwrap()
}

/// Regression: one open temporary file per output: 252 rows failed at
/// `ulimit -n 256`, a report of 300 partners too.
#[cfg(unix)]
#[test]
fn many_files_are_written_with_few_file_descriptors() {
    let t = Test::new()
        .write("out/.keep", "")
        .write("a.csv", &rows(252, |_| "Acme".to_owned()));
    let out = limited(&t, 64, "import a.csv --output-dir out");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(written(&t, "out").len(), 252);

    let t = Test::new()
        .write("out/.keep", "")
        .write("p.csv", &rows(300, |i| format!("Partner {i}")));
    import(&t, &["p.csv"]).code(0);
    let out = limited(
        &t,
        64,
        "report out --format markdown --output r.md --audience internal",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svgs = entries(&t, ".")
        .iter()
        .filter(|n| n.ends_with(".svg"))
        .count();
    assert_eq!(svgs, 300);
}

/// Regression: a chart whose name is too long was found out after the
/// report had replaced the old one, then it exited 2.
#[test]
fn a_chart_name_too_long_leaves_the_old_report_alone() {
    let t = Test::new()
        .write("out/.keep", "")
        .write("a.csv", &format!("{HEAD}Acme,us,Jo,4\n"));
    import(&t, &["a.csv"]).code(0);
    let report = format!("{}.md", "r".repeat(250));
    let t = t.write(&report, "old report");
    t.run_args(&[
        "report", "out", "--format", "markdown", "--output", &report, "--force",
    ])
    .fails_with(&["the file name is", "more than the 255"]);
    assert_eq!(t.read(&report), "old report");
}

/// A killed import leaves whole files and temporaries named by its
/// process; a rerun removes those and completes the import.
#[cfg(unix)]
#[test]
fn a_killed_import_is_completed_by_running_it_again() {
    let t = Test::new()
        .write("out/.keep", "")
        .write("a.csv", &rows(3000, |_| "Acme".to_owned()));
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(t.dir())
        .args(["import", "a.csv", "--output-dir", "out"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it while it writes: wait for the first file, then SIGKILL.
    let start = std::time::Instant::now();
    while written(&t, "out").len() < 10 && start.elapsed().as_secs() < 20 {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // A temporary file of a process that is gone, as a kill leaves it.
    let t = t
        .write(".keep", "")
        .write("out/.partnercheck-2147483000-x1y2z3.tmp", "half");
    for (name, text) in written(&t, "out") {
        assert!(text.contains("source = \"a.csv row"), "{name} is whole");
    }
    let out = import(&t, &["a.csv"]).code(0);
    assert!(out.stderr.contains("0 replaced"), "{}", out.stderr);
    assert_eq!(written(&t, "out").len(), 3000);
    let left: Vec<String> = entries(&t, "out")
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Regression: a `partnercheck.toml` in a parent folder saying
/// `questionnaire = "/proc/self/environ"` made `score` print the
/// environment's first line in its error.
#[cfg(target_os = "linux")]
#[test]
fn a_project_file_of_someone_else_is_ignored_and_no_secret_is_quoted() {
    let t = Test::new()
        .write(
            "partnercheck.toml",
            "questionnaire = \"/proc/self/environ\"\nanswers = \"answers\"\n",
        )
        .write(
            "sub/a.toml",
            "questionnaire = \"partnership-health\"\npartner = \"Acme\"\n",
        );
    let secret = [("PARTNERCHECK_TEST_SECRET", "tok-3141592653")];
    let score = |env: &[(&str, &str)]| {
        let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_partnercheck"));
        cmd.current_dir(t.path("sub"))
            .args(["score", "a.toml"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        for (k, v) in secret.iter().chain(env) {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    // Ours: used, and the file it names is no text file of ours: not quoted.
    let (code, out) = score(&[]);
    assert_eq!(code, Some(2), "{out}");
    assert!(
        out.contains("/proc/self/environ: is not a text file"),
        "{out}"
    );
    assert!(!out.contains("tok-3141592653"), "{out}");
    // Someone else's: ignored, and stderr says why.
    std::os::unix::fs::chown(t.path("partnercheck.toml"), Some(54321), Some(54321)).unwrap();
    let (code, out) = score(&[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("partnercheck.toml: ignored: it belongs to user 54321"),
        "{out}"
    );
    assert!(out.contains("PARTNERCHECK_SAFE_DIRS"), "{out}");
    assert!(!out.contains("tok-3141592653"), "{out}");
    // Its folder listed as safe: used again (and still nothing quoted).
    let safe = format!("/nonexistent:{}", t.dir().display());
    let (code, out) = score(&[("PARTNERCHECK_SAFE_DIRS", &safe)]);
    assert_eq!(code, Some(2), "{out}");
    assert!(!out.contains("ignored"), "{out}");
    assert!(!out.contains("tok-3141592653"), "{out}");
    // --config FILE is always used.
    let out = t.run_args(&["--config", "partnercheck.toml", "validate"]);
    assert!(!out.stderr.contains("ignored"), "{}", out.stderr);
}

/// Regression: two imports into one folder at once both succeeded and the
/// files were a mix. Now the later writer of a name fails ("already
/// exists") and every file is one run's.
#[test]
fn two_imports_at_once_never_mix_their_files() {
    for _ in 0..3 {
        let csv = |v: usize| {
            let mut csv = HEAD.to_owned();
            for i in 0..300 {
                csv.push_str(&format!("Acme,us,R{i},{v}\n"));
            }
            csv
        };
        let t = Test::new()
            .write("out/.keep", "")
            .write("a.csv", &csv(1))
            .write("b.csv", &csv(5));
        let spawn = |file: &str| {
            Command::new(env!("CARGO_BIN_EXE_partnercheck"))
                .current_dir(t.dir())
                .args(["import", file, "--output-dir", "out"])
                .output()
                .unwrap()
        };
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| spawn("a.csv"));
            let b = s.spawn(|| spawn("b.csv"));
            (a.join().unwrap(), b.join().unwrap())
        });
        let failed = [&a, &b].iter().filter(|o| !o.status.success()).count();
        assert!(failed >= 1, "both succeeded");
        for o in [&a, &b].iter().filter(|o| !o.status.success()) {
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.contains("already exists"), "{err}");
        }
        let values: std::collections::BTreeSet<bool> = written(&t, "out")
            .values()
            .map(|text| text.contains("mg-both-benefit = 1\n"))
            .collect();
        assert!(values.len() <= 1, "files from both runs");
    }
}
