//! The integration-test harness: a temporary folder, files written into it,
//! and the real binary run inside it.

use std::path::{Path, PathBuf};

use tempfile::TempDir;

pub struct Test {
    dir: TempDir,
    args: Vec<String>,
    stdin: Option<String>,
    env: Vec<(String, String)>,
}

/// What a run of the binary gave.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Test {
    pub fn new() -> Self {
        Test {
            dir: tempfile::tempdir().expect("temp dir"),
            args: Vec::new(),
            stdin: None,
            env: Vec::new(),
        }
    }

    /// Writes a file (folders created as needed) relative to the test folder.
    pub fn write(self, name: &str, contents: &str) -> Self {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(path, contents).expect("write file");
        self
    }

    /// Copies a file of the repository (e.g. `samples/acme-logistics.toml`)
    /// into the test folder under the same relative name.
    pub fn copy(self, repo_path: &str) -> Self {
        let text = std::fs::read_to_string(repo(repo_path)).expect("repository file");
        self.write(repo_path, &text)
    }

    pub fn args(mut self, args: &[&str]) -> Self {
        self.args = args.iter().map(|s| s.to_string()).collect();
        self
    }

    pub fn stdin(mut self, input: &str) -> Self {
        self.stdin = Some(input.to_owned());
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("read file")
    }

    /// Runs `partnercheck ARGS` in the test folder.
    pub fn run(&self) -> Output {
        self.run_with(
            &self.args.iter().map(String::as_str).collect::<Vec<_>>(),
            &[],
        )
    }

    /// Runs `partnercheck ARGS`, leaving the test as it is (to run it again).
    pub fn run_args(&self, args: &[&str]) -> Output {
        self.run_with(args, &[])
    }

    /// Runs `partnercheck` with other arguments and extra environment
    /// variables, leaving the test as it is (to run it again).
    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_partnercheck"));
        cmd.current_dir(self.dir.path())
            .args(args)
            .env_remove("NO_COLOR")
            .env("COLUMNS", "200")
            .env("RUST_BACKTRACE", "1");
        for (k, v) in self
            .env
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .chain(env.iter().copied())
        {
            cmd.env(k, v);
        }
        cmd.write_stdin(self.stdin.clone().unwrap_or_default());
        let out = cmd.output().expect("run partnercheck");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }
}

impl Output {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn code(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "exit code {} (wanted {code})\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    /// Asserts a failure as the exit-code contract says: exit 2, nothing on stdout, one
    /// message on stderr that contains every `needle`, and no panic.
    #[track_caller]
    pub fn fails_with(self, needles: &[&str]) -> Self {
        let out = self.code(2);
        assert_eq!(out.stdout, "", "nothing is printed on stdout on error");
        assert!(out.stderr.starts_with("error: "), "stderr: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "stderr: {}", out.stderr);
        assert!(
            !out.stderr.contains("RUST_BACKTRACE"),
            "stderr: {}",
            out.stderr
        );
        for needle in needles {
            assert!(
                out.stderr.contains(needle),
                "stderr lacks {needle:?}:\n{}",
                out.stderr
            );
        }
        out
    }
}

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

// ------------------------------------------------------ outside tools

/// Whether the tests run in CI: `CI` is set to anything non-empty.
pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// The first of `names` found as a program on `PATH`.
pub fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        names.iter().find_map(|name| {
            [name.to_string(), format!("{name}.exe")]
                .into_iter()
                .map(|file| dir.join(file))
                .find(|p| p.is_file())
        })
    })
}

