//! `partnercheck form`: the questionnaire as one HTML file that a
//! respondent opens from disk, answers offline and saves as an answers file.

use std::path::PathBuf;

use crate::cli::FormArgs;
use crate::commands::Context;
use crate::error::{Exit, Result, stderr_line, warn};
use crate::io::load::questionnaire_or_default;
use crate::io::names::form_file_name;
use crate::io::read::emit;
use crate::io::write::write_new;
use crate::present::form::{FormOptions, page};
use crate::sanitize::terminal;

pub fn run(args: FormArgs, ctx: &Context) -> Result<Exit> {
    let spec = ctx.questionnaire(args.questionnaire.get());
    let q = crate::commands::in_lang(questionnaire_or_default(spec)?, spec, &args.lang)?;
    let round = ctx.round(args.round);
    let partner = args.partner.as_deref().map(str::trim);
    // Our own people's form (`--side us`) needs no name for us.
    let (organization, no_name) = if args.side == Some(crate::model::answers::Side::Us) {
        (ctx.organization(), None)
    } else {
        ctx.organization_for_partner("form")
    };
    let opts = FormOptions {
        partner,
        side: args.side,
        round,
        organization,
        submit: None,
    };
    let html = page(&q, &opts);
    // The file's date: the round it collects, else the day it is made.
    let name = || form_file_name(partner, args.side, Some(round.unwrap_or(ctx.today)));
    if args.out.output.is_stdout() {
        emit(&html)?;
        warn(no_name.as_slice());
        return Ok(Exit::Done);
    }
    let path = match args.out.output.output {
        Some(p) if p.is_dir() => p.join(name()),
        Some(p) => p,
        None => match ctx.answers_folder() {
            Some(folder) => folder.join(name()),
            None => PathBuf::from(name()),
        },
    };
    if let Some(parent) = path.parent() {
        ctx.ensure_folder(parent)?;
    }
    write_new(&path, html.as_bytes(), args.out.force.force)?;
    stderr_line(format_args!(
        "wrote {}: send it to the respondents (on a shared drive, or zipped: some mail \
         systems block .html attachments); each saves a file to send back for `partnercheck score`",
        terminal(&crate::commands::shown_path(&path))
    ));
    warn(no_name.as_slice());
    Ok(Exit::Done)
}
