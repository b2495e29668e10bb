//! `partnercheck questions`: the instrument, for review, as a paper form,
//! or as an XLSForm workbook for survey tools.

use crate::cli::{QuestionsArgs, QuestionsFormat};
use crate::commands::{Context, color};
use crate::error::{Error, Exit, Result, stderr_line};
use crate::io::load::questionnaire_or_default;
use crate::io::read::emit;
use crate::io::write::write_new;
use crate::present::{json, markdown, table, xlsform};

pub fn run(args: QuestionsArgs, ctx: &Context) -> Result<Exit> {
    let q = questionnaire_or_default(ctx.questionnaire(args.questionnaire.as_deref()))?;
    let file = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let out = match args.format {
        QuestionsFormat::Table => {
            table::questions(&q, args.side, color(), crate::commands::terminal_width())
        }
        QuestionsFormat::Json => json::questions(&q, args.side),
        QuestionsFormat::Markdown => markdown::questions(&q, args.side),
        QuestionsFormat::Xlsform => {
            let Some(path) = file else {
                return Err(Error::usage(
                    "--format xlsform writes a workbook: pass --output FILE.xlsx",
                ));
            };
            let bytes = xlsform::questions(&q)
                .map_err(|e| Error::input(format!("cannot build the workbook: {e}")))?;
            write_new(path, &bytes, args.force)?;
            stderr_line(format_args!(
                "wrote {}: deploy it on ODK, KoboToolbox or any XLSForm tool; \
                 `partnercheck import` reads their CSV export back",
                crate::sanitize::terminal(&path.display().to_string())
            ));
            return Ok(Exit::Done);
        }
    };
    match file {
        Some(path) => write_new(path, out.as_bytes(), args.force)?,
        None => emit(&out)?,
    }
    Ok(Exit::Done)
}
