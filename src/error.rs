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

/// Prints an error once and gives its exit code: 130 for an interruption,
/// 2 for everything else (bad usage or bad input).
pub fn report(err: &anyhow::Error) -> u8 {
    if let Some(Interrupted(message)) = err.downcast_ref::<Interrupted>() {
        eprintln!("{}", terminal_multiline(message));
        return 130;
    }
    // Messages quote keys, values and names from files: escape what a
    // terminal would act on.
    eprintln!("error: {}", terminal_multiline(&format!("{err:#}")));
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
