//! `partnercheck completions SHELL`: a completion script, generated from
//! the command-line definition.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Exit, Result};
use crate::io::read::emit;

pub fn run(shell: clap_complete::Shell) -> Result<Exit> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "partnercheck", &mut out);
    emit(&String::from_utf8_lossy(&out))?;
    Ok(Exit::Done)
}
