//! `partnercheck report`: a page to take into the next partner meeting, in
//! HTML ([`crate::present::html`]) or Markdown ([`crate::present::report_md`]).
//!
//! [`load`] reads the same inputs as `compare` and aggregates them with the
//! same core, keeping every round of each partner: the report charts the
//! rounds, and the agenda needs the previous round's dimension scores to
//! spot declines.

use std::path::{Path, PathBuf};

use crate::cli::{ReportArgs, ReportAudience, ReportFormat, ReportInclude};
use crate::commands::{Context, unknown_partner};
use crate::engine::actions::rows;
use crate::error::{Exit, Result, stderr_line, warn};
use crate::io::names::slug;
use crate::io::portfolio::load;
use crate::io::read::emit;
use crate::io::write::{Batch, check_new, is_device};
use crate::model::questionnaire::Questionnaire;
use crate::present::report::{Audience, Section, View, sections_with_actions};
use crate::present::{html, report_md, svg};

/// The smallest number of answers files a side or round needs for its
/// figures to be shown: `--min-respondents`, else the project file's, else
/// 1; for the partner's page at least 3 unless the flag says otherwise.
pub fn min_respondents(audience: Audience, flag: Option<u64>, project: Option<usize>) -> usize {
    if let Some(n) = flag {
        return n as usize;
    }
    let configured = project.unwrap_or(1);
    match audience {
        Audience::Internal => configured,
        Audience::Partner => configured.max(3),
    }
}

/// The SVG files a Markdown report written to `output` puts beside it:
/// (file name, path, dot chart SVG) per partner, with names made unique.
fn charts_beside(
    q: &Questionnaire,
    output: &Path,
    sections: &[Section<'_>],
    view: &View<'_>,
) -> Vec<(String, PathBuf, String)> {
    let stem = output
        .file_stem()
        .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
    let dir = output.parent().unwrap_or(Path::new(""));
    let mut used: Vec<String> = Vec::new();
    sections
        .iter()
        .map(|s| {
            let base = format!("{stem}-{}", slug(&s.data.partner.partner));
            let mut name = format!("{base}.svg");
            let mut n = 2;
            while used.contains(&name) {
                name = format!("{base}-{n}.svg");
                n += 1;
            }
            used.push(name.clone());
            let chart = svg::dots(&html::dots_chart(q, s.data, view));
            (name.clone(), dir.join(&name), chart)
        })
        .collect()
}

pub fn run(args: ReportArgs, ctx: &Context) -> Result<Exit> {
    let output = args.out.file();
    // A whole HTML page is no use in a terminal: `--output -` insists.
    if args.out.output.is_none()
        && matches!(args.format, ReportFormat::Html)
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        return Err(crate::error::Error::usage(
            "report writes an HTML page, which is no use in a terminal: \
             pass --output FILE (e.g. --output report.html), or --output - to print it anyway"
                .to_owned(),
        ));
    }
    // A file in the way fails before any answers file is read.
    if let Some(path) = output {
        check_new(path, args.out.force)?;
    }
    let today = args.today.date();
    let audience = match args.audience {
        ReportAudience::Internal => Audience::Internal,
        ReportAudience::Partner => Audience::Partner,
    };
    let view = View {
        audience,
        notes: audience == Audience::Internal || args.include.contains(&ReportInclude::Notes),
        expectations: audience == Audience::Internal
            || args.include.contains(&ReportInclude::Expectations),
        organization: ctx.organization(),
        min_respondents: 1,
    };
    // Anonymity: the partner's page hides the figures of small sides and
    // rounds (at least 3 files unless --min-respondents says otherwise).
    let min_respondents = min_respondents(
        audience,
        args.min_respondents,
        ctx.project.as_ref().and_then(|p| p.min_respondents),
    );
    let view = View {
        min_respondents,
        ..view
    };
    let (q, loaded) = load(
        &ctx.paths(&args.paths, "PATH")?,
        args.walk.walk(),
        ctx.questionnaire(args.instrument.questionnaire.as_deref()),
        args.instrument.rubric.as_deref(),
        args.partner.as_deref(),
        min_respondents,
    )?;
    if let Some(name) = &args.partner
        && loaded.portfolio.find(name).is_none()
    {
        return Err(unknown_partner(&loaded.portfolio, name));
    }
    if audience == Audience::Partner && args.partner.is_none() && loaded.details.len() > 1 {
        return Err(crate::error::Error::usage(format!(
            "a partner report is for one partner, and the answers hold {}: \
             name it with --partner NAME",
            crate::present::partners_count(loaded.details.len())
        )));
    }
    let actions = rows(&loaded.details, &loaded.actions, today);
    let sections = sections_with_actions(&q, &loaded.details, &actions);
    let text = match args.format {
        ReportFormat::Html => html::report(&q, &sections, &view),
        ReportFormat::Markdown => {
            // Charts go beside a regular file only: never into /dev.
            if let Some(output) = output.filter(|p| !is_device(p)) {
                return write_markdown_with_charts(
                    &q,
                    output,
                    &sections,
                    args.out.force,
                    &loaded.warnings,
                    &view,
                );
            }
            report_md::report(&q, &sections, &[], &view)
        }
    };
    warn(&loaded.warnings);
    match output {
        Some(path) => {
            let mut batch = Batch::default();
            batch.add(path, text.as_bytes())?;
            batch.commit()?;
            if !is_device(path) {
                stderr_line(format_args!("wrote {}", path.display()));
            }
        }
        None => emit(&text)?,
    }
    Ok(Exit::Done)
}

/// A Markdown report with its charts beside it, all written or none.
fn write_markdown_with_charts(
    q: &Questionnaire,
    output: &Path,
    sections: &[Section<'_>],
    force: bool,
    warnings: &[String],
    view: &View<'_>,
) -> Result<Exit> {
    let charts = charts_beside(q, output, sections, view);
    for (_, path, _) in &charts {
        check_new(path, force)?;
    }
    let names: Vec<String> = charts.iter().map(|(name, _, _)| name.clone()).collect();
    let text = report_md::report(q, sections, &names, view);
    // Every file goes to a temporary file first: when one cannot be
    // written, none is.
    let mut batch = Batch::default();
    batch.add(output, text.as_bytes())?;
    for (_, path, chart) in &charts {
        batch.add(path, chart.as_bytes())?;
    }
    warn(warnings);
    batch.commit()?;
    stderr_line(format_args!(
        "wrote {} and {} chart{} beside it",
        output.display(),
        charts.len(),
        if charts.len() == 1 { "" } else { "s" }
    ));
    Ok(Exit::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_partner_page_hides_groups_smaller_than_three_unless_told() {
        assert_eq!(min_respondents(Audience::Partner, None, None), 3);
        assert_eq!(min_respondents(Audience::Partner, None, Some(2)), 3);
        assert_eq!(min_respondents(Audience::Partner, None, Some(5)), 5);
        assert_eq!(min_respondents(Audience::Partner, Some(2), Some(5)), 2);
        assert_eq!(min_respondents(Audience::Internal, None, None), 1);
        assert_eq!(min_respondents(Audience::Internal, None, Some(4)), 4);
    }
}
