//! `partnercheck actions`: the actions agreed with partners, overdue and
//! open first, each with its dimension's score when it was agreed and in
//! the latest round since.

use crate::cli::ActionsArgs;
use crate::commands::{Context, load_portfolio};
use crate::engine::actions::rows;
use crate::error::{Exit, Result, warn};
use crate::io::read::emit;
use crate::present::report::Audience;

pub fn run(args: ActionsArgs, ctx: &Context) -> Result<Exit> {
    let (q, loaded) = load_portfolio(&args.portfolio, ctx, ctx.threshold(Audience::Internal))?;
    // With --partner, `details` holds that partner only.
    let rows = rows(&loaded.details, &loaded.actions, ctx.today);
    let out = crate::present::actions(args.format, &q, &rows, ctx.today, ctx.terminal);
    // The sentences under the table keep to the terminal, or 80 columns.
    let out = match args.format {
        crate::present::ActionsFormat::Table => {
            crate::commands::context::fit(&out, ctx.terminal.width)
        }
        _ => out,
    };
    warn(crate::commands::worded(&loaded.warnings));
    emit(&out)?;
    Ok(Exit::Done)
}
