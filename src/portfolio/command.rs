//! The `compare` command: paths and flags in, a portfolio table out.

use anyhow::{Result, bail};

use super::{
    Aggregated, Detail, Options, PartnerView, SortKey, aggregate, answer_files, questionnaire_for,
    sort,
};
use crate::cli::CompareArgs;
use crate::error::Exit;
use crate::files;

pub fn run(args: CompareArgs) -> Result<Exit> {
    let files = answer_files(&args.paths)?;
    let q = questionnaire_for(
        &files,
        args.questionnaire.as_deref(),
        args.rubric.as_deref(),
    )?;
    // Flags are checked before any file is parsed.
    let sort_key = SortKey::parse(&args.sort, &q)?;
    let rank = crate::run::require_rank(args.require.as_deref(), &q)?;
    if let Some(name) = args.partner.as_deref().filter(|n| n.trim().is_empty()) {
        bail!("--partner `{name}` is empty: name the partner");
    }
    let Aggregated {
        mut portfolio,
        details,
        warnings,
    } = aggregate(
        &files,
        &q,
        // The compare outputs show neither per-question figures nor notes
        // (the detail view takes its notes from the files).
        Options {
            detail: args.partner.clone().map_or(Detail::None, Detail::Partner),
            extras: false,
        },
    )?;
    let color = crate::run::color();
    let width = terminal_width();
    if let Some(name) = &args.partner {
        let Some(detail) = details.into_iter().next() else {
            bail!("{}", portfolio.unknown_partner(name));
        };
        crate::run::warn(&warnings);
        let out = crate::export::compare_detail(args.format, &q, &detail, color, width);
        files::emit(&out)?;
        return Ok(require_met(std::slice::from_ref(&detail.partner), rank));
    }
    crate::run::warn(&warnings);
    sort(&mut portfolio.partners, sort_key);
    files::emit(&crate::export::compare(
        args.format,
        &q,
        &portfolio,
        color,
        width,
    ))?;
    Ok(require_met(&portfolio.partners, rank))
}

/// The terminal's width when standard output is one; `None` (natural
/// width) when piped.
fn terminal_width() -> Option<usize> {
    let term = console::Term::stdout();
    if !term.is_term() {
        return None;
    }
    let (_, cols) = term.size();
    Some(cols as usize)
}

/// `--require` over partners.
fn require_met(partners: &[PartnerView], rank: Option<usize>) -> Exit {
    let Some(rank) = rank else { return Exit::Done };
    crate::run::require_met(
        partners
            .iter()
            .map(|p| (p.partner.clone(), p.tier.as_ref(), rank)),
    )
}
