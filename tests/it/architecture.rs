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
    ("model", &["diag", "sanitize", "model"], OUTSIDE),
    ("engine", &["diag", "sanitize", "model", "engine"], OUTSIDE),
    (
        "present",
        &["diag", "sanitize", "model", "engine", "present"],
        &["clap", "dialoguer", "ctrlc"],
    ),
    ("error", &["diag", "sanitize"], TERMINAL),
    (
        "io",
        &["diag", "sanitize", "model", "engine", "error", "io"],
        &[
            "clap",
            "dialoguer",
            "ctrlc",
            "comfy_table",
            "axum",
            "tokio",
            "hyper",
        ],
    ),
    // `serve` is an adapter at the edge, like a command: HTTP in, the same
    // model, engine and pages out. It never reaches the command line.
    (
        "serve",
        &[
            "diag", "sanitize", "model", "engine", "present", "error", "io", "serve",
        ],
        &["clap", "dialoguer", "comfy_table"],
    ),
];

/// Crates that draw on a terminal or parse a command line.
const TERMINAL: &[&str] = &["clap", "console", "dialoguer", "comfy_table", "ctrlc"];

/// What the model and the engine never touch: the terminal, the command
/// line, the network.
const OUTSIDE: &[&str] = &[
    "clap",
    "console",
    "dialoguer",
    "comfy_table",
    "ctrlc",
    "axum",
    "tokio",
    "hyper",
];

const MODULES: &[&str] = &[
    "cli", "commands", "diag", "engine", "error", "io", "model", "present", "sanitize", "serve",
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

// ---------------------------------------------------------------------
// The file-level rules: only `commands` imports `cli`, and no circle of
// files at all. Both are checked on a map of files (path under `src/`,
// source text), so the unit tests below can feed them planted maps.
// ---------------------------------------------------------------------

use std::collections::{BTreeMap, BTreeSet};

/// Every `.rs` file under `src/`, keyed by its path under `src/` with `/`.
fn source_map() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files
        .into_iter()
        .map(|(path, text)| {
            let rel = Path::new(&path)
                .strip_prefix(&src)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            (rel, text)
        })
        .collect()
}

/// The module path of a file: `io/clock.rs` is `io::clock`, a folder's
/// `mod.rs` is the folder, `lib.rs` and `main.rs` are the crate root.
fn module_of(file: &str) -> String {
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    let stem = stem.strip_suffix("/mod").unwrap_or(stem);
    if stem == "lib" || stem == "main" {
        String::new()
    } else {
        stem.replace('/', "::")
    }
}

/// A file's code without its comments (line comments and doc comments).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The full paths a file names after `crate::`, with `use` groups
/// (`crate::io::{read::emit, walk}`) expanded: `io::read::emit`, `io::walk`.
fn crate_paths(text: &str) -> Vec<String> {
    paths_of("", text, &[])
}

/// The full module paths `file` names: its `crate::` paths, its
/// `super::` paths made absolute (inside an inline module, as a file's
/// `mod tests`, `super` is the file itself), and its paths through its own
/// `children` (the names of its module's submodules). `file` may be empty
/// when only `crate::` paths matter.
fn paths_of(file: &str, text: &str, children: &[String]) -> Vec<String> {
    let code = code_of(text);
    let bytes = code.as_bytes();
    let module: Vec<String> = module_of(file)
        .split("::")
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let inline = inline_module(&code);
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let mut pos = at + "crate::".len();
        tree(&code, bytes, &mut pos, String::new(), &mut out);
    }
    // Paths relative to the file's own module: `child::f()` or
    // `pub use child::Item` in a file whose module has a child `child`.
    // A `mod child;` declaration is not a path; everything else is.
    for child in children {
        let needle = format!("{child}::");
        for (at, _) in code.match_indices(&needle) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':' || c == '$') {
                continue;
            }
            let mut pos = at;
            tree(&code, bytes, &mut pos, module.join("::"), &mut out);
        }
    }
    for (at, _) in code.match_indices("super::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') || file.is_empty() {
            continue;
        }
        let mut pos = at;
        let mut base = module.clone();
        if at > inline {
            // `super` of the inline module: the file itself.
            pos += "super::".len();
        }
        while code[pos..].starts_with("super::") {
            base.pop();
            pos += "super::".len();
        }
        tree(&code, bytes, &mut pos, base.join("::"), &mut out);
    }
    out
}

