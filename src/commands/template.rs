//! `partnercheck template`: an answers file with every question listed, to
//! fill in by hand.

use crate::cli::TemplateArgs;
use crate::commands::Context;
use crate::error::{Error, Exit, Result, stderr_line};
use crate::io::load::questionnaire_or_default;
use crate::io::names;
use crate::io::read::emit;
use crate::io::write::{check_chosen, create_new, write_new};
use crate::model::answers::AnswerSheet;
use crate::model::answers::write::to_toml_with;
use crate::sanitize::terminal;

/// A commented `[expected]` table, one line per dimension: how this
/// respondent expects the other side to rate it, on the same scale.
fn expected_table(q: &crate::model::questionnaire::Questionnaire) -> String {
    let mut out = String::from(crate::present::words::EXPECTED_TEMPLATE);
    for dim in &q.dimensions {
        out.push_str(&format!(
            "# {} = {}    # {}\n",
            dim.id,
            q.scale.max,
            crate::model::answers::write::one_line(&dim.name)
        ));
    }
    out
}

pub fn run(args: TemplateArgs, ctx: &Context) -> Result<Exit> {
    let spec = ctx.questionnaire(args.questionnaire.get());
    let q = crate::commands::in_lang(questionnaire_or_default(spec)?, spec, &args.lang)?;
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
    let mut text = to_toml_with(&sheet, &q, args.answer.side.is_some());
    if q.interview.expected {
        text.push_str(&expected_table(&q));
    }
    let Some(path) = args.out.file() else {
        emit(&text)?;
        return Ok(Exit::Done);
    };
    // A folder: the file in it is named after what is known (with a random
    // suffix when the respondent is not), and created without replacing one.
    let path = if path.is_dir() {
        let anonymous = !names::respondent_known(sheet.respondent.as_deref());
        let mut tries = 0;
        loop {
            let suffix = anonymous.then(names::random_suffix);
            let chosen = path.join(names::chosen_name(
                given_partner.as_deref(),
                args.answer.side,
                sheet.respondent.as_deref(),
                args.answer.date,
                suffix.as_deref(),
            ));
            if args.out.force() {
                write_new(&chosen, text.as_bytes(), true)?;
                break chosen;
            }
            check_chosen(&chosen)?;
            match create_new(&chosen, text.as_bytes(), true) {
                Ok(()) => break chosen,
                Err(e)
                    if e.kind() == std::io::ErrorKind::AlreadyExists && anonymous && tries < 10 =>
                {
                    tries += 1;
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(Error::input(format!(
                        "{}: already exists; pass --force to overwrite it",
                        terminal(&chosen.display().to_string())
                    )));
                }
                Err(e) => {
                    return Err(Error::input(format!(
                        "{}: cannot write: {e}",
                        terminal(&chosen.display().to_string())
                    )));
                }
            }
        }
    } else {
        write_new(path, text.as_bytes(), args.out.force())?;
        path.to_path_buf()
    };
    stderr_line(format_args!(
        "wrote {}: fill in the answers, then `partnercheck score {}`",
        path.display(),
        path.display()
    ));
    Ok(Exit::Done)
}
