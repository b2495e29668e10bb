//! `partnercheck template`: an answers file with every question listed, to
//! fill in by hand.

use crate::cli::TemplateArgs;
use crate::commands::Context;
use crate::error::{Error, Exit, Result, stderr_line};
use crate::io::load::questionnaire_or_default;
use crate::io::read::emit;
use crate::io::write::write_new;
use crate::model::answers::{AnswerSheet, to_toml};

pub fn run(args: TemplateArgs, ctx: &Context) -> Result<Exit> {
    let q = questionnaire_or_default(ctx.questionnaire(args.questionnaire.as_deref()))?;
    let partner = args.partner.unwrap_or_else(|| "Partner name".to_owned());
    if partner.trim().is_empty() {
        return Err(Error::usage("--partner is empty: name the partner"));
    }
    let sheet = AnswerSheet::new(&q, partner);
    let text = to_toml(&sheet, &q);
    match args.out.file() {
        Some(path) => {
            write_new(path, text.as_bytes(), args.out.force)?;
            stderr_line(format_args!(
                "wrote {}: fill in the answers, then `partnercheck score {}`",
                path.display(),
                path.display()
            ));
        }
        None => emit(&text)?,
    }
    Ok(Exit::Done)
}
