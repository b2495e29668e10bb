//! `partnercheck report`: a page to take into the next partner meeting, in
//! HTML ([`crate::present::html`]) or Markdown ([`crate::present::report_md`]).
//!
//! [`load`] reads the same inputs as `compare` and aggregates them with the
//! same core, keeping every round of each partner: the report charts the
//! rounds, and the agenda needs the previous round's dimension scores to
//! spot declines.

use std::path::{Path, PathBuf};

use crate::cli::{ReportArgs, ReportInclude};
use crate::commands::{Context, load_portfolio};
use crate::engine::actions::rows;
use crate::error::{Exit, Result, stderr_line, warn};
use crate::io::names::slug_or_partner as slug;
use crate::io::read::emit;
use crate::io::write::{Batch, check_new, is_device};
use crate::model::questionnaire::Questionnaire;
use crate::present::report::{Audience, Section, View, sections_with_actions};
use crate::present::{ReportFormat, html, svg};

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
    if args.out.output.output.is_none()
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
        check_new(path, args.out.force())?;
    }
    let audience = args.audience;
    // The partner's page names us; without a name it says "your partner".
    let (organization, no_name) = match audience {
        Audience::Partner => ctx.organization_for_partner("report"),
        Audience::Internal => (ctx.organization(), None),
    };
    let view = View {
        audience,
        notes: audience == Audience::Internal || args.include.contains(&ReportInclude::Notes),
        expectations: audience == Audience::Internal
            || args.include.contains(&ReportInclude::Expectations),
        organization,
        // Anonymity: the partner's page hides the figures of small sides
        // and rounds (at least 3 files unless --min-respondents says
        // otherwise); the aggregation below hides the same.
        min_respondents: ctx.min_respondents(audience),
        // The report back ends take the language of the (translated)
        // questionnaire.
        lang: "",
    };
    let (q, mut loaded) = load_portfolio(&args.portfolio, ctx, ctx.threshold(audience))?;
    let mut warnings = crate::commands::worded(&loaded.warnings);
    warnings.extend(no_name);
    let spec = ctx.questionnaire(args.portfolio.answers.instrument.questionnaire.get());
    let q = crate::commands::in_lang(q, spec, &args.lang)?;
    crate::present::report::in_words(&q, &mut loaded.details);
    if audience == Audience::Partner && args.portfolio.partner.is_none() && loaded.details.len() > 1
    {
        return Err(crate::error::Error::usage(format!(
            "a partner report is for one partner, and the answers hold {}: \
             name it with --partner NAME",
            crate::present::partners_count(loaded.details.len())
        )));
    }
    let actions = rows(&loaded.details, &loaded.actions, ctx.today);
    let sections = sections_with_actions(&q, &loaded.details, &actions);
    // A Markdown report's charts go beside a regular file only: never into /dev.
    if args.format == ReportFormat::Markdown
        && let Some(output) = output.filter(|p| !is_device(p))
    {
        return write_markdown_with_charts(
            &q,
            output,
            &sections,
            args.out.force(),
            &warnings,
            &view,
        );
    }
    let text = crate::present::report(args.format, &q, &sections, &[], &view);
    warn(&warnings);
    match output {
        Some(path) => {
            let mut batch = Batch::default();
            batch.add(path, text.as_bytes())?;
            batch.commit()?;
            if !is_device(path) {
                stderr_line(format_args!(
                    "wrote {}",
                    crate::sanitize::terminal(&crate::commands::shown_path(path))
                ));
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
    let text = crate::present::report(ReportFormat::Markdown, q, sections, &names, view);
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
        crate::sanitize::terminal(&crate::commands::shown_path(output)),
        charts.len(),
        if charts.len() == 1 { "" } else { "s" }
    ));
    Ok(Exit::Done)
}
