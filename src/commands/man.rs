//! `partnercheck man`: the man page (roff), generated from the command-line
//! definition.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Exit, Result};
use crate::io::read::emit;

pub fn run() -> Result<Exit> {
    emit(&page()?)?;
    Ok(Exit::Done)
}

/// The page as clap_mangen renders it, made right for one page: the
/// subcommands point at `partnercheck-<sub>(1)` pages that are not
/// installed, so they are named as commands instead; the text is set
/// ragged-right without hyphenation, and the examples line by line.
pub fn page() -> Result<String> {
    let cmd = Cli::command();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut out)
        .map_err(|e| Error::io("<stdout>", "cannot render the man page", &e))?;
    let mut page = String::from_utf8_lossy(&out).into_owned();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .chain(["help".to_owned()])
        .collect();
    for name in names {
        page = page.replace(
            &format!("partnercheck\\-{}(1)", name.replace('-', "\\-")),
            &format!("\\fBpartnercheck {}\\fR", name.replace('-', "\\-")),
        );
    }
    Ok(fix_layout(&page))
}

/// `.ad l` and `.nh` after the title; the examples section unfilled.
fn fix_layout(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + 64);
    let mut in_examples = false;
    for line in page.lines() {
        if line.starts_with(".SH ") && in_examples {
            out.push_str(".fi\n");
            in_examples = false;
        }
        if line == ".SH EXTRA" {
            out.push_str(".SH EXAMPLES\n.nf\n");
            in_examples = true;
            continue;
        }
        if in_examples && line == "Examples:" {
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if line.starts_with(".TH ") {
            out.push_str(".ad l\n.nh\n");
        }
    }
    if in_examples {
        out.push_str(".fi\n");
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_page_names_no_missing_pages_and_keeps_examples_as_lines() {
        let page = super::page().unwrap();
        assert!(!page.contains("(1)"), "{page}");
        assert!(page.contains("\\fBpartnercheck interview\\fR"), "{page}");
        assert!(page.contains(".ad l\n.nh\n"), "{page}");
        let examples = page.split(".SH EXAMPLES\n.nf\n").nth(1).expect("examples");
        let examples = examples.split(".fi\n").next().unwrap();
        assert!(examples.lines().count() >= 5, "{examples}");
        assert!(
            examples.lines().all(|l| l.starts_with("  partnercheck")),
            "{examples}"
        );
    }
}
