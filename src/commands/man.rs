//! `partnercheck man`: the man page (roff), generated from the command-line
//! definition.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Exit, Result};
use crate::io::read::emit;

pub fn run() -> Result<Exit> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| Error::io("<stdout>", "cannot render the man page", &e))?;
    emit(&String::from_utf8_lossy(&out))?;
    Ok(Exit::Done)
}
