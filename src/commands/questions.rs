//! `partnercheck questions`: the instrument, for review or as a paper form.

use crate::cli::{QuestionsArgs, QuestionsFormat};
use crate::commands::{Context, color};
use crate::error::{Exit, Result};
use crate::io::load::questionnaire_or_default;
use crate::io::read::emit;
use crate::present::{json, markdown, table};

pub fn run(args: QuestionsArgs, ctx: &Context) -> Result<Exit> {
    let q = questionnaire_or_default(ctx.questionnaire(args.questionnaire.as_deref()))?;
    let out = match args.format {
        QuestionsFormat::Table => {
            table::questions(&q, args.side, color(), crate::commands::terminal_width())
        }
        QuestionsFormat::Json => json::questions(&q, args.side),
        QuestionsFormat::Markdown => markdown::questions(&q, args.side),
    };
    emit(&out)?;
    Ok(Exit::Done)
}