/// The one rule for a test that needs a tool from outside the project
/// (a browser, a shell…): `found` is where the test found it.
///
/// Found: its path. Missing: under CI (`CI` set, see [`in_ci`]) the test
/// fails, saying what to install; elsewhere a note goes to the terminal and
/// `None` comes back, for the test to return early:
///
/// ```ignore
/// let Some(bash) = common::require_tool("bash", common::find_program(&["bash"]), "…") else {
///     return;
/// };
/// ```
#[track_caller]
pub fn require_tool(name: &str, found: Option<PathBuf>, install: &str) -> Option<PathBuf> {
    if found.is_some() {
        return found;
    }
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("this test");
    if in_ci() {
        panic!(
            "{test} needs {name}, which is not installed ({install}); \
             CI is set, so a missing tool fails the test instead of leaving it unrun"
        );
    }
    // Straight to stderr: the test harness would swallow eprintln! of a
    // passing test, and a test that did not run should be seen.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "note: {test} did not run: {name} is not installed ({install}); \
         with CI set it would fail"
    );
    None
}

/// Node with the browser driver's packages (`packages` under
/// tests/browser/node_modules) installed: the driver's folder. Missing
/// under CI fails the test ([`require_tool`]).
#[track_caller]
pub fn node_driver(packages: &[&str]) -> Option<PathBuf> {
    let driver = repo("tests/browser");
    require_tool(
        "node",
        find_program(&["node"]),
        "apt-get install nodejs npm",
    )?;
    let found = packages
        .iter()
        .all(|p| driver.join("node_modules").join(p).is_dir())
        .then(|| driver.clone());
    require_tool(
        &packages.join(" and "),
        found,
        "npm ci --prefix tests/browser",
    )
}

/// Headless Chromium: `PARTNERCHECK_CHROMIUM`, else /usr/bin/chromium, else
/// `chromium` or `chromium-browser` on `PATH`. Missing under CI fails the
/// test ([`require_tool`]).
#[track_caller]
pub fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("PARTNERCHECK_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from("/usr/bin/chromium")))
        .filter(|p| p.exists())
        .or_else(|| find_program(&["chromium", "chromium-browser"]));
    require_tool("chromium", found, "apt-get install chromium")
}

/// Runs of three or more words of the English catalogue file
/// `src/present/locales/en/PART.ftl`, from the messages (and attributes)
/// whose id `take` accepts: the literal text of each pattern and of each
/// variant of a select, outside its variables, cut at punctuation. The
/// phrases an untranslated message would leave on a page or a screen.
pub fn english_phrases(part: &str, take: impl Fn(&str) -> bool) -> Vec<String> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &Pattern<&str>, runs: &mut Vec<String>) {
        // A variable or a reference ends a run; a select's variants are
        // runs of their own.
        let mut run = String::new();
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => run.push_str(value),
                PatternElement::Placeable { expression } => {
                    runs.push(std::mem::take(&mut run));
                    match expression {
                        Expression::Select { variants, .. } => {
                            for v in variants {
                                pattern(&v.value, runs);
                            }
                        }
                        Expression::Inline(InlineExpression::StringLiteral { value }) => {
                            run.push_str(value);
                        }
                        Expression::Inline(_) => {}
                    }
                }
            }
        }
        runs.push(run);
    }
    let path = repo(&format!("src/present/locales/en/{part}.ftl"));
    let text = std::fs::read_to_string(&path).expect("the English catalogue");
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("the catalogue parses");
    let mut runs = Vec::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        if !take(m.id.name) {
            continue;
        }
        if let Some(p) = &m.value {
            pattern(p, &mut runs);
        }
        for a in &m.attributes {
            pattern(&a.value, &mut runs);
        }
    }
    let mut phrases: Vec<String> = runs
        .iter()
        .flat_map(|run| run.split(|c: char| "|.,;:()—=→\"`[]?".contains(c)))
        .map(|run| run.split_whitespace().collect::<Vec<_>>())
        .filter(|words| words.len() >= 3)
        .map(|words| words.join(" "))
        .collect();
    phrases.sort();
    phrases.dedup();
    phrases
}

/// The default instrument as `questions --format json` gives it.
pub fn default_questions() -> serde_json::Value {
    let out = Test::new()
        .run_args(&["questions", "--format", "json"])
        .code(0);
    serde_json::from_str(&out.stdout).expect("questions --format json")
}
