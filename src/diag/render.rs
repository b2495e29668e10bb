//! Diagnostics as JSON and as GitHub workflow commands.

use serde::Serialize;

use super::diagnostic::*;

/// The version of the JSON [`to_json`] writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'a str,
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    labels: Vec<JsonLabel<'a>>,
    help: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

/// `{"schema_version": 1, "diagnostics": [...], "errors": N, "warnings": N}`,
/// pretty-printed, with a final newline.
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let report = JsonReport {
        schema_version: SCHEMA_VERSION,
        diagnostics: diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                severity: d.severity,
                code: d.code,
                file: &d.file,
                line: d.line(),
                column: d.column(),
                message: &d.message,
                labels: d
                    .labels
                    .iter()
                    .map(|l| JsonLabel {
                        file: &l.file,
                        line: l.span.as_ref().map(|s| s.line),
                        column: l.span.as_ref().and_then(|s| s.column),
                        message: &l.message,
                    })
                    .collect(),
                help: d.help.as_deref(),
            })
            .collect(),
        errors,
        warnings: diagnostics.len() - errors,
    };
    let mut out = serde_json::to_string_pretty(&report).expect("diagnostics serialize");
    out.push('\n');
    out
}

/// One GitHub Actions workflow command per diagnostic
/// (`::error file=F,line=L,col=C,title=CODE::MESSAGE`), each on its line.
pub fn to_github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let mut properties = Vec::new();
        if !d.file.is_empty() {
            properties.push(format!("file={}", github_property(&d.file)));
        }
        if let Some(line) = d.line() {
            properties.push(format!("line={line}"));
        }
        if let Some(column) = d.column() {
            properties.push(format!("col={column}"));
        }
        properties.push(format!("title={}", github_property(d.code)));
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "::{command} {}::{}\n",
            properties.join(","),
            github_data(&d.message)
        ));
    }
    out
}

/// A workflow command's message: `%`, CR and LF escaped.
fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,` escaped.
fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}
