//! `partnercheck schema`: being built (issue 5).

use anyhow::{Result, bail};

use crate::cli::SchemaArgs;
use crate::error::Exit;

pub fn run(_args: SchemaArgs) -> Result<Exit> {
    bail!("`schema` is not built yet")
}
