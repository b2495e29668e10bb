//! `partnercheck compare`: paths and flags in, a portfolio table out.

use crate::cli::CompareArgs;
use crate::commands::context::{fit, piped_width};
use crate::commands::{Context, answer_files, require_met, require_rank, unknown_partner};
use crate::engine::actions::Tally;
use crate::engine::portfolio::{Detail, PartnerView, SortKey, sort};
use crate::error::{Error, Exit, Result, warn};
use crate::io::portfolio::{Aggregated, Options, aggregate};
use crate::io::read::emit;
use crate::present::Terminal;
use crate::present::report::Audience;
use crate::sanitize::terminal;

pub fn run(args: CompareArgs, ctx: &Context) -> Result<Exit> {
    let partner = args.portfolio.partner.as_deref();
    let (files, q) = answer_files(&args.portfolio.answers, ctx)?;
    // Flags are checked before any file is parsed.
    let Some(sort_key) = SortKey::parse(&args.sort, &q) else {
        return Err(Error::usage(format!(
            "--sort `{}` is not a sort key; use one of: name, overall, change, gap, {}",
            terminal(&args.sort),
            q.dimension_ids().join(", ")
        )));
    };
    let rank = require_rank(args.require.as_deref(), &q)?;
    let Aggregated {
        mut portfolio,
        details,
        actions,
        warnings,
    } = aggregate(
        &files,
        &q,
        // The compare outputs show neither per-question figures nor notes
        // (the detail view takes its notes from the files).
        Options {
            detail: partner.map_or(Detail::None, |p| Detail::Partner(p.to_owned())),
            extras: false,
            threshold: ctx.threshold(Audience::Internal),
            round: args.portfolio.round,
            // `compare --partner` shows every round's files.
            warn_every_round: partner.is_some(),
        },
    )?;
    let tally = Tally::new(&actions, ctx.today);
    let format = args.format;
    if let Some(name) = partner {
        let Some(detail) = details.into_iter().next() else {
            return Err(unknown_partner(&portfolio, name));
        };
        warn(crate::commands::worded(&warnings));
        let out = crate::present::compare_detail(
            format,
            &q,
            &portfolio.analysis,
            &detail,
            &tally,
            ctx.organization(),
            // Piped or redirected: the tables and sentences keep to 80
            // columns (or `COLUMNS`).
            Terminal {
                width: Some(ctx.terminal.width.unwrap_or_else(piped_width)),
                ..ctx.terminal
            },
        );
        let out = match format {
            crate::present::Format::Table => fit(&out, ctx.terminal.width),
            _ => out,
        };
        emit(&out)?;
        return Ok(require_over(std::slice::from_ref(&detail.partner), rank));
    }
    warn(crate::commands::worded(&warnings));
    sort(&mut portfolio.partners, sort_key);
    emit(&crate::present::compare(
        format,
        &q,
        &portfolio,
        &tally,
        ctx.terminal,
    ))?;
    Ok(require_over(&portfolio.partners, rank))
}

/// `--require` over partners.
fn require_over(partners: &[PartnerView], rank: Option<usize>) -> Exit {
    let Some(rank) = rank else { return Exit::Done };
    require_met(
        partners
            .iter()
            .map(|p| (p.partner.clone(), p.latest.tier.as_ref(), rank)),
    )
}
