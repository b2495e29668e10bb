//! `partnercheck items`: item analysis over a portfolio's answers files.

use crate::cli::ItemsArgs;
use crate::commands::Context;
use crate::error::{Exit, Result, warn};
use crate::io::items::read_items;
use crate::io::portfolio::questionnaire_for;
use crate::io::read::emit;
use crate::io::walk::answer_files;

pub fn run(args: ItemsArgs, ctx: &Context) -> Result<Exit> {
    let answers = &args.answers;
    let files = answer_files(&ctx.paths(&answers.paths, "PATH")?, answers.walk.walk())?;
    let q = questionnaire_for(
        &files,
        ctx.questionnaire(answers.instrument.questionnaire.get()),
        answers.instrument.rubric.as_deref(),
    )?;
    let (report, warnings) = read_items(&files, &answers.paths, &q)?;
    warn(&warnings);
    emit(&crate::present::items(
        args.format,
        &q,
        &report,
        ctx.terminal,
    ))?;
    Ok(Exit::Done)
}
