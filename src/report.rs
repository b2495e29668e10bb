//! `partnercheck report`: a page to take into the next partner meeting, in
//! HTML ([`crate::export::html`]) or Markdown ([`crate::export::report_md`]).
//!
//! [`portfolio::load`] reads the same inputs as `compare` and aggregates
//! them with the same core, keeping every round of each partner: the report
//! charts the rounds, and the agenda needs the previous round's dimension
//! scores to spot declines.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::agenda::{self, Agenda};
use crate::cli::{ReportArgs, ReportFormat};
use crate::error::Exit;
use crate::export;
use crate::files;
use crate::portfolio::{self, PartnerDetail};
use crate::questionnaire::Questionnaire;

/// Everything a report shows about one partner.
#[derive(Debug, Clone)]
pub struct Section<'a> {
    pub data: &'a PartnerDetail,
    pub agenda: Agenda,
}

pub fn sections<'a>(q: &Questionnaire, partners: &'a [PartnerDetail]) -> Vec<Section<'a>> {
    partners
        .iter()
        .map(|data| Section {
            data,
            agenda: agenda::plan(q, &data.partner, data.previous_dimensions().as_deref()),
        })
        .collect()
}

/// The SVG files a Markdown report written to `output` puts beside it:
/// (file name, radar SVG) per partner, with names made unique.
fn charts_beside(
    q: &Questionnaire,
    output: &Path,
    sections: &[Section<'_>],
) -> Vec<(String, PathBuf, String)> {
    let stem = output
        .file_stem()
        .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
    let dir = output.parent().unwrap_or(Path::new(""));
    let mut used: Vec<String> = Vec::new();
    sections
        .iter()
        .map(|s| {
            let base = format!("{stem}-{}", files::slug(&s.data.partner.partner));
            let mut name = format!("{base}.svg");
            let mut n = 2;
            while used.contains(&name) {
                name = format!("{base}-{n}.svg");
                n += 1;
            }
            used.push(name.clone());
            let svg = export::svg::radar(&export::html::radar_chart(q, s.data));
            (name.clone(), dir.join(&name), svg)
        })
        .collect()
}

pub fn run(mut args: ReportArgs) -> Result<Exit> {
    // `--output -` is standard output, as `-` is standard input elsewhere.
    if args.output.as_deref().is_some_and(|p| p.as_os_str() == "-") {
        args.output = None;
    }
    // A file in the way fails before any answers file is read.
    if let Some(path) = args.output.as_ref().filter(|p| !args.force && p.exists()) {
        bail!(
            "{}: already exists; pass --force to overwrite it",
            path.display()
        );
    }
    let (q, partners, warnings) = portfolio::load(
        &args.paths,
        args.questionnaire.as_deref(),
        args.rubric.as_deref(),
        args.partner.as_deref(),
    )?;
    let sections = sections(&q, &partners);
    let warnings = || crate::run::warn(&warnings);
    match (args.format, &args.output) {
        (ReportFormat::Html, _) => {
            let html = export::html::report(&q, &sections);
            warnings();
            write(args.output.as_deref(), &html, args.force)?;
        }
        (ReportFormat::Markdown, None) => {
            warnings();
            files::emit(&export::report_md::report(&q, &sections, &[]))?;
        }
        (ReportFormat::Markdown, Some(output)) => {
            let charts = charts_beside(&q, output, &sections);
            if !args.force {
                let exists = std::iter::once(output.clone())
                    .chain(charts.iter().map(|(_, path, _)| path.clone()))
                    .find(|p| p.exists());
                if let Some(path) = exists {
                    bail!(
                        "{}: already exists; pass --force to overwrite it",
                        path.display()
                    );
                }
            }
            files::check_writable(output)?;
            warnings();
            let names: Vec<String> = charts.iter().map(|(name, _, _)| name.clone()).collect();
            let text = export::report_md::report(&q, &sections, &names);
            // The report first: when it cannot be written, no chart is.
            files::write_atomic(output, text.as_bytes())?;
            for (_, path, svg) in &charts {
                files::write_atomic(path, svg.as_bytes())?;
            }
            crate::error::stderr_line(format_args!(
                "wrote {} and {} chart{} beside it",
                output.display(),
                charts.len(),
                if charts.len() == 1 { "" } else { "s" }
            ));
        }
    }
    Ok(Exit::Done)
}

fn write(output: Option<&Path>, text: &str, force: bool) -> Result<()> {
    match output {
        Some(path) => {
            files::write_new(path, text.as_bytes(), force)?;
            crate::error::stderr_line(format_args!("wrote {}", path.display()));
            Ok(())
        }
        None => files::emit(text),
    }
}
