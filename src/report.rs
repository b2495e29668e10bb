//! `partnercheck report`: a page to take into the next partner meeting, in
//! HTML ([`crate::export::html`]) or Markdown ([`crate::export::report_md`]).
//!
//! [`load`] reads the same inputs as `compare` and aggregates them with the
//! same core ([`portfolio::Aggregator`]), keeping every round of each
//! partner: the report charts the rounds, and the agenda needs the previous
//! round's dimension scores to spot declines.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::agenda::{self, Agenda};
use crate::answers::Side;
use crate::cli::{ReportArgs, ReportFormat};
use crate::error::Exit;
use crate::export;
use crate::files;
use crate::portfolio::{self, Detail, Options, PartnerView, RoundDetail};
use crate::questionnaire::Questionnaire;

/// One partner with every round of its history.
#[derive(Debug, Clone)]
pub struct PartnerData {
    /// The figures of the latest round, as `compare` shows them.
    pub view: PartnerView,
    /// Every round, newest first, each with its files.
    pub rounds: Vec<RoundDetail>,
}

impl PartnerData {
    /// The previous round's dimension scores, when there is a previous round.
    pub fn previous_dimensions(&self) -> Option<Vec<Option<f64>>> {
        self.rounds
            .get(1)
            .map(|r| r.dimensions.iter().map(|d| d.score).collect())
    }

    /// Who answered in the latest round, in file order.
    pub fn respondents(&self) -> Vec<String> {
        self.rounds.first().map_or_else(Vec::new, |r| {
            r.files
                .iter()
                .map(|f| agenda::who(f.respondent.as_deref(), f.side))
                .collect()
        })
    }

    /// Both sides answered in the latest round.
    pub fn both_sides(&self) -> bool {
        let files = self.rounds.first().map_or(&[][..], |r| &r.files[..]);
        files.iter().any(|f| f.side == Side::Us) && files.iter().any(|f| f.side == Side::Them)
    }
}

/// Reads PATHs like `compare` (files and folders, one questionnaire,
/// `--rubric` applied), and aggregates every partner, or only `partner`,
/// keeping every round with its files. Every bad file is reported in one
/// error. Warnings are returned, to be printed once the command has
/// succeeded.
pub fn load(
    paths: &[String],
    questionnaire: Option<&str>,
    rubric: Option<&str>,
    partner: Option<&str>,
) -> Result<(Questionnaire, Vec<PartnerData>, Vec<String>)> {
    if let Some(name) = partner.filter(|n| n.trim().is_empty()) {
        bail!("--partner `{name}` is empty: name the partner");
    }
    let files = portfolio::answer_files(paths)?;
    let q = portfolio::questionnaire_for(&files, questionnaire, rubric)?;
    let detail = partner.map_or(Detail::All, Detail::Partner);
    let done = portfolio::aggregate(
        &files,
        &q,
        Options {
            detail,
            extras: true,
        },
    )?;
    if let Some(name) = partner {
        // An unknown partner is an error that suggests the nearest names.
        done.portfolio.find(name)?;
    }
    let partners = done
        .details
        .into_iter()
        .map(|d| PartnerData {
            view: d.partner,
            rounds: d.rounds,
        })
        .collect();
    Ok((q, partners, done.warnings))
}

/// Everything a report shows about one partner.
#[derive(Debug, Clone)]
pub struct Section<'a> {
    pub data: &'a PartnerData,
    pub agenda: Agenda,
}

pub fn sections<'a>(q: &Questionnaire, partners: &'a [PartnerData]) -> Vec<Section<'a>> {
    partners
        .iter()
        .map(|data| Section {
            data,
            agenda: agenda::plan(q, &data.view, data.previous_dimensions().as_deref()),
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
            let base = format!("{stem}-{}", files::slug(&s.data.view.partner));
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

pub fn run(args: ReportArgs) -> Result<Exit> {
    // A file in the way fails before any answers file is read.
    if let Some(path) = args.output.as_ref().filter(|p| !args.force && p.exists()) {
        bail!(
            "{}: already exists; pass --force to overwrite it",
            path.display()
        );
    }
    let (q, partners, warnings) = load(
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
            for (_, path, svg) in &charts {
                files::write_atomic(path, svg.as_bytes())?;
            }
            files::write_atomic(output, text.as_bytes())?;
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
