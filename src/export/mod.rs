//! Output formats, one module each. Every renderer returns the whole output
//! as a string, so nothing is printed before everything has succeeded.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod svg;
pub mod table;

use clap::ValueEnum;

/// `--format` for `score` and `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// JSON, for scripts (SPEC section 4)
    Json,
    /// GitHub-flavoured Markdown
    Markdown,
    /// Comma-separated values, one row per dimension
    Csv,
}

/// Renders scored files in a format. `color` applies to the table only.
pub fn score(format: Format, results: &[crate::assessment::ScoreResult], color: bool) -> String {
    match format {
        Format::Table => table::score(results, color),
        Format::Json => json::score(results),
        Format::Markdown => markdown::score(results),
        Format::Csv => csv::score(results),
    }
}

/// A score with two decimals, or an en dash for no score.
pub fn fmt_score(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.2}"))
}

/// A horizontal bar for `value` on `min..=max`, `width` cells wide, drawn
/// with eighth blocks.
pub fn bar(value: f64, (min, max): (i64, i64), width: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let span = (max - min) as f64;
    let fraction = ((value - min as f64) / span).clamp(0.0, 1.0);
    let eighths = (fraction * width as f64 * 8.0).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8]);
    }
    let used = out.chars().count();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_spans_the_scale() {
        assert_eq!(bar(1.0, (1, 5), 4), "    ");
        assert_eq!(bar(5.0, (1, 5), 4), "████");
        assert_eq!(bar(3.0, (1, 5), 4), "██  ");
        assert_eq!(bar(3.25, (1, 5), 4), "██▎ ");
    }

    #[test]
    fn scores_show_two_decimals_or_a_dash() {
        assert_eq!(fmt_score(Some(3.456)), "3.46");
        assert_eq!(fmt_score(None), "–");
    }
}