/// Where the first inline module (`mod tests {`) of `code` begins.
fn inline_module(code: &str) -> usize {
    code.match_indices("mod ")
        .find(|(at, _)| {
            let rest = &code[at + 4..];
            let name_end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            name_end > 0 && rest[name_end..].trim_start().starts_with('{')
        })
        .map_or(usize::MAX, |(at, _)| at)
}

/// Reads a use tree at `pos` (identifiers joined by `::`, `{…}` groups),
/// pushing each full path onto `out`.
fn tree(code: &str, bytes: &[u8], pos: &mut usize, prefix: String, out: &mut Vec<String>) {
    let skip_space = |pos: &mut usize| {
        while *pos < bytes.len() && bytes[*pos].is_ascii_whitespace() {
            *pos += 1;
        }
    };
    let mut path = prefix;
    loop {
        skip_space(pos);
        if *pos < bytes.len() && bytes[*pos] == b'{' {
            *pos += 1;
            loop {
                skip_space(pos);
                if *pos >= bytes.len() {
                    return;
                }
                if bytes[*pos] == b'}' {
                    *pos += 1;
                    return;
                }
                if bytes[*pos] == b',' {
                    *pos += 1;
                    continue;
                }
                let start = *pos;
                tree(code, bytes, pos, path.clone(), out);
                if *pos == start {
                    // Not a path (`*`, `self`): step over it.
                    *pos += 1;
                }
            }
        }
        let start = *pos;
        while *pos < bytes.len() && (bytes[*pos].is_ascii_alphanumeric() || bytes[*pos] == b'_') {
            *pos += 1;
        }
        let ident = &code[start..*pos];
        if ident.is_empty() || ident == "self" {
            break;
        }
        if !path.is_empty() {
            path.push_str("::");
        }
        path.push_str(ident);
        if code[*pos..].starts_with("::") {
            *pos += 2;
        } else {
            break;
        }
    }
    if !path.is_empty() {
        out.push(path);
    }
}

/// The file a path names: the file of its longest prefix that is a
/// module, or, when the next segment is an item that module re-exports
/// (`pub use words::count;`), the file the re-export leads to.
fn resolve(
    path: &str,
    modules: &BTreeMap<String, String>,
    reexports: &BTreeMap<String, String>,
) -> Option<String> {
    let mut path = path.to_owned();
    // A re-export may lead to another re-export; a few steps are plenty.
    for _ in 0..8 {
        let segments: Vec<&str> = path.split("::").collect();
        let n = (1..=segments.len())
            .rev()
            .find(|n| modules.contains_key(&segments[..*n].join("::")))?;
        if n < segments.len() {
            let item = segments[..=n].join("::");
            if let Some(target) = reexports.get(&item) {
                let rest = segments[n + 1..].join("::");
                path = if rest.is_empty() {
                    target.clone()
                } else {
                    format!("{target}::{rest}")
                };
                continue;
            }
        }
        return modules.get(&segments[..n].join("::")).cloned();
    }
    None
}

/// The direct submodules of `module` among `modules`.
fn children_of(module: &str, modules: &BTreeMap<String, String>) -> Vec<String> {
    modules
        .keys()
        .filter_map(|m| {
            let rest = if module.is_empty() {
                m.as_str()
            } else {
                m.strip_prefix(module)?.strip_prefix("::")?
            };
            (!rest.is_empty() && !rest.contains("::")).then(|| rest.to_owned())
        })
        .collect()
}

