//! What every chart draws with: colours, the font, the opening tag,
//! escaping, shortening, the scale and its ticks.

use std::fmt::Write;

use crate::sanitize;

/// Axis labels longer than this are cut, with the whole name in a tooltip.
pub const LABEL_CHARS: usize = 30;

/// Colour of the polygon of everyone's answers.
pub const ALL: &str = "#0f766e";

/// Colour of our side's answers.
pub const US: &str = "#1d4ed8";

/// Colour of the partner's side's answers.
pub const THEM: &str = "#c2410c";

pub const RING: &str = "#9ca3af";

pub const GRID: &str = "#e5e7eb";

pub const TEXT: &str = "#111827";

pub const FONT: &str = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"";

/// One polygon of a radar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    /// One value per axis; `None` where there is no score.
    pub values: Vec<Option<f64>>,
    /// A CSS colour, e.g. [`US`].
    pub color: &'static str,
}

/// The `<svg>` start tag, the title and a white background.
pub fn open(class: &str, width: f64, height: f64, font_size: u32, title: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {class}\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" {FONT} font-size=\"{font_size}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", e(title));
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    out
}

pub fn e(s: &str) -> String {
    sanitize::html(s)
}

pub fn short_by(s: &str, chars: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= chars {
        return s.to_owned();
    }
    let cut: String = s.chars().take(chars - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Where `v` lies on the scale, 0 (min) ..= 1 (max).
pub fn fraction(v: f64, (min, max): (f64, f64)) -> f64 {
    if max > min {
        ((v - min) / (max - min)).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Whole values of the scale for grid lines: every one on a short scale,
/// about five on a long one.
pub fn ticks((min, max): (f64, f64)) -> Vec<f64> {
    let step = ((max - min) / 5.0).ceil().max(1.0);
    let mut out = Vec::new();
    let mut v = min.ceil();
    while v <= max && out.len() < 100 {
        out.push(v);
        v += step;
    }
    out
}
