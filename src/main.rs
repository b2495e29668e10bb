use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = partnercheck::cli::Cli::parse();
    match partnercheck::commands::run(cli) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(err) => ExitCode::from(partnercheck::error::report(&err)),
    }
}
