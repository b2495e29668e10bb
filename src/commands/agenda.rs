//! `partnercheck agenda`: the topics for the next conversation with a
//! partner, most urgent first.

use crate::cli::{AgendaArgs, AgendaFormat};
use crate::commands::{Context, unknown_partner};
use crate::engine::actions::rows;
use crate::engine::agenda::agendas;
use crate::error::{Exit, Result, warn};
use crate::io::portfolio::load;
use crate::io::read::emit;
use crate::present::{agenda_md, agenda_text, json};

pub fn run(args: AgendaArgs, ctx: &Context) -> Result<Exit> {
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
    let actions = rows(&loaded.details, &loaded.actions, today);
    let agendas = agendas(&q, &loaded.details, &actions);
    let format = args.format.unwrap_or_else(|| {
        if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            AgendaFormat::Text
        } else {
            AgendaFormat::Markdown
        }
    });
    let out = match format {
        AgendaFormat::Json => json::agenda(&q, &agendas),
        AgendaFormat::Text => {
            let width = crate::commands::terminal_width();
            agendas
                .iter()
                .map(|a| agenda_text::agenda(&q, a, width))
                .collect::<Vec<_>>()
                .join("\n")
        }
        AgendaFormat::Markdown => agendas
            .iter()
            .map(|a| agenda_md::agenda(&q, a, 1, &format!("Agenda: {}", a.partner)))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    warn(&loaded.warnings);
    emit(&out)?;
    Ok(Exit::Done)
}
