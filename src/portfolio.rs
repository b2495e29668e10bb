//! `partnercheck compare`: being built (issue 4).

use anyhow::{Result, bail};

use crate::cli::CompareArgs;
use crate::error::Exit;

pub fn run(_args: CompareArgs) -> Result<Exit> {
    bail!("`compare` is not built yet: use `partnercheck score`")
}
