//! Exit codes (SPEC section 5) and the one place errors are printed.

use std::fmt;

use crate::sanitize::terminal_multiline;

/// How a command that did its work ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Done,
    /// 1: done, but `--require` was not met.
    RequireNotMet,
}

/// The interview was stopped by the person (Ctrl-C); the answers so far are
/// saved. Exit 130.
#[derive(Debug)]
pub struct Interrupted(pub String);

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Interrupted {}

/// Writes a line on standard error. A closed standard error (`2>&-`, a
/// pipe whose reader is gone) is ignored instead of panicking as
/// `eprintln!` would.
pub fn stderr_line(args: fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{args}");
}

/// Prints an error once and gives its exit code: 130 for an interruption,
/// 2 for everything else (bad usage or bad input).
pub fn report(err: &anyhow::Error) -> u8 {
    if let Some(Interrupted(message)) = err.downcast_ref::<Interrupted>() {
        stderr_line(format_args!("{}", terminal_multiline(message)));
        return 130;
    }
    // Messages quote keys, values and names from files: escape what a
    // terminal would act on.
    stderr_line(format_args!(
        "error: {}",
        terminal_multiline(&format!("{err:#}"))
    ));
    2
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Done => 0,
            Exit::RequireNotMet => 1,
        }
    }
}
