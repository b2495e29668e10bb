//! The dot chart of a partner's dimensions: one row per dimension, each
//! side's score a dot on one horizontal scale (joined by a line when both
//! sides answered: a dumbbell), with the dimension's band zones behind.
//!
//! Legible at any score and with any number of dimensions: a dimension's
//! name sits on its own line above its scale with the figures right-aligned
//! on the same line, the band names in a key below the axis; so no text can
//! meet a dot or another text, the height grows with the rows, and the
//! chart is narrow enough for a phone.

use std::fmt::Write;

use super::draw::{GRID, Series, TEXT, e, fraction, open, short_by, ticks};

/// A stretch of the scale that falls in one band.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    pub from: f64,
    pub to: f64,
    /// The band's rank among its bands: 0 is the best.
    pub rank: usize,
    /// How many bands there are.
    pub of: usize,
}

/// One dimension: its name and its band zones.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    pub zones: Vec<Zone>,
}

/// A key entry below the axis: a band's label and its colour's rank.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub label: String,
    pub rank: usize,
    pub of: usize,
}

/// The chart: rows, the scale, the series (one value per row each).
#[derive(Debug, Clone, PartialEq)]
pub struct Dots {
    pub title: String,
    pub rows: Vec<Row>,
    pub scale: (f64, f64),
    pub series: Vec<Series>,
    pub key: Vec<Key>,
}

/// Narrow enough to fit a phone (358 px of a 390 px screen) with its
/// smallest text still over 11 px: each row's figures stand on the line
/// of its name, right-aligned, rather than in columns beside the scale.
const W: f64 = 400.0;
const LEFT: f64 = 16.0;
/// The scale ends here, a ring's width from the right edge.
const PLOT_RIGHT: f64 = W - LEFT - 4.0;
const ROW: f64 = 48.0;
const DOT: f64 = 6.5;
const RING: f64 = 8.5;
/// A generous width per character at 12px, for laying out texts.
const CHAR: f64 = 7.4;
/// The same at the chart's 14 px, bold (names and figures).
const CHAR_14: f64 = 8.6;
/// The distance between two series' figures on a row's line.
const COLUMN: f64 = 56.0;

/// The zone colour for a band of `rank` among `of`.
pub fn zone_fill(rank: usize, of: usize) -> &'static str {
    match rank {
        0 if of > 1 => "#dcfce7",
        r if r + 1 >= of => "#fee2e2",
        _ => "#fef3c7",
    }
}

/// The SVG of a dot chart.
pub fn dots(chart: &Dots) -> String {
    let x_of = |v: f64| LEFT + (PLOT_RIGHT - LEFT) * fraction(v, chart.scale);
    let legend_lines = chart.series.len().max(1) as f64;
    let top = 14.0 + 20.0 * legend_lines;
    let rows_h = ROW * chart.rows.len().max(1) as f64;
    let axis_y = top + rows_h + 4.0;
    let key_lines = key_layout(&chart.key);
    let key_h = 20.0 * key_lines.last().map_or(0.0, |k| k.1 + 1.0);
    let height = axis_y + 26.0 + key_h + 8.0;

    let mut out = open("dots", W, height, 14, &chart.title);
    // Legend: one line per series, with the column its figures are in.
    for (i, s) in chart.series.iter().enumerate() {
        let y = 20.0 + 20.0 * i as f64;
        marker(&mut out, i, LEFT + 8.0, y - 4.5, s.color);
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{y:.1}\" fill=\"{TEXT}\">{}</text>",
            LEFT + 22.0,
            e(&short_by(&s.label, ((W - LEFT - 22.0) / CHAR_14) as usize))
        );
    }
    // The series' figures, right-aligned on each name's line; the name
    // keeps the room left of the first.
    let column = |i: usize| W - 12.0 - COLUMN * (chart.series.len() - 1 - i) as f64;
    let first = column(0) - 4.5 * CHAR_14;
    let name_chars = ((first - LEFT) / CHAR_14).max(8.0) as usize;
    for (r, row) in chart.rows.iter().enumerate() {
        let y0 = top + ROW * r as f64;
        let line_y = y0 + 32.0;
        for z in &row.zones {
            let (x1, x2) = (x_of(z.from), x_of(z.to));
            let _ = writeln!(
                out,
                "<rect class=\"zone\" x=\"{x1:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"18\" fill=\"{}\"/>",
                line_y - 9.0,
                (x2 - x1).max(0.0),
                zone_fill(z.rank, z.of)
            );
        }
        let _ = writeln!(
            out,
            "<line x1=\"{LEFT}\" y1=\"{line_y:.1}\" x2=\"{PLOT_RIGHT}\" y2=\"{line_y:.1}\" stroke=\"{GRID}\"/>"
        );
        // the scale's whole points, within the row only: no line crosses a name
        for t in ticks(chart.scale) {
            let x = x_of(t);
            let _ = writeln!(
                out,
                "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
                line_y - 9.0,
                line_y + 9.0
            );
        }
        let _ = writeln!(
            out,
            "<text class=\"name\" x=\"{LEFT}\" y=\"{:.1}\" font-weight=\"600\" fill=\"{TEXT}\"><title>{}</title>{}</text>",
            y0 + 15.0,
            e(&row.name),
            e(&short_by(&row.name, name_chars))
        );
        let values: Vec<Option<f64>> = chart
            .series
            .iter()
            .map(|s| s.values.get(r).copied().flatten())
            .collect();
        let present: Vec<f64> = values.iter().flatten().copied().collect();
        if present.len() > 1 {
            let lo = present.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let _ = writeln!(
                out,
                "<line x1=\"{:.1}\" y1=\"{line_y:.1}\" x2=\"{:.1}\" y2=\"{line_y:.1}\" stroke=\"#6b7280\" stroke-width=\"3\"/>",
                x_of(lo),
                x_of(hi)
            );
        }
        for (i, (s, v)) in chart.series.iter().zip(&values).enumerate() {
            let column = column(i);
            let Some(v) = v else {
                let _ = writeln!(
                    out,
                    "<text class=\"figure\" x=\"{column:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#6b7280\">–</text>",
                    y0 + 15.0
                );
                continue;
            };
            let x = x_of(*v);
            marker_titled(
                &mut out,
                i,
                x,
                line_y,
                s.color,
                &format!("{}: {v:.2}", s.label),
            );
            let _ = writeln!(
                out,
                "<text class=\"figure\" x=\"{column:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-weight=\"600\" fill=\"{}\">{v:.2}</text>",
                y0 + 15.0,
                s.color
            );
        }
    }
    // The axis: the scale's whole points.
    for t in ticks(chart.scale) {
        let x = x_of(t);
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#9ca3af\"/>\
             <text class=\"tick\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#4b5563\">{t}</text>",
            axis_y - 2.0,
            axis_y + 2.0,
            axis_y + 16.0
        );
    }
    // The key to the zones.
    for (k, &(x, line)) in chart.key.iter().zip(&key_lines) {
        let y = axis_y + 42.0 + 20.0 * line;
        let _ = writeln!(
            out,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"14\" height=\"12\" fill=\"{}\" stroke=\"#9ca3af\" stroke-width=\"0.5\"/>\
             <text class=\"key\" x=\"{:.1}\" y=\"{y:.1}\" font-size=\"13\" fill=\"#4b5563\">{}</text>",
            y - 10.5,
            zone_fill(k.rank, k.of),
            x + 19.0,
            e(&short_by(&k.label, 40))
        );
    }
    out.push_str("</svg>\n");
    out
}

