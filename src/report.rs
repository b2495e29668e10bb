//! `partnercheck report`: being built (issue 5).

use anyhow::{Result, bail};

use crate::cli::ReportArgs;
use crate::error::Exit;

pub fn run(_args: ReportArgs) -> Result<Exit> {
    bail!("`report` is not built yet: use `partnercheck score --format markdown`")
}