/// The items a file brings in and so re-exports to its children or the
/// crate (`pub use path::Item;`, `use path::{A, B}`), keyed by the path they are known by (`present::count`),
/// with the full path they stand for (`present::words::count`).
fn reexports_of(file: &str, text: &str, children: &[String], into: &mut BTreeMap<String, String>) {
    let module = module_of(file);
    let code = code_of(text);
    // The file's own items only: not those of an inline `mod tests`.
    let code = &code[..inline_module(&code).min(code.len())];
    // Every `use` counts (`pub use`, `pub(crate) use`, a private `use`
    // that children reach through `super::`).
    for (at, _) in code.match_indices("use ") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| !(c.is_whitespace() || c == ')' || c == ';' || c == '}')) {
            continue;
        }
        let end = code[at..].find(';').map_or(code.len(), |e| at + e);
        let statement = &code[at + "use ".len()..end];
        // A renamed import (`use x::y as z`) is known by another name: it is
        // followed where it is used, not here.
        if statement.contains(" as ") {
            continue;
        }
        // Only the re-exported paths: the statement read as a file of its own.
        for target in paths_of(file, &format!("use {statement};"), children) {
            let name = target.rsplit("::").next().unwrap_or(&target);
            let known = if module.is_empty() {
                name.to_owned()
            } else {
                format!("{module}::{name}")
            };
            if known != target {
                into.insert(known, target);
            }
        }
    }
}

/// The import graph of files: an edge from each file to every other file
/// a `crate::`, `super::` or child-relative path of it names, re-exports
/// followed to the file that defines the item. A `mod x;` declaration is
/// not an edge; a parent calling or re-exporting its child is.
fn file_graph(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeMap<String, String> = files
        .keys()
        .filter(|f| f.as_str() != "main.rs")
        .map(|f| (module_of(f), f.clone()))
        .collect();
    let children: BTreeMap<&String, Vec<String>> = files
        .keys()
        .map(|f| (f, children_of(&module_of(f), &modules)))
        .collect();
    let mut reexports = BTreeMap::new();
    for (file, text) in files {
        reexports_of(file, text, &children[file], &mut reexports);
    }
    files
        .iter()
        .map(|(file, text)| {
            let to = paths_of(file, text, &children[file])
                .iter()
                .filter_map(|p| resolve(p, &modules, &reexports))
                .filter(|target| target != file)
                .collect();
            (file.clone(), to)
        })
        .collect()
}

/// The circles of the graph: per strongly connected group of more than one
/// file, one circle through it (first file repeated at the end) and the
/// whole group.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<(Vec<String>, Vec<String>)> {
    // Tarjan's algorithm, recursive: the graph is a few hundred files.
    struct State<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        groups: Vec<Vec<&'g str>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w);
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                s.groups.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        groups: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    // One circle through each group: a shortest way back to its first file.
    s.groups
        .into_iter()
        .map(|group| {
            let members: BTreeSet<&str> = group.iter().copied().collect();
            let start = *members.iter().next().unwrap();
            let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
            let mut queue = std::collections::VecDeque::from([start]);
            let mut last = start;
            'search: while let Some(v) = queue.pop_front() {
                for w in &graph[v] {
                    let w = w.as_str();
                    if !members.contains(w) {
                        continue;
                    }
                    if w == start {
                        last = v;
                        break 'search;
                    }
                    if !came_from.contains_key(w) {
                        came_from.insert(w, v);
                        queue.push_back(w);
                    }
                }
            }
            let mut circle = vec![start.to_owned()];
            let mut v = last;
            while v != start {
                circle.push(v.to_owned());
                v = came_from[v];
            }
            circle.push(start.to_owned());
            let end = circle.len() - 1;
            circle[1..end].reverse();
            (circle, members.iter().map(|m| (*m).to_owned()).collect())
        })
        .collect()
}

/// The no-circle rule over `files`: a message per circle.
fn circle_problems(files: &BTreeMap<String, String>) -> Vec<String> {
    circles(&file_graph(files))
        .into_iter()
        .map(|(circle, group)| {
            let mut line = format!("circle of files: {}", circle.join(" -> "));
            if group.len() + 1 > circle.len() {
                line.push_str(&format!(" (among: {})", group.join(", ")));
            }
            line
        })
        .collect()
}

