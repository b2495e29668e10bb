//! The dependency rule of ARCHITECTURE.md, checked on the source: each
//! layer imports only the layers below it, and model and engine never
//! reach the command line, the terminal or presentation.

use std::fs;
use std::path::Path;

/// What each top-level module of the crate may use of the others, and
/// which outside crates it must not use.
const RULES: &[(&str, &[&str], &[&str])] = &[
    ("diag", &["sanitize"], TERMINAL),
    ("sanitize", &[], TERMINAL),
    ("model", &["diag", "sanitize", "model"], TERMINAL),
    ("engine", &["diag", "sanitize", "model", "engine"], TERMINAL),
    (
        "present",
        &["diag", "sanitize", "model", "engine", "present"],
        &["clap", "dialoguer", "ctrlc"],
    ),
    ("error", &["diag", "sanitize"], TERMINAL),
    (
        "io",
        &["diag", "sanitize", "model", "engine", "error", "io"],
        &["clap", "dialoguer", "ctrlc", "comfy_table"],
    ),
];

/// Crates that draw on a terminal or parse a command line.
const TERMINAL: &[&str] = &["clap", "console", "dialoguer", "comfy_table", "ctrlc"];

const MODULES: &[&str] = &[
    "cli", "commands", "diag", "engine", "error", "io", "model", "present", "sanitize",
];

fn sources(path: &Path, out: &mut Vec<(String, String)>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).unwrap() {
            sources(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push((
            path.display().to_string(),
            fs::read_to_string(path).unwrap(),
        ));
    }
}

/// The crate modules a line of code names (`crate::engine::…`), comments
/// left out.
fn used_modules(code: &str) -> Vec<&'static str> {
    let code = code.split("//").next().unwrap_or("");
    MODULES
        .iter()
        .filter(|m| {
            code.match_indices(&format!("crate::{m}")).any(|(i, s)| {
                !code[i + s.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
        .copied()
        .collect()
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    for (module, allowed, banned) in RULES {
        let mut files = Vec::new();
        let dir = src.join(module);
        if dir.is_dir() {
            sources(&dir, &mut files);
        } else {
            sources(&src.join(format!("{module}.rs")), &mut files);
        }
        assert!(!files.is_empty(), "no source for `{module}`");
        for (file, text) in &files {
            for (n, line) in text.lines().enumerate() {
                let code = line.trim_start();
                if code.starts_with("//") {
                    continue;
                }
                for used in used_modules(code) {
                    if used != *module && !allowed.contains(&used) {
                        broken.push(format!("{file}:{}: `{module}` uses `{used}`", n + 1));
                    }
                }
                for krate in *banned {
                    if code.contains(&format!("{krate}::"))
                        && !code.contains(&format!("_{krate}::"))
                    {
                        broken.push(format!("{file}:{}: `{module}` uses `{krate}`", n + 1));
                    }
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "the dependency rule is broken:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_rule_catches_an_import_that_goes_up() {
    assert_eq!(used_modules("use crate::present::words;"), ["present"]);
    assert_eq!(
        used_modules("use crate::io::read::emit; // crate::cli"),
        ["io"]
    );
    assert!(used_modules("let x = crate::iota;").is_empty());
}
