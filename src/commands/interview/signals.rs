//! What Ctrl-C has done so far, shared by the interview and its menu.

use std::sync::atomic::AtomicBool;

/// Set by the Ctrl-C handler.
pub(crate) static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// In `--plain` a blocked line read cannot be interrupted, so the handler
/// itself prints the stop message and exits.
pub(crate) static EXIT_ON_SIGNAL: AtomicBool = AtomicBool::new(false);
