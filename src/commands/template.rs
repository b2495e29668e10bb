//! `partnercheck template`: an answers file with every question listed, to
//! fill in by hand.

use crate::cli::TemplateArgs;
use crate::commands::Context;
use crate::error::{Exit, Result, stderr_line};
use crate::io::load::questionnaire_or_default;
use crate::io::names::answers_file_name;
use crate::io::read::emit;
use crate::io::write::write_new;
use crate::model::answers::AnswerSheet;
use crate::model::answers::write::to_toml_with;

pub fn run(args: TemplateArgs, ctx: &Context) -> Result<Exit> {
    let q = questionnaire_or_default(ctx.questionnaire(args.questionnaire.get()))?;
    let given_partner = args.answer.partner.clone();
    let mut sheet = AnswerSheet::new(
        &q,
        args.answer
            .partner
            .unwrap_or_else(|| "Partner name".to_owned()),
    );
    sheet.respondent = args
        .answer
        .respondent
        .clone()
        .filter(|r| !r.trim().is_empty());
    sheet.side = args.answer.side.unwrap_or_default();
    sheet.date = args.answer.date;
    sheet.round = ctx.round(args.answer.round);
    let text = to_toml_with(&sheet, &q, args.answer.side.is_some());
    let Some(path) = args.out.file() else {
        emit(&text)?;
        return Ok(Exit::Done);
    };
    // A folder: the file in it is named after what is known.
    let path = if path.is_dir() {
        path.join(answers_file_name(
            given_partner.as_deref(),
            args.answer.side,
            sheet.respondent.as_deref(),
            args.answer.date,
        ))
    } else {
        path.to_path_buf()
    };
    write_new(&path, text.as_bytes(), args.out.force())?;
    stderr_line(format_args!(
        "wrote {}: fill in the answers, then `partnercheck score {}`",
        path.display(),
        path.display()
    ));
    Ok(Exit::Done)
}