/// Where each key entry goes: (x, line), wrapping before the right edge.
fn key_layout(key: &[Key]) -> Vec<(f64, f64)> {
    let mut x = LEFT;
    let mut line = 0.0;
    key.iter()
        .map(|k| {
            let width =
                19.0 + CHAR * 13.0 / 12.0 * short_by(&k.label, 40).chars().count() as f64 + 18.0;
            if x + width > W - LEFT && x > LEFT {
                x = LEFT;
                line += 1.0;
            }
            let at = (x, line);
            x += width;
            at
        })
        .collect()
}

/// The first series is a filled dot, the others rings, so that equal
/// scores still show both.
fn marker(out: &mut String, i: usize, x: f64, y: f64, color: &str) {
    marker_titled(out, i, x, y, color, "");
}

fn marker_titled(out: &mut String, i: usize, x: f64, y: f64, color: &str, title: &str) {
    let title = if title.is_empty() {
        String::new()
    } else {
        format!("<title>{}</title>", e(title))
    };
    if i == 0 {
        let _ = writeln!(
            out,
            "<circle class=\"dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{DOT}\" fill=\"{color}\">{title}</circle>"
        );
    } else {
        let _ = writeln!(
            out,
            "<circle class=\"dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{RING}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"3\">{title}</circle>"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(rows: usize, us: f64, them: f64) -> Dots {
        Dots {
            title: "t".into(),
            rows: (0..rows)
                .map(|i| Row {
                    name: format!("Dimension {i}"),
                    zones: vec![
                        Zone {
                            from: 1.0,
                            to: 3.0,
                            rank: 1,
                            of: 2,
                        },
                        Zone {
                            from: 3.0,
                            to: 5.0,
                            rank: 0,
                            of: 2,
                        },
                    ],
                })
                .collect(),
            scale: (1.0, 5.0),
            series: vec![
                Series {
                    label: "Acme Corp".into(),
                    values: vec![Some(us); rows],
                    color: super::super::US,
                },
                Series {
                    label: "Globex".into(),
                    values: vec![Some(them); rows],
                    color: super::super::THEM,
                },
            ],
            key: vec![],
        }
    }

    fn height(svg: &str) -> f64 {
        let at = svg.find("height=\"").unwrap() + 8;
        svg[at..].split('"').next().unwrap().parse().unwrap()
    }

    #[test]
    fn the_chart_grows_with_its_rows_and_keeps_low_scores_on_the_scale() {
        let small = dots(&chart(2, 1.0, 1.05));
        let big = dots(&chart(12, 1.0, 1.05));
        assert!(height(&big) > height(&small) + 10.0 * 40.0);
        // a score at the bottom of the scale sits inside the chart
        assert!(small.contains(&format!("cx=\"{LEFT:.1}\"")), "{small}");
        // two dots a row, and the legend's two markers
        assert_eq!(small.matches("<circle").count(), 6);
        assert!(small.contains("Acme Corp") && small.contains("Globex"));
    }
}
