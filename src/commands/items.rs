//! `partnercheck items`: item analysis over a portfolio's answers files.

use crate::cli::{ItemsArgs, ItemsFormat};
use crate::commands::{Context, color};
use crate::error::{Exit, Result, warn};
use crate::io::items::read_items;
use crate::io::portfolio::questionnaire_for;
use crate::io::read::emit;
use crate::io::walk::answer_files;

pub fn run(args: ItemsArgs, ctx: &Context) -> Result<Exit> {
    let files = answer_files(&ctx.paths(&args.paths, "PATH")?, args.walk.walk())?;
    let q = questionnaire_for(
        &files,
        ctx.questionnaire(args.instrument.questionnaire.as_deref()),
        args.instrument.rubric.as_deref(),
    )?;
    let (report, warnings) = read_items(&files, &args.paths, &q)?;
    warn(&warnings);
    let out = match args.format {
        ItemsFormat::Table => crate::present::table::items(&q, &report, color()),
        ItemsFormat::Json => crate::present::json::items(&q, &report),
        ItemsFormat::Csv => crate::present::csv::items(&q, &report),
    };
    emit(&out)?;
    Ok(Exit::Done)
}
