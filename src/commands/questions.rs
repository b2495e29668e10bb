//! `partnercheck questions`: the instrument, for review, as a paper form,
//! or as an XLSForm workbook for survey tools.

use crate::cli::QuestionsArgs;
use crate::commands::Context;
use crate::error::{Error, Exit, Result, stderr_line};
use crate::io::load::questionnaire_or_default;
use crate::io::read::emit;
use crate::io::write::write_new;
use crate::present::Document;

pub fn run(args: QuestionsArgs, ctx: &Context) -> Result<Exit> {
    let spec = ctx.questionnaire(args.questionnaire.get());
    let q = crate::commands::in_lang(questionnaire_or_default(spec)?, spec, &args.lang)?;
    let file = args.out.file();
    let document = crate::present::questions(args.format, &q, args.side, ctx.terminal)
        .map_err(|e| Error::input(format!("cannot build the workbook: {e}")))?;
    match document {
        Document::Binary(bytes) => {
            let Some(path) = file else {
                return Err(Error::usage(
                    "--format xlsform writes a workbook: pass --output FILE.xlsx",
                ));
            };
            write_new(path, &bytes, args.out.force())?;
            stderr_line(format_args!(
                "wrote {}: deploy it on ODK, KoboToolbox or any XLSForm tool; \
                 `partnercheck import` reads their CSV export back",
                crate::sanitize::terminal(&path.display().to_string())
            ));
        }
        Document::Text(out) => match file {
            Some(path) => write_new(path, out.as_bytes(), args.out.force())?,
            None => emit(&out)?,
        },
    }
    Ok(Exit::Done)
}
