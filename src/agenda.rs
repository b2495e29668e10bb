//! `partnercheck agenda`: being built (issue 5).

use anyhow::{Result, bail};

use crate::cli::AgendaArgs;
use crate::error::Exit;

pub fn run(_args: AgendaArgs) -> Result<Exit> {
    bail!("`agenda` is not built yet")
}
