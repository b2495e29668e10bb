//! `partnercheck agenda`: the topics for the next conversation with a
//! partner, most urgent first.

use crate::cli::AgendaArgs;
use crate::commands::{Context, load_portfolio};
use crate::engine::actions::rows;
use crate::engine::agenda::agendas;
use crate::error::{Exit, Result, warn};
use crate::io::read::emit;
use crate::present::AgendaFormat;
use crate::present::report::Audience;

pub fn run(args: AgendaArgs, ctx: &Context) -> Result<Exit> {
    let threshold = ctx.threshold(Audience::Internal);
    let (q, mut loaded) = load_portfolio(&args.portfolio, ctx, threshold)?;
    let spec = ctx.questionnaire(args.portfolio.answers.instrument.questionnaire.get());
    let q = crate::commands::in_lang(q, spec, &args.lang)?;
    crate::present::report::in_words(&q, &mut loaded.details);
    let actions = rows(&loaded.details, &loaded.actions, ctx.today);
    let agendas = agendas(&q, &loaded.details, &actions);
    let format = args.format.unwrap_or_else(|| {
        if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            AgendaFormat::Text
        } else {
            AgendaFormat::Markdown
        }
    });
    let out = crate::present::agenda(
        format,
        &q,
        &agendas,
        threshold,
        ctx.organization(),
        ctx.terminal,
    );
    warn(crate::commands::worded(&loaded.warnings));
    emit(&out)?;
    Ok(Exit::Done)
}
