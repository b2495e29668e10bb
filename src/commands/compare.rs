//! `partnercheck compare`: paths and flags in, a portfolio table out.

use crate::cli::CompareArgs;
use crate::commands::{Context, color, require_met, require_rank, terminal_width, unknown_partner};
use crate::engine::actions::Tally;
use crate::engine::portfolio::{Detail, PartnerView, SortKey, sort};
use crate::error::{Error, Exit, Result, warn};
use crate::io::portfolio::{Aggregated, Options, aggregate, questionnaire_for};
use crate::io::read::emit;
use crate::io::walk::answer_files;
use crate::sanitize::terminal;

pub fn run(args: CompareArgs, ctx: &Context) -> Result<Exit> {
    let files = answer_files(&ctx.paths(&args.paths, "PATH")?, args.walk.walk())?;
    let q = questionnaire_for(
        &files,
        ctx.questionnaire(args.instrument.questionnaire.as_deref()),
        args.instrument.rubric.as_deref(),
    )?;
    // Flags are checked before any file is parsed.
    let Some(sort_key) = SortKey::parse(&args.sort, &q) else {
        return Err(Error::usage(format!(
            "--sort `{}` is not a sort key; use one of: name, overall, change, gap, {}",
            terminal(&args.sort),
            q.dimension_ids().join(", ")
        )));
    };
    let rank = require_rank(args.require.as_deref(), &q)?;
    if let Some(name) = args.partner.as_deref().filter(|n| n.trim().is_empty()) {
        return Err(Error::usage(format!(
            "--partner `{name}` is empty: name the partner"
        )));
    }
    let today = args.today.date();
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
            detail: args.partner.clone().map_or(Detail::None, Detail::Partner),
            extras: false,
            min_respondents: ctx.min_respondents(args.min_respondents),
        },
    )?;
    let tally = Tally::new(&actions, today);
    let format = args.format.into();
    let color = color();
    let width = terminal_width();
    if let Some(name) = &args.partner {
        let Some(detail) = details.into_iter().next() else {
            return Err(unknown_partner(&portfolio, name));
        };
        warn(&warnings);
        let out = crate::present::compare_detail(
            format,
            &q,
            &portfolio.analysis,
            &detail,
            &tally,
            ctx.organization(),
            crate::present::Terminal { color, width },
        );
        emit(&out)?;
        return Ok(require_over(std::slice::from_ref(&detail.partner), rank));
    }
    warn(&warnings);
    sort(&mut portfolio.partners, sort_key);
    emit(&crate::present::compare(
        format, &q, &portfolio, &tally, color, width,
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
