//! Errors and exit codes, and the one place they are printed.
//!
//! Every failure is an [`Error`]: its variant carries what the message
//! needs, and [`Error::exit_code`] is the one mapping to exit codes
//! (0 done, 1 `--require` not met, 2 bad usage or input, 130 interrupted).

use std::fmt;
use std::io;

use crate::diag::{Diagnostic, Diagnostics};
use crate::sanitize::terminal_multiline;

/// How a command that did its work ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Done,
    /// 1: done, but `--require` was not met.
    RequireNotMet,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Done => 0,
            Exit::RequireNotMet => 1,
        }
    }
}

/// Why a command failed.
#[derive(Debug)]
pub enum Error {
    /// Bad flags or arguments: nothing was read.
    Usage(String),
    /// Bad input: every problem found, each naming its file (and, where it
    /// has one, the line and column).
    Input(Diagnostics),
    /// The system refused to read or write something.
    Io {
        /// The file, or `<stdin>`/`<stdout>`.
        path: String,
        /// What was being done: "cannot write", "cannot read the folder"…
        action: String,
        /// The system's reason, in a few words.
        cause: String,
    },
    /// The interview was stopped (Ctrl-C); the answers so far are saved.
    /// The message says how to go on.
    Interrupted(String),
    /// Bad input, already reported on standard output (`validate --format
    /// json`): exit 2 with nothing more said.
    Reported,
}

/// A result whose error is an [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A usage error: a flag or argument that cannot work.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    /// An input problem with one message (which names its file).
    pub fn input(message: impl Into<String>) -> Self {
        Error::Input(Diagnostics::from(message.into()))
    }

    /// An I/O failure on `path`.
    pub fn io(path: impl Into<String>, action: impl Into<String>, e: &io::Error) -> Self {
        Error::Io {
            path: path.into(),
            action: action.into(),
            cause: describe(e),
        }
    }

    /// 130 for an interruption, 2 for everything else (bad usage or input:
    /// nothing was scored, nothing was written).
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Interrupted(_) => 130,
            Error::Usage(_) | Error::Input(_) | Error::Io { .. } | Error::Reported => 2,
        }
    }

    /// The error as diagnostics: an I/O failure is an `unreadable` one
    /// about its file.
    pub fn into_diagnostics(self) -> Diagnostics {
        match self {
            Error::Input(d) => d,
            Error::Io {
                path,
                action,
                cause,
            } => Diagnostic::error("unreadable", path, format!("{action}: {cause}")).into(),
            other => Diagnostic::plain("input", other.to_string()).into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Interrupted(m) => f.write_str(m),
            Error::Reported => Ok(()),
            Error::Input(d) => d.fmt(f),
            Error::Io {
                path,
                action,
                cause,
            } => write!(f, "{path}: {action}: {cause}"),
        }
    }
}

impl std::error::Error for Error {}

/// An io error in a few words, without the OS's "(os error 2)".
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a folder, not a file".to_owned(),
        io::ErrorKind::InvalidData => "is not UTF-8 text".to_owned(),
        io::ErrorKind::NotADirectory => "a part of the path is not a folder".to_owned(),
        io::ErrorKind::StorageFull => "no space left on the device".to_owned(),
        io::ErrorKind::InvalidFilename => "the file name is too long or not allowed".to_owned(),
        _ => e.to_string(),
    }
}

impl From<Diagnostics> for Error {
    fn from(d: Diagnostics) -> Self {
        Error::Input(d)
    }
}

/// The interview's prompts fail with `anyhow` errors; an [`Error`] inside
/// one comes back out as it was.
impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Self {
        match e.downcast::<Error>() {
            Ok(inner) => inner,
            Err(e) => Error::input(format!("{e:#}")),
        }
    }
}

/// Writes a line on standard error. A closed standard error (`2>&-`, a
/// pipe whose reader is gone) is ignored instead of panicking as
/// `eprintln!` would.
pub fn stderr_line(args: fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{args}");
}

/// Prints an error once and gives its exit code.
pub fn report(err: &Error) -> u8 {
    match err {
        Error::Interrupted(message) => {
            stderr_line(format_args!("{}", terminal_multiline(message)));
        }
        Error::Reported => {}
        // Messages quote keys, values and names from files: escape what a
        // terminal would act on.
        _ => stderr_line(format_args!(
            "error: {}",
            terminal_multiline(&err.to_string())
        )),
    }
    err.exit_code()
}

/// Prints warnings on stderr, each starting `warning: `.
pub fn warn(warnings: impl IntoIterator<Item = impl Warning>) {
    for w in warnings {
        stderr_line(format_args!("warning: {}", w.warning_text()));
    }
}

/// What [`warn`] prints: a [`Diagnostic`], or (while every warning is not
/// yet one) a line of text.
pub trait Warning {
    /// The warning's text, control characters escaped.
    fn warning_text(&self) -> String;
}

impl Warning for Diagnostic {
    fn warning_text(&self) -> String {
        let text = self.text();
        // Only the quoted source lines may break the line.
        if self.span.as_ref().is_some_and(|s| s.quote.is_some()) {
            crate::sanitize::terminal_multiline(&text).into_owned()
        } else {
            crate::sanitize::terminal(&text).into_owned()
        }
    }
}

impl Warning for String {
    fn warning_text(&self) -> String {
        crate::sanitize::terminal(self).into_owned()
    }
}

impl Warning for str {
    fn warning_text(&self) -> String {
        crate::sanitize::terminal(self).into_owned()
    }
}

impl<T: Warning + ?Sized> Warning for &T {
    fn warning_text(&self) -> String {
        (**self).warning_text()
    }
}
