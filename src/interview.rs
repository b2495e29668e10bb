//! `partnercheck interview`: being built (issue 3).

use anyhow::{Result, bail};

use crate::cli::InterviewArgs;
use crate::error::Exit;

pub fn run(_args: InterviewArgs) -> Result<Exit> {
    bail!("`interview` is not built yet: use `partnercheck template` and `partnercheck score`")
}
