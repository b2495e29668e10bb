//! `partnercheck actions`: the actions agreed with partners, overdue and
//! open first, each with its dimension's score when it was agreed and in
//! the latest round since.

use crate::cli::{ActionsArgs, ActionsFormat};
use crate::commands::{Context, color, unknown_partner};
use crate::engine::actions::rows;
use crate::error::{Exit, Result, warn};
use crate::io::portfolio::load;
use crate::io::read::emit;
use crate::present::{json, markdown, table};

pub fn run(args: ActionsArgs, ctx: &Context) -> Result<Exit> {
    let today = args.today.date();
    let (q, loaded) = load(
        &ctx.paths(&args.paths, "PATH")?,
        args.walk.walk(),
        ctx.questionnaire(args.instrument.questionnaire.as_deref()),
        args.instrument.rubric.as_deref(),
        args.partner.as_deref(),
        ctx.min_respondents(None),
    )?;
    if let Some(name) = &args.partner
        && loaded.portfolio.find(name).is_none()
    {
        return Err(unknown_partner(&loaded.portfolio, name));
    }
    // With --partner, `details` holds that partner only.
    let rows = rows(&loaded.details, &loaded.actions, today);
    let out = match args.format {
        ActionsFormat::Table => table::actions(&q, &rows, today, color()),
        ActionsFormat::Json => json::actions(&q, &rows, today),
        ActionsFormat::Markdown => markdown::actions(&q, &rows, today),
    };
    warn(&loaded.warnings);
    emit(&out)?;
    Ok(Exit::Done)
}