/// Files outside `commands/` (and the crate root) that name `crate::cli`.
fn cli_problems(files: &BTreeMap<String, String>) -> Vec<String> {
    files
        .iter()
        .filter(|(file, _)| {
            !file.starts_with("commands/")
                && !file.starts_with("cli/")
                && !matches!(file.as_str(), "cli.rs" | "lib.rs" | "main.rs")
        })
        .filter(|(_, text)| {
            crate_paths(text)
                .iter()
                .any(|p| p == "cli" || p.starts_with("cli::"))
        })
        .map(|(file, _)| format!("{file} imports `crate::cli`: only commands/ may"))
        .collect()
}

#[test]
fn only_commands_import_the_command_line() {
    let problems = cli_problems(&source_map());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_circle_of_files() {
    let problems = circle_problems(&source_map());
    assert!(
        problems.is_empty(),
        "the file import graph must have no circle:\n{}",
        problems.join("\n")
    );
}

#[cfg(test)]
mod planted {
    use super::*;

    fn map(files: &[(&str, &str)]) -> BTreeMap<String, String> {
        files
            .iter()
            .map(|(f, t)| ((*f).to_owned(), (*t).to_owned()))
            .collect()
    }

    #[test]
    fn paths_are_read_with_their_groups_and_without_comments() {
        let paths = crate_paths(
            "use crate::io::{read::emit, walk::{self, Walk}};\n\
             // crate::cli::Cli\n\
             let x = crate::present::Format::Table; $crate::nope; mycrate::no;",
        );
        assert_eq!(
            paths,
            [
                "io::read::emit",
                "io::walk",
                "io::walk::Walk",
                "present::Format::Table"
            ]
        );
    }

    #[test]
    fn super_paths_are_made_absolute() {
        let text = "use super::aggregate::Agg;\nuse super::{figures::F, Portfolio};\n\
                    #[cfg(test)]\nmod tests {\n    use super::*;\n    use super::super::sort;\n}";
        assert_eq!(
            paths_of("engine/portfolio/rounds.rs", text, &[]),
            [
                "engine::portfolio::aggregate::Agg",
                "engine::portfolio::figures::F",
                "engine::portfolio::Portfolio",
                "engine::portfolio::rounds",
                "engine::portfolio::sort",
            ]
        );
        // A folder's mod.rs is the folder: its `super` is the folder's parent.
        assert_eq!(
            paths_of("engine/portfolio/mod.rs", "use super::assess::T;", &[]),
            ["engine::assess::T"]
        );
    }

    #[test]
    fn files_resolve_to_the_longest_module() {
        let files = map(&[
            ("lib.rs", "pub mod io;"),
            ("io/mod.rs", "pub mod clock;"),
            ("io/clock.rs", ""),
            (
                "commands/mod.rs",
                "use crate::io::clock::today; use crate::io::Thing;",
            ),
        ]);
        let graph = file_graph(&files);
        assert_eq!(
            graph["commands/mod.rs"],
            BTreeSet::from(["io/clock.rs".to_owned(), "io/mod.rs".to_owned()])
        );
    }

    #[test]
    fn a_planted_circle_fails_and_names_its_files() {
        let files = map(&[
            ("engine/a.rs", "use crate::engine::b::B;"),
            ("engine/b.rs", "use crate::engine::c::C;"),
            (
                "engine/c.rs",
                "pub fn f() -> crate::engine::a::A { todo!() }",
            ),
            ("engine/d.rs", "use crate::engine::a::A;"),
        ]);
        let problems = circle_problems(&files);
        assert_eq!(
            problems,
            ["circle of files: engine/a.rs -> engine/b.rs -> engine/c.rs -> engine/a.rs"]
        );
        // Without the circle's closing edge there is none.
        let mut open = files.clone();
        open.insert("engine/c.rs".into(), String::new());
        assert!(circle_problems(&open).is_empty());
    }

    #[test]
    fn a_parent_naming_its_child_and_the_child_its_parent_is_a_circle() {
        // The folder's mod.rs calls its child, the child uses an item the
        // mod.rs defines: a circle, though each path looks local.
        let files = map(&[
            (
                "present/mod.rs",
                "mod words;\npub fn fmt() {}\npub fn f() { words::say(); }",
            ),
            ("present/words.rs", "use crate::present::fmt;"),
        ]);
        assert_eq!(
            circle_problems(&files),
            ["circle of files: present/mod.rs -> present/words.rs -> present/mod.rs"]
        );
        // A `mod words;` declaration alone is not an edge.
        let declared = map(&[
            ("present/mod.rs", "mod words;\npub fn fmt() {}"),
            ("present/words.rs", "use crate::present::fmt;"),
        ]);
        assert!(circle_problems(&declared).is_empty());
    }

    #[test]
    fn a_re_export_is_followed_to_the_file_that_defines_the_item() {
        // words.rs uses `crate::present::fmt`, which mod.rs re-exports from
        // numbers.rs: the edge is words -> numbers, so no circle.
        let files = map(&[
            (
                "present/mod.rs",
                "mod numbers;\nmod words;\npub use numbers::fmt;\npub use words::say;",
            ),
            ("present/numbers.rs", "pub fn fmt() {}"),
            (
                "present/words.rs",
                "use crate::present::fmt;\npub fn say() {}",
            ),
        ]);
        let graph = file_graph(&files);
        assert_eq!(
            graph["present/words.rs"],
            BTreeSet::from(["present/numbers.rs".to_owned()])
        );
        assert!(circle_problems(&files).is_empty());
        // A renamed import is not a re-export under the old name.
        let renamed = map(&[
            ("io/mod.rs", "mod clock;\nuse crate::sanitize::clock as c;"),
            ("io/clock.rs", ""),
            ("sanitize.rs", ""),
            ("commands/x.rs", "use crate::io::clock::today;"),
        ]);
        assert_eq!(
            file_graph(&renamed)["commands/x.rs"],
            BTreeSet::from(["io/clock.rs".to_owned()])
        );
    }

    #[test]
    fn a_planted_cli_import_outside_commands_fails() {
        let files = map(&[
            ("cli.rs", "use crate::io::walk::Walk;"),
            ("commands/score.rs", "use crate::cli::ScoreArgs;"),
            (
                "commands/interview/mod.rs",
                "use crate::cli::InterviewArgs;",
            ),
            ("engine/score.rs", "use crate::cli::Cli;"),
            ("present/table/mod.rs", "use crate::{cli::Format, model};"),
            ("io/read.rs", "// crate::cli in a comment is fine"),
            ("main.rs", "use crate::cli::Cli;"),
        ]);
        assert_eq!(
            cli_problems(&files),
            [
                "engine/score.rs imports `crate::cli`: only commands/ may",
                "present/table/mod.rs imports `crate::cli`: only commands/ may",
            ]
        );
    }
}

/// The graph is read from the real tree (so the no-circle test is not
/// vacuous), and `cli → commands` has no way back: the command line takes
/// its dates and walks from below, and the clock is read in `io`.
#[test]
fn the_real_graph_has_the_one_arrow_up_only() {
    let graph = file_graph(&source_map());
    assert!(graph["commands/mod.rs"].contains("cli/mod.rs"));
    assert!(graph["commands/mod.rs"].contains("io/clock.rs"));
    let up: Vec<&String> = graph
        .iter()
        .filter(|(f, _)| f.starts_with("cli/"))
        .flat_map(|(_, to)| to)
        .filter(|f| f.starts_with("commands/"))
        .collect();
    assert!(up.is_empty(), "cli/ reaches into {up:?}");
    let below_commands = graph
        .iter()
        .filter(|(f, _)| !f.starts_with("commands/") && !f.starts_with("cli/"))
        .flat_map(|(f, to)| to.iter().map(move |t| (f, t)))
        .filter(|(_, t)| t.starts_with("commands/") || t.starts_with("cli/"))
        .map(|(f, t)| format!("{f} -> {t}"))
        .collect::<Vec<_>>();
    assert!(
        below_commands
            .iter()
            .all(|e| e.starts_with("lib.rs") || e.starts_with("main.rs")),
        "{below_commands:?}"
    );
}
