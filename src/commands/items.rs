//! `partnercheck items`: item analysis over a portfolio's answers files.

use crate::cli::ItemsArgs;
use crate::commands::{Context, answer_files};
use crate::error::{Exit, Result, warn};
use crate::io::items::read_items;
use crate::io::read::emit;
use crate::present::report::Audience;

pub fn run(args: ItemsArgs, ctx: &Context) -> Result<Exit> {
    let (files, q) = answer_files(&args.answers, ctx)?;
    let (report, warnings) = read_items(
        &files,
        &args.answers.paths,
        &q,
        ctx.threshold(Audience::Internal),
    )?;
    warn(crate::commands::worded(&warnings));
    emit(&crate::present::items(
        args.format,
        &q,
        &report,
        ctx.terminal,
    ))?;
    Ok(Exit::Done)
}
