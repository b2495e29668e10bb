//! Reading inputs: a file, or standard input for `-`, as text.

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
pub use crate::error::describe;
use crate::error::{Error, Result};

/// Reads a file, or standard input for `-`. Returns the name to show in
/// messages and the text (without a byte-order mark).
pub fn read(path: &Path) -> Result<(String, String)> {
    if path.as_os_str() == "-" {
        static READ: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        if READ.swap(true, std::sync::atomic::Ordering::SeqCst) {
            return Err(Error::usage(
                "<stdin>: standard input was already read: `-` can stand for one input only",
            ));
        }
        let mut text = String::new();
        io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("<stdin>", "cannot read standard input", &e))?;
        return Ok(("<stdin>".to_owned(), without_bom(text)));
    }
    let name = path.display().to_string();
    let text = fs::read_to_string(path).map_err(|e| {
        let code = match e.kind() {
            io::ErrorKind::NotFound => "no-such-file",
            _ => "unreadable",
        };
        Error::from(Diagnostics::from(Diagnostic::error(
            code,
            &name,
            describe(&e),
        )))
    })?;
    // Not a text file of ours (a binary, `/proc/self/environ`): its content
    // is never quoted in a message, where it could show a secret.
    if text.contains('\0') {
        return Err(Error::from(Diagnostics::from(Diagnostic::error(
            "unreadable",
            &name,
            "is not a text file (it holds NUL bytes); partnercheck reads TOML, JSON and CSV text"
                .to_owned(),
        ))));
    }
    Ok((name, without_bom(text)))
}

/// Editors on Windows start UTF-8 files with a byte-order mark; it is not
/// part of the text.
fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// Writes to standard output. A closed pipe (`partnercheck … | head`) is not
/// an error.
pub fn emit(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Error::io("<stdout>", "cannot write to standard output", &e))
        }
        _ => Ok(()),
    }
}
